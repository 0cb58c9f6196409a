"""References to whoever takes part, acts or speaks: a state, an organization, a person, an office, a body.

The parties of an agreement are `StateRef` and `OrganizationRef`
(`PartyRef`); ``treatymodel.parties`` re-exports them.

A quote can be said by a person ("Tokayev said"), an office ("the President of
Kazakhstan"), a state, an organization, or a body of one of them (a ministry, a
parliament, a press service); a fact can be disputed by any of them. Each is a
tagged reference, as the parties of an agreement are (``{"type": "person", "id":
"tokayev"}``), and `ActorRef` is their union.

Example:
    >>> from treatymodel import BodyRef, StateRef
    >>> str(BodyRef(name="Ministry of Foreign Affairs", of=StateRef(code="RUS")))
    'Ministry of Foreign Affairs (RUS)'
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeAlias

import attrs

from treatymodel import _validators as v
from treatymodel._converters import as_instance, retry
from treatymodel._fielddocs import documented

__all__ = [
    "ActorRef",
    "BodyRef",
    "OfficeRef",
    "OrganizationRef",
    "PartyRef",
    "PersonRef",
    "StateRef",
    "actor_refs",
    "party_refs",
]


# Hashed in every set and dict of parties the rules and the lifecycle engine build: the
# hash is computed once (cache_hash), not once per lookup.
@documented
@attrs.frozen(kw_only=True, cache_hash=True)
class StateRef:
    """A reference to a `State` of the dossier, by alpha-3 code.

    In JSON: ``{"type": "state", "code": "RUS"}``.
    """

    code: str = attrs.field(validator=v.state_code)
    """Alpha-3 code of the state."""

    TAG: ClassVar[str] = "state"
    """The value of ``type`` that tags this reference in the exchange format."""

    @property
    def id(self) -> str:
        """The id this reference points at (the code)."""
        return self.code

    def __str__(self) -> str:
        return self.code


@documented
@attrs.frozen(kw_only=True, cache_hash=True)
class OrganizationRef:
    """A reference to an `Organization` of the dossier, by id.

    In JSON: ``{"type": "organization", "id": "eu"}``.
    """

    id: str = attrs.field(validator=v.identifier)
    """Id of the organization."""

    TAG: ClassVar[str] = "organization"
    """The value of ``type`` that tags this reference in the exchange format."""

    def __str__(self) -> str:
        return self.id


PartyRef: TypeAlias = StateRef | OrganizationRef
"""A party to an agreement: a state or an international organization."""

party_refs = v.tuple_of((StateRef, OrganizationRef))
"""Field validator: a tuple of party references (states and organizations)."""


@documented
@attrs.frozen(kw_only=True, cache_hash=True)
class PersonRef:
    """A reference to a `Person` of the dossier, by id.

    In JSON: ``{"type": "person", "id": "tokayev"}``.
    """

    id: str = attrs.field(validator=v.identifier)
    """Id of the person."""

    TAG: ClassVar[str] = "person"
    """The value of ``type`` that tags this reference in the exchange format."""

    def __str__(self) -> str:
        return self.id


@documented
@attrs.frozen(kw_only=True, cache_hash=True)
class OfficeRef:
    """A reference to an `Office` of the dossier, by id: whoever held it.

    In JSON: ``{"type": "office", "id": "president-kaz"}``.
    """

    id: str = attrs.field(validator=v.identifier)
    """Id of the office."""

    TAG: ClassVar[str] = "office"
    """The value of ``type`` that tags this reference in the exchange format."""

    def __str__(self) -> str:
        return self.id


@v.described({}, types=(StateRef, OrganizationRef), optional=True)
def _optional_party(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, StateRef | OrganizationRef):
        if retry(instance, attribute, value, _as_party, _optional_party):
            return
        v.fail(instance, attribute, value, "must be None, a StateRef or an OrganizationRef")


def _as_party(value: Any) -> Any:
    return as_instance(value, (StateRef, OrganizationRef))


@documented
@attrs.frozen(kw_only=True, cache_hash=True)
class BodyRef:
    """A body of a state or an organization that is not a record of its own: a ministry, a chamber, a service.

    In JSON: ``{"type": "body", "name": "Ministry of Foreign Affairs", "of": {"type":
    "state", "code": "RUS"}}``.
    """

    name: str = attrs.field(validator=v.text)
    """Its name, as the source gives it."""
    of: PartyRef | None = attrs.field(default=None, validator=_optional_party)
    """The state or organization it belongs to, when known."""

    TAG: ClassVar[str] = "body"
    """The value of ``type`` that tags this reference in the exchange format."""

    def __str__(self) -> str:
        return self.name if self.of is None else f"{self.name} ({self.of})"


ActorRef: TypeAlias = PersonRef | OfficeRef | StateRef | OrganizationRef | BodyRef
"""Whoever acts, speaks or disputes: a person, an office, a state, an organization or a body."""

_ACTORS = (PersonRef, OfficeRef, StateRef, OrganizationRef, BodyRef)
_ACTOR_REFS = v.tuple_of(_ACTORS)


@v.described({}, types=_ACTORS, non_empty=False)
def actor_refs(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Field validator: a tuple of actor references."""
    _ACTOR_REFS(instance, attribute, value)


@v.described({}, types=_ACTORS, optional=True)
def optional_actor_ref(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Field validator: ``None`` or one actor reference."""
    if value is not None and not isinstance(value, _ACTORS):
        v.fail(
            instance,
            attribute,
            value,
            "must be None or a PersonRef, OfficeRef, StateRef, OrganizationRef or BodyRef",
        )
