"""Build hook: copy the bundled files of resources/ into the package (minedesk/_resources), so
that a wheel carries the sample dataset (with its dirty/ subfolder), the fonts, the translations
and the icons. Everything else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PARTS = {"sample": "**/*", "fonts": "*", "i18n": "*.qm", "icons": "*"}  # sample: its subfolders too


class BuildWithResources(build_py):
    def run(self):
        super().run()
        src = Path(__file__).resolve().parent / "resources"
        dest = Path(self.build_lib) / "minedesk" / "_resources"
        for folder, pattern in PARTS.items():
            for path in sorted((src / folder).glob(pattern)):
                if not path.is_file() or "__pycache__" in path.parts:
                    continue
                target = dest / folder / path.relative_to(src / folder)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)


setup(cmdclass={"build_py": BuildWithResources})
