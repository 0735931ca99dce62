"""The main window, in parts a newcomer can find:

- ``mainwindow.py``  MainWindow: the docks, the status bar, closing; which view observes what of the
                     application state (minedesk.app.state)
- ``loading.py``     opening a project or files in a background thread (progress bar, Cancel)
- ``files.py``       File menu work: open, make a project of files, export, save the map picture,
                     recent files, the background map, the welcome screen
- ``editing.py``     commands from menus, tools and dialogs: mark released, devices, delete, draw,
                     split, undo/redo, task orders and reports
- ``actions.py``     the menus, the tool bar and their enabled states; map style and language
"""

from minedesk.app.window.mainwindow import MainWindow

__all__ = ["MainWindow"]
