#!/usr/bin/env bash
# Install the one-folder build for the current user: ~/.local/opt/minedesk, a `minedesk` command,
# a menu entry and its icon. Run from the unpacked folder: ./install.sh  (or: bash install.sh DIR)
set -euo pipefail
src=${1:-$(cd "$(dirname "$0")" && pwd)}
dest="$HOME/.local/opt/minedesk"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/scalable/apps"
rm -rf "$dest" && cp -r "$src" "$dest"
ln -sf "$dest/minedesk" "$HOME/.local/bin/minedesk"
cp "$dest/_internal/resources/icons/minedesk.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/minedesk.svg"
cp "$dest/minedesk.desktop" "$HOME/.local/share/applications/minedesk.desktop"
echo "MineDesk installed in $dest; start it from the menu or with: minedesk"
