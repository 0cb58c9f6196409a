"""Rendering records for people: plain text for terminals.

The functions here read the model and return strings; they never change a
record and never raise on missing references (an unknown id is shown as is).
"""

from __future__ import annotations

from collections import defaultdict

from treatymodel.agreements import Agreement
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.structure import Commitment, Topic
from treatymodel.visits import Event, Visit

__all__ = ["render_text"]


def render_text(dossier: Dossier) -> str:
    """A readable summary of a dossier: agreements, visits, quotes and sources.

    For each agreement: its parties, its signatories with the office each held
    on the signing day, its sections, its commitments grouped by topic, its
    lifecycle and relations. For each visit: the program day by day with venues.

    Example:
        >>> import treatymodel as tm
        >>> from treatymodel.display import render_text
        >>> print(render_text(tm.Dossier(id="empty", title="Nothing yet")))
        Nothing yet [empty]
    """
    lines = [f"{dossier.title} [{dossier.id}]"]
    for agreement in dossier.agreements:
        lines += ["", *_agreement(dossier, agreement)]
    for visit in dossier.visits:
        lines += ["", *_visit(dossier, visit)]
    if dossier.quotes:
        lines += ["", "Quotes"]
        for quote in dossier.quotes:
            speaker = _person(dossier, quote.speaker) if quote.speaker else "(the document)"
            lines.append(f"  {speaker}: \u201c{quote.text}\u201d [{quote.source}]")
    if dossier.sources:
        lines += ["", "Sources"]
        for source in dossier.sources:
            label = " - ".join(x for x in (source.publisher, source.title, source.url) if x)
            lines.append(f"  [{source.id}] {source.kind.value}: {label or source.note or ''}".rstrip())
    return "\n".join(lines)


def _person(dossier: Dossier, person_id: str) -> str:
    try:
        return dossier.person(person_id).name
    except RecordNotFoundError:
        return person_id


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
    lines = [agreement.title, "=" * min(len(agreement.title), 78)]
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
    lines.append("  Parties: " + ", ".join(dossier.party_name(p) for p in agreement.parties))
    if agreement.relationship_level:
        lines.append(f"  Relationship level: {agreement.relationship_level}")
    if agreement.signatures:
        lines.append("  Signatories:")
        for signature in agreement.signatures:
            # The office held that day comes from the tenures; the signature's own claim is the fallback.
            held = [o.title for o in dossier.offices_held(signature.signatory, signature.date)]
            office = ", ".join(held) or _office_title(dossier, signature.office) or "office not recorded"
            lines.append(
                f"    {_person(dossier, signature.signatory)}, {office}, "
                f"for {dossier.party_name(signature.party)}, {signature.date}"
            )
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
        events = [(m.date, m.kind.value.replace("_", " ")) for m in agreement.milestones]
        events += [
            (a.date, f"{a.kind.value.replace('_', ' ')} by {dossier.party_name(a.party)}")
            for a in agreement.party_actions
        ]
        for date, text in sorted(events, key=lambda pair: pair[0]):
            lines.append(f"    {date}: {text}")
    for relation in agreement.relations:
        lines.append(f"  {relation.kind.value.replace('_', ' ')} {relation.target}")
    return lines


def _by_topic(commitments: tuple[Commitment, ...]) -> list[tuple[Topic, list[Commitment]]]:
    groups: dict[Topic, list[Commitment]] = defaultdict(list)
    for commitment in commitments:
        groups[commitment.topics[0]].append(commitment)
    return list(groups.items())


def _place(name: str, locality: str | None) -> str:
    return f"{name}, {locality}" if locality and locality != name else name


def _visit(dossier: Dossier, visit: Visit) -> list[str]:
    guest, host = _person(dossier, visit.guest), _person(dossier, visit.host)
    header = f"{visit.kind.value.replace('_', ' ').capitalize()} visit of {guest} to {host}"
    lines = [header, "=" * min(len(header), 78), f"  {visit.start} to {visit.end}"]
    for day in visit.days():
        lines.append(f"  {day}:")
        for event in visit.events_on(day):
            lines.append(f"    - {_event(event)}")
    return lines


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
    return text
