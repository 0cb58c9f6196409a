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

from treatymodel._optional import MissingDependencyError
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
    Term,
)
from treatymodel.dates import PartialDate, Precision
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.errors import (
    DecodeError,
    DecodeErrorItem,
    FieldError,
    TreatyModelError,
    UnknownRuleError,
    ValidationError,
)
from treatymodel.parties import Organization, OrganizationRef, PartyRef, State, StateRef
from treatymodel.people import Office, OfficeRole, Person, Tenure
from treatymodel.queries import MergeConflictError, Relationship, Status, merge
from treatymodel.rules import Issue, Report, Rule, Scope, Severity, rules, validate
from treatymodel.schema import json_schema
from treatymodel.serialization import (
    FORMAT_NAME,
    FORMAT_VERSION,
    from_json,
    iter_jsonl,
    to_json,
    write_jsonl,
)
from treatymodel.sources import Quote, Source, SourceKind
from treatymodel.structure import Commitment, CommitmentVerb, Obligation, Section, SectionKind, Topic
from treatymodel.values import Place, Title, Variant
from treatymodel.visits import Event, EventKind, TalksFormat, Visit, VisitKind

__version__: str  # read from the installed metadata on first use (importlib.metadata is slow to import)


def __getattr__(name: str) -> str:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("treatymodel")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            value = "0.0.0"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementLevel",
    "Commitment",
    "CommitmentVerb",
    "DecodeError",
    "DecodeErrorItem",
    "Dossier",
    "Event",
    "EventKind",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FieldError",
    "Issue",
    "MergeConflictError",
    "Milestone",
    "MilestoneKind",
    "MissingDependencyError",
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
    "Relationship",
    "Report",
    "Rule",
    "Scope",
    "Section",
    "SectionKind",
    "Severity",
    "Signature",
    "Source",
    "SourceKind",
    "State",
    "StateRef",
    "Status",
    "TalksFormat",
    "Tenure",
    "Term",
    "Title",
    "Topic",
    "TreatyModelError",
    "UnknownRuleError",
    "ValidationError",
    "Variant",
    "Visit",
    "VisitKind",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "merge",
    "rules",
    "to_json",
    "validate",
    "write_jsonl",
    "__version__",
]
