"""The records of a dossier, as the exchange format holds them.

`Dossier` here is the data class of the records layer: the fields of a dossier
and nothing that reads them. `treatymodel.Dossier` (in `treatymodel.dossier`, in
the analysis layer) is the class to use: it adds the lookups by id and the
questions about a day, which need the lifecycle engine, the queries and the
display. The exchange format and the schema describe this class; a
`treatymodel.Dossier` is read and written as it (`treatymodel._exchange.exchanged_as`).
"""

from __future__ import annotations

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement
from treatymodel.meetings import Decision, Meeting
from treatymodel.parties import Organization, State
from treatymodel.people import Office, Person, Tenure
from treatymodel.sources import Quote, Source
from treatymodel.visits import Visit

__all__ = ["Dossier"]


@documented
@attrs.frozen(kw_only=True, repr=False)
class Dossier:
    """The records of one story or one dataset, referring to one another by id.

    The fields only: `treatymodel.Dossier` is this class with the lookups and the
    questions, and is what every reader of dossiers builds.
    """

    id: str = attrs.field(validator=v.identifier)
    """Id of the dossier (``"ru-kz-2025"``)."""
    title: str = attrs.field(validator=v.text)
    """What the dossier is about."""
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """A paragraph on its scope and how it was made."""
    states: tuple[State, ...] = attrs.field(default=(), validator=v.tuple_of(State))
    """The states the records name."""
    organizations: tuple[Organization, ...] = attrs.field(default=(), validator=v.tuple_of(Organization))
    """The international organizations the records name."""
    persons: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    """Persons."""
    offices: tuple[Office, ...] = attrs.field(default=(), validator=v.tuple_of(Office))
    """The offices those persons hold."""
    tenures: tuple[Tenure, ...] = attrs.field(default=(), validator=v.tuple_of(Tenure))
    """Tenures of offices: who held which office when."""
    visits: tuple[Visit, ...] = attrs.field(default=(), validator=v.tuple_of(Visit))
    """Visits, with their programs."""
    meetings: tuple[Meeting, ...] = attrs.field(default=(), validator=v.tuple_of(Meeting))
    """Summits, sessions and conferences of many parties."""
    decisions: tuple[Decision, ...] = attrs.field(default=(), validator=v.tuple_of(Decision))
    """Decisions: acts of organizations' bodies."""
    agreements: tuple[Agreement, ...] = attrs.field(default=(), validator=v.tuple_of(Agreement))
    """Agreements, with their signatures, structure and lifecycle."""
    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(Source))
    """Sources: where the facts come from."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=v.tuple_of(Quote))
    """Quotes: words attributed to speakers or documents."""

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("states", "persons", "visits", "meetings", "agreements", "sources")
            if getattr(self, name)
        )
        return f"Dossier(id={self.id!r}, {counts})" if counts else f"Dossier(id={self.id!r})"
