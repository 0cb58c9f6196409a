"""Optional dependencies: imported when a feature needs them, with a clear error when missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from treatymodel.errors import TreatyModelError

__all__ = ["MissingDependencyError", "require"]


class MissingDependencyError(TreatyModelError, ImportError):
    """A feature needs an optional dependency that is not installed.

    It is an `ImportError` too, so ``except ImportError`` keeps working.

    Attributes:
        package: The distribution to install (``"pandas"``).
        extra: The treatymodel extra that installs it (``"pandas"`` for
            ``pip install 'treatymodel[pandas]'``).
    """

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed; "
            f"install it with: pip install 'treatymodel[{extra}]'",
            name=package,
        )

    def __str__(self) -> str:
        return str(self.args[0])


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """Import ``module``, or raise `MissingDependencyError` naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(module.split(".")[0], extra, feature) from exc
