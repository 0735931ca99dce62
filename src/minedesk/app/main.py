"""Start the desktop application, or render it to a picture for docs and tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

LANGUAGES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}


def translations_dir() -> Path:
    from minedesk.resources import resource

    return resource("i18n")


def make_app(argv=None, language: str | None = None):
    """The QApplication with MineDesk's name (settings go to the platform's standard place),
    the user's language and locale."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or _new_application(list(argv or sys.argv[:1]))
    app.setOrganizationName("MineDesk")
    app.setApplicationName("MineDesk")
    quiet_offscreen_size_hints(app)
    settings = QSettings()
    install_language(app, language or os.environ.get("MINEDESK_LANGUAGE") or settings.value("language", "system"))
    return app


NO_SCREEN_HINT = ("without a screen, use minedesk tally FILE for the figures or minedesk FILE --screenshot OUT.png "
                  "for a picture (scripts may set QT_QPA_PLATFORM=offscreen)")


def display_problem() -> str | None:
    """Why the window cannot be shown on this machine, found before Qt would abort over it
    (``None`` when it can try: a display is set, or the Qt platform was chosen)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return "no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    return None


def _new_application(argv):
    """A QApplication; when Qt cannot start one (no usable display, a platform library missing),
    one line saying so and exit 2, instead of Qt's abort."""
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    said: list[tuple[str, str]] = []

    def handler(mode, context, message):
        if mode == QtMsgType.QtFatalMsg:
            causes = [m for m, _ in said if "needed" in m or "connect to display" in m] + [message]
            cause = " ".join(causes[0].split()).rstrip(".")
            sys.stderr.write(f"minedesk: cannot open the window: {cause}; {NO_SCREEN_HINT}\n")
            sys.stderr.flush()
            os._exit(2)  # Qt aborts when this returns
        said.append((message, qFormatLogMessage(mode, context, message)))

    previous = qInstallMessageHandler(handler)
    try:
        app = QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
    for _, line in said:  # what Qt said on a start that worked, where it would have said it
        sys.stderr.write(line + "\n")
    return app


#: What Qt's offscreen platform says each time a window's size limits change (it cannot pass them
#: on to a window manager it does not have): twice on every screenshot, and nothing to act on.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def quiet_offscreen_size_hints(app) -> None:
    """On the offscreen platform, drop Qt's OFFSCREEN_NOISE message and only that one: every
    other message goes where it went before (the previous handler, or stderr as Qt writes it)."""
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    if app.platformName() != "offscreen" or getattr(app, "_minedesk_quiet", False):
        return
    previous = None

    def handler(mode, context, message):
        if mode == QtMsgType.QtWarningMsg and message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")

    previous = qInstallMessageHandler(handler)
    app._minedesk_quiet = handler  # installed once per application, kept alive with it


def install_language(app, language: str | None):
    """Translate the window (English, Azerbaijani, Russian) and format numbers and dates the
    way the language does; ``system`` follows the operating system's locale."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    for old in (getattr(app, "_minedesk_translator", None), getattr(app, "_qt_translator", None)):
        if old is not None:
            app.removeTranslator(old)
    locale = QLocale.system() if language in (None, "", "system") else QLocale(language)
    QLocale.setDefault(locale)
    # Qt's own words (standard buttons, file dialogs) from Qt's translations where Qt ships them
    # (Russian); MineDesk's .ts carries them for the languages it does not (Azerbaijani). Installed
    # first, so that MineDesk's own translator, installed last, is asked first.
    qt = QTranslator(app)
    if any(qt.load(locale, "qtbase", "_", folder)
           for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_dir()))):
        app.installTranslator(qt)
    app._qt_translator = qt
    translator = QTranslator(app)
    if translator.load(locale, "minedesk", "_", str(translations_dir())):
        app.installTranslator(translator)
    app._minedesk_translator = translator  # keep it alive
    return translator


def run(paths=(), screenshot: str | None = None, size: str | None = None, select=(), language=None,
        background: str | None = None, style: str | None = None, overwrite: bool = False,
        reading: dict | None = None) -> int:
    """Open the window on ``paths``; with ``screenshot``, render it to that file and exit (an
    existing picture is replaced only with ``overwrite``; never an input or a project).
    ``reading``: how to read a hazard file and its releases (``minedesk tally``'s options)."""
    if screenshot:
        from minedesk.core.errors import InputError
        from minedesk.outputs import PICTURE, check_targets, require_suffix

        try:
            require_suffix(screenshot, PICTURE, "a picture")
            check_targets([screenshot], [*paths, background], overwrite)
        except InputError as err:
            print(f"minedesk: {err.message}", file=sys.stderr)
            return 2
    if screenshot and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = display_problem()
    if problem:
        print(f"minedesk: cannot open the window: {problem}; {NO_SCREEN_HINT}", file=sys.stderr)
        return 2
    app = make_app(language=language)
    from minedesk.app.window import MainWindow

    if screenshot:  # a picture of the first start: the user's layout, recent files and map stay as they are
        import tempfile

        from PySide6.QtCore import QSettings

        with tempfile.TemporaryDirectory(prefix="minedesk-screenshot-", ignore_cleanup_errors=True) as tmp:
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings)
            _resize(window, size or "1600x1000")
            code = _screenshot(app, window, paths, screenshot, select, background, style, overwrite, reading)
            settings.sync()  # written now, while the folder is there: nothing is left to write at exit
            return code
    window = MainWindow()
    if size:
        _resize(window, size)
    if style:
        window.settings.setValue("map_style", style)  # as if chosen in View > Colour hazards by
    window.show()
    for p in paths:
        window.open_path(str(p), reading=reading)
    if not paths:
        from minedesk.app.welcome import WelcomeDialog

        if WelcomeDialog.is_first_run(window.settings):
            window.settings.setValue("welcomed", True)
            window.show_welcome()
    return app.exec()


def _resize(window, size: str) -> None:
    w, h = (int(v) for v in size.lower().split("x"))
    window.resize(w, h)


def reset_settings() -> str:
    """Forget window layout, recent files, language and background: a first run again."""
    from PySide6.QtCore import QCoreApplication, QSettings

    if QCoreApplication.instance() is None:  # settings need the names, not a screen
        _app = QCoreApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("MineDesk")
    QCoreApplication.setApplicationName("MineDesk")
    settings = QSettings()
    where = settings.fileName()
    settings.clear()
    settings.sync()
    return where


def _screenshot(app, window, paths, out: str, select, background=None, style=None, overwrite=False,
                reading=None) -> int:
    from minedesk.core.errors import InputError
    from minedesk.outputs import Outputs

    window.show()
    app.processEvents()
    window.assistant_enabled = False  # a picture is taken: nobody is there to answer the import assistant
    for p in paths:
        window.open_path(str(p), background=False, reading=reading)
    if window.project is None:
        message = getattr(window, "error_box", None)
        print(f"minedesk: {message.text() if message else 'nothing to show'}", file=sys.stderr)
        return 2
    if background:
        try:
            window.canvas.set_background(background, window.project.crs)
        except InputError as err:
            print(f"minedesk: {err.message}", file=sys.stderr)
            return 2
    if style:
        from minedesk.core.mapping import column_named

        columns = list(window.project.engine.hazards.attributes)
        if style not in ("type", "progress") and column_named(columns, style) is None:
            print(f"minedesk: --colour-by {style}: no such hazard column; use type, progress or one of: "
                  f"{', '.join(columns)}", file=sys.stderr)
            return 2
        window.canvas.set_style(style)  # for this picture only: the user's settings stay as they are
        window.update_style_menu()
    if select:
        try:
            window.select_ids(select)
        except (InputError, KeyError) as err:
            print(f"minedesk: {err}", file=sys.stderr)
            return 2
        window.zoom_selection()
    for _ in range(3):
        app.processEvents()
    window.canvas.render()
    app.processEvents()
    try:
        with Outputs([out], inputs=[*paths, background], overwrite=overwrite) as written:
            if not window.grab().save(str(written.temp(out))):
                print(f"minedesk: {out}: cannot write the picture; check the folder is writable and has room",
                      file=sys.stderr)
                return 2
            written.commit()
    except InputError as err:
        print(f"minedesk: {err.message}", file=sys.stderr)
        return 2
    window.close()
    return 0
