#!/usr/bin/env bash
# Collect the application's strings into the .ts files (for Qt Linguist) and compile the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
"$BIN/pyside6-lupdate" src/minedesk/app/*.py src/minedesk/app/window/*.py src/minedesk/report/*.py src/minedesk/core/*.py -ts resources/i18n/minedesk_az.ts resources/i18n/minedesk_ru.ts
"$BIN/pyside6-lrelease" resources/i18n/minedesk_az.ts resources/i18n/minedesk_ru.ts
