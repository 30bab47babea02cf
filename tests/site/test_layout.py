"""The layout the README describes: every folder of the repository is in its layout table, and no
app keeps an empty package behind (what is left when its modules moved to another app)."""

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def tracked_files():
    listed = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    return [Path(line) for line in listed.splitlines()]


def test_the_readme_layout_table_names_every_folder_of_the_repository():
    readme = (REPO / "README.md").read_text()
    table = readme.split("## Layout and architecture", 1)[1].split("\n\n", 2)[1]
    named = set(re.findall(r"^\| `([^`/]+)/` \|", table, flags=re.MULTILINE))
    folders = {path.parts[0] for path in tracked_files() if len(path.parts) > 1}

    assert folders - named == set()
    assert named - folders == set()


def test_no_app_keeps_an_empty_package():
    files = [path for path in tracked_files() if path.parts[0] != "tests"]
    packages = {path.parent for path in files if path.name == "__init__.py"}
    empty = [
        str(package)
        for package in packages
        if not (REPO / package / "__init__.py").read_text().strip()
        and not any(path.parent == package and path.name != "__init__.py" for path in files)
        and not any(other != package and other.is_relative_to(package) for other in packages)
    ]

    assert sorted(empty) == []
