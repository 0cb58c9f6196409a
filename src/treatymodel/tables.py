"""A dossier as tidy tables with fixed schemas, without any table library.

This module declares every table (`SCHEMAS`: name, key, columns and their
types) and builds its columns as plain Python lists; `treatymodel.frames`
turns them into pandas DataFrames and `treatymodel.export` into Arrow
tables and Parquet files. Declaring the schema once keeps the two in step, and
keeps a table's column types the same whatever its rows: an empty table, or a
column with no value, has the declared types still.

Conventions of every table:

- one row per record (or per item of a record's list), with the ids that join
  the tables (``agreement`` is an ``agreements.id``, ``visit`` a ``visits.id``,
  ``person`` a ``persons.id``...);
- every date is three columns: ``<name>_earliest`` and ``<name>_latest``,
  the first and last day it may be, and ``<name>_precision`` (``year``,
  ``month`` or ``day``), so ``1993-05`` is never taken for 1 May; an uncertain
  date (``2025-11-12~``, ``[2024-06-18,2024-06-19]``) spans every day it may
  stand for, with the coarsest precision of its dates; an unknown date is null;
- a record's ``certainty`` (``planned``, ``reported``, ``confirmed``,
  ``unverified``, ``disputed``) is a column of its row, null when not stated; who
  says so is in the ``certainties`` table, and what other sources report
  differently in ``variants``, both for records at any depth;
- vocabularies are categoricals with every member as a category, booleans are
  nullable (``None`` where the record does not say), counts are nullable
  integers;
- lists are rows of their own tables (topics, participants, parties of a
  commitment...), never joined strings;
- who is bound, when, comes only from the lifecycle engine
  (`treatymodel.lifecycle`); where it leaves a standing unsettled, the
  tables say so (``status`` null with ``settled`` false and the ``possible``
  statuses), and never pick one.

Example:
    >>> from treatymodel import datasets
    >>> from treatymodel.tables import SCHEMAS, columns
    >>> SCHEMAS["commitment_topics"].key
    ('agreement', 'commitment', 'topic')
    >>> topics = columns(datasets.load("ru-kz-2025"), "commitment_topics")["topic"]
    >>> tuple(topics[:2])
    ('world_order', 'international_law')
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from treatymodel._fielddocs import documented
from treatymodel._gc import paused
from treatymodel.agreements import (
    Agreement,
    AgreementKind,
    AgreementLevel,
    MilestoneKind,
    PartyActionKind,
    RelationKind,
)
from treatymodel.clauses import EntryIntoForceMode, Period
from treatymodel.dates import DateValue, Precision
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.identity import IdScheme
from treatymodel.lifecycle import (
    ACTION_EFFECTS,
    BOUND,
    MILESTONE_EFFECTS,
    Basis,
    Effect,
    Lifecycle,
    Standing,
    Status,
)
from treatymodel.meetings import DecisionKind, MeetingKind, ParticipantRole
from treatymodel.parties import MembershipActKind, OrganizationRef, PartyRef, StateRef
from treatymodel.people import OfficeRole
from treatymodel.provisions import CommitmentVerb, Obligation, Section, SectionKind, Topic
from treatymodel.refs import ActorRef, BodyRef, OfficeRef, PersonRef
from treatymodel.sources import SourceKind
from treatymodel.values import CertaintyLevel
from treatymodel.visits import EventKind, TalksFormat, VisitKind

__all__ = [
    "PANELS",
    "RECORD_TABLES",
    "SCHEMAS",
    "TABLES",
    "Column",
    "ColumnType",
    "TableSchema",
    "columns",
    "first_year",
    "last_year",
    "obligations",
    "party_year_columns",
    "render_schemas",
    "year_spans",
    "answer",
]


class ColumnType(enum.StrEnum):
    """The type of a column, as pandas and Arrow hold it."""

    STRING = "string"
    """Text: pandas ``string``, Arrow ``string``."""
    CATEGORY = "category"
    """A vocabulary: pandas ``category`` (every member a category), Arrow ``dictionary<int32, string>``."""
    BOOLEAN = "boolean"
    """A nullable boolean: pandas ``boolean``, Arrow ``bool``."""
    INTEGER = "integer"
    """A nullable integer: pandas ``Int64``, Arrow ``int64``."""
    DATE = "date"
    """A day: pandas ``datetime64[s]`` (years 1 to 9999 fit), Arrow ``date32``."""
    TIME = "time"
    """A time of day: pandas ``object`` of ``datetime.time``, Arrow ``time32[ms]``."""
    LIST = "list"
    """A short list of strings: pandas ``object`` of tuples, Arrow ``list<string>``."""


@documented
@attrs.frozen(kw_only=True)
class Column:
    """One column of a table."""

    name: str
    """The column name."""
    type: ColumnType
    """Its type."""
    doc: str
    """What it holds."""
    categories: tuple[str, ...] = ()
    """For a category column, every value it may take, in order."""


@documented
@attrs.frozen(kw_only=True)
class TableSchema:
    """The fixed schema of one table."""

    name: str
    """The table name."""
    doc: str
    """What a row is."""
    key: tuple[str, ...]
    """The columns whose values identify a row."""
    columns: tuple[Column, ...]
    """The columns, in order."""

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)


# --------------------------------------------------------------------------- declaring columns


def _s(name: str, doc: str) -> Column:
    return Column(name=name, type=ColumnType.STRING, doc=doc)


def _b(name: str, doc: str) -> Column:
    return Column(name=name, type=ColumnType.BOOLEAN, doc=doc)


def _i(name: str, doc: str) -> Column:
    return Column(name=name, type=ColumnType.INTEGER, doc=doc)


def _l(name: str, doc: str) -> Column:
    return Column(name=name, type=ColumnType.LIST, doc=doc)


def _c(name: str, vocabulary: type[enum.Enum] | Sequence[str], doc: str) -> Column:
    values = tuple(str(m.value) for m in vocabulary) if isinstance(vocabulary, type) else tuple(vocabulary)
    return Column(name=name, type=ColumnType.CATEGORY, doc=doc, categories=values)


def _d(name: str, doc: str) -> tuple[Column, Column, Column]:
    """The three columns of a partial date."""
    return (
        Column(name=f"{name}_earliest", type=ColumnType.DATE, doc=f"{doc}: the first day it may be."),
        Column(name=f"{name}_latest", type=ColumnType.DATE, doc=f"{doc}: the last day it may be."),
        _c(f"{name}_precision", Precision, f"{doc}: how precisely it is known."),
    )


_PARTY_TYPES = ("state", "organization")
_PLACE = (
    _s("place", "The place: a venue or a town."),
    _s("place_locality", "The town of a venue."),
    _s("place_state", "Alpha-3 code of the state the place is in."),
)
# Status values as the engine names them; a party with no standing yet is a null.
_STATUS = _c("status", Status, "The status when the record settles it; null when nothing or unsettled.")
_SETTLED = _b("settled", "Whether the record settles the standing (one possible status).")
_POSSIBLE = _l("possible", "Every status the facts allow, in the order of `Status`; null for no standing.")
_CERTAINTY = _c(
    "certainty",
    CertaintyLevel,
    "How sure the sources are of the record (`certainties` says who); null if not stated.",
)
_ACTOR_TYPES = ("person", "office", "state", "organization", "body")
_RECORD_TYPES = (
    "dossier",
    "state",
    "organization",
    "person",
    "office",
    "visit",
    "event",
    "meeting",
    "decision",
    "agreement",
    "quote",
)
_ID_RECORD_TYPES = (
    "state",
    "organization",
    "person",
    "office",
    "visit",
    "meeting",
    "decision",
    "agreement",
    "source",
)
_RECORD_TYPE = _c("record_type", _RECORD_TYPES, "Kind of the nearest record with an id (`dossier`: tenures).")
_RECORD = _s("record", "Id of that record (a state's code; the dossier's id for tenures).")
_OBLIGATIONS = tuple(
    _b(o.value, f"Whether a commitment coded `{o.value}` (ATOP) binds the party.") for o in Obligation
)


def _schema(name: str, doc: str, key: tuple[str, ...], *cols: Column | tuple[Column, ...]) -> TableSchema:
    flat: list[Column] = []
    for c in cols:
        flat.extend(c if isinstance(c, tuple) else (c,))
    names = [c.name for c in flat]
    assert len(set(names)) == len(names), f"{name}: a column name repeats"
    assert set(key) <= set(names), f"{name}: a key column is missing"
    return TableSchema(name=name, doc=doc, key=key, columns=tuple(flat))


_SCHEMAS = (
    _schema(
        "agreements",
        "One row per agreement, with its final clauses and its entry into force as the lifecycle engine "
        "finds it.",
        ("id",),
        _s("id", "Id of the agreement."),
        _s("title", "Main English title."),
        _c("kind", AgreementKind, "Form of the instrument."),
        _c("level", AgreementLevel, "Interstate, intergovernmental or interagency."),
        _b("legally_binding", "Whether it binds under international law; null if no source says."),
        _b("bilateral", "Whether the record says it is bilateral; null if not stated."),
        _d("date", "Date of signature or adoption"),
        _i("year", "Year of `date`."),
        *_PLACE,
        _l("languages", "Languages of the authentic texts."),
        _s("relationship_level", "Level of relations it establishes, in its own words."),
        _s("summary", "A sentence on the agreement."),
        _i("parties", "How many parties it lists; null when its parties are unknown."),
        _i("signatures", "How many signatures are recorded."),
        _i("commitments", "How many commitments are coded."),
        _b("consent_by_signature", "Consent clause: whether signature alone binds; null if not recorded."),
        _b("accession", "Consent clause: whether states that did not sign may accede."),
        _c("eif_mode", EntryIntoForceMode, "Entry into force clause: what it depends on."),
        _i("eif_instruments", "Entry into force clause: how many instruments of consent are needed."),
        _s("eif_delay", "Entry into force clause: delay after the triggering act (ISO 8601, `P60D`)."),
        _d("eif_date", "Entry into force clause: the fixed date"),
        _d("eif_not_before", "Entry into force clause: the earliest date allowed"),
        _s("eif_later_parties", "Entry into force clause: delay for later parties (ISO 8601)."),
        _d("signature_opens", "Signature period: first day"),
        _d("signature_closes", "Signature period: last day"),
        _b("withdrawal_allowed", "Withdrawal clause: whether withdrawal is allowed; null if not recorded."),
        _s("withdrawal_notice", "Withdrawal clause: notice period (ISO 8601, `P6M`)."),
        _s(
            "withdrawal_not_before",
            "Withdrawal clause: time after entry into force before notice (ISO 8601).",
        ),
        _i("term_years", "Term: years of the initial term."),
        _i("term_months", "Term: months of the initial term."),
        _i("renewal_years", "Term: years of each renewal."),
        _i("renewal_months", "Term: months of each renewal."),
        _b("automatic_renewal", "Term: whether it renews itself; null without a term."),
        _i("max_extensions", "Term: how many times it may be extended."),
        _d("entry_into_force", "General entry into force, from the lifecycle engine"),
        _c("entry_into_force_basis", Basis, "Where the entry into force date comes from."),
        _CERTAINTY,
    ),
    _schema(
        "parties",
        "One row per party listed by an agreement (when its parties are unknown: per state or organization "
        "that signed or acted), with its entry into force for it (lifecycle engine).",
        ("agreement", "party"),
        _s("agreement", "Id of the agreement."),
        _s("party", "State code or organization id."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
        _s("name", "Display name of the party."),
        _i("position", "Order in the agreement's list of parties, from 0."),
        _d("entry_into_force", "Entry into force for the party, from the lifecycle engine"),
        _c("entry_into_force_basis", Basis, "Where that date comes from."),
    ),
    _schema(
        "clause_parties",
        "One row per party a final clause names: the states whose consent the entry into force needs, "
        "and those the agreement is open to for signature.",
        ("agreement", "clause", "party"),
        _s("agreement", "Id of the agreement."),
        _c("clause", ("eif_required", "signature_open_to"), "Which clause names the party."),
        _s("party", "State code or organization id."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
    ),
    _schema(
        "signatures",
        "One row per signature, with the office the signatory held that day (from the tenures).",
        ("agreement", "position"),
        _s("agreement", "Id of the agreement."),
        _i("position", "Order among the agreement's signatures, from 0."),
        _s("signatory", "Id of the person who signed."),
        _s("name", "Name of the signatory (the id when the person is not in the dossier)."),
        _s("party", "State code or organization id signed for."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
        _d("date", "Date of signature"),
        _i("year", "Year of `date`."),
        _s("office", "Id of the office held that day (tenures), else the one recorded on the signature."),
        _s("office_title", "Title of that office."),
        _s("recorded_office", "Id of the office recorded on the signature."),
        _b("full_powers", "Whether full powers were produced; null if not recorded."),
        _b("ad_referendum", "Whether signed ad referendum."),
        *_PLACE,
        _CERTAINTY,
    ),
    _schema(
        "party_actions",
        "One row per act of a party: signature, ratification, accession, withdrawal, domestic steps...",
        ("agreement", "position"),
        _s("agreement", "Id of the agreement."),
        _i("position", "Order among the agreement's party actions, from 0."),
        _c("kind", PartyActionKind, "The act."),
        _c("effect", Effect, "What the act does to the party's standing (`ACTION_EFFECTS`)."),
        _s("party", "State code or organization id."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
        _d("date", "Date of the act, deposit or notification; null when unknown"),
        _i("year", "Year of `date`."),
        _d("effective", "Date of effect for the party"),
        _s("performed_by", "Id of the person who performed it."),
        _s("body", "The body that acted, for a domestic step."),
        _i("vote_in_favour", "The body's votes for."),
        _i("vote_against", "The body's votes against."),
        _i("vote_abstentions", "The body's abstentions."),
        _s("depositary", "Who received the instrument."),
        _l("disputed_by", "Parties that dispute the act."),
        _s("note", "Context."),
        _s("text", "Text of a reservation or declaration."),
        _CERTAINTY,
    ),
    _schema(
        "milestones",
        "One row per milestone of an agreement as a whole: adoption, entry into force, extension...",
        ("agreement", "position"),
        _s("agreement", "Id of the agreement."),
        _i("position", "Order among the agreement's milestones, from 0."),
        _c("kind", MilestoneKind, "The milestone."),
        _c("effect", Effect, "What it does (`MILESTONE_EFFECTS`)."),
        _d("date", "When"),
        _i("year", "Year of `date`."),
        _d("until", "New end of term, for an extension"),
        _s("note", "Context."),
        _CERTAINTY,
    ),
    _schema(
        "standings",
        "One row per change of standing, per party and for the agreement as a whole, from the lifecycle "
        "engine: the standing from `start` until the day before `end`.",
        ("agreement", "party", "start"),
        _s("agreement", "Id of the agreement."),
        _s("party", "State code or organization id; null for the agreement as a whole."),
        Column(name="start", type=ColumnType.DATE, doc="First day of the standing."),
        Column(name="end", type=ColumnType.DATE, doc="First day of the next standing; null if none."),
        _STATUS,
        _SETTLED,
        _POSSIBLE,
    ),
    _schema(
        "commitments",
        "One row per commitment.",
        ("agreement", "id"),
        _s("agreement", "Id of the agreement."),
        _s("id", "Id of the commitment."),
        _i("position", "Order among the agreement's commitments, from 0."),
        _c("topic", Topic, "Main topic (the first); every topic is in `commitment_topics`."),
        _c("verb", CommitmentVerb, "Verb of commitment."),
        _c("obligation", Obligation, "Alliance obligation coded (ATOP)."),
        _s("summary", "What is committed to, in the editor's words."),
        _s("quote", "The agreement's words, verbatim."),
        _s("section", "Id of the section it stands in."),
        _b("binds_all", "Whether it binds every party (no party named in `commitment_parties` as bound)."),
        _CERTAINTY,
    ),
    _schema(
        "commitment_topics",
        "One row per topic of a commitment (long form).",
        ("agreement", "commitment", "topic"),
        _s("agreement", "Id of the agreement."),
        _s("commitment", "Id of the commitment."),
        _c("topic", Topic, "A topic."),
        _i("rank", "1 for the main topic, then 2, 3..."),
    ),
    _schema(
        "commitment_parties",
        "One row per party a commitment names as bound or as beneficiary.",
        ("agreement", "commitment", "role", "party"),
        _s("agreement", "Id of the agreement."),
        _s("commitment", "Id of the commitment."),
        _c("role", ("bound", "beneficiary"), "How the commitment names the party."),
        _s("party", "State code or organization id."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
    ),
    _schema(
        "commitment_references",
        "One row per organization, agreement or outside instrument a commitment names.",
        ("agreement", "commitment", "kind", "reference"),
        _s("agreement", "Id of the agreement."),
        _s("commitment", "Id of the commitment."),
        _c("kind", ("organization", "agreement", "instrument"), "What is named."),
        _s("reference", "Organization id, agreement id, or the instrument's name."),
    ),
    _schema(
        "sections",
        "One row per unit of an agreement's text, at every depth, in document order.",
        ("agreement", "id"),
        _s("agreement", "Id of the agreement."),
        _s("id", "Id of the section."),
        _s("parent", "Id of the section it stands in; null at the top."),
        _i("depth", "0 at the top, 1 inside a top unit..."),
        _i("position", "Order in the document, from 0."),
        _c("kind", SectionKind, "Kind of unit."),
        _s("number", "Number as printed."),
        _s("heading", "Heading."),
        _s("text", "Text of the unit itself."),
        _CERTAINTY,
    ),
    _schema(
        "relations",
        "One row per relation of an agreement to another.",
        ("agreement", "kind", "target"),
        _s("agreement", "Id of the agreement."),
        _c("kind", RelationKind, "How it relates to the target."),
        _s("target", "Id of the other agreement."),
        _d("date", "The day it takes effect, when the text sets one"),
        _CERTAINTY,
    ),
    _schema(
        "visits",
        "One row per visit.",
        ("id",),
        _s("id", "Id of the visit."),
        _c("kind", VisitKind, "Protocol rank."),
        _s("guest", "Id of the visiting person."),
        _s("guest_name", "Name of the guest."),
        _s("guest_state", "Alpha-3 code of the guest's state."),
        _s("host", "Id of the host; null when no source names one."),
        _s("host_name", "Name of the host."),
        _s("host_state", "Alpha-3 code of the host state."),
        _d("start", "First day"),
        _d("end", "Last day"),
        _s("invited_by", "Id of the person who invited the guest."),
        _s("trip", "Id shared by the visits of one trip."),
        _b("first_of_kind", "First visit of its kind in the guest's office; null if not reported."),
        _s("description", "A sentence on the visit."),
        _i("events", "How many program items."),
        _i("agreements", "How many agreements were signed during it."),
        _CERTAINTY,
    ),
    _schema(
        "visit_agreements",
        "One row per agreement signed during a visit.",
        ("visit", "agreement"),
        _s("visit", "Id of the visit."),
        _s("agreement", "Id of the agreement."),
        _i("position", "Order in the visit's list, from 0."),
    ),
    _schema(
        "events",
        "One row per item of a visit's or a meeting's program.",
        ("id",),
        _s("visit", "Id of the visit; null for a meeting's event."),
        _s("meeting", "Id of the meeting; null for a visit's event."),
        _s("id", "Id of the event."),
        _i("position", "Order in the program, from 0."),
        _c("kind", EventKind, "What happens."),
        _s("cameo", "CAMEO event code of the kind, where one fits."),
        _d("date", "The day"),
        _i("year", "Year of `date`."),
        _s("title", "Name of the event."),
        _c("talks_format", TalksFormat, "Format of talks."),
        Column(name="start_time", type=ColumnType.TIME, doc="Local start time."),
        _i("duration_seconds", "How long it lasted, in seconds."),
        *_PLACE,
        _b("closed_to_press", "Held behind closed doors; null if not reported."),
        _b("remote", "Attended by videoconference."),
        _s("description", "What happened."),
        _CERTAINTY,
    ),
    _schema(
        "participants",
        "One row per person taking part in an event.",
        ("event", "person"),
        _s("visit", "Id of the visit."),
        _s("event", "Id of the event."),
        _s("person", "Id of the person."),
        _s("name", "Name of the person (the id when not in the dossier)."),
    ),
    _schema(
        "meetings",
        "One row per meeting: a summit, a session or a conference of many parties.",
        ("id",),
        _s("id", "Id of the meeting."),
        _c("kind", MeetingKind, "Summit, session, ministerial, conference or other."),
        _s("title", "Name of the meeting."),
        _s("organization", "Id of the organization meeting."),
        _s("body", "Id of the organization's body meeting."),
        _s("host_state", "Alpha-3 code of the host state; null when not recorded."),
        _d("start", "First day"),
        _d("end", "Last day"),
        _i("participants", "How many delegations are recorded."),
        _i("agreements", "How many agreements were signed there."),
        _i("decisions", "How many decisions were adopted there."),
        _s("description", "A summary."),
        _CERTAINTY,
    ),
    _schema(
        "meeting_participants",
        "One row per delegation at a meeting.",
        ("meeting", "position"),
        _s("meeting", "Id of the meeting."),
        _i("position", "Order among the meeting's delegations, from 0."),
        _s("party", "Code or id of the state or organization; null when not recorded."),
        _c("party_type", ("state", "organization"), "What the party is."),
        _s("person", "Id of the person leading the delegation."),
        _s("name", "Name of that person (the id when not in the dossier)."),
        _c("role", ParticipantRole, "Host, member, observer or guest; null if not stated."),
        _d("start", "First day it took part, when not the meeting's"),
        _d("end", "Last day it took part, when not the meeting's"),
        _b("remote", "Took part by video link; null if not reported."),
    ),
    _schema(
        "meeting_agreements",
        "One row per agreement signed at a meeting.",
        ("meeting", "agreement"),
        _s("meeting", "Id of the meeting."),
        _s("agreement", "Id of the agreement."),
        _i("position", "Order in the meeting's list, from 0."),
    ),
    _schema(
        "decisions",
        "One row per decision of an organization's body.",
        ("id",),
        _s("id", "Id of the decision."),
        _c("kind", DecisionKind, "What is decided."),
        _s("organization", "Id of the organization."),
        _s("body", "Id of the body."),
        _d("date", "Day of adoption"),
        _d("effective", "Day it takes effect, when not the day of adoption"),
        _i("year", "Year it takes effect (`effective`, else `date`)."),
        _s("title", "Title."),
        _s("subject", "Code or id of the state or organization admitted, suspended or expelled."),
        _c("subject_type", ("state", "organization"), "What the subject is."),
        _s("agreement", "Id of the agreement adopted or extended."),
        _s("creates", "Id of the organization it establishes."),
        _s("meeting", "Id of the meeting where it was adopted."),
        _CERTAINTY,
    ),
    _schema(
        "membership_acts",
        "One row per change of membership that no treaty instrument records (an admission, a freeze...).",
        ("organization", "position"),
        _s("organization", "Id of the organization."),
        _i("position", "Order among the organization's membership acts, from 0."),
        _c("kind", MembershipActKind, "What changed."),
        _s("member", "Code or id of the state or organization."),
        _c("member_type", ("state", "organization"), "What the member is."),
        _d("date", "Day it took effect"),
        _d("until", "Day a suspension or freeze ended"),
        _s("decision", "Id of the decision that made it."),
        _s("note", "Context."),
        _CERTAINTY,
    ),
    _schema(
        "external_ids",
        "One row per identifier in another system (Wikidata, UNTS, UNTC, COW...), on any record.",
        ("record_type", "record", "path", "position"),
        _c("record_type", _ID_RECORD_TYPES, "Kind of the record carrying it."),
        _RECORD,
        _s("path", "Where the record is inside it: empty for itself, `bodies[0]` for a body."),
        _i("position", "Order among that record's identifiers, from 0."),
        _c("scheme", IdScheme, "The system."),
        _s("name", "Which series or system (`national`, `other`)."),
        _s("value", "The identifier."),
        _s("volume", "Volume of a treaty series."),
        _l("sources", "Ids of the sources giving it."),
    ),
    _schema(
        "persons",
        "One row per person.",
        ("id",),
        _s("id", "Id of the person."),
        _s("name", "Usual English name."),
        _CERTAINTY,
    ),
    _schema(
        "offices",
        "One row per office.",
        ("id",),
        _s("id", "Id of the office."),
        _s("title", "Official title."),
        _c("role", OfficeRole, "What the office is, for the law of treaties."),
        _s("represents", "State code or organization id the office acts for."),
        _c("represents_type", _PARTY_TYPES, "State or organization."),
        _b("single_holder", "Whether one person at most holds it at a time."),
        _CERTAINTY,
    ),
    _schema(
        "tenures",
        "One row per tenure of an office.",
        ("position",),
        _i("position", "Order among the dossier's tenures, from 0."),
        _s("person", "Id of the person."),
        _s("office", "Id of the office."),
        _d("start", "First day in office"),
        _d("end", "Last day in office; null while it goes on or when unknown"),
        _i("held_on", "How many dates a source shows the person in office (for unknown start and end)."),
        _CERTAINTY,
    ),
    _schema(
        "sources",
        "One row per source.",
        ("id",),
        _s("id", "Id of the source."),
        _c("kind", SourceKind, "What kind of document."),
        _s("publisher", "Who published it."),
        _s("title", "Title or headline."),
        _s("url", "Where it can be read."),
        _d("published", "Publication date"),
        _d("retrieved", "When the editor read it"),
        _s("lang", "Language of the document."),
        _s("author", "Author."),
        _s("note", "What the editor should know about it."),
    ),
    _schema(
        "quotes",
        "One row per quote.",
        ("id",),
        _s("id", "Id of the quote."),
        _s("text", "The words, verbatim."),
        _s("source", "Id of the source printing them."),
        _s("speaker", "Id of the speaker (a state's code, a body's name); null for a document's words."),
        _c("speaker_type", _ACTOR_TYPES, "What the speaker is."),
        _s(
            "speaker_name",
            "Name of the speaker: a person's name, an office's title, a party's or a body's name.",
        ),
        _s("agreement", "Id of the agreement the words are from or about."),
        _d("date", "When the words were said"),
        _s("lang", "Language."),
        _b("translated", "Whether the text is a translation."),
        _CERTAINTY,
    ),
    _schema(
        "variants",
        "One row per value another source reports differently, on a record at any depth.",
        ("record_type", "record", "path", "position"),
        _RECORD_TYPE,
        _RECORD,
        _s("path", "Where the record holding the variant is inside it: empty for itself, `signatures[1]`."),
        _i("position", "Order among that record's variants, from 0."),
        _s("field", "The field, relative to the record holding the variant (`date`, `venue.name`)."),
        _s("value", "The reported value, as in the exchange format."),
        _l("sources", "Ids of the sources reporting it."),
        _s("note", "Context."),
    ),
    _schema(
        "certainties",
        "One row per record, at any depth, whose certainty is stated: how sure, and who says so.",
        ("record_type", "record", "path"),
        _RECORD_TYPE,
        _RECORD,
        _s("path", "Where the record is inside it: empty for itself, `party_actions[3]`, `venue`."),
        _c("level", CertaintyLevel, "Planned, reported, confirmed, unverified or disputed."),
        _l("by", "Who planned, confirmed or disputes it, as `type:id` (`person:tokayev`, `state:USA`)."),
        _s("note", "Context."),
        _l("sources", "Ids of the sources of this judgement."),
    ),
)

_PANELS = (
    _schema(
        "party_years",
        "One row per agreement, party and year, from the agreement's first dated fact to the last year: "
        "the party's standing on 31 December, from the lifecycle engine.",
        ("agreement", "party", "year"),
        _s("agreement", "Id of the agreement."),
        _s("party", "State code or organization id."),
        _c("party_type", _PARTY_TYPES, "State or organization."),
        _i("year", "The year; the standing is the one of 31 December."),
        _STATUS,
        _SETTLED,
        _POSSIBLE,
        _b("in_force", "In force for the party (VCLT art. 2(1)(g)); null when the record leaves it open."),
        _b("bound", "Consented, in force or suspended: bound by its consent; null when left open."),
        *_OBLIGATIONS,
    ),
    _schema(
        "dyad_years",
        "One row per unordered pair of states (`state_a` < `state_b`) and year in which at least one "
        "common agreement is, or may be, in force for both on 31 December.",
        ("state_a", "state_b", "year"),
        _s("state_a", "The first state's code, alphabetically."),
        _s("state_b", "The second state's code."),
        _i("year", "The year."),
        _l("agreements", "Ids of the agreements certainly in force for both, in dossier order."),
        _i("count", "How many: the length of `agreements`."),
        _l("unsettled", "Ids of the agreements that may be in force for both, but not certainly."),
        _b("in_force", "True when `count` > 0; null when only unsettled agreements may bind the pair."),
        *(
            _b(
                o.value,
                f"True when an agreement in force for both has a `{o.value}` commitment binding both; "
                "null when only an unsettled one may.",
            )
            for o in Obligation
        ),
    ),
)

#: The schema of every table, by name: the record tables, then the panels.
SCHEMAS: Mapping[str, TableSchema] = MappingProxyType({s.name: s for s in (*_SCHEMAS, *_PANELS)})
#: The tables of a dossier's records, in order.
RECORD_TABLES: tuple[str, ...] = tuple(s.name for s in _SCHEMAS)
#: The panels: party-year and dyad-year.
PANELS: tuple[str, ...] = tuple(s.name for s in _PANELS)
#: Every table `treatymodel.frames.to_frames` gives, in order.
TABLES: tuple[str, ...] = RECORD_TABLES + PANELS


# --------------------------------------------------------------------------- values

_Row = tuple[Any, ...]
_NO_DATE: tuple[None, None, None] = (None, None, None)


def _date(value: DateValue | None) -> tuple[dt.date | None, dt.date | None, str | None]:
    if value is None:
        return _NO_DATE
    return value.earliest(), value.latest(), value.precision.value


def _year(value: DateValue | None) -> int | None:
    """The year, when every day the date may stand for falls in it."""
    return None if value is None else value.year


def _certainty(record: Any) -> str | None:
    certainty = record.certainty
    return None if certainty is None else certainty.level.value


def _actor(ref: ActorRef) -> tuple[str, str]:
    """An actor as its type and id: a state's code, a body's name."""
    if isinstance(ref, StateRef):
        return "state", ref.code
    if isinstance(ref, OrganizationRef):
        return "organization", ref.id
    if isinstance(ref, PersonRef):
        return "person", ref.id
    if isinstance(ref, OfficeRef):
        return "office", ref.id
    assert isinstance(ref, BodyRef)
    return "body", ref.name


def _party_type(ref: PartyRef) -> str:
    return "state" if isinstance(ref, StateRef) else "organization"


def _value(member: enum.Enum | None) -> Any:
    return None if member is None else member.value


def _period(period: Period | None) -> str | None:
    """A clause's period as an ISO 8601 duration: ``P6M``, ``P60D``, ``P0D`` for the same day."""
    if period is None:
        return None
    parts = "".join(
        f"{n}{unit}" for n, unit in ((period.years, "Y"), (period.months, "M"), (period.days, "D")) if n
    )
    return f"P{parts or '0D'}"


def _place(place: Any) -> tuple[str | None, str | None, str | None]:
    if place is None:
        return (None, None, None)
    return place.name, place.locality, place.state


def _person_name(d: Dossier, person: str | None) -> str | None:
    if person is None:
        return None
    try:
        return d.person(person).name
    except RecordNotFoundError:
        return person


def _range(found: Any) -> tuple[dt.date | None, dt.date | None, str | None]:
    """An engine's date range as the three date columns; the precision is null when it is no calendar unit."""
    if found is None:
        return _NO_DATE
    exact = found.date
    latest = None if found.latest == dt.date.max else found.latest
    return found.earliest, latest, None if exact is None else exact.precision.value


def _transpose(rows: list[_Row], width: int) -> list[list[Any]]:
    if not rows:
        return [[] for _ in range(width)]
    return [list(column) for column in zip(*rows, strict=True)]


# --------------------------------------------------------------------------- record tables


def _agreements(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        consent, eif, period, withdrawal, term = (
            a.consent_clause,
            a.entry_into_force_clause,
            a.signature_period,
            a.withdrawal_clause,
            a.term,
        )
        found = d.lifecycle(a.id).entry_into_force()
        yield (
            a.id,
            a.title,
            a.kind.value,
            _value(a.level),
            a.legally_binding,
            a.bilateral,
            *_date(a.date),
            _year(a.date),
            *_place(a.place),
            list(a.languages),
            a.relationship_level,
            a.summary,
            None if a.parties is None else len(a.parties),
            len(a.signatures),
            len(a.commitments),
            None if consent is None else consent.by_signature,
            None if consent is None else consent.accession,
            None if eif is None else eif.mode.value,
            None if eif is None else eif.instruments,
            None if eif is None else _period(eif.delay),
            *_date(None if eif is None else eif.date),
            *_date(None if eif is None else eif.not_before),
            None if eif is None else _period(eif.later_parties),
            *_date(None if period is None else period.opens),
            *_date(None if period is None else period.closes),
            None if withdrawal is None else withdrawal.allowed,
            None if withdrawal is None else _period(withdrawal.notice),
            None if withdrawal is None else _period(withdrawal.not_before),
            None if term is None else term.years,
            None if term is None else term.months,
            None if term is None else term.renewal_years,
            None if term is None else term.renewal_months,
            None if term is None else term.automatic_renewal,
            None if term is None else term.max_extensions,
            *_range(found),
            None if found is None else found.basis.value,
            _certainty(a),
        )


def _parties(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        life = d.lifecycle(a.id)
        for position, p in enumerate(dict.fromkeys(a.participants)):
            found = life.entry_into_force(p)
            # The engine computes a date for a party that consented and then ceased to exist
            # before it (Czechoslovakia and Open Skies); the table keeps only dates on which
            # the engine has the party in force.
            if found is not None and not any(Status.IN_FORCE in s.possible for _, s in life.changes(p)):
                found = None
            yield (
                a.id,
                str(p),
                _party_type(p),
                d.party_name(p),
                position,
                *_range(found),
                None if found is None else found.basis.value,
            )


def _clause_parties(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        named: list[tuple[str, tuple[PartyRef, ...]]] = []
        if a.entry_into_force_clause is not None:
            named.append(("eif_required", a.entry_into_force_clause.required))
        if a.signature_period is not None:
            named.append(("signature_open_to", a.signature_period.open_to))
        for clause, parties in named:
            for p in dict.fromkeys(parties):
                yield (a.id, clause, str(p), _party_type(p))


def _signatures(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for position, s in enumerate(a.signatures):
            held = d.offices_held(s.signatory, s.date)
            office = held[0].id if held else s.office
            title = held[0].title if held else _office_title(d, s.office)
            yield (
                a.id,
                position,
                s.signatory,
                _person_name(d, s.signatory),
                str(s.party),
                _party_type(s.party),
                *_date(s.date),
                _year(s.date),
                office,
                title,
                s.office,
                s.full_powers,
                s.ad_referendum,
                *_place(s.place),
                _certainty(s),
            )


def _office_title(d: Dossier, office: str | None) -> str | None:
    if office is None:
        return None
    try:
        return d.office(office).title
    except RecordNotFoundError:
        return None


def _party_actions(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for position, x in enumerate(a.party_actions):
            vote = x.vote
            yield (
                a.id,
                position,
                x.kind.value,
                ACTION_EFFECTS[x.kind].value,
                str(x.party),
                _party_type(x.party),
                *_date(x.date),
                _year(x.date),
                *_date(x.effective),
                x.performed_by,
                x.body,
                None if vote is None else vote.in_favour,
                None if vote is None else vote.against,
                None if vote is None else vote.abstentions,
                x.depositary,
                [str(p) for p in x.disputed_by],
                x.note,
                x.text,
                _certainty(x),
            )


def _milestones(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for position, m in enumerate(a.milestones):
            yield (
                a.id,
                position,
                m.kind.value,
                MILESTONE_EFFECTS[m.kind].value,
                *_date(m.date),
                _year(m.date),
                *_date(m.until),
                m.note,
                _certainty(m),
            )


def _standing_values(standing: Standing) -> tuple[str | None, bool, list[str | None] | None]:
    """The status, settled and possible columns of a standing."""
    possible = _possible(standing.possible)
    status = _value(standing.status)
    return status, standing.settled, possible


_ORDER = {s: n for n, s in enumerate([None, *Status])}


def _possible(values: frozenset[Status | None]) -> list[str | None] | None:
    if values == _NOTHING:
        return None
    return [_value(s) for s in sorted(values, key=_ORDER.__getitem__)]


_NOTHING: frozenset[Status | None] = frozenset({None})


def _standings(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        life = d.lifecycle(a.id)
        for party in (None, *dict.fromkeys(a.participants)):
            changes = life.changes(party)
            for (start, standing), following in zip(changes, (*changes[1:], None), strict=True):
                if start == dt.date.min and standing.possible == _NOTHING:
                    continue  # before anything happened: no row
                end = None if following is None else following[0]
                yield (
                    a.id,
                    None if party is None else str(party),
                    None if start == dt.date.min else start,
                    end,
                    *_standing_values(standing),
                )


def _commitments(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for position, c in enumerate(a.commitments):
            yield (
                a.id,
                c.id,
                position,
                c.topics[0].value,
                c.verb.value,
                _value(c.obligation),
                c.summary,
                c.quote,
                c.section,
                not c.bound,
                _certainty(c),
            )


def _commitment_topics(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for c in a.commitments:
            for rank, topic in enumerate(dict.fromkeys(c.topics), start=1):
                yield (a.id, c.id, topic.value, rank)


def _commitment_parties(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for c in a.commitments:
            for role, parties in (("bound", c.bound), ("beneficiary", c.beneficiaries)):
                for p in dict.fromkeys(parties):
                    yield (a.id, c.id, role, str(p), _party_type(p))


def _commitment_references(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for c in a.commitments:
            for kind, names in (
                ("organization", c.organizations),
                ("agreement", c.agreements),
                ("instrument", c.instruments),
            ):
                for name in dict.fromkeys(names):
                    yield (a.id, c.id, kind, name)


def _sections(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        position = 0
        stack: list[tuple[Section, str | None, int]] = [(s, None, 0) for s in reversed(a.sections)]
        while stack:
            s, parent, depth = stack.pop()
            yield (
                a.id,
                s.id,
                parent,
                depth,
                position,
                s.kind.value,
                s.number,
                s.heading,
                s.text,
                _certainty(s),
            )
            position += 1
            stack.extend((sub, s.id, depth + 1) for sub in reversed(s.subsections))


def _relations(d: Dossier) -> Iterable[_Row]:
    for a in d.agreements:
        for r in a.relations:
            yield (a.id, r.kind.value, r.target, *_date(r.date), _certainty(r))


def _visits(d: Dossier) -> Iterable[_Row]:
    for v in d.visits:
        yield (
            v.id,
            v.kind.value,
            v.guest,
            _person_name(d, v.guest),
            v.guest_state,
            v.host,
            _person_name(d, v.host),
            v.host_state,
            *_date(v.start),
            *_date(v.end),
            v.invited_by,
            v.trip,
            v.first_of_kind,
            v.description,
            len(v.program),
            len(v.agreements),
            _certainty(v),
        )


def _visit_agreements(d: Dossier) -> Iterable[_Row]:
    for v in d.visits:
        for position, agreement in enumerate(dict.fromkeys(v.agreements)):
            yield (v.id, agreement, position)


def _events(d: Dossier) -> Iterable[_Row]:
    programs = [(v.id, None, v.program) for v in d.visits] + [(None, m.id, m.program) for m in d.meetings]
    for visit, meeting, program in programs:
        for position, e in enumerate(program):
            yield (
                visit,
                meeting,
                e.id,
                position,
                e.kind.value,
                e.kind.cameo,
                *_date(e.date),
                _year(e.date),
                e.title,
                _value(e.talks_format),
                e.start_time,
                None if e.duration is None else round(e.duration.total_seconds()),
                *_place(e.venue),
                e.closed_to_press,
                e.remote,
                e.description,
                _certainty(e),
            )


def _meetings(d: Dossier) -> Iterable[_Row]:
    for m in d.meetings:
        yield (
            m.id,
            m.kind.value,
            m.title,
            m.organization,
            m.body,
            m.host_state,
            *_date(m.start),
            *_date(m.end),
            len(m.participants),
            len(m.agreements),
            len(m.decisions),
            m.description,
            _certainty(m),
        )


def _party_cells(ref: PartyRef | None) -> tuple[str | None, str | None]:
    return (None, None) if ref is None else (str(ref), _party_type(ref))


def _meeting_participants(d: Dossier) -> Iterable[_Row]:
    for m in d.meetings:
        for position, p in enumerate(m.participants):
            yield (
                m.id,
                position,
                *_party_cells(p.party),
                p.person,
                _person_name(d, p.person),
                _value(p.role),
                *_date(p.start),
                *_date(p.end),
                p.remote,
            )


def _meeting_agreements(d: Dossier) -> Iterable[_Row]:
    for m in d.meetings:
        for position, agreement in enumerate(dict.fromkeys(m.agreements)):
            yield (m.id, agreement, position)


def _decisions(d: Dossier) -> Iterable[_Row]:
    for x in d.decisions:
        yield (
            x.id,
            x.kind.value,
            x.organization,
            x.body,
            *_date(x.date),
            *_date(x.effective),
            _year(x.takes_effect),
            x.title,
            *_party_cells(x.subject),
            x.agreement,
            x.creates,
            x.meeting,
            _certainty(x),
        )


def _membership_acts(d: Dossier) -> Iterable[_Row]:
    for o in d.organizations:
        for position, act in enumerate(o.membership_acts):
            yield (
                o.id,
                position,
                act.kind.value,
                *_party_cells(act.member),
                *_date(act.date),
                *_date(act.until),
                act.decision,
                act.note,
                _certainty(act),
            )


def _external_ids(d: Dossier) -> Iterable[_Row]:
    carriers: list[tuple[str, str, str, Any]] = [("state", s.code, "", s) for s in d.states]
    for o in d.organizations:
        carriers.append(("organization", o.id, "", o))
        carriers += [("organization", o.id, f"bodies[{i}]", b) for i, b in enumerate(o.bodies)]
    groups = (
        ("person", d.persons),
        ("office", d.offices),
        ("visit", d.visits),
        ("meeting", d.meetings),
        ("decision", d.decisions),
        ("agreement", d.agreements),
        ("source", d.sources),
    )
    for kind, records in groups:
        carriers += [(kind, r.id, "", r) for r in records]
    for kind, record, path, obj in carriers:
        for position, e in enumerate(obj.external_ids):
            yield (kind, record, path, position, e.scheme.value, e.name, e.value, e.volume, list(e.sources))


def _participants(d: Dossier) -> Iterable[_Row]:
    for v in d.visits:
        for e in v.program:
            for person in dict.fromkeys(e.participants):
                yield (v.id, e.id, person, _person_name(d, person))


def _persons(d: Dossier) -> Iterable[_Row]:
    return ((p.id, p.name, _certainty(p)) for p in d.persons)


def _offices(d: Dossier) -> Iterable[_Row]:
    for o in d.offices:
        yield (
            o.id,
            o.title,
            o.role.value,
            str(o.represents),
            _party_type(o.represents),
            o.single_holder,
            _certainty(o),
        )


def _tenures(d: Dossier) -> Iterable[_Row]:
    for position, t in enumerate(d.tenures):
        yield (position, t.person, t.office, *_date(t.start), *_date(t.end), len(t.held_on), _certainty(t))


def _sources(d: Dossier) -> Iterable[_Row]:
    for s in d.sources:
        yield (
            s.id,
            s.kind.value,
            s.publisher,
            s.title,
            s.url,
            *_date(s.published),
            *_date(s.retrieved),
            s.lang,
            s.author,
            s.note,
        )


def _quotes(d: Dossier) -> Iterable[_Row]:
    for q in d.quotes:
        speaker = None if q.speaker is None else _actor(q.speaker)
        yield (
            q.id,
            q.text,
            q.source,
            None if speaker is None else speaker[1],
            None if speaker is None else speaker[0],
            None if q.speaker is None else d.actor_name(q.speaker),
            q.agreement,
            *_date(q.date),
            q.lang,
            q.translated,
            _certainty(q),
        )


def _holders(d: Dossier) -> Iterator[tuple[str, str, str, Any]]:
    """Every record that holds facts, at any depth: ``(record_type, record, path, record)``.

    ``record_type`` and ``record`` name the nearest record with an id (a state's
    code; the dossier for tenures, which have none); ``path`` leads from it to the
    record, as a variant's field would (``signatures[1]``, ``venue``).
    """
    for s in d.states:
        yield from _nested("state", s.code, s)
    for organization in d.organizations:
        yield from _nested("organization", organization.id, organization)
    for p in d.persons:
        yield from _nested("person", p.id, p)
    for office in d.offices:
        yield from _nested("office", office.id, office)
    for i, t in enumerate(d.tenures):
        yield from _nested("dossier", d.id, t, f"tenures[{i}]")
    for v in d.visits:
        yield from _nested("visit", v.id, v)
        for e in v.program:
            yield from _nested("event", e.id, e)
    for m in d.meetings:
        yield from _nested("meeting", m.id, m)
        for e in m.program:
            yield from _nested("event", e.id, e)
    for x in d.decisions:
        yield from _nested("decision", x.id, x)
    for a in d.agreements:
        yield from _nested("agreement", a.id, a)
    for q in d.quotes:
        yield from _nested("quote", q.id, q)


def _nested(kind: str, record: str, obj: Any, path: str = "") -> Iterator[tuple[str, str, str, Any]]:
    """``obj`` and the records of facts inside it (events excepted: they are records of their own)."""
    yield kind, record, path, obj
    for field in _fact_fields(type(obj)):
        value = getattr(obj, field)
        if value is None or value == ():
            continue
        at = f"{path}.{field}" if path else field
        if isinstance(value, tuple):
            for i, item in enumerate(value):
                if hasattr(item, "variants"):
                    yield from _nested(kind, record, item, f"{at}[{i}]")
        elif hasattr(value, "variants"):
            yield from _nested(kind, record, value, at)


_FACT_FIELDS: dict[type, tuple[str, ...]] = {}


def _fact_fields(cls: type) -> tuple[str, ...]:
    """The fields of ``cls`` that may hold records of facts (a visit's program excepted)."""
    found = _FACT_FIELDS.get(cls)
    if found is None:
        hints = attrs.resolve_types(cls)
        names = [
            f.name
            for f in attrs.fields(hints)
            if f.name not in ("variants", "certainty", "program") and _may_hold_facts(f.type)
        ]
        found = _FACT_FIELDS[cls] = tuple(names)
    return found


def _may_hold_facts(t: Any) -> bool:
    import typing

    args = typing.get_args(t)
    if args:
        return any(_may_hold_facts(a) for a in args if a is not Ellipsis)
    return isinstance(t, type) and attrs.has(t) and any(f.name == "variants" for f in attrs.fields(t))


def _variants(d: Dossier) -> Iterable[_Row]:
    for kind, record, path, obj in _holders(d):
        for position, x in enumerate(obj.variants):
            yield (kind, record, path, position, x.field, x.value, list(x.sources), x.note)


def _certainties(d: Dossier) -> Iterable[_Row]:
    for kind, record, path, obj in _holders(d):
        c = obj.certainty
        if c is not None:
            by = [":".join(_actor(ref)) for ref in c.by]
            yield (kind, record, path, c.level.value, by, c.note, list(c.sources))


_BUILDERS: Mapping[str, Callable[[Dossier], Iterable[_Row]]] = MappingProxyType(
    {
        "agreements": _agreements,
        "parties": _parties,
        "clause_parties": _clause_parties,
        "signatures": _signatures,
        "party_actions": _party_actions,
        "milestones": _milestones,
        "standings": _standings,
        "commitments": _commitments,
        "commitment_topics": _commitment_topics,
        "commitment_parties": _commitment_parties,
        "commitment_references": _commitment_references,
        "sections": _sections,
        "relations": _relations,
        "visits": _visits,
        "visit_agreements": _visit_agreements,
        "events": _events,
        "participants": _participants,
        "meetings": _meetings,
        "meeting_participants": _meeting_participants,
        "meeting_agreements": _meeting_agreements,
        "decisions": _decisions,
        "membership_acts": _membership_acts,
        "external_ids": _external_ids,
        "persons": _persons,
        "offices": _offices,
        "tenures": _tenures,
        "sources": _sources,
        "quotes": _quotes,
        "variants": _variants,
        "certainties": _certainties,
    }
)


def columns(dossier: Dossier, table: str) -> dict[str, list[Any]]:
    """The columns of one record table of ``dossier``, as lists, in the order of its schema.

    Dates are `datetime.date`, vocabularies their string values, missing
    values ``None``. The panels take options: `party_year_columns` here, and
    `treatymodel.frames.dyad_years`, which pairs the states with numpy.

    Raises:
        KeyError: ``table`` is not one of `RECORD_TABLES`.
    """
    schema = SCHEMAS[table]
    build = _BUILDERS[table]
    with paused():  # many small tuples and no cycles: the collector would only slow it down
        values = _transpose(list(build(dossier)), len(schema.columns))
    return dict(zip(schema.names, values, strict=True))


# --------------------------------------------------------------------------- panels


def first_year(a: Agreement) -> int | None:
    """The year of the agreement's first dated fact, where its panel rows begin; ``None`` if none is dated.

    Its facts are its date, its signatures, its parties' acts and its milestones;
    an uncertain date counts from the first day it may stand for.
    """
    dates = [a.date, *(m.date for m in a.milestones), *(x.date for x in a.party_actions)]
    dates += [s.date for s in a.signatures]
    years = [d.earliest().year for d in dates if d is not None]
    return min(years) if years else None


def last_year(dossier: Dossier) -> int | None:
    """The latest year of any date of the dossier's agreements and visits: where the panels end by default.

    A planned visit has not happened: it does not stretch the panels into the future.
    """
    dates: list[DateValue | None] = []
    for a in dossier.agreements:
        dates += [a.date, *(m.date for m in a.milestones)]
        dates += [d for x in a.party_actions for d in (x.date, x.effective)]
    dates += [
        v.end
        for v in dossier.visits
        if v.certainty is None or v.certainty.level is not CertaintyLevel.PLANNED
    ]
    years = [d.latest().year for d in dates if d is not None]
    return max(years) if years else None


def obligations(a: Agreement, party: PartyRef) -> tuple[bool, ...]:
    """For each ATOP `Obligation`, whether a commitment so coded binds ``party``."""
    found = {
        c.obligation for c in a.commitments if c.obligation is not None and (not c.bound or party in c.bound)
    }
    return tuple(o in found for o in Obligation)


def answer(possible: frozenset[Status | None], counted: frozenset[Status]) -> bool | None:
    """Whether a standing counts: ``True``, ``False``, or ``None`` when the record leaves it open.

    ``True`` when every possible status is in ``counted``, ``False`` when none is
    (and ``None`` when the engine gives no possible status at all).
    """
    hits = sum(1 for s in possible if s in counted)
    if not possible:
        return None
    if hits == len(possible):
        return True
    return False if hits == 0 else None


_IN_FORCE = frozenset({Status.IN_FORCE})


def year_spans(
    changes: Sequence[tuple[dt.date, Standing]], first: int, last: int
) -> Iterable[tuple[int, int, Standing]]:
    """The years ``first..last`` grouped by the standing on their 31 December: ``(low, high, standing)``.

    A standing starting on ``start`` holds on the 31 December of every year from
    ``start.year`` up to the year before the next change begins.
    """
    for (start, standing), following in zip(changes, (*changes[1:], None), strict=True):
        low = max(first, start.year)
        high = last if following is None else min(last, following[0].year - 1)
        if low <= high:
            yield low, high, standing


def party_year_columns(
    dossier: Dossier,
    *,
    until: int | None = None,
    lifecycle_of: Callable[[Agreement], Lifecycle] | None = None,
) -> dict[str, list[Any]]:
    """The party-year panel as columns (see `treatymodel.frames.party_years`).

    Args:
        dossier: The dossier.
        until: The last year; by default `last_year`.
        lifecycle_of: How to get an agreement's lifecycle; by default
            `Dossier.lifecycle`. The export
            passes one that knows the relations of agreements in other batches.
    """
    schema = SCHEMAS["party_years"]
    out: dict[str, list[Any]] = {name: [] for name in schema.names}
    last = until if until is not None else last_year(dossier)
    if last is None:
        return out
    get = lifecycle_of or (lambda a: dossier.lifecycle(a.id))
    with paused():
        _fill_party_years(out, dossier, first_of=first_year, last=last, get=get)
    return out


def _fill_party_years(
    out: dict[str, list[Any]],
    dossier: Dossier,
    *,
    first_of: Callable[[Agreement], int | None],
    last: int,
    get: Callable[[Agreement], Lifecycle],
) -> None:
    agreement_col, party_col, type_col, year_col = (
        out["agreement"],
        out["party"],
        out["party_type"],
        out["year"],
    )
    status_col, settled_col, possible_col = out["status"], out["settled"], out["possible"]
    in_force_col, bound_col = out["in_force"], out["bound"]
    obligation_cols = [out[o.value] for o in Obligation]
    for a in dossier.agreements:
        first = first_of(a)
        if first is None or first > last:
            continue
        life = get(a)
        for party in dict.fromkeys(a.participants):
            code, kind = str(party), _party_type(party)
            flags = obligations(a, party)
            for low, high, standing in year_spans(life.changes(party), first, last):
                n = high - low + 1
                status, settled, possible = _standing_values(standing)
                agreement_col.extend([a.id] * n)
                party_col.extend([code] * n)
                type_col.extend([kind] * n)
                year_col.extend(range(low, high + 1))
                status_col.extend([status] * n)
                settled_col.extend([settled] * n)
                possible_col.extend([possible] * n)
                in_force_col.extend([answer(standing.possible, _IN_FORCE)] * n)
                bound_col.extend([answer(standing.possible, BOUND)] * n)
                for column, flag in zip(obligation_cols, flags, strict=True):
                    column.extend([flag] * n)


def render_schemas() -> str:
    """Every table's schema as Markdown, as the docs' "Tables" page shows it."""
    kinds = {
        ColumnType.STRING: "string",
        ColumnType.CATEGORY: "category",
        ColumnType.BOOLEAN: "boolean",
        ColumnType.INTEGER: "Int64",
        ColumnType.DATE: "datetime64[s]",
        ColumnType.TIME: "object (time)",
        ColumnType.LIST: "object (tuple)",
    }
    lines: list[str] = []
    for schema in SCHEMAS.values():
        key = ", ".join(f"`{k}`" for k in schema.key)
        lines += [f"### `{schema.name}`", "", f"{schema.doc} Key: {key}.", ""]
        lines += ["| column | pandas type | what it holds |", "| --- | --- | --- |"]
        for c in schema.columns:
            doc = c.doc
            if c.type is ColumnType.CATEGORY and c.name.endswith("precision"):
                doc += " One of `year`, `month`, `day`."
            elif c.type is ColumnType.CATEGORY and len(c.categories) <= 4:
                doc += " One of " + ", ".join(f"`{v}`" for v in c.categories) + "."
            lines.append(f"| `{c.name}` | {kinds[c.type]} | {doc} |")
        lines.append("")
    return "\n".join(lines)
