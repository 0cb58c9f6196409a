"""The exceptions treatymodel raises.

Every error the library raises on purpose derives from :class:`TreatyModelError`, so
one ``except tm.TreatyModelError`` catches all of them. Errors about bad values are
also :class:`ValueError`, so code written against the standard library keeps working.
"""

from __future__ import annotations

__all__ = ["FieldError", "TreatyModelError"]


class TreatyModelError(Exception):
    """Base class of every error treatymodel raises."""


class FieldError(TreatyModelError, ValueError):
    """A single field was given a value it cannot hold.

    Raised by the field validators of the model classes, when a record is built or
    changed with ``attrs.evolve``.

    Attributes:
        owner: Name of the class that owns the field, e.g. ``"Agreement"``.
        field: Name of the field, e.g. ``"title"``.
        value: The rejected value.
        reason: What was expected, in words.

    Example:
        >>> import treatymodel as tm
        >>> try:
        ...     tm.Person(id="putin", name="")
        ... except tm.FieldError as exc:
        ...     print(exc)
        Person.name: must be a non-empty string without surrounding whitespace, got ''
    """

    def __init__(self, owner: str, field: str, value: object, reason: str) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{owner}.{field}: {reason}, got {value!r}")
