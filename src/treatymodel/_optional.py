"""Optional dependencies: imported when a feature needs them, with a clear error when missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from treatymodel.errors import MissingDependencyError

__all__ = ["MissingDependencyError", "require"]


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise `MissingDependencyError` naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(module.split(".")[0], extra, feature) from exc
