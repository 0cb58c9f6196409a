# mypy: allow-redefinition
"""The invariants of `dossiers`, checked: an executable form of the package docstring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import treatymodel as tm
from treatymodel.kinds import KINDS, records
from treatymodel.strategies.dates import _dated


def invariant_violations(dossier: tm.Dossier) -> list[str]:
    """The invariants of `dossiers` that ``dossier`` breaks, in words (empty when none).

    An executable form of the package docstring, for property tests.
    """
    problems: list[str] = []
    d = dossier

    def unique(kind: str, ids: Sequence[str]) -> None:
        if len(set(ids)) != len(ids):
            problems.append(f"duplicate {kind} ids: {sorted(ids)}")

    for kind in KINDS:
        if kind.unique:
            unique(kind.name, [kind.id_of(r) for r in records(d, kind)])

    def ref(kind: str, id: str | None, where: str) -> None:
        if id is not None and not d.has(kind, id):
            problems.append(f"{where}: unknown {kind} {id!r}")

    def cites(ids: Sequence[str], where: str) -> None:
        for sid in ids:
            ref("source", sid, where)

    def place(p: tm.Place | None, where: str) -> None:
        if p is not None and p.state is not None:
            ref("state", p.state, where)

    def party(p: tm.PartyRef, where: str) -> None:
        if isinstance(p, tm.StateRef):
            ref("state", p.code, where)
        else:
            ref("organization", p.id, where)

    def covering_office(pid: str, on: tm.DateValue) -> list[tm.Office]:
        return list(d.offices_held(pid, on))

    for p in d.persons:
        cites(p.sources, f"person {p.id}")
    for o in d.offices:
        party(o.represents, f"office {o.id}")
    for t in d.tenures:
        ref("person", t.person, "tenure")
        ref("office", t.office, "tenure")
        cites(t.sources, "tenure")
        if t.start and t.end and t.end.is_before(t.start):
            problems.append(f"tenure of {t.person} ends before it starts")
    for o in d.offices:
        if not o.single_holder:
            continue
        spans = [t for t in d.tenures if t.office == o.id]
        for i, a in enumerate(spans):
            for b in spans[i + 1 :]:
                a_end = a.end.latest() if a.end else dt.date.max
                b_end = b.end.latest() if b.end else dt.date.max
                a_start = a.start.earliest() if a.start else dt.date.min
                b_start = b.start.earliest() if b.start else dt.date.min
                if a_start <= b_end and b_start <= a_end:
                    problems.append(f"office {o.id}: tenures of {a.person} and {b.person} overlap")

    listed: dict[str, str] = {}
    for v in d.visits:
        where = f"visit {v.id}"
        ref("person", v.guest, where)
        ref("person", v.host, where)
        ref("state", v.guest_state, where)
        ref("state", v.host_state, where)
        ref("person", v.invited_by, where)
        cites(v.sources, where)
        for var in v.variants:
            cites(var.sources, where)
        for p in v.places:
            place(p, where)
        if v.guest_state == v.host_state:
            problems.append(f"{where}: guest state is host state")
        if v.start.precision is not tm.Precision.DAY or v.end.precision is not tm.Precision.DAY:
            problems.append(f"{where}: dates not day-precise")
        if v.end < v.start:
            problems.append(f"{where}: ends before it starts")
        if v.host is None:
            problems.append(f"{where}: host not recorded")
        for person, state in ((v.guest, v.guest_state), (v.host or "", v.host_state)):
            held = [o for o in covering_office(person, v.start) if o.represents == tm.StateRef(code=state)]
            if not held or not all(o in covering_office(person, v.end) for o in held):
                problems.append(f"{where}: {person} holds no office of {state} during the visit")
            if v.kind is tm.VisitKind.STATE and not any(o.role is tm.OfficeRole.HEAD_OF_STATE for o in held):
                problems.append(f"{where}: state visit but {person} is not head of state")
        for e in v.program:
            if e.date is None:
                problems.append(f"{where}: event {e.id} undated")
            elif not (v.start.earliest() <= e.date.earliest() and e.date.latest() <= v.end.latest()):
                problems.append(f"{where}: event {e.id} outside the visit")
            for pid in e.participants:
                ref("person", pid, f"event {e.id}")
            place(e.venue, f"event {e.id}")
            cites(e.sources, f"event {e.id}")
        for aid in v.agreements:
            ref("agreement", aid, where)
            if aid in listed:
                problems.append(f"agreement {aid} listed in visits {listed[aid]} and {v.id}")
            listed[aid] = v.id

    order = {a.id: i for i, a in enumerate(d.agreements)}
    for a in d.agreements:
        where = f"agreement {a.id}"
        cites(a.sources, where)
        cites(a.published_in, where)
        for t in a.other_titles:
            cites(t.sources, where)
        for var in a.variants:
            cites(var.sources, where)
        place(a.place, where)
        if a.parties is None:
            problems.append(f"{where}: parties not recorded")
        parties = a.parties or ()
        if len(set(parties)) != len(parties) or len(parties) < 2:
            problems.append(f"{where}: needs two or more distinct parties")
        if a.bilateral is True and len(parties) != 2:
            problems.append(f"{where}: bilateral with {len(parties)} parties")
        for p in parties:
            party(p, where)
            if not a.signatories_for(p):
                problems.append(f"{where}: party {p} has no signature")
        signers = [s.signatory for s in a.signatures]
        if len(set(signers)) != len(signers):
            problems.append(f"{where}: a person signs twice")
        for s in a.signatures:
            if s.party not in parties:
                problems.append(f"{where}: signature for non-party {s.party}")
            if s.date is None:
                problems.append(f"{where}: undated signature by {s.signatory}")
                continue
            if s.date.precision is not tm.Precision.DAY:
                problems.append(f"{where}: signature date not day-precise")
            held = {o.id: o for o in covering_office(s.signatory, s.date)}
            office = held.get(s.office or "")
            if office is None or office.represents != s.party:
                problems.append(f"{where}: {s.signatory} does not hold {s.office} for {s.party} on {s.date}")
            elif not office.role.represents_without_full_powers and s.full_powers is not True:
                problems.append(f"{where}: {s.signatory} needs full powers")
            place(s.place, where)
        if a.id in listed:
            v = d.visit(listed[a.id])
            if set(parties) != {tm.StateRef(code=v.guest_state), tm.StateRef(code=v.host_state)}:
                problems.append(f"{where}: parties are not the visit's states")
            for s in a.signatures:
                if s.date is not None and not (
                    v.start.earliest() <= s.date.earliest() and s.date.latest() <= v.end.latest()
                ):
                    problems.append(f"{where}: signed outside visit {v.id}")
                if s.place is not None and s.place.state != v.host_state:
                    problems.append(f"{where}: signed outside the host state")
            if a.place is not None and a.place.state != v.host_state:
                problems.append(f"{where}: place outside the host state")
        consent: dict[tm.PartyRef, tm.DateValue] = {}
        for act in a.party_actions:
            if act.party not in parties:
                problems.append(f"{where}: action by non-party {act.party}")
                continue
            if a.legally_binding is not True:
                problems.append(f"{where}: lifecycle action on a non-binding instrument")
            if act.date is None:
                problems.append(f"{where}: undated {act.kind.value} by {act.party}")
                continue
            if act.effective is not None and act.effective.is_before(act.date):
                problems.append(f"{where}: effect before the act")
            if act.kind.expresses_consent:
                signed = max(_dated(s.date).latest() for s in a.signatories_for(act.party))
                if act.date.earliest() <= signed:
                    problems.append(f"{where}: consent of {act.party} not after its signature")
                consent[act.party] = act.date
            if act.kind is tm.PartyActionKind.WITHDRAWAL and (
                act.party not in consent or act.date.earliest() <= consent[act.party].latest()
            ):
                problems.append(f"{where}: withdrawal of {act.party} before joining")
        for m in a.milestones:
            if m.kind is tm.MilestoneKind.ENTRY_INTO_FORCE:
                if set(consent) != set(parties):
                    problems.append(f"{where}: entry into force without every consent")
                elif any(m.date.earliest() <= c.latest() for c in consent.values()):
                    problems.append(f"{where}: entry into force before the consents")
        section_ids = [s.id for s in a.all_sections()]
        numbers = [s.number for s in a.all_sections() if s.number is not None]
        if len(set(numbers)) != len(numbers):
            problems.append(f"{where}: duplicate section numbers")
        for c in a.commitments:
            for p in (*c.bound, *c.beneficiaries):
                if p not in parties:
                    problems.append(f"{where}: commitment {c.id} names non-party {p}")
            for oid in c.organizations:
                ref("organization", oid, f"commitment {c.id}")
            for aid in c.agreements:
                ref("agreement", aid, f"commitment {c.id}")
            if c.section is not None and c.section not in section_ids:
                problems.append(f"{where}: commitment {c.id} in unknown section {c.section}")
            cites(c.sources, f"commitment {c.id}")
        for r in a.relations:
            ref("agreement", r.target, where)
            if order.get(r.target, len(order)) >= order[a.id]:
                problems.append(f"{where}: relation to {r.target} is not to an earlier agreement")

    for q in d.quotes:
        ref("source", q.source, f"quote {q.id}")
        if isinstance(q.speaker, tm.PersonRef):
            ref("person", q.speaker.id, f"quote {q.id}")
        elif q.speaker is not None:
            problems.append(f"quote {q.id}: speaker {q.speaker} is not a person")
        ref("agreement", q.agreement, f"quote {q.id}")
    return problems
