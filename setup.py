"""Build hook: copy the bundled files of resources/ into the package (minedesk/_resources), so
that a wheel carries the sample dataset, the fonts, the translations and the icons. Everything
else is in pyproject.toml."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

PARTS = {"sample": "*", "fonts": "*", "i18n": "*.qm", "icons": "*"}


class BuildWithResources(build_py):
    def run(self):
        super().run()
        src = Path(__file__).resolve().parent / "resources"
        dest = Path(self.build_lib) / "minedesk" / "_resources"
        for folder, pattern in PARTS.items():
            for path in sorted((src / folder).glob(pattern)):
                target = dest / folder / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)


setup(cmdclass={"build_py": BuildWithResources})
