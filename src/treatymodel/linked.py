r"""Linked data out: JSON-LD, Wikidata QuickStatements and Popolo JSON.

Three views of a `Dossier` for the tools of the linked-data world; none of them is
read back, and the JSON exchange format stays the record.

**JSON-LD** (`to_jsonld`): one document per dossier, a ``@graph`` of node
objects, under the published context `CONTEXT_IRI` (the file
``treatymodel/linked_context.jsonld``, also in ``schema/``; `context` returns it).
Terms come from schema.org where it has them (``Person``, ``Organization``,
``Country``, ``Event``, ``CreativeWork``, ``name``, ``startDate``, ``endDate``,
``location``, ``url``, ``sameAs``, ``identifier``) and from Wikidata's direct
properties where it has them (https://www.wikidata.org/wiki/Property:P17 country,
P580 start time, P582 end time, P585 point in time, P463 member of, P710
participant, P1891 signatory, P6193 ratified by); every other term falls to the
treatymodel vocabulary `VOCAB` (``@vocab``). Every record gets an ``@id``: its
Wikidata entity IRI (``http://www.wikidata.org/entity/Q232``) when it has a
Wikidata id, otherwise an IRI relative to the dossier (``state/RUS``,
``agreement/ru-kz-2025-declaration``) under ``@base`` `DOSSIER_BASE` + the
dossier's id. A record with a Wikidata id keeps its dossier IRI in ``sameAs``;
every external id is listed as a schema.org ``PropertyValue`` in ``identifier``.
Dates are written as the record writes them (ISO 8601 or EDTF), as plain literals.

**QuickStatements** (`to_quickstatements`): Wikidata edits in the version 1
format, one command a line, fields separated by tabs
(https://www.wikidata.org/wiki/Help:QuickStatements; the parser is
``importDataFromV1`` and ``parseValueV1`` in
https://github.com/magnusmanske/quickstatements, public_html/quickstatements.php):
``ITEM<TAB>PROPERTY<TAB>VALUE`` then pairs of a qualifier (``P585``) or a
reference (``S854``) and its value. Item values are ``Q`` ids, strings are in
double quotes, times are ``+YYYY-MM-DDT00:00:00Z/P`` with the precision ``P``
(9 year, 10 month, 11 day). Written:

- a signature (a `Signature`, or a party action ``signature`` or
  ``definitive_signature``): ``AGREEMENT P1891 PARTY`` (signatory) with ``P585``
  (point in time);
- a ratification, acceptance, approval or accession: ``AGREEMENT P6193 PARTY``
  (ratified by, whose aliases are these four words:
  https://www.wikidata.org/wiki/Wikidata:Property_proposal/ratified_by) with ``P585``;
  a revocation of the ratification adds ``P582`` (end time) to that statement;
- an admission to an organization: ``MEMBER P463 ORGANIZATION`` (member of) with
  ``P580`` (start time); a withdrawal or an expulsion adds ``P582`` (end time).

Each statement cites the first source of the fact (or of its record) that has a
URL: ``S854`` (reference URL), with ``S813`` (retrieved) when the source says when.
A statement is written only when both its subject and its value have Wikidata ids;
an undated fact gets no time qualifier and an uncertain date (EDTF) none either,
since a Wikidata time has one precision and no qualifier. Agreements without a
Wikidata id are skipped, unless ``create=True``: then each that has a statement to
carry becomes a ``CREATE`` with an English label and its statements on ``LAST``. Creation is
off by default because QuickStatements does not look for an existing item first:
run it only for agreements you have searched Wikidata for.

**Popolo** (`to_popolo`): the Popolo data specification's JSON
(http://www.popoloproject.com/specs/): ``persons``, ``organizations``, ``posts``
and ``memberships``. States are organizations of ``classification`` ``"country"``,
international organizations of ``"international organization"`` and their bodies
of ``"body"`` with ``parent_id`` (Popolo leaves ``classification`` free text). An
office is a post of the organization it represents; a tenure is a membership
of the holder in that organization through the post; an organization's admission
of a member is a membership whose ``member`` is that state or organization, ended
by a later withdrawal or expulsion. Popolo dates are ISO 8601 with a precision
(``2025``, ``2025-11``, ``2025-11-12``): an uncertain date (EDTF) is left out.

Example:
    >>> import treatymodel as tm
    >>> from treatymodel import linked
    >>> doc = linked.to_jsonld(tm.datasets.load("ru-kz-2025"))
    >>> doc["@context"][0] == linked.CONTEXT_IRI
    True
    >>> linked.to_quickstatements(tm.datasets.load("sco")).split("\t")[:5]
    ['Q148', 'P463', 'Q485207', 'P580', '+2001-06-15T00:00:00Z/11']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import orjson

from treatymodel.agreements import Agreement, PartyActionKind
from treatymodel.dates import DateValue, PartialDate, Precision
from treatymodel.dossier import Dossier
from treatymodel.identity import ExternalId, IdScheme
from treatymodel.parties import MembershipActKind, Organization, State
from treatymodel.people import Person
from treatymodel.refs import OrganizationRef, StateRef

__all__ = [
    "CONTEXT_IRI",
    "DOSSIER_BASE",
    "LINKED_FORMATS",
    "VOCAB",
    "context",
    "context_bytes",
    "dumps",
    "to_jsonld",
    "to_popolo",
    "to_quickstatements",
]

#: The IRI that names the published JSON-LD context (`context`). A name, not a
#: location the library fetches: give a JSON-LD processor a document loader that
#: serves `context` for it (the docs show one for pyld).
CONTEXT_IRI = "https://w3id.org/treatymodel/context/v1.jsonld"
#: The treatymodel vocabulary: every term schema.org and Wikidata do not have.
VOCAB = "https://w3id.org/treatymodel/vocab#"
#: Records without a Wikidata id are named under this base and the dossier's id.
DOSSIER_BASE = "https://w3id.org/treatymodel/dossier/"
#: The formats `dumps` writes (and ``treatymodel export --to`` besides ``parquet``).
LINKED_FORMATS = ("jsonld", "quickstatements", "popolo")

_WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
_CONTEXT_FILE = "linked_context.jsonld"


def context_bytes() -> bytes:
    """The published JSON-LD context document that `CONTEXT_IRI` names, as the package ships it."""
    return resources.files("treatymodel").joinpath(_CONTEXT_FILE).read_bytes()


def context() -> dict[str, Any]:
    """The published JSON-LD context document (``{"@context": {...}}``) that `CONTEXT_IRI` names.

    Example:
        >>> from treatymodel.linked import context
        >>> context()["@context"]["signatory"]
        {'@id': 'wdt:P1891', '@type': '@id'}
    """
    data: dict[str, Any] = orjson.loads(context_bytes())
    return data


# --------------------------------------------------------------------------- shared


#: The party actions Wikidata's "ratified by" (P6193) stands for.
#: The party actions Wikidata's "signatory" (P1891) stands for, besides `Signature` records.
_SIGNING = frozenset({PartyActionKind.SIGNATURE, PartyActionKind.DEFINITIVE_SIGNATURE})
_LEAVING = (MembershipActKind.WITHDRAWAL, MembershipActKind.EXPULSION)
_RATIFYING = frozenset(
    {
        PartyActionKind.RATIFICATION,
        PartyActionKind.ACCEPTANCE,
        PartyActionKind.APPROVAL,
        PartyActionKind.ACCESSION,
    }
)


def _wikidata(external_ids: Iterable[ExternalId]) -> str | None:
    return next((e.value for e in external_ids if e.scheme is IdScheme.WIKIDATA), None)


def _date(value: DateValue | None) -> str | None:
    return None if value is None else value.isoformat()


def _party_key(ref: StateRef | OrganizationRef) -> tuple[str, str]:
    return ("state", ref.code) if isinstance(ref, StateRef) else ("organization", ref.id)


def _wikidata_ids(dossier: Dossier) -> dict[tuple[str, str], str]:
    """The Wikidata id of every state, organization and person of ``dossier`` that has one."""
    found: dict[tuple[str, str], str] = {}
    for state in dossier.states:
        if q := _wikidata(state.external_ids):
            found[("state", state.code)] = q
    for organization in dossier.organizations:
        if q := _wikidata(organization.external_ids):
            found[("organization", organization.id)] = q
    for person in dossier.persons:
        if q := _wikidata(person.external_ids):
            found[("person", person.id)] = q
    return found


# --------------------------------------------------------------------------- JSON-LD


class _Namer:
    """The ``@id`` of each record: its Wikidata entity IRI, or its IRI in the dossier."""

    def __init__(self, dossier: Dossier) -> None:
        self.wikidata = _wikidata_ids(dossier)
        for agreement in dossier.agreements:
            if q := _wikidata(agreement.external_ids):
                self.wikidata[("agreement", agreement.id)] = q

    def __call__(self, kind: str, key: str) -> str:
        q = self.wikidata.get((kind, key))
        return _WIKIDATA_ENTITY + q if q else f"{kind}/{key}"

    def party(self, ref: StateRef | OrganizationRef) -> str:
        return self(*_party_key(ref))


def _common(node: dict[str, Any], kind: str, key: str, record: Any, namer: _Namer) -> dict[str, Any]:
    """Add what every record has: ``@id``, ``sameAs``, ``identifier`` and ``source``."""
    node["@id"] = namer(kind, key)
    external = getattr(record, "external_ids", ())
    if node["@id"].startswith(_WIKIDATA_ENTITY):
        node["sameAs"] = [f"{kind}/{key}"]
    if external:
        node["identifier"] = [_property_value(e) for e in external]
    if getattr(record, "sources", ()):
        node["source"] = [f"source/{s}" for s in record.sources]
    return node


def _property_value(external: ExternalId) -> dict[str, Any]:
    value: dict[str, Any] = {"@type": "PropertyValue", "propertyID": external.key[0], "value": external.value}
    if external.url:
        value["url"] = external.url
    return value


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop the keys without a value: JSON-LD reads a missing key and ``null`` alike."""
    return {k: v for k, v in node.items() if v is not None and v != []}


def _act_node(kind: str, act: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """A dated act of a party (a party action, a membership act) as a node of its own."""
    node = {"@type": kind, "kind": act.kind.value, "pointInTime": _date(act.date), **fields}
    return _compact({**node, "source": [f"source/{x}" for x in act.sources]})


def _state_node(state: State, namer: _Namer) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Country",
        "name": state.name,
        "code": state.code,
        "endDate": _date(state.ceased),
    }
    return _compact(_common(node, "state", state.code, state, namer))


def _organization_node(organization: Organization, namer: _Namer) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Organization",
        "name": organization.name,
        "alternateName": organization.acronym,
        "url": organization.url,
        "foundingDate": _date(organization.founded),
        "dissolutionDate": _date(organization.dissolved),
        "subOrganization": [
            _compact({"@type": "Organization", "name": b.name, "kind": b.kind.value})
            for b in organization.bodies
        ],
        "membershipAct": [
            _act_node("MembershipAct", a, {"member": namer.party(a.member), "until": _date(a.until)})
            for a in organization.membership_acts
        ],
    }
    return _compact(_common(node, "organization", organization.id, organization, namer))


def _person_node(person: Person, namer: _Namer) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Person",
        "name": person.name,
        "alternateName": [t.text for t in person.other_names],
    }
    return _compact(_common(node, "person", person.id, person, namer))


def _agreement_node(agreement: Agreement, namer: _Namer) -> dict[str, Any]:
    signatures = [
        _compact(
            {
                "@type": "Signature",
                "agent": namer("person", s.signatory),
                "party": namer.party(s.party),
                "pointInTime": _date(s.date),
                "location": s.place.name if s.place else None,
                "source": [f"source/{x}" for x in s.sources],
            }
        )
        for s in agreement.signatures
    ]
    actions = [
        _act_node("PartyAction", a, {"party": namer.party(a.party), "effective": _date(a.effective)})
        for a in agreement.party_actions
    ]
    node: dict[str, Any] = {
        "@type": "Agreement",
        "name": agreement.title,
        "kind": agreement.kind.value,
        "pointInTime": _date(agreement.date),
        "location": agreement.place.name if agreement.place else None,
        "inLanguage": list(agreement.languages),
        "party": [namer.party(p) for p in agreement.parties or ()],
        "signatory": sorted(
            {namer.party(s.party) for s in agreement.signatures}
            | {namer.party(a.party) for a in agreement.party_actions if a.kind in _SIGNING}
        ),
        "ratifiedBy": sorted({namer.party(a.party) for a in agreement.party_actions if a.kind in _RATIFYING}),
        "signature": signatures,
        "partyAction": actions,
        "milestone": [
            _compact({"@type": "Milestone", "kind": m.kind.value, "pointInTime": _date(m.date)})
            for m in agreement.milestones
        ],
        "relation": [
            {"@type": "Relation", "kind": r.kind.value, "target": namer("agreement", r.target)}
            for r in agreement.relations
        ],
    }
    return _compact(_common(node, "agreement", agreement.id, agreement, namer))


def _graph(dossier: Dossier, namer: _Namer) -> Iterator[dict[str, Any]]:
    yield from (_state_node(s, namer) for s in dossier.states)
    yield from (_organization_node(o, namer) for o in dossier.organizations)
    yield from (_person_node(p, namer) for p in dossier.persons)
    for office in dossier.offices:
        node: dict[str, Any] = {
            "@type": "Office",
            "name": office.title,
            "role": office.role.value,
            "represents": namer.party(office.represents),
        }
        yield _compact(_common(node, "office", office.id, office, namer))
    for number, tenure in enumerate(dossier.tenures):
        node = {
            "@type": "Tenure",
            "agent": namer("person", tenure.person),
            "office": namer("office", tenure.office),
            "startTime": _date(tenure.start),
            "endTime": _date(tenure.end),
        }
        yield _compact(_common(node, "tenure", str(number), tenure, namer))
    for visit in dossier.visits:
        node = {
            "@type": ["Event", "Visit"],
            "kind": visit.kind.value,
            "name": visit.description.split("\n", 1)[0] if visit.description else None,
            "guest": namer("person", visit.guest),
            "host": namer("person", visit.host) if visit.host else None,
            "country": namer("state", visit.host_state),
            "startDate": _date(visit.start),
            "endDate": _date(visit.end),
            "location": [p.name for p in visit.places],
            "agreement": [namer("agreement", a) for a in visit.agreements],
        }
        yield _compact(_common(node, "visit", visit.id, visit, namer))
    for meeting in dossier.meetings:
        node = {
            "@type": ["Event", "Meeting"],
            "kind": meeting.kind.value,
            "name": meeting.title,
            "organizer": namer("organization", meeting.organization) if meeting.organization else None,
            "country": namer("state", meeting.host_state) if meeting.host_state else None,
            "startDate": _date(meeting.start),
            "endDate": _date(meeting.end),
            "location": [p.name for p in meeting.places],
            "participant": sorted(
                {namer.party(p.party) for p in meeting.participants if p.party is not None}
                | {namer("person", p.person) for p in meeting.participants if p.person is not None}
            ),
            "agreement": [namer("agreement", a) for a in meeting.agreements],
        }
        yield _compact(_common(node, "meeting", meeting.id, meeting, namer))
    for decision in dossier.decisions:
        node = {
            "@type": "Decision",
            "kind": decision.kind.value,
            "name": decision.title,
            "organizer": namer("organization", decision.organization),
            "pointInTime": _date(decision.date),
            "effective": _date(decision.effective),
            "subject": namer.party(decision.subject) if decision.subject else None,
            "agreement": namer("agreement", decision.agreement) if decision.agreement else None,
        }
        yield _compact(_common(node, "decision", decision.id, decision, namer))
    yield from (_agreement_node(a, namer) for a in dossier.agreements)
    for source in dossier.sources:
        node = {
            "@type": "CreativeWork",
            "name": source.title,
            "url": source.url,
            "publisher": source.publisher,
            "author": source.author,
            "datePublished": _date(source.published),
            "inLanguage": source.lang,
        }
        yield _compact(_common(node, "source", source.id, source, namer))


def to_jsonld(dossier: Dossier) -> dict[str, Any]:
    """``dossier`` as a JSON-LD document: a ``@graph`` of its records under the published context.

    Args:
        dossier: The dossier.

    Returns:
        A JSON-serializable document whose ``@context`` is `CONTEXT_IRI` and the
        dossier's ``@base``.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.linked import to_jsonld
        >>> doc = to_jsonld(tm.datasets.load("ru-kz-2025"))
        >>> doc["@graph"][1]["@id"], doc["@graph"][1]["sameAs"]
        ('http://www.wikidata.org/entity/Q232', ['state/KAZ'])
    """
    namer = _Namer(dossier)
    return {
        "@context": [CONTEXT_IRI, {"@base": f"{DOSSIER_BASE}{dossier.id}/"}],
        "@id": "",
        "@type": "Dossier",
        "name": dossier.title,
        "@graph": list(_graph(dossier, namer)),
    }


# --------------------------------------------------------------------------- QuickStatements

_PRECISION = {Precision.YEAR: 9, Precision.MONTH: 10, Precision.DAY: 11}
_WHITESPACE = re.compile(r"\s+")


def _qs_time(value: DateValue | None) -> str | None:
    """A QuickStatements time, or ``None`` for no date or an uncertain one (Wikidata has no EDTF)."""
    if not isinstance(value, PartialDate):
        return None
    day = f"{value.year:04d}-{value.month or 1:02d}-{value.day or 1:02d}"
    return f"+{day}T00:00:00Z/{_PRECISION[value.precision]}"


def _qs_string(text: str) -> str:
    # A command is one line and fields are split on tabs: no tab or newline may stay in a value.
    return '"' + _WHITESPACE.sub(" ", text).strip() + '"'


class _References:
    """The reference fields (S854, S813) for a fact: its first source with a URL."""

    def __init__(self, dossier: Dossier) -> None:
        self.sources = {s.id: s for s in dossier.sources}

    def __call__(self, *source_lists: Iterable[str]) -> list[str]:
        for ids in source_lists:
            for source_id in ids:
                source = self.sources.get(source_id)
                if source is not None and source.url:
                    fields = ["S854", _qs_string(source.url)]
                    if (retrieved := _qs_time(source.retrieved)) is not None:
                        fields += ["S813", retrieved]
                    return fields
        return []


def _statement(
    subject: str, prop: str, value: str, qualifiers: list[tuple[str, str | None]], refs: list[str]
) -> str:
    fields = [subject, prop, value]
    for qualifier, qualifier_value in qualifiers:
        if qualifier_value is not None:
            fields += [qualifier, qualifier_value]
    return "\t".join(fields + refs)


def _agreement_statements(
    agreement: Agreement, subject: str, ids: dict[tuple[str, str], str], refs: _References
) -> list[str]:
    lines = []
    for signature in agreement.signatures:
        party = ids.get(_party_key(signature.party))
        if party:
            cite = refs(signature.sources, agreement.sources)
            lines.append(_statement(subject, "P1891", party, [("P585", _qs_time(signature.date))], cite))
    for action in agreement.party_actions:
        party = ids.get(_party_key(action.party))
        if party is None:
            continue
        cite = refs(action.sources, agreement.sources)
        when = _qs_time(action.date)
        if action.kind in _SIGNING:
            lines.append(_statement(subject, "P1891", party, [("P585", when)], cite))
        elif action.kind in _RATIFYING:
            lines.append(_statement(subject, "P6193", party, [("P585", when)], cite))
        elif action.kind is PartyActionKind.REVOCATION:
            lines.append(_statement(subject, "P6193", party, [("P582", when)], cite))
    # A signature may be recorded both ways (a Signature and a signature party action).
    return list(dict.fromkeys(lines))


def _membership_statements(dossier: Dossier, ids: dict[tuple[str, str], str], refs: _References) -> list[str]:
    lines = []
    for organization in dossier.organizations:
        target = ids.get(("organization", organization.id))
        if target is None:
            continue
        for act in organization.membership_acts:
            member = ids.get(_party_key(act.member))
            cite = refs(act.sources, organization.sources)
            if member is None:
                continue
            if act.kind is MembershipActKind.ADMISSION:
                lines.append(_statement(member, "P463", target, [("P580", _qs_time(act.date))], cite))
            elif act.kind in _LEAVING:
                lines.append(_statement(member, "P463", target, [("P582", _qs_time(act.date))], cite))
    return lines


def to_quickstatements(dossier: Dossier, *, create: bool = False) -> str:
    """Wikidata QuickStatements (version 1) for what ``dossier`` says and Wikidata ids allow.

    Args:
        dossier: The dossier.
        create: Also write a ``CREATE`` block (English label, then the statements
            on ``LAST``) for each agreement without a Wikidata id that has a
            statement to carry. Off by default:
            QuickStatements creates a new item even when one exists.

    Returns:
        The commands, one a line, each line ending with a newline; empty when no
        statement has a Wikidata id at both ends.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.linked import to_quickstatements
        >>> to_quickstatements(tm.datasets.load("ru-kz-2025"))
        ''
        >>> print(to_quickstatements(tm.datasets.load("ru-kz-2025"), create=True).splitlines()[0])
        CREATE
    """
    ids = _wikidata_ids(dossier)
    refs = _References(dossier)
    lines: list[str] = []
    for agreement in dossier.agreements:
        q = _wikidata(agreement.external_ids)
        if q is not None:
            lines += _agreement_statements(agreement, q, ids, refs)
        elif create and (statements := _agreement_statements(agreement, "LAST", ids, refs)):
            lines += ["CREATE", f"LAST\tLen\t{_qs_string(agreement.title)}", *statements]
    lines += _membership_statements(dossier, ids, refs)
    return "".join(line + "\n" for line in lines)


# --------------------------------------------------------------------------- Popolo


def _popolo_date(value: DateValue | None) -> str | None:
    return value.isoformat() if isinstance(value, PartialDate) else None


def _identifiers(external_ids: Iterable[ExternalId], *extra: tuple[str, str]) -> list[dict[str, str]]:
    found = [{"scheme": scheme, "identifier": value} for scheme, value in extra]
    return found + [{"scheme": e.key[0], "identifier": e.value} for e in external_ids]


def _links(dossier_sources: dict[str, str], ids: Iterable[str]) -> list[dict[str, str]]:
    return [{"url": dossier_sources[s]} for s in ids if s in dossier_sources]


def _popolo_organizations(dossier: Dossier, urls: dict[str, str]) -> Iterator[dict[str, Any]]:
    for state in dossier.states:
        yield _compact(
            {
                "id": state.code,
                "name": state.name or state.code,
                "classification": "country",
                "identifiers": _identifiers(state.external_ids, ("iso3166", state.code)),
                "other_names": [
                    _compact(
                        {"name": n.name, "start_date": _popolo_date(n.start), "end_date": _popolo_date(n.end)}
                    )
                    for n in state.names
                ],
                "dissolution_date": _popolo_date(state.ceased),
                "sources": _links(urls, state.sources),
            }
        )
    for organization in dossier.organizations:
        other = [organization.acronym] if organization.acronym else []
        yield _compact(
            {
                "id": organization.id,
                "name": organization.name,
                "classification": "international organization",
                "identifiers": _identifiers(organization.external_ids),
                "other_names": [{"name": n} for n in (*other, *organization.other_names)],
                "founding_date": _popolo_date(organization.founded),
                "dissolution_date": _popolo_date(organization.dissolved),
                "links": [{"url": organization.url}] if organization.url else [],
                "sources": _links(urls, organization.sources),
            }
        )
        for body in organization.bodies:
            yield _compact(
                {
                    "id": f"{organization.id}/{body.id}",
                    "name": body.name,
                    "classification": "body",
                    "parent_id": organization.id,
                    "identifiers": _identifiers(body.external_ids),
                    "founding_date": _popolo_date(body.established),
                    "dissolution_date": _popolo_date(body.abolished),
                    "sources": _links(urls, body.sources),
                }
            )


def _popolo_memberships(dossier: Dossier, urls: dict[str, str]) -> Iterator[dict[str, Any]]:
    offices = {o.id: o for o in dossier.offices}
    for tenure in dossier.tenures:
        office = offices.get(tenure.office)
        yield _compact(
            {
                "person_id": tenure.person,
                "post_id": tenure.office,
                "organization_id": _party_key(office.represents)[1] if office else None,
                "role": office.title if office else None,
                "start_date": _popolo_date(tenure.start),
                "end_date": _popolo_date(tenure.end),
                "sources": _links(urls, tenure.sources),
            }
        )
    for organization in dossier.organizations:
        found: list[dict[str, Any]] = []
        current: dict[tuple[str, str], dict[str, Any]] = {}
        for act in organization.membership_acts:
            key = _party_key(act.member)
            if act.kind is MembershipActKind.ADMISSION:
                current[key] = {
                    "member": {"@type": "Organization", "id": key[1]},
                    "organization_id": organization.id,
                    "role": "member",
                    "start_date": _popolo_date(act.date),
                    "sources": _links(urls, act.sources),
                }
                found.append(current[key])
            elif act.kind in _LEAVING and key in current:
                current.pop(key)["end_date"] = _popolo_date(act.date)
        yield from (_compact(m) for m in found)


def to_popolo(dossier: Dossier) -> dict[str, list[dict[str, Any]]]:
    """``dossier``'s persons, organizations (states among them), posts and memberships as Popolo JSON.

    Args:
        dossier: The dossier.

    Returns:
        ``{"persons": [...], "organizations": [...], "posts": [...], "memberships": [...]}``,
        each object valid against the Popolo JSON schema of its class.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.linked import to_popolo
        >>> [o["classification"] for o in to_popolo(tm.datasets.load("ru-kz-2025"))["organizations"]][:3]
        ['country', 'country', 'international organization']
    """
    urls = {s.id: s.url for s in dossier.sources if s.url}
    persons = [
        _compact(
            {
                "id": p.id,
                "name": p.name,
                "other_names": [{"name": t.text, "note": f"lang: {t.lang}"} for t in p.other_names],
                "identifiers": _identifiers(p.external_ids),
                "sources": _links(urls, p.sources),
            }
        )
        for p in dossier.persons
    ]
    posts = [
        _compact(
            {
                "id": o.id,
                "label": o.title,
                "other_label": [t.text for t in o.other_titles],
                "role": o.role.value,
                "organization_id": _party_key(o.represents)[1],
                "sources": _links(urls, o.sources),
            }
        )
        for o in dossier.offices
    ]
    return {
        "persons": persons,
        "organizations": list(_popolo_organizations(dossier, urls)),
        "posts": posts,
        "memberships": list(_popolo_memberships(dossier, urls)),
    }


# --------------------------------------------------------------------------- several dossiers


def _merged_popolo(dossiers: Iterable[Dossier]) -> dict[str, list[dict[str, Any]]]:
    """One Popolo document: objects with an id kept once (the first dossier's), memberships all."""
    merged: dict[str, list[dict[str, Any]]] = {
        "persons": [],
        "organizations": [],
        "posts": [],
        "memberships": [],
    }
    seen: set[tuple[str, str]] = set()
    for dossier in dossiers:
        for kind, objects in to_popolo(dossier).items():
            for obj in objects:
                if "id" in obj and (kind, obj["id"]) in seen:
                    continue
                if "id" in obj:
                    seen.add((kind, obj["id"]))
                if obj not in merged[kind]:
                    merged[kind].append(obj)
    return merged


def dumps(dossiers: Iterable[Dossier], form: str, *, create: bool = False) -> bytes:
    """Several dossiers in one linked-data file, as ``treatymodel export --to FORM`` writes it.

    ``jsonld``: one document for one dossier, a JSON array of documents for more;
    ``quickstatements``: the commands of every dossier, a statement on an existing item once;
    ``popolo``: one document, an object with an ``id`` kept once.

    Args:
        dossiers: The dossiers.
        form: One of `LINKED_FORMATS`.
        create: For ``quickstatements``: see `to_quickstatements`.

    Raises:
        ValueError: ``form`` is not one of `LINKED_FORMATS`.
    """
    listed = list(dossiers)
    if form == "jsonld":
        docs = [to_jsonld(d) for d in listed]
        return orjson.dumps(docs[0] if len(docs) == 1 else docs, option=orjson.OPT_INDENT_2) + b"\n"
    if form == "quickstatements":
        lines: list[str] = []
        seen: set[str] = set()
        for dossier in listed:
            for line in to_quickstatements(dossier, create=create).splitlines():
                # A statement on an existing item is written once; a CREATE block always.
                if line == "CREATE" or line.startswith("LAST\t") or line not in seen:
                    lines.append(line)
                    seen.add(line)
        return "".join(line + "\n" for line in lines).encode()
    if form == "popolo":
        return orjson.dumps(_merged_popolo(listed), option=orjson.OPT_INDENT_2) + b"\n"
    raise ValueError(f"unknown linked-data format {form!r}; one of {', '.join(LINKED_FORMATS)}")
