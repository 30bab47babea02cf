"""The demo content needs only the site's own dependencies: `make run` and `make serve` load it
on an installation without the test extras (factory_boy, wagtail-factories, pytest...)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

#: The import names of the test extras (pyproject.toml, [project.optional-dependencies] test).
TEST_ONLY_MODULES = [
    "factory",
    "wagtail_factories",
    "pytest",
    "_pytest",
    "pytest_django",
    "xdist",
    "playwright",
    "pytest_playwright",
    "axe_playwright_python",
    "hypothesis",
    "geojson",
    "locust",
    "langid",
]

# Run in a fresh interpreter: a meta-path finder refuses every test-only module, then Django
# starts and the demo command and every app's demo module are imported.
SCRIPT = """
import importlib, os, sys
BLOCKED = set(sys.argv[1].split(","))

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"{name} is a test-only package", name=name)
        return None

sys.meta_path.insert(0, Refuse())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "icc_site.settings.test")
import django
django.setup()
from django.apps import apps
from icc_site.management.commands import load_demo_content
imported = []
for label in load_demo_content.DEMO_APPS:
    if apps.is_installed(label) or label == "home":
        importlib.import_module(f"{label}.demo")
        imported.append(label)
print(" ".join(imported))
"""


def test_the_demo_modules_import_without_any_test_only_package():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(TEST_ONLY_MODULES)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    imported = result.stdout.split()
    assert {"cities", "antirumours", "citizenship_test", "home"} <= set(imported), imported
