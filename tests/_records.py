"""Helpers shared by the tests of the bundled records: loading builders, walking sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import attrs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_example(stem: str) -> ModuleType:
    """Import ``examples/<stem>.py`` by path (conftest puts examples/ on sys.path for its helpers)."""
    return _load(f"_example_{stem}", EXAMPLES / f"{stem}.py")


def load_script(stem: str) -> ModuleType:
    """Import ``scripts/<stem>.py`` by path: the generators the tests check the committed files against."""
    return _load(f"_script_{stem}", SCRIPTS / f"{stem}.py")


def cited_sources(record: object) -> set[str]:
    """Every source id cited anywhere inside ``record``, at any depth (not a dossier's own list)."""
    cited: set[str] = set()
    if isinstance(record, tuple):
        for item in record:
            cited |= cited_sources(item)
    elif attrs.has(type(record)):
        for field in attrs.fields(type(record)):
            if not field.init:
                continue
            value = getattr(record, field.name)
            if field.name in ("sources", "published_in") and all(isinstance(x, str) for x in value):
                cited |= set(value)
            elif field.name == "source" and isinstance(value, str):
                cited.add(value)
            else:
                cited |= cited_sources(value)
    return cited


#: Records whose sources are welcome but not required: where a state, an organization,
#: an office or a place is, or what it is called, is seldom in doubt, and a certainty
#: may rest on the record's own sources.
OPTIONALLY_SOURCED = ("State", "Organization", "Office", "Place", "Certainty")


def unsourced(record: object, path: str = "$") -> list[str]:
    """JSON paths of the records inside ``record`` that have a ``sources`` field left empty.

    The types in :data:`OPTIONALLY_SOURCED` are not required to cite one.
    """
    found: list[str] = []
    if isinstance(record, tuple):
        for index, item in enumerate(record):
            found += unsourced(item, f"{path}[{index}]")
    elif attrs.has(type(record)):
        names = [f.name for f in attrs.fields(type(record)) if f.init]
        if "sources" in names and not record.sources and type(record).__name__ not in OPTIONALLY_SOURCED:
            found.append(path)
        for name in names:
            found += unsourced(getattr(record, name), f"{path}.{name}")
    return found
