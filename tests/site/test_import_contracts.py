"""Every module of site/ is placed in the import contracts' layers (`make lint`), the same way in
both contracts that name them: the apps' layers and the exhaustive one of site/ alone."""

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def contracts():
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    return {contract["name"]: contract for contract in config}


def split(layer):
    separator = "|" if "|" in layer else ":"
    return {name.strip() for name in layer.split(separator)}


def test_the_site_modules_sit_in_the_same_layers_in_both_contracts():
    by_name = contracts()
    apps = next(c for c in by_name.values() if c["type"] == "layers" and "containers" not in c)
    site = next(c for c in by_name.values() if c.get("containers") == ["icc_site"])
    assert site["exhaustive"] is True

    placed_with_the_apps = [
        {name.removeprefix("icc_site.") for name in split(layer)}
        for layer in apps["layers"]
        if layer.startswith("icc_site.")
    ]

    assert placed_with_the_apps == [split(layer) for layer in site["layers"]]
