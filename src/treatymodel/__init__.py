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

import sys as _sys
from importlib import import_module as _import_module

# Not `from typing import TYPE_CHECKING`: importing typing alone would double the cost
# of `import treatymodel`. Type checkers treat any name TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

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
        Vote,
    )
    from treatymodel.clauses import (
        ConsentClause,
        EntryIntoForceClause,
        EntryIntoForceMode,
        Period,
        SignaturePeriod,
        WithdrawalClause,
    )
    from treatymodel.dates import (
        DateLike,
        DateQualifier,
        DateValue,
        PartialDate,
        Precision,
        UncertainDate,
    )
    from treatymodel.dossier import Dossier, RecordNotFoundError
    from treatymodel.errors import (
        DecodeError,
        DecodeErrorItem,
        EncodeError,
        FieldError,
        OutputFileError,
        TreatyModelError,
        UnknownRuleError,
        ValidationError,
    )
    from treatymodel.identity import Capital, DatedName, ExternalId, IdScheme, NameKind
    from treatymodel.lifecycle import Basis, DateRange, Effect, EntryIntoForce, Standing, Status
    from treatymodel.meetings import (
        Decision,
        DecisionKind,
        Meeting,
        MeetingKind,
        Participant,
        ParticipantRole,
    )
    from treatymodel.membership import MemberStanding, MemberStatus
    from treatymodel.merging import merge
    from treatymodel.parties import (
        Body,
        BodyKind,
        MembershipAct,
        MembershipActKind,
        Organization,
        OrganizationRef,
        PartyRef,
        State,
        StateRef,
    )
    from treatymodel.people import Office, OfficeRole, Person, Tenure
    from treatymodel.provisions import Commitment, CommitmentVerb, Obligation, Section, SectionKind, Topic
    from treatymodel.queries import MergeConflictError, Relationship
    from treatymodel.refs import (
        ActorRef,
        BodyRef,
        OfficeRef,
        PersonRef,
    )
    from treatymodel.schema import json_schema
    from treatymodel.serialization import (
        FORMAT_NAME,
        FORMAT_VERSION,
        from_dict,
        from_json,
        iter_jsonl,
        to_json,
        write_jsonl,
    )
    from treatymodel.sources import Quote, Source, SourceKind
    from treatymodel.tabular import read_actions
    from treatymodel.validation import Issue, Report, Rule, Scope, Severity, rules, validate
    from treatymodel.values import (
        Certainty,
        CertaintyLevel,
        Place,
        Title,
        Variant,
    )
    from treatymodel.visits import Event, EventKind, TalksFormat, Visit, VisitKind

# Public name -> the module that defines it. `import treatymodel` imports none of
# them: each module is imported on first use of one of its names (PEP 562), so a
# script that only reads JSON never pays for the rules, and `import treatymodel`
# costs no more than `import pydantic` (docs/performance.md).
_EXPORTS: dict[str, str] = {
    "PersonRef": "treatymodel.refs",
    "OfficeRef": "treatymodel.refs",
    "BodyRef": "treatymodel.refs",
    "ActorRef": "treatymodel.refs",
    "CertaintyLevel": "treatymodel.values",
    "Certainty": "treatymodel.values",
    "DateValue": "treatymodel.dates",
    "DateLike": "treatymodel.dates",
    "DateQualifier": "treatymodel.dates",
    "UncertainDate": "treatymodel.dates",
    "MissingDependencyError": "treatymodel._optional",
    "Agreement": "treatymodel.agreements",
    "AgreementKind": "treatymodel.agreements",
    "AgreementLevel": "treatymodel.agreements",
    "Milestone": "treatymodel.agreements",
    "MilestoneKind": "treatymodel.agreements",
    "PartyAction": "treatymodel.agreements",
    "PartyActionKind": "treatymodel.agreements",
    "Relation": "treatymodel.agreements",
    "RelationKind": "treatymodel.agreements",
    "Signature": "treatymodel.agreements",
    "Term": "treatymodel.agreements",
    "Vote": "treatymodel.agreements",
    "ConsentClause": "treatymodel.clauses",
    "EntryIntoForceClause": "treatymodel.clauses",
    "EntryIntoForceMode": "treatymodel.clauses",
    "Period": "treatymodel.clauses",
    "SignaturePeriod": "treatymodel.clauses",
    "WithdrawalClause": "treatymodel.clauses",
    "PartialDate": "treatymodel.dates",
    "Precision": "treatymodel.dates",
    "Dossier": "treatymodel.dossier",
    "RecordNotFoundError": "treatymodel.dossier",
    "DecodeError": "treatymodel.errors",
    "DecodeErrorItem": "treatymodel.errors",
    "EncodeError": "treatymodel.errors",
    "FieldError": "treatymodel.errors",
    "OutputFileError": "treatymodel.errors",
    "TreatyModelError": "treatymodel.errors",
    "UnknownRuleError": "treatymodel.errors",
    "ValidationError": "treatymodel.errors",
    "Capital": "treatymodel.identity",
    "DatedName": "treatymodel.identity",
    "ExternalId": "treatymodel.identity",
    "IdScheme": "treatymodel.identity",
    "NameKind": "treatymodel.identity",
    "Decision": "treatymodel.meetings",
    "MemberStanding": "treatymodel.membership",
    "MemberStatus": "treatymodel.membership",
    "DecisionKind": "treatymodel.meetings",
    "Meeting": "treatymodel.meetings",
    "MeetingKind": "treatymodel.meetings",
    "Participant": "treatymodel.meetings",
    "ParticipantRole": "treatymodel.meetings",
    "Body": "treatymodel.parties",
    "BodyKind": "treatymodel.parties",
    "MembershipAct": "treatymodel.parties",
    "MembershipActKind": "treatymodel.parties",
    "Organization": "treatymodel.parties",
    "OrganizationRef": "treatymodel.parties",
    "PartyRef": "treatymodel.parties",
    "State": "treatymodel.parties",
    "StateRef": "treatymodel.parties",
    "Office": "treatymodel.people",
    "OfficeRole": "treatymodel.people",
    "Person": "treatymodel.people",
    "Tenure": "treatymodel.people",
    "Basis": "treatymodel.lifecycle",
    "DateRange": "treatymodel.lifecycle",
    "Effect": "treatymodel.lifecycle",
    "EntryIntoForce": "treatymodel.lifecycle",
    "Standing": "treatymodel.lifecycle",
    "Status": "treatymodel.lifecycle",
    "MergeConflictError": "treatymodel.queries",
    "Relationship": "treatymodel.queries",
    "merge": "treatymodel.merging",
    "Issue": "treatymodel.validation",
    "Report": "treatymodel.validation",
    "Rule": "treatymodel.validation",
    "Scope": "treatymodel.validation",
    "Severity": "treatymodel.validation",
    "rules": "treatymodel.validation",
    "validate": "treatymodel.validation",
    "json_schema": "treatymodel.schema",
    "FORMAT_NAME": "treatymodel.serialization",
    "FORMAT_VERSION": "treatymodel.serialization",
    "from_dict": "treatymodel.serialization",
    "from_json": "treatymodel.serialization",
    "iter_jsonl": "treatymodel.serialization",
    "to_json": "treatymodel.serialization",
    "write_jsonl": "treatymodel.serialization",
    "Quote": "treatymodel.sources",
    "Source": "treatymodel.sources",
    "SourceKind": "treatymodel.sources",
    "Commitment": "treatymodel.provisions",
    "CommitmentVerb": "treatymodel.provisions",
    "Obligation": "treatymodel.provisions",
    "Section": "treatymodel.provisions",
    "SectionKind": "treatymodel.provisions",
    "Topic": "treatymodel.provisions",
    "read_actions": "treatymodel.tabular",
    "Place": "treatymodel.values",
    "Title": "treatymodel.values",
    "Variant": "treatymodel.values",
    "Event": "treatymodel.visits",
    "EventKind": "treatymodel.visits",
    "TalksFormat": "treatymodel.visits",
    "Visit": "treatymodel.visits",
    "VisitKind": "treatymodel.visits",
}

__version__: str  # read from the installed metadata on first use (importlib.metadata is slow to import)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("treatymodel")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


# The public submodules, also imported on first use: `tm.datasets.load(...)` works
# after a bare `import treatymodel`, as it would if they were imported eagerly.
_SUBMODULES = frozenset(
    {
        "agreements",
        "clauses",
        "cli",
        "crosswalk",
        "datasets",
        "dates",
        "display",
        "dossier",
        "errors",
        "export",
        "frames",
        "identity",
        "lifecycle",
        "meetings",
        "membership",
        "parties",
        "people",
        "queries",
        "merging",
        "refs",
        "schema",
        "serialization",
        "sources",
        "strategies",
        "structure",
        "provisions",
        "tables",
        "tabular",
        "timelines",
        "validation",
        "values",
        "visits",
    }
)

if not TYPE_CHECKING:  # for type checkers, the names are the imports above

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is not None:
            value = getattr(_import_module(module), name)
        elif name in _SUBMODULES:
            value = _import_module(f"{__name__}.{name}")
        elif name == "__version__":
            value = _version()
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value  # later uses are plain attribute reads
        return value


def __dir__() -> list[str]:
    # Only the public names: not the module's own machinery (TYPE_CHECKING,
    # annotations, the lazy-import table), which `dir` would otherwise list.
    return sorted({*_EXPORTS, *_SUBMODULES, "__version__"})


__all__ = [
    "ActorRef",
    "Agreement",
    "AgreementKind",
    "AgreementLevel",
    "Basis",
    "Body",
    "BodyKind",
    "BodyRef",
    "Capital",
    "Certainty",
    "CertaintyLevel",
    "Commitment",
    "CommitmentVerb",
    "ConsentClause",
    "DateLike",
    "DateQualifier",
    "DateRange",
    "DateValue",
    "DatedName",
    "Decision",
    "DecisionKind",
    "DecodeError",
    "DecodeErrorItem",
    "Dossier",
    "Effect",
    "EncodeError",
    "EntryIntoForce",
    "EntryIntoForceClause",
    "EntryIntoForceMode",
    "Event",
    "EventKind",
    "ExternalId",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FieldError",
    "IdScheme",
    "Issue",
    "Meeting",
    "MeetingKind",
    "MemberStanding",
    "MemberStatus",
    "MembershipAct",
    "MembershipActKind",
    "MergeConflictError",
    "Milestone",
    "MilestoneKind",
    "MissingDependencyError",
    "NameKind",
    "Obligation",
    "Office",
    "OfficeRef",
    "OfficeRole",
    "Organization",
    "OrganizationRef",
    "OutputFileError",
    "PartialDate",
    "Participant",
    "ParticipantRole",
    "PartyAction",
    "PartyActionKind",
    "PartyRef",
    "Period",
    "Person",
    "PersonRef",
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
    "SignaturePeriod",
    "Source",
    "SourceKind",
    "Standing",
    "State",
    "StateRef",
    "Status",
    "TalksFormat",
    "Tenure",
    "Term",
    "Title",
    "Topic",
    "TreatyModelError",
    "UncertainDate",
    "UnknownRuleError",
    "ValidationError",
    "Variant",
    "Visit",
    "VisitKind",
    "Vote",
    "WithdrawalClause",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "json_schema",
    "merge",
    "read_actions",
    "rules",
    "to_json",
    "validate",
    "write_jsonl",
    "__version__",
]

# Agreements and visits show as HTML cards in IPython and Jupyter (treatymodel._notebook).
# Only a shell already running is looked for: outside IPython this costs a dict lookup.
if "IPython" in _sys.modules:
    from treatymodel._notebook import register_running as _register_running

    _register_running()
