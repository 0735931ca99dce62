#!/usr/bin/env bash
# CI: build the one-folder application and the wheel, then smoke-test what users get.
# - dist/minedesk/minedesk, run with an empty environment (no Python on PATH, no venv), and
#   (as root) inside a minimal Debian that has no Python at all:
#   `tally --json` on the sample gives the installed package's numbers; `open --screenshot`
#   writes a picture; `task-order` writes a PDF.
# - the wheel, installed into a fresh venv: `minedesk --version`, and its bundled sample tallies.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
"$PY" -m pip install -q pyinstaller build
"$PY" packaging/build_app.py --no-archive
out=$(mktemp -d)
run() { env -i HOME="$out" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen dist/minedesk/minedesk "$@"; }
S=resources/sample
run --version
run tally "$S/hazards.shp" --releases "$S/clearance.shp" --json > "$out/frozen.json"
.venv/bin/minedesk tally "$S/hazards.shp" --releases "$S/clearance.shp" --json > "$out/package.json"
cmp "$out/frozen.json" "$out/package.json"
run open "$S/hazards.shp" --screenshot "$out/shot.png" --size 1200x800
test -s "$out/shot.png"
run task-order "$S/hazards.shp" --hazard XCV-CHA-00005 -o "$out/order.pdf"
head -c 4 "$out/order.pdf" | grep -q "%PDF"
echo "one-folder app: $(du -sh dist/minedesk | cut -f1)"

# On a machine with no Python at all: a minimal Debian (debootstrap) with only the libraries a
# desktop has (GL, fontconfig, xkbcommon, D-Bus, GLib), the folder copied in, run there.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  . /etc/os-release
  root="$out/nopython"
  debootstrap --variant=minbase --include=libgl1,libegl1,libfontconfig1,libxkbcommon0,libdbus-1-3,libglib2.0-0 \
    "${VERSION_CODENAME:-bookworm}" "$root" >"$out/debootstrap.log" 2>&1
  if chroot "$root" sh -c 'command -v python3 || command -v python'; then
    echo "the test system has a Python: not a fair test"; exit 1
  fi
  cp -r dist/minedesk "$root/opt/minedesk"
  mkdir -p "$root/data" && cp -r "$S"/. "$root/data/"
  inside() { chroot "$root" /usr/bin/env -i HOME=/tmp PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
  inside /opt/minedesk/minedesk tally /data/hazards.shp --releases /data/clearance.shp --json > "$out/nopython.json"
  cmp "$out/nopython.json" "$out/package.json"
  inside /opt/minedesk/minedesk open /data/hazards.shp --screenshot /tmp/shot.png
  test -s "$root/tmp/shot.png"
  echo "the folder runs on a system without Python (tally identical, screenshot written)"
fi

"$PY" -m build --wheel --outdir "$out/wheel" . >/dev/null
python3 -m venv "$out/venv"
"$out/venv/bin/pip" install -q "$out"/wheel/minedesk-*.whl
"$out/venv/bin/minedesk" --version
"$out/venv/bin/python" - <<'PY'
from minedesk.resources import resource
import subprocess, sys
sample = resource("sample", "hazards.shp")
assert sample.is_file() and "_resources" in str(sample), sample
dirty = resource("sample", "dirty", "hazards.shp")  # the README's check example
assert dirty.is_file() and resource("sample", "dirty", "clearance.dbf").is_file(), dirty
out = subprocess.run([sys.executable, "-m", "minedesk", "tally", str(sample), "--releases",
                      str(resource("sample", "clearance.shp")), "--json"], capture_output=True, text=True, check=True)
print("wheel tallies its bundled sample:", out.stdout.split("\n")[2].strip())
PY
echo "smoke tests passed"
