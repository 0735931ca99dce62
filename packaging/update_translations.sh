#!/usr/bin/env bash
# Collect the application's and the QGIS plugin's strings into the .ts files (for Qt Linguist) and compile the .qm files.
# The core's sentences (templates with parameters, no Qt there) are first collected from the source
# into src/minedesk/app/core_messages.py, which lupdate then reads with the window's sources.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
"$BIN/python" packaging/i18n/core_messages.py
"$BIN/pyside6-lupdate" src/minedesk/app/*.py src/minedesk/app/window/*.py src/minedesk/forms/*.py src/minedesk_qgis/*.py src/minedesk/report/*.py src/minedesk/core/*.py -ts resources/i18n/minedesk_az.ts resources/i18n/minedesk_ru.ts
"$BIN/pyside6-lrelease" resources/i18n/minedesk_az.ts resources/i18n/minedesk_ru.ts
