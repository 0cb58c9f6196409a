"""Rules about organizations, their members, meetings and decisions (``TM-O``).

Also the references to unknown meetings and decisions (``TM-S015``, ``TM-S016``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from treatymodel.dates import DateValue
from treatymodel.meetings import Decision, DecisionKind, Meeting
from treatymodel.parties import MembershipActKind, Organization
from treatymodel.validation._index import DossierIndex
from treatymodel.validation._registry import Finding, dossier_rule
from treatymodel.validation.report import Severity
from treatymodel.validation.structure import unknown_references

__all__ = [
    "admitted_before_founded",
    "decision_before_body_existed",
    "participant_outside_meeting",
    "unknown_body",
    "unknown_decision",
    "unknown_meeting",
]

_E = Severity.ERROR

_ADMISSIONS = (MembershipActKind.ADMISSION,)


def _before(day: DateValue | None, start: DateValue | None) -> bool:
    """Whether ``day`` is certainly before ``start``; never when either is unknown."""
    return day is not None and start is not None and day.latest() < start.earliest()


def _after(day: DateValue | None, end: DateValue | None) -> bool:
    """Whether ``day`` is certainly on or after ``end``; never when either is unknown."""
    return day is not None and end is not None and day.earliest() >= end.latest()


def _organizations(index: DossierIndex) -> dict[str, Organization]:
    found: dict[str, Organization] = {}
    for organization in index.dossier.organizations:
        found.setdefault(organization.id, organization)
    return found


@dossier_rule("TM-O001", "Member admitted before the organization was founded", _E)
def admitted_before_founded(index: DossierIndex) -> Iterator[Finding]:
    """An admission (a membership act or an ``admit`` decision) is dated before the organization was founded.

    Needs: the organization's ``founded`` and the admission's date (a decision's
    ``effective`` day, else its ``date``); when either is unknown it draws nothing, and a
    partial or uncertain date fires only when every day it may be is before every day
    ``founded`` may be.

    Why: nobody joins what does not exist yet; the date of the admission or of the
    founding is wrong (the founders are admitted on the day it is founded).

    Example:
        An organization ``founded`` ``2001-06-15`` with an admission of IND dated
        ``2000-06-09`` is reported at ``$.organizations[0].membership_acts[0].date``.
    """
    for i, organization in enumerate(index.dossier.organizations):
        for k, act in enumerate(organization.membership_acts):
            if act.kind in _ADMISSIONS and _before(act.date, organization.founded):
                yield Finding(
                    f"$.organizations[{i}].membership_acts[{k}].date",
                    f"{act.member} is admitted to {organization.id!r} on {act.date},"
                    f" before it was founded ({organization.founded})",
                    "correct the admission's date or the organization's founded day",
                )
    organizations = _organizations(index)
    for i, decision in enumerate(index.dossier.decisions):
        found = organizations.get(decision.organization)
        if decision.kind is not DecisionKind.ADMIT or found is None:
            continue
        organization = found
        when = decision.takes_effect
        if _before(when, organization.founded):
            field = "effective" if decision.effective is not None else "date"
            yield Finding(
                f"$.decisions[{i}].{field}",
                f"decision {decision.id!r} admits {decision.subject} to {organization.id!r} on {when},"
                f" before it was founded ({organization.founded})",
                "correct the decision's date or the organization's founded day",
            )


@dossier_rule("TM-O002", "Participant outside the meeting's dates", _E)
def participant_outside_meeting(index: DossierIndex) -> Iterator[Finding]:
    """A participant's own ``start`` or ``end`` is certainly outside the meeting's dates.

    Needs: the participant's ``start`` or ``end`` (a participant without its own dates
    takes part on the meeting's days and draws nothing); a partial or uncertain date
    fires only when every day it may be lies outside every day the meeting may span.

    Why: a delegation takes part in a meeting while it is held; a day outside it is
    a typo or belongs to a bilateral visit before or after the meeting.

    Example:
        A meeting of ``2024-07-03`` to ``2024-07-04`` with a participant whose
        ``start`` is ``2024-07-05`` is reported at ``$.meetings[0].participants[0].start``.
    """
    for i, meeting in enumerate(index.dossier.meetings):
        first, last = meeting.start.earliest(), meeting.end.latest()
        for k, participant in enumerate(meeting.participants):
            for field in ("start", "end"):
                day = getattr(participant, field)
                if day is not None and (day.latest() < first or day.earliest() > last):
                    who = participant.person or participant.party or "a participant"
                    yield Finding(
                        f"$.meetings[{i}].participants[{k}].{field}",
                        f"{who} takes part in {meeting.id!r} on {day}, outside the meeting"
                        f" ({meeting.start} to {meeting.end})",
                        "correct the participant's dates or the meeting's",
                    )


@dossier_rule("TM-O003", "Decision by a body or organization that did not exist", _E)
def decision_before_body_existed(index: DossierIndex) -> Iterator[Finding]:
    """A decision is dated before its organization was founded or its body established, or after either ended.

    Needs: the decision's ``date`` and the organization's ``founded`` or ``dissolved``, or
    the body's ``established`` or ``abolished``; an unknown date on either side draws
    nothing, and a partial or uncertain one fires only when certainly outside. A
    decision that ``creates`` the organization it is taken in is not checked against
    that organization's founding (the founding decision precedes it by nature).

    Why: a body that does not exist adopts nothing; one of the dates is wrong, or the
    decision belongs to another body (a predecessor organization's).

    Example:
        A decision of the ``chs`` body dated ``2000-01-10`` when the body was
        ``established`` ``2001-06-15`` is reported at ``$.decisions[0].date``.
    """
    organizations = _organizations(index)
    for i, decision in enumerate(index.dossier.decisions):
        organization = organizations.get(decision.organization)
        if organization is None or decision.date is None:
            continue
        at = f"$.decisions[{i}].date"
        if decision.creates != organization.id and _before(decision.date, organization.founded):
            yield Finding(
                at,
                f"decision {decision.id!r} of {organization.id!r} is dated {decision.date},"
                f" before the organization was founded ({organization.founded})",
                "correct the decision's date or the organization's founded day",
            )
            continue
        if _after(decision.date, organization.dissolved):
            yield Finding(
                at,
                f"decision {decision.id!r} of {organization.id!r} is dated {decision.date},"
                f" after the organization was dissolved ({organization.dissolved})",
                "correct the decision's date or the organization's dissolved day",
            )
            continue
        body = None if decision.body is None else organization.body(decision.body)
        if body is None:
            continue
        if _before(decision.date, body.established):
            yield Finding(
                at,
                f"decision {decision.id!r} of body {body.id!r} is dated {decision.date},"
                f" before the body was established ({body.established})",
                "correct the decision's date, its body, or the body's established day",
            )
        elif _after(decision.date, body.abolished):
            yield Finding(
                at,
                f"decision {decision.id!r} of body {body.id!r} is dated {decision.date},"
                f" after the body was abolished ({body.abolished})",
                "correct the decision's date, its body, or the body's abolished day",
            )


@dossier_rule("TM-O004", "Reference to an unknown body", _E)
def unknown_body(index: DossierIndex) -> Iterator[Finding]:
    """A meeting's or a decision's ``body`` is not among its organization's ``bodies``.

    Needs: the record's ``organization`` and ``body``, and that organization in the
    dossier (an unknown organization is ``TM-S010``'s); a record without a ``body``
    names none and draws nothing.

    Why: a body is recorded once, with its kind and dates, under its organization; a
    dangling id is a typo or a body left out.

    Example:
        A decision of ``sco`` with ``"body": "hsc"`` when the SCO's bodies are
        ``chs`` and ``cfm`` is reported at ``$.decisions[0].body``.
    """
    organizations = _organizations(index)
    groups: tuple[tuple[str, Sequence[Meeting | Decision]], ...] = (
        ("meetings", index.dossier.meetings),
        ("decisions", index.dossier.decisions),
    )
    for name, records in groups:
        for i, record in enumerate(records):
            if record.body is None or record.organization is None:
                continue
            organization = organizations.get(record.organization)
            if organization is not None and organization.body(record.body) is None:
                known = ", ".join(b.id for b in organization.bodies) or "none"
                yield Finding(
                    f"$.{name}[{i}].body",
                    f"{organization.id!r} has no body {record.body!r} (its bodies: {known})",
                    "add the body to the organization or correct the id",
                )


@dossier_rule("TM-S015", "Reference to an unknown meeting", _E)
def unknown_meeting(index: DossierIndex) -> Iterator[Finding]:
    """A meeting id used by a decision is not among the dossier's ``meetings``.

    Needs: only the meeting ids records name; a decision without a ``meeting`` names
    none and draws nothing.

    Why: a decision said to be adopted at a meeting must point at the meeting's
    record for the link to mean anything.

    Example:
        A decision with ``"meeting": "sco-2024"`` in a dossier without it is reported
        at ``$.decisions[0].meeting``.
    """
    yield from unknown_references(index, "meeting", "add the meeting or correct the id")


@dossier_rule("TM-S016", "Reference to an unknown decision", _E)
def unknown_decision(index: DossierIndex) -> Iterator[Finding]:
    """A decision id used by a meeting or a membership act is not among the dossier's ``decisions``.

    Needs: only the decision ids records name; a membership act without a
    ``decision`` names none and draws nothing.

    Why: the decisions listed as adopted at a meeting, and the decision behind a
    change of membership, must be records of the dossier to be shown and checked.

    Example:
        A meeting with ``"decisions": ["admit-blr"]`` in a dossier without it is
        reported at ``$.meetings[0].decisions[0]``.
    """
    yield from unknown_references(index, "decision", "add the decision or correct the id")
