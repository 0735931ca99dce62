"""Fill the unfinished entries of resources/i18n/minedesk_{az,ru}.ts with the Azerbaijani and
Russian of the core's messages and the window's words (messages_1.py, messages_2.py); entries
translated already are left as they are. Run packaging/update_translations.sh before (to collect)
and after (to compile).

    python packaging/i18n/fill_messages.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from messages_1 import T as T1
from messages_2 import T as T2

TABLE = {**T1, **T2}


def fill(path: Path, column: int) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        if tr.get("type") != "unfinished":
            continue
        src = msg.find("source").text
        if src in TABLE:
            tr.text = TABLE[src][column]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    root = HERE.parents[1] / "resources" / "i18n"
    for column, lang in enumerate(("az", "ru")):
        left = fill(root / f"minedesk_{lang}.ts", column)
        print(lang, "left unfinished:", left)
