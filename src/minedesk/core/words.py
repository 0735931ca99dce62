"""Marks the core's user-visible words for the translation files, without Qt.

``QT_TRANSLATE_NOOP("Context", "text")`` returns ``text`` unchanged; Qt's lupdate finds the call
(``packaging/update_translations.sh`` scans the modules that use it) and puts the text into
``resources/i18n/minedesk_*.ts`` under that context. The front ends and the reports translate
the text when they show it (``translate("Context", text)``).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
