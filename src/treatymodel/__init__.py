"""treatymodel: a typed domain model of international agreements.

States, organizations, persons and their offices, visits and their programs,
agreements with their parties, signatures, lifecycle, structure and
commitments, and the sources of every fact, as immutable attrs classes.

Example:
    >>> import treatymodel as tm
    >>> tm.State.lookup("KZ").code
    'KAZ'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from treatymodel.agreements import (
    Agreement,
    AgreementKind,
    AgreementLevel,
    Milestone,
    MilestoneKind,
    PartyAction,
    PartyActionKind,
    Relation,
    RelationKind,
    Signature,
)
from treatymodel.dates import PartialDate, Precision
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.errors import FieldError, TreatyModelError
from treatymodel.parties import Organization, OrganizationRef, PartyRef, State, StateRef
from treatymodel.people import Office, OfficeRole, Person, Tenure
from treatymodel.sources import Quote, Source, SourceKind
from treatymodel.structure import Commitment, CommitmentVerb, Obligation, Section, SectionKind, Topic
from treatymodel.values import Place, Title, Variant
from treatymodel.visits import Event, EventKind, TalksFormat, Visit, VisitKind

try:
    __version__ = version("treatymodel")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementLevel",
    "Commitment",
    "CommitmentVerb",
    "Dossier",
    "Event",
    "EventKind",
    "FieldError",
    "Milestone",
    "MilestoneKind",
    "Obligation",
    "Office",
    "OfficeRole",
    "Organization",
    "OrganizationRef",
    "PartialDate",
    "PartyAction",
    "PartyActionKind",
    "PartyRef",
    "Person",
    "Place",
    "Precision",
    "Quote",
    "RecordNotFoundError",
    "Relation",
    "RelationKind",
    "Section",
    "SectionKind",
    "Signature",
    "Source",
    "SourceKind",
    "State",
    "StateRef",
    "TalksFormat",
    "Tenure",
    "Title",
    "Topic",
    "TreatyModelError",
    "Variant",
    "Visit",
    "VisitKind",
    "__version__",
]
