"""Rendering records for people: plain text for terminals, HTML for notebooks.

The functions here read the model and return strings; they never change a
record and never raise on missing references (an unknown id is shown as is).
Every piece of data that goes into HTML is escaped with `html.escape`.
"""

from __future__ import annotations

import html
from collections import defaultdict

from treatymodel.agreements import Agreement
from treatymodel.dates import DateValue, PartialDate
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.lifecycle import (
    ACTION_EFFECTS,
    MILESTONE_EFFECTS,
    DateRange,
    Effect,
    Lifecycle,
    Standing,
    Status,
    lifecycle,
)
from treatymodel.meetings import Meeting
from treatymodel.parties import Organization, StateRef
from treatymodel.provisions import Commitment, Topic
from treatymodel.refs import ActorRef, BodyRef
from treatymodel.timelines import event_group, lifecycle_svg
from treatymodel.visits import Event, Visit

__all__ = ["render_html", "render_text"]


def render_text(dossier: Dossier) -> str:
    """A readable summary of a dossier: organizations, agreements, visits, meetings, quotes and sources.

    For each organization with a founding, bodies or membership acts: when it was
    founded, its bodies, and its members on the day it was founded and today. For
    each agreement: its parties (by the names in use on its date), its signatories
    with the office each held on the signing day, its sections, its commitments
    grouped by topic, its lifecycle and relations. For each visit: the program day
    by day with venues. For each meeting: its delegations and what it adopted.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.display import render_text
        >>> print(render_text(tm.Dossier(id="empty", title="Nothing yet")))
        Nothing yet [empty]
    """
    lines = [f"{dossier.title} [{dossier.id}]"]
    for organization in dossier.organizations:
        if organization.founded or organization.bodies or organization.membership_acts:
            lines += ["", *_organization_text(dossier, organization)]
    for agreement in dossier.agreements:
        lines += ["", *_agreement(dossier, agreement)]
    for visit in dossier.visits:
        lines += ["", *_visit(dossier, visit)]
    for meeting in dossier.meetings:
        lines += ["", *_meeting_text(dossier, meeting)]
    if dossier.quotes:
        lines += ["", "Quotes"]
        for quote in dossier.quotes:
            speaker = _speaker(dossier, quote.speaker)
            lines.append(f"  {speaker}: \u201c{quote.text}\u201d [{quote.source}]{_mark(quote, dossier)}")
    if dossier.sources:
        lines += ["", "Sources"]
        for source in dossier.sources:
            label = " - ".join(x for x in (source.publisher, source.title, source.url) if x)
            lines.append(f"  [{source.id}] {source.kind.value}: {label or source.note or ''}".rstrip())
    return "\n".join(lines)


def _organization_text(dossier: Dossier, organization: Organization) -> list[str]:
    title = f"{organization.name} ({organization.label})" if organization.acronym else organization.name
    lines = [title, "=" * min(len(title), 78)]
    facts = []
    if organization.founded:
        facts.append(f"founded {organization.founded}")
    if organization.dissolved:
        facts.append(f"dissolved {organization.dissolved}")
    if organization.founding_agreement:
        facts.append(f"founding agreement {organization.founding_agreement}")
    if facts:
        lines.append("  " + ", ".join(facts))
    if organization.bodies:
        lines.append("  Bodies: " + ", ".join(b.name for b in organization.bodies))
    # The founding day and the last recorded change: a summary that does not depend on today's date.
    changes = [d.takes_effect for d in dossier.decisions if d.organization == organization.id]
    changes += [act.date for act in organization.membership_acts]
    known = [day.latest() for day in changes if day is not None]
    founded = organization.founded.latest() if organization.founded else None
    for day in dict.fromkeys(d for d in (founded, max(known, default=None)) if d is not None):
        members = dossier.members_on(organization.id, day)
        names = ", ".join(dossier.party_name(m) for m in members)
        lines.append(f"  Members on {day} ({len(members)}): {names}")
    return lines


def _meeting_text(dossier: Dossier, meeting: Meeting) -> list[str]:
    title = meeting.title or meeting.id
    lines = [title + _mark(meeting, dossier), "=" * min(len(title), 78)]
    where = f", {meeting.places[0].name}" if meeting.places else ""
    lines.append(f"  {meeting.kind.value}, {meeting.start} to {meeting.end}{where}")
    for participant in meeting.participants:
        who = [dossier.party_name(participant.party, meeting.start) if participant.party else None]
        if participant.person:
            who.append(_person(dossier, participant.person))
        role = f" ({participant.role.value})" if participant.role else ""
        lines.append("    " + ", ".join(w for w in who if w) + role)
    for decision_id in meeting.decisions:
        found = dossier.decision(decision_id) if dossier.has("decision", decision_id) else None
        label = (found.title or f"{found.kind.value} {found.subject or ''}".strip()) if found else decision_id
        lines.append(f"  Decision: {label}")
    for agreement_id in meeting.agreements:
        found_agreement = dossier.agreement(agreement_id) if dossier.has("agreement", agreement_id) else None
        lines.append(f"  Signed: {found_agreement.title if found_agreement else agreement_id}")
    return lines


def _person(dossier: Dossier, person_id: str) -> str:
    try:
        return dossier.person(person_id).name
    except RecordNotFoundError:
        return person_id


def _speaker(dossier: Dossier | None, ref: ActorRef | None) -> str:
    """Who said it: a person's name, an office's title, a party's name, or a body."""
    if ref is None:
        return "(the document)"
    if dossier is not None:
        return dossier.actor_name(ref)
    if isinstance(ref, BodyRef):
        return ref.name if ref.of is None else f"{ref.name} ({ref.of})"
    return str(ref)


def _organization(dossier: Dossier, organization_id: str) -> str:
    try:
        return dossier.organization(organization_id).label
    except RecordNotFoundError:
        return organization_id


def _office_title(dossier: Dossier, office_id: str | None) -> str | None:
    if office_id is None:
        return None
    try:
        return dossier.office(office_id).title
    except RecordNotFoundError:
        return office_id


def _agreement(dossier: Dossier, agreement: Agreement) -> list[str]:
    lines = [agreement.title + _mark(agreement, dossier), "=" * min(len(agreement.title), 78)]
    facts = [agreement.kind.value.replace("_", " ")]
    if agreement.level:
        facts.append(agreement.level.value)
    if agreement.date:
        facts.append(f"signed {agreement.date}")
    if agreement.place:
        facts.append(f"at {_place(agreement.place.name, agreement.place.locality)}")
    lines.append("  " + ", ".join(facts))
    for title in agreement.other_titles:
        lines.append(f"  also: [{title.lang}] {title.text}")
    lines += _also(agreement, "  ")
    if agreement.parties is None:
        lines.append("  Parties: not known")
    else:
        lines.append(
            "  Parties: " + ", ".join(dossier.party_name(p, agreement.date) for p in agreement.parties)
        )
    if agreement.relationship_level:
        lines.append(f"  Relationship level: {agreement.relationship_level}")
    if agreement.signatures:
        lines.append("  Signatories:")
        for signature in agreement.signatures:
            # The office held that day comes from the tenures; the signature's own claim is the fallback.
            held = [o.title for o in dossier.offices_held(signature.signatory, signature.date)]
            office = ", ".join(held) or _office_title(dossier, signature.office) or "office not recorded"
            party = dossier.party_name(signature.party, signature.date)
            lines.append(
                f"    {_person(dossier, signature.signatory)}, {office}, "
                f"for {party}, {signature.date or 'date not recorded'}" + _mark(signature, dossier)
            )
            lines += _also(signature, "      ")
    sections = list(agreement.all_sections())
    if sections:
        lines.append(f"  Sections ({len(sections)}):")
        for section in sections:
            label = " ".join(x for x in (section.kind.value, section.number) if x)
            lines.append(f"    {label}: {section.heading or section.text or section.id}")
    if agreement.commitments:
        lines.append(f"  Commitments ({len(agreement.commitments)}), by topic:")
        for topic, commitments in _by_topic(agreement.commitments):
            lines.append(f"    {topic.value.replace('_', ' ')}:")
            for commitment in commitments:
                named = [_organization(dossier, o) for o in commitment.organizations]
                named += commitment.instruments
                extra = f" (names: {', '.join(named)})" if named else ""
                lines.append(f"      - {commitment.verb.value}: {commitment.summary}{extra}")
    if agreement.party_actions or agreement.milestones:
        lines.append("  Lifecycle:")
        for date, text in _steps(agreement, dossier):
            lines.append(f"    {date}: {text}")
    entry = _entry_into_force(agreement, dossier)
    if entry:
        lines.append(f"  {entry}")
    lanes = _lanes(agreement, dossier)
    if lanes:
        lines.append("  Standing by party:")
        for party, text in lanes:
            lines.append(f"    {party}: {text}")
    for relation in agreement.relations:
        lines.append(f"  {relation.kind.value.replace('_', ' ')} {relation.target}")
    return lines


def _steps(agreement: Agreement, dossier: Dossier | None) -> list[tuple[str, str]]:
    """The recorded milestones and party actions in date order, undated ones last."""
    found: list[tuple[DateValue | None, str]] = [
        (m.date, _kind(m.kind.value) + (f" until {m.until}" if m.until else "") + _mark(m, dossier))
        for m in agreement.milestones
    ]
    for a in agreement.party_actions:
        text = f"{_kind(a.kind.value)} by {_party(dossier, a.party)}"
        if a.effective is not None and a.effective != a.date:
            text += f", effective {a.effective}"
        if a.disputed_by:
            text += f" (disputed by {', '.join(_party(dossier, p) for p in a.disputed_by)})"
        found.append((a.date, text + _mark(a, dossier)))
    found.sort(key=lambda pair: (pair[0] is None, pair[0] or PartialDate(year=1)))
    return [("date unknown" if date is None else str(date), text) for date, text in found]


def _lifecycle(agreement: Agreement, dossier: Dossier | None) -> Lifecycle:
    if (
        dossier is not None
        and dossier.has("agreement", agreement.id)
        and dossier.agreement(agreement.id) is agreement
    ):
        return dossier.lifecycle(agreement.id)
    return lifecycle(agreement)


def _standing_text(standing: Standing) -> str:
    if standing.status is not None:
        return _kind(standing.status.value)
    order = [None, *Status]
    names = [
        "nothing yet" if s is None else _kind(s.value) for s in sorted(standing.possible, key=order.index)
    ]
    return " or ".join(names) + " (not settled by the record)"


def _entry_into_force(agreement: Agreement, dossier: Dossier | None) -> str | None:
    """The general entry into force as the lifecycle engine finds it, and how it is known."""
    found = _lifecycle(agreement, dossier).entry_into_force()
    if found is None:
        return None
    how = {"recorded": "recorded", "clause": "computed from its entry into force clause"}.get(
        found.basis.value, found.basis.value
    )
    when = DateRange(earliest=found.earliest, latest=found.latest)
    return f"Entry into force: {when} ({how})"


_QUIET = frozenset({Effect.SIGN, Effect.NONE})


def _lanes(agreement: Agreement, dossier: Dossier | None) -> list[tuple[str, str]]:
    """One lane per party: its standings, each with the day it starts, from the lifecycle engine."""
    if not any(ACTION_EFFECTS[a.kind] not in _QUIET for a in agreement.party_actions) and not any(
        MILESTONE_EFFECTS[m.kind] is not Effect.NONE for m in agreement.milestones
    ):
        return []  # nothing but signatures and facts that change no standing: the lifecycle says it all
    life = _lifecycle(agreement, dossier)
    lanes = []
    for party in dict.fromkeys(agreement.participants):
        changes = life.changes(party)[1:]
        if changes:
            text = "; ".join(
                f"{_standing_text(standing)} from {day.isoformat()}" for day, standing in changes
            )
            lanes.append((_party(dossier, party), text))
    return lanes


def _by_topic(commitments: tuple[Commitment, ...]) -> list[tuple[Topic, list[Commitment]]]:
    groups: dict[Topic, list[Commitment]] = defaultdict(list)
    for commitment in commitments:
        groups[commitment.topics[0]].append(commitment)
    return list(groups.items())


def _place(name: str, locality: str | None) -> str:
    return f"{name}, {locality}" if locality and locality != name else name


def _visit(dossier: Dossier, visit: Visit) -> list[str]:
    guest = _person(dossier, visit.guest)
    host = _person(dossier, visit.host) if visit.host else dossier.party_name(StateRef(code=visit.host_state))
    header = f"{visit.kind.value.replace('_', ' ').capitalize()} visit of {guest} to {host}"
    lines = [header + _mark(visit, dossier), "=" * min(len(header), 78), f"  {visit.start} to {visit.end}"]
    lines += _also(visit, "  ")
    for day, events in _program(visit):
        lines.append(f"  {day}:")
        for event in events:
            lines.append(f"    - {_event(event)}")
            lines += _also(event, "        ")
            if event.venue is not None:
                lines += _also(event.venue, "        ")
    return lines


def _program(visit: Visit) -> list[tuple[str, tuple[Event, ...]]]:
    """The program day by day, then the items whose date is not known."""
    days = [(str(day), visit.events_on(day)) for day in visit.days()]
    undated = tuple(e for e in visit.program if e.date is None)
    return [*days, ("date unknown", undated)] if undated else days


def _mark(record: object, dossier: Dossier | None = None) -> str:
    """How sure the sources are, as a short mark like `` [planned]``; empty when not stated."""
    certainty = getattr(record, "certainty", None)
    if certainty is None:
        return ""
    by = f" by {', '.join(_speaker(dossier, ref) for ref in certainty.by)}" if certainty.by else ""
    return f" [{certainty.level.value}{by}]"


def _also(record: object, indent: str) -> list[str]:
    """The values other sources report, one line each: ``also reported: duration PT2H [rbc]``."""
    return [
        f"{indent}also reported: {v.field} {v.value} [{', '.join(v.sources)}]"
        + (f" ({v.note})" if v.note else "")
        for v in getattr(record, "variants", ())
    ]


def _event(event: Event) -> str:
    text = event.title or event.kind.value.replace("_", " ")
    if event.talks_format:
        text += f" ({event.talks_format.value.replace('_', '-')} format)"
    if event.start_time:
        text = f"{event.start_time:%H:%M} {text}"
    if event.duration:
        text += f", {event.duration.total_seconds() / 3600:g} h"
    if event.closed_to_press:
        text += ", behind closed doors"
    if event.remote:
        text += ", by videoconference"
    if event.venue:
        text += f" at {_place(event.venue.name, event.venue.locality)}"
    return text + _mark(event)


# --------------------------------------------------------------------------- HTML

_STYLE = """<style>
.tm-card{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:13px;line-height:1.4;
color:#1f2328;border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin:6px 0;max-width:980px;
background:#fff}
.tm-card h3{margin:0 0 2px 0;font-size:17px}.tm-card h4{margin:10px 0 4px 0;font-size:14px}
.tm-card h5{margin:8px 0 2px 0;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#57606a}
.tm-meta{color:#57606a;margin:2px 0}.tm-id{font-family:ui-monospace,monospace;font-size:12px;color:#57606a}
.tm-badge{display:inline-block;border-radius:10px;padding:0 8px;margin-right:4px;font-size:12px;
background:#ddf4ff;color:#0969da}.tm-level{background:#dafbe1;color:#1a7f37}
.tm-card ul{margin:2px 0 2px 18px;padding:0}.tm-card li{margin:1px 0}
.tm-topics{columns:2 320px;column-gap:24px}.tm-topic{break-inside:avoid;margin-bottom:4px}
.tm-days{display:flex;gap:12px;flex-wrap:wrap}.tm-day{flex:1 1 300px;border-left:3px solid #0969da;
padding-left:10px}.tm-time{font-family:ui-monospace,monospace;color:#57606a}
.tm-card table{border-collapse:collapse}.tm-card td{padding:1px 10px 1px 0;vertical-align:top}
.tm-card td:first-child{white-space:nowrap}
.tm-sub{border-top:1px solid #d0d7de;margin-top:10px;padding-top:4px}
.tm-day li{list-style:none;margin:2px 0 2px -18px;padding:2px 6px;border-radius:3px;background:#dfe6ee}
.tm-ev-talks{background:#a5c8e4!important}.tm-ev-signing{background:#5fb878!important}
.tm-ev-press{background:#f6c57a!important}.tm-ev-meal{background:#f3e37c!important}
.tm-ev-culture{background:#d7b8e8!important}.tm-timeline{overflow-x:auto;margin-top:4px}
</style>"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def render_html(record: object, dossier: Dossier | None = None) -> str:
    """A compact HTML card for a dossier, an agreement or a visit, as notebooks show it.

    A dossier renders with names resolved (persons, offices held on the signing
    day, parties); an agreement or a visit on its own renders ids, unless a
    ``dossier`` to resolve them in is given. All data is HTML-escaped.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.display import render_html
        >>> "&lt;b&gt;" in render_html(tm.Dossier(id="d", title="<b>"))
        True
    """
    if isinstance(record, Dossier):
        body = _dossier_html(record)
    elif isinstance(record, Agreement):
        body = _agreement_html(record, dossier)
    elif isinstance(record, Visit):
        body = _visit_html(record, dossier)
    else:
        body = f"<pre>{_e(repr(record))}</pre>"
    return f'{_STYLE}<div class="tm-card">{body}</div>'


def _dossier_html(d: Dossier) -> str:
    out = [f'<h3>{_e(d.title)}</h3><div class="tm-id">{_e(d.id)}</div>']
    if d.description:
        out.append(f'<p class="tm-meta">{_e(d.description)}</p>')
    counts = [
        f"{len(getattr(d, n))} {n if len(getattr(d, n)) != 1 else n[:-1]}"
        for n in ("agreements", "visits", "persons", "sources")
        if getattr(d, n)
    ]
    if counts:
        out.append(f'<div class="tm-meta">{_e(", ".join(counts))}</div>')
    # An agreement whose acts change standings is detailed too: its card draws the lanes.
    detailed = [a for a in d.agreements if a.signatures or a.commitments or a.sections or _lanes(a, d)]
    brief = [a for a in d.agreements if a not in detailed]
    for agreement in detailed:
        out.append(f'<div class="tm-sub">{_agreement_html(agreement, d)}</div>')
    for visit in d.visits:
        out.append(f'<div class="tm-sub">{_visit_html(visit, d, nested=True)}</div>')
    if brief:
        rows = "".join(
            f"<tr><td>{_e(a.date or '')}</td><td>{_e(_kind(a.kind.value))}</td><td>{_e(a.title)}</td></tr>"
            for a in brief
        )
        out.append(f'<div class="tm-sub"><h4>Other agreements ({len(brief)})</h4><table>{rows}</table></div>')
    return "".join(out)


def _html_mark(record: object, dossier: Dossier | None) -> str:
    mark = _mark(record, dossier)
    return f' <span class="tm-badge tm-certainty">{_e(mark.strip(" []"))}</span>' if mark else ""


def _html_also(record: object) -> str:
    lines = [line.strip() for line in _also(record, "")]
    if not lines:
        return ""
    return '<ul class="tm-also">' + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


def _kind(value: str) -> str:
    return value.replace("_", " ")


def _name(d: Dossier | None, person: str) -> str:
    return _person(d, person) if d is not None else person


def _party(d: Dossier | None, ref: object) -> str:
    from treatymodel.parties import OrganizationRef, StateRef

    if d is not None and isinstance(ref, StateRef | OrganizationRef):
        return d.party_name(ref)
    return str(ref)


def _agreement_html(a: Agreement, d: Dossier | None) -> str:
    out = [f'<h4>{_e(a.title)}{_html_mark(a, d)}</h4><div class="tm-id">{_e(a.id)}</div>{_html_also(a)}']
    badges = [_kind(a.kind.value)] + ([a.level.value] if a.level else [])
    out.append("<div>" + "".join(f'<span class="tm-badge">{_e(b)}</span>' for b in badges))
    if a.relationship_level:
        out.append(f'<span class="tm-badge tm-level">{_e(a.relationship_level)}</span>')
    out.append("</div>")
    facts = []
    if a.date:
        facts.append(f"signed {a.date}")
    if a.place:
        facts.append(f"at {_place(a.place.name, a.place.locality)}")
    if a.parties is not None:
        facts.append("between " + ", ".join(_party(d, p) for p in a.parties))
    out.append(f'<div class="tm-meta">{_e("; ".join(facts))}</div>')
    if a.signatures:
        items = []
        for s in a.signatures:
            office = _signing_office(d, s.signatory, s.date, s.office)
            text = f"{_name(d, s.signatory)}, {office}" if office else _name(d, s.signatory)
            items.append(f"<li><b>{_e(text)}</b> for {_e(_party(d, s.party))}, {_e(s.date)}</li>")
        out.append(f"<h5>Signatories</h5><ul>{''.join(items)}</ul>")
    sections = list(a.all_sections())
    if sections:
        items = [
            f"<li>{_e(' '.join(x for x in (s.kind.value, s.number) if x))}: "
            f"{_e(s.heading or s.text or s.id)}</li>"
            for s in sections
        ]
        out.append(f"<h5>Sections ({len(sections)})</h5><ul>{''.join(items)}</ul>")
    if a.commitments:
        groups = []
        for topic, commitments in _by_topic(a.commitments):
            lis = "".join(f"<li><i>{_e(c.verb.value)}</i>: {_e(c.summary)}</li>" for c in commitments)
            groups.append(f'<div class="tm-topic"><b>{_e(_kind(topic.value))}</b><ul>{lis}</ul></div>')
        out.append(
            f"<h5>Commitments ({len(a.commitments)}) by topic</h5>"
            f'<div class="tm-topics">{"".join(groups)}</div>'
        )
    steps = _steps(a, d)
    if steps:
        items = [f"<li>{_e(date)}: {_e(text)}</li>" for date, text in steps]
        out.append(f"<h5>Lifecycle</h5><ul>{''.join(items)}</ul>")
    entry = _entry_into_force(a, d)
    if entry:
        out.append(f'<div class="tm-meta">{_e(entry)}</div>')
    lanes = _lanes(a, d)
    if lanes:
        rows = "".join(f"<tr><th>{_e(party)}</th><td>{_e(text)}</td></tr>" for party, text in lanes)
        out.append(f'<h5>Standing by party</h5><table class="tm-lanes">{rows}</table>')
        # The same lanes drawn (SVG, every text escaped), the recorded acts as marks.
        lanes_svg = lifecycle_svg(d if d is not None else Dossier(id="card", title="card"), a)
        out.append(f'<div class="tm-timeline">{lanes_svg}</div>')
    return "".join(out)


def _signing_office(d: Dossier | None, person: str, date: object, office: str | None) -> str | None:
    if d is None:
        return office
    from treatymodel.dates import PartialDate, UncertainDate

    held = (
        [o.title for o in d.offices_held(person, date)]
        if isinstance(date, PartialDate | UncertainDate)
        else []
    )
    return ", ".join(held) or _office_title(d, office)


def _visit_html(v: Visit, d: Dossier | None, *, nested: bool = False) -> str:
    guest, host = _name(d, v.guest), _name(d, v.host) if v.host else "host not recorded"
    out = [
        f"<h4>{_e(_kind(v.kind.value).capitalize())} visit of {_e(guest)} ({_e(v.guest_state)}) "
        f"to {_e(host)} ({_e(v.host_state)})</h4>",
        f'<div class="tm-id">{_e(v.id)}</div>',
        f'<div class="tm-meta">{_e(v.start)} to {_e(v.end)}'
        + (f"; {_e(', '.join(p.name for p in v.places))}" if v.places else "")
        + "</div>",
    ]
    if v.description:
        out.append(f'<p class="tm-meta">{_e(v.description)}</p>')
    days = []
    for number, (day, events) in enumerate(_program(v), start=1):
        items = []
        for event in events:
            text = event.title or _kind(event.kind.value).capitalize()
            if event.talks_format:
                text += f" ({event.talks_format.value.replace('_', '-')} format)"
            time = f'<span class="tm-time">{event.start_time:%H:%M}</span> ' if event.start_time else ""
            extra = []
            if event.duration:
                extra.append(f"{event.duration.total_seconds() / 3600:g} h")
            if event.closed_to_press:
                extra.append("closed to press")
            if event.remote:
                extra.append("by videoconference")
            if event.venue:
                extra.append(_place(event.venue.name, event.venue.locality))
            tail = f' <span class="tm-meta">({_e(", ".join(extra))})</span>' if extra else ""
            tail += (
                _html_mark(event, d) + _html_also(event) + (_html_also(event.venue) if event.venue else "")
            )
            group = event_group(event.kind)
            items.append(f'<li class="tm-ev-{group}">{time}{_e(text)}{tail}</li>')
        days.append(f'<div class="tm-day"><h5>Day {number}: {_e(day)}</h5><ul>{"".join(items)}</ul></div>')
    if days:
        out.append(f'<div class="tm-days">{"".join(days)}</div>')
    if v.agreements and nested:
        out.append(f'<div class="tm-meta">{len(v.agreements)} agreements signed during the visit.</div>')
    elif v.agreements:
        titles = [
            d.agreement(x).title if d is not None and d.has("agreement", x) else x for x in v.agreements
        ]
        listed = "".join(f"<li>{_e(t)}</li>" for t in titles)
        out.append(f"<h5>Agreements signed ({len(titles)})</h5><ul>{listed}</ul>")
    return "".join(out)
