"""Rules about agreements, their parties and their signatures (``TM-A``)."""

from __future__ import annotations

from collections.abc import Iterator

from treatymodel.agreements import Agreement, AgreementLevel, PartyActionKind, Signature
from treatymodel.dates import DateValue
from treatymodel.parties import PartyRef, StateRef
from treatymodel.people import Office, Tenure
from treatymodel.validation._index import DossierIndex, Gathering, certainly_outside, outside
from treatymodel.validation._registry import Finding, agreement_rule, dossier_rule
from treatymodel.validation.report import Severity

__all__ = [
    "agreement_date_matches_no_signature",
    "agreement_outside_visit",
    "bilateral_not_two_parties",
    "fewer_than_two_parties",
    "full_powers_missing",
    "party_listed_twice",
    "party_without_signature",
    "signature_for_non_party",
    "signature_office_not_held",
    "signature_office_of_other_party",
    "signature_outside_visit",
    "signatory_for_two_parties",
    "signatory_twice_for_party",
    "signatory_without_office",
    "signing_place_outside_host_state",
]

_E = Severity.ERROR
_W = Severity.WARNING

#: Actions by which a party becomes bound without (or besides) a recorded signature.
_JOINS_WITHOUT_SIGNING = frozenset(
    {
        PartyActionKind.SIGNATURE,
        PartyActionKind.DEFINITIVE_SIGNATURE,
        PartyActionKind.ACCESSION,
        PartyActionKind.SUCCESSION,
    }
)


@agreement_rule("TM-A001", "Agreement with fewer than two parties", _E)
def fewer_than_two_parties(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An agreement names fewer than two distinct parties.

    Needs: the agreement's ``parties``. Unknown parties (``null``) draw nothing; an
    empty list is known, and reported.

    Why: an agreement is concluded between at least two subjects of international
    law; a unilateral act is not an agreement, and a missing party is the usual
    data-entry slip.

    Example:
        ``{"parties": [{"type": "state", "code": "RUS"}], ...}`` is reported at
        ``$.parties``.
    """
    if agreement.parties is None:
        return  # not known: nothing to count
    distinct = set(agreement.parties)
    if len(distinct) < 2:
        yield Finding(
            f"{at}.parties",
            f"agreement {agreement.id!r} has {len(distinct)} distinct"
            f" part{'y' if len(distinct) == 1 else 'ies'}",
            "list every state and organization party to it",
        )


@agreement_rule("TM-A002", "Bilateral agreement with more than two parties", _E)
def bilateral_not_two_parties(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An agreement marked ``bilateral`` names more than two distinct parties.

    (Fewer than two is ``TM-A001``.)

    Needs: ``bilateral`` recorded as true, and the ``parties``. With ``bilateral``
    unknown (``null``) or false, or the parties unknown, it draws nothing.

    Why: a bilateral agreement has exactly two parties; either the flag or the
    party list is wrong.

    Example:
        ``{"bilateral": true, "parties": [RUS, KAZ, BLR], ...}`` is reported at
        ``$.bilateral``.
    """
    if agreement.bilateral is not True or agreement.parties is None or len(agreement.parties) <= 2:
        return  # not marked bilateral, or at most two parties: no need to count distinct ones
    distinct = set(agreement.parties)
    if len(distinct) > 2:
        yield Finding(
            f"{at}.bilateral",
            f"agreement {agreement.id!r} is marked bilateral but has {len(distinct)} parties",
            "set bilateral to false or correct the parties",
        )


@agreement_rule("TM-A003", "Party listed twice", _E)
def party_listed_twice(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The same state or organization appears twice in ``parties``.

    Needs: the ``parties``; unknown parties (``null``) draw nothing.

    Why: each party is listed once; a repeat usually hides a missing other party.

    Example:
        ``{"parties": [RUS, KAZ, RUS], ...}`` is reported at ``$.parties[2]``.
    """
    seen: set[PartyRef] = set()
    for k, party in enumerate(agreement.parties or ()):
        if party in seen:
            yield Finding(f"{at}.parties[{k}]", f"party {party} is listed twice")
        seen.add(party)


@agreement_rule("TM-A004", "Signature for a non-party", _E)
def signature_for_non_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A signature is made for a state or organization that is not a party.

    Needs: the ``parties`` (a signature's ``party`` is always recorded; its date plays
    no part). Unknown parties (``null``) draw nothing.

    Why: signatories sign for parties; a signature for anyone else means the party
    list or the signature's party is wrong.

    Example:
        An agreement between RUS and KAZ with a signature whose ``party`` is
        ``{"type": "state", "code": "BLR"}`` is reported at ``$.signatures[0].party``.
    """
    if agreement.parties is None:
        return  # who the parties are is not known: no signature is for a non-party
    parties = set(agreement.parties)
    for k, sig in enumerate(agreement.signatures):
        if sig.party not in parties:
            yield Finding(
                f"{at}.signatures[{k}].party",
                f"{sig.signatory!r} signed for {sig.party}, which is not a party to {agreement.id!r}",
                "add the party or correct the signature's party",
            )


@agreement_rule("TM-A005", "Party without a signature", _E)
def party_without_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party has no signature, although the agreement records signatures.

    Checked only when the agreement has at least one signature (so signatures are
    being recorded); a party that joined by accession or succession, or whose
    signature is recorded as a ``signature`` or ``definitive_signature`` party
    action, needs no `Signature`.

    Needs: the ``parties`` and at least one signature; unknown parties, or no signature
    at all, draw nothing, and an undated signature or signing act counts as a signature.
    The recorded signatures are taken as complete: a party whose signature is not
    recorded (it only ratified, say) is reported.

    Why: an instrument that is signed is signed by every party that did not accede
    to it; a missing signature is usually a record left out.

    Example:
        An agreement between RUS and KAZ whose only signature is for RUS is reported
        at ``$.parties[1]``.
    """
    if not agreement.signatures or agreement.parties is None:
        return
    covered = {s.party for s in agreement.signatures}
    covered.update(a.party for a in agreement.party_actions if a.kind in _JOINS_WITHOUT_SIGNING)
    for k, party in enumerate(agreement.parties):
        if party not in covered:
            yield Finding(
                f"{at}.parties[{k}]",
                f"party {party} has no signature of {agreement.id!r} and did not accede or succeed",
                "add its signature, or its accession or succession",
            )
            covered.add(party)


@agreement_rule("TM-A006", "One person signing twice for a party", _E)
def signatory_twice_for_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The same person signs twice for the same party.

    Needs: only each signature's ``signatory`` and ``party``, which are always recorded;
    dates play no part.

    Why: one signature per signatory and party; a repeat is a duplicated record.

    Example:
        ``{"signatures": [{"signatory": "putin", "party": RUS, ...},
        {"signatory": "putin", "party": RUS, ...}]}`` is reported at
        ``$.signatures[1].signatory``.
    """
    seen: set[tuple[str, PartyRef]] = set()
    for k, sig in enumerate(agreement.signatures):
        key = (sig.signatory, sig.party)
        if key in seen:
            yield Finding(
                f"{at}.signatures[{k}].signatory",
                f"{sig.signatory!r} signs twice for {sig.party}",
                "remove the duplicate signature",
            )
        seen.add(key)


@agreement_rule("TM-A007", "One person signing for two parties", _E)
def signatory_for_two_parties(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The same person signs for two different parties.

    Needs: only each signature's ``signatory`` and ``party``, which are always recorded;
    dates play no part.

    Why: a signatory represents one party; signing for both sides means one of the
    signatures names the wrong person or party.

    Example:
        ``{"signatures": [{"signatory": "putin", "party": RUS, ...},
        {"signatory": "putin", "party": KAZ, ...}]}`` is reported at
        ``$.signatures[1].party``.
    """
    first_party: dict[str, PartyRef] = {}
    for k, sig in enumerate(agreement.signatures):
        party = first_party.setdefault(sig.signatory, sig.party)
        if party != sig.party:
            yield Finding(
                f"{at}.signatures[{k}].party",
                f"{sig.signatory!r} signs for {sig.party} and also for {party}",
                "correct the signatory or the party of one signature",
            )


def _visit_signatures(
    index: DossierIndex,
) -> Iterator[tuple[str, Agreement, list[Gathering]]]:
    """Agreements listed in some visit's or meeting's ``agreements``, with those visits and meetings."""
    by_agreement = index.gatherings_by_agreement
    if not by_agreement:
        return
    for at, agreement in index.agreements:
        gatherings = by_agreement.get(agreement.id)
        if gatherings:
            yield at, agreement, gatherings


def _states(gatherings: list[Gathering]) -> tuple[PartyRef, ...]:
    """Whose signatures the gatherings account for, made once per agreement, not per signature."""
    return tuple(state for g in gatherings for state in g.states)


@dossier_rule("TM-A008", "Signature dated outside the visit it was signed during", _E)
def signature_outside_visit(index: DossierIndex) -> Iterator[Finding]:
    """A signature of an agreement listed in a visit's or meeting's ``agreements`` is dated outside it.

    Only the signatures for the guest's and the host's state are checked (other
    parties to a multilateral text may sign elsewhere); for a meeting, those of its
    participants' states and organizations. Only a date certainly outside every
    visit and meeting that lists the agreement is reported.

    Needs: a visit or meeting listing the agreement (their dates are always recorded)
    and the signature's ``date``. An undated signature draws nothing; a partial or
    uncertain one fires only when every day it may stand for lies outside every such
    visit or meeting.

    Why: ``Visit.agreements`` (``Meeting.agreements``) says the agreement was signed
    during the visit (the meeting); a signature dated otherwise contradicts it.

    Example:
        A visit of ``2025-11-11`` to ``2025-11-12`` listing ``decl``, whose RUS
        signature is dated ``2025-11-20``, is reported at
        ``$.agreements[0].signatures[0].date``.
    """
    for at, agreement, gatherings in _visit_signatures(index):
        states = _states(gatherings)
        spans = [(g.start.earliest(), g.end.latest()) for g in gatherings]
        for k, sig in enumerate(agreement.signatures):
            if sig.party not in states:
                continue
            if all(outside(sig.date, first, last) for first, last in spans):
                g = gatherings[0]
                yield Finding(
                    f"{at}.signatures[{k}].date",
                    f"signature by {sig.signatory!r} on {sig.date} is outside {g.kind} {g.id!r}"
                    f" ({g.start} to {g.end}), which lists {agreement.id!r} as signed during it",
                    f"correct the signature's date, or remove the agreement from the {g.kind}",
                )


@dossier_rule("TM-A009", "Signed during a visit at a place outside the host state", _E)
def signing_place_outside_host_state(index: DossierIndex) -> Iterator[Finding]:
    """An agreement signed during a visit or meeting has a place of signature outside the host state.

    Checks the agreement's ``place`` and the ``place`` of each signature for the
    guest's or host's state (a meeting's participants), where ``state`` is given; a
    place in the host state of any visit or meeting listing the agreement is fine.

    Needs: a visit or meeting listing the agreement, with its host state (a visit's
    ``host_state`` is always recorded; a meeting without ``host_state`` draws nothing;
    an unknown ``host`` person plays no part) and the ``state`` of the agreement's or
    the signature's place. No place, or a place without a ``state``, draws nothing;
    dates play no part.

    Why: a document signed during a visit is signed in the host state (a signature
    by videoconference records the signatory's own place and is not listed as
    signed during the visit).

    Example:
        A visit to RUS listing ``decl``, whose ``place`` is
        ``{"name": "Akorda", "state": "KAZ"}``, is reported at
        ``$.agreements[0].place.state``.
    """
    for at, agreement, all_gatherings in _visit_signatures(index):
        gatherings = [g for g in all_gatherings if g.hosts]
        if len(gatherings) < len(all_gatherings):
            continue  # a meeting whose host is unknown may account for any place
        hosts = {h for g in gatherings for h in g.hosts}
        shown = ", ".join(sorted(hosts))
        what = gatherings[0].kind
        place = agreement.place
        if place is not None and place.state is not None and place.state not in hosts:
            yield Finding(
                f"{at}.place.state",
                f"{agreement.id!r} was signed during a {what} to {shown} but its place is in {place.state}",
            )
        states = _states(gatherings)
        for k, sig in enumerate(agreement.signatures):
            sp = sig.place
            if sp is None or sp.state is None or sp.state in hosts or sig.party not in states:
                continue
            yield Finding(
                f"{at}.signatures[{k}].place.state",
                f"signature by {sig.signatory!r} was made during a {what} to {shown}"
                f" but its place is in {sp.state}",
            )


@dossier_rule("TM-A010", "Agreement dated outside the visit it was signed during", _E)
def agreement_outside_visit(index: DossierIndex) -> Iterator[Finding]:
    """An agreement listed in a visit's or meeting's ``agreements`` has a ``date`` certainly outside it.

    Needs: a visit or meeting listing the agreement, and the agreement's ``date``. An
    undated agreement draws nothing; a partial or uncertain date fires only when every
    day it may stand for lies outside every such visit or meeting.

    Why: the agreement's date is its date of signature; listing it in the visit
    says it was signed then.

    Example:
        A visit of ``2025-11-11`` to ``2025-11-12`` listing ``decl`` dated
        ``2024-11-12`` is reported at ``$.agreements[0].date``.
    """
    for at, agreement, gatherings in _visit_signatures(index):
        date = agreement.date
        if date is not None and all(certainly_outside(date, g.start, g.end) for g in gatherings):
            g = gatherings[0]
            yield Finding(
                f"{at}.date",
                f"{agreement.id!r} is dated {date}, outside {g.kind} {g.id!r}"
                f" ({g.start} to {g.end}) that lists it as signed during it",
                f"correct the date, or remove the agreement from the {g.kind}",
            )


@dossier_rule("TM-A011", "Signatory holding no office on the signing date", _E)
def signatory_without_office(index: DossierIndex) -> Iterator[Finding]:
    """A signatory held no office on the date of signature, by the recorded tenures.

    Fires only when the dossier records at least one tenure for the signatory (it
    then takes their tenures as complete) and none of them may cover the signing
    date. With no tenure recorded the rule stays silent: missing knowledge is not
    an error.

    Needs: the signature's ``date`` and at least one tenure of the signatory, whose
    recorded tenures are then taken as complete: a signatory whose tenure of that day is
    left out of the record is reported. An undated signature, or a signatory with no
    recorded tenure, draws nothing; a tenure's unknown ``start`` or ``end`` leaves it
    open on that side.

    Why: a signatory signs in an official capacity; the title is the office held
    that day. A signature dated outside every tenure is misdated or names the wrong
    person.

    Example:
        ``putin`` with one tenure ``{"office": "president-rus", "start": "2012-05-07",
        "end": "2018-05-07"}`` signing on ``2025-11-12`` is reported at
        ``$.agreements[0].signatures[0].signatory``.
    """
    tenures = index.tenures_by_person
    for at, agreement in index.agreements:
        for k, sig in enumerate(agreement.signatures):
            held = tenures.get(sig.signatory)
            if held and sig.date is not None and not any(t.may_cover(sig.date) for t in held):
                yield Finding(
                    f"{at}.signatures[{k}].signatory",
                    f"{sig.signatory!r} held no recorded office on {sig.date}",
                    "record the tenure the signatory held that day, or correct the date or signatory",
                )


@dossier_rule("TM-A012", "Signature office not held on the signing date", _E)
def signature_office_not_held(index: DossierIndex) -> Iterator[Finding]:
    """A signature's ``office`` was not held by the signatory on the signing date.

    Fires only when the dossier records tenures for the signatory, at least one of
    them may cover the date (otherwise ``TM-A011`` reports it), and no tenure of
    the signature's office by the signatory may cover the date.

    Needs: the signature's ``office`` and ``date``, and a recorded tenure of the
    signatory that may cover that date. The signatory's recorded tenures are then taken
    as complete: a tenure of the named office left out of the record is reported.
    Without an office, a date or such a tenure it draws nothing.

    Why: the office on a signature is the office held that day, looked up through
    the tenures, not a free title.

    Example:
        ``lavrov``, holding only ``fm-rus`` on ``2025-11-12``, signing with
        ``"office": "pm-rus"`` is reported at ``$.agreements[0].signatures[0].office``.
    """
    tenures = index.tenures_by_person
    for at, agreement in index.agreements:
        for k, sig in enumerate(agreement.signatures):
            held = tenures.get(sig.signatory)
            if sig.office is None or not held or sig.date is None:
                continue
            possible = [t for t in held if t.may_cover(sig.date)]
            if possible and not any(t.office == sig.office for t in possible):
                yield Finding(
                    f"{at}.signatures[{k}].office",
                    f"{sig.signatory!r} did not hold office {sig.office!r} on {sig.date}"
                    f" (recorded: {', '.join(sorted({t.office for t in possible}))})",
                    "name the office held that day, or record the tenure",
                )


@dossier_rule("TM-A013", "Signature office represents another party", _E)
def signature_office_of_other_party(index: DossierIndex) -> Iterator[Finding]:
    """A signature's ``office`` acts for a state or organization other than the party signed for.

    Needs: the signature's ``office``, found among the dossier's offices. No office
    (``null``), or one missing from the dossier, draws nothing; dates play no part.

    Why: the president of Kazakhstan does not sign for Russia; either the office or
    the party of the signature is wrong.

    Example:
        A signature for RUS with ``"office": "president-kaz"`` (which represents KAZ)
        is reported at ``$.agreements[0].signatures[0].office``.
    """
    offices = index.offices
    for at, agreement in index.agreements:
        for k, sig in enumerate(agreement.signatures):
            office = offices.get(sig.office) if sig.office is not None else None
            if office is not None and office.represents != sig.party:
                yield Finding(
                    f"{at}.signatures[{k}].office",
                    f"office {office.id!r} represents {office.represents},"
                    f" but the signature is for {sig.party}",
                )


def _certainly_holds(tenure: Tenure, day: DateValue) -> bool:
    """Whether ``tenure`` certainly covers every day of ``day``.

    A `held_on` date says so, or its known ``start`` and ``end``
    enclose it; an unknown one (``None``) may be on either side of it.
    """
    if any(held.contains(day) for held in tenure.held_on):
        return True
    return (
        tenure.start is not None
        and tenure.end is not None
        and tenure.start.latest() <= day.earliest()
        and day.latest() <= tenure.end.earliest()
    )


def _signing_offices(index: DossierIndex, sig: Signature) -> tuple[list[Office], list[Office]]:
    """The offices the signatory signed in: those certainly held, and those that may have been.

    The signature's ``office`` is certain; without one, the offices for the party whose
    tenures certainly or possibly cover the signing date.
    """
    offices = index.offices
    if sig.office is not None:
        office = offices.get(sig.office)
        return ([office], [office]) if office is not None else ([], [])
    if sig.date is None:
        return [], []
    date = sig.date
    tenures = [
        t
        for t in index.tenures_by_person.get(sig.signatory, ())
        if t.office in offices and offices[t.office].represents == sig.party and t.may_cover(date)
    ]
    held = [offices[t.office] for t in tenures if _certainly_holds(t, date)]
    # A tenure with neither a start nor an end says nothing of other days than its held_on dates.
    dated = [t for t in tenures if t.start is not None or t.end is not None]
    return held, list(dict.fromkeys([*held, *(offices[t.office] for t in dated)]))


@dossier_rule("TM-A014", "Signatory needs full powers but none are recorded", _W)
def full_powers_missing(index: DossierIndex) -> Iterator[Finding]:
    """A signatory who is not head of state or government or foreign minister produced no full powers.

    Reported when ``full_powers`` is ``false``, the capacity is certain and the
    instrument is certainly a treaty of a state; where any of these is only possible,
    as a "may" finding with ``validate(..., strict=True)``: whether full powers were
    produced is usually not in the sources, and missing knowledge is not an error.
    The capacity is the signature's ``office`` or, without one, the offices for
    that party the signatory held that day. When the capacity is unknown the rule
    stays silent. Signatures for organizations are not checked, nor those of
    instruments that are not treaties of a state: ``interagency`` ones (a ministry
    signs within its own competence) and those recorded as not legally binding.

    Needs: a signature for a state with ``full_powers`` recorded as ``false``, its
    capacity, and an instrument recorded as ``legally_binding`` true at a ``level``
    other than ``interagency``. The capacity is the signature's ``office``, or else the
    offices of tenures that certainly cover its ``date``: by a ``held_on`` date, or by a
    recorded ``start`` and ``end`` on either side of it. Unknown full powers (``null``),
    an unknown ``level`` or ``legally_binding``, or a tenure that only may cover the date
    (one of its ``start`` and ``end`` unknown) give only a "may" finding, reported with
    ``validate(..., strict=True)``; no capacity at all (no office and no such tenure, a
    tenure with neither date and no ``held_on`` date covering it, or an undated signature
    without an office) draws nothing.

    Why: under the Vienna Convention on the Law of Treaties (art. 7), only heads of
    state, heads of government and foreign ministers represent their state without
    producing full powers; for anyone else the record should say they had them.

    Example:
        A signature for RUS by a minister (office role ``minister``) with
        ``"full_powers": false``, on an ``intergovernmental`` agreement recorded as
        legally binding, is reported at ``$.agreements[0].signatures[0].full_powers``;
        with ``level`` or ``legally_binding`` unknown, only with ``strict``.
    """
    for at, agreement in index.agreements:
        if agreement.level is AgreementLevel.INTERAGENCY or agreement.legally_binding is False:
            continue
        treaty_of_state = agreement.level is not None and agreement.legally_binding is True
        for k, sig in enumerate(agreement.signatures):
            if sig.full_powers is True or not isinstance(sig.party, StateRef):
                continue
            held, possible = _signing_offices(index, sig)
            if any(o.role.represents_without_full_powers for o in held):
                continue  # certainly held an office that needs none
            needing = [o for o in possible if not o.role.represents_without_full_powers]
            if not needing:
                continue
            certain = (
                sig.full_powers is False
                and treaty_of_state
                and bool(held)
                and not any(o.role.represents_without_full_powers for o in possible)
            )
            shown = held if held else needing
            produced = (
                "none were produced"
                if sig.full_powers is False
                else "whether they were produced is not recorded"
            )
            yield Finding(
                f"{at}.signatures[{k}].full_powers",
                f"{sig.signatory!r} signed as {', '.join(o.id for o in shown)}, an office that needs full"
                f" powers (VCLT art. 7), but {produced}",
                "set full_powers to true if they were produced",
                may=not certain,
            )


@agreement_rule("TM-A015", "Agreement date matches no signature", _W)
def agreement_date_matches_no_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An agreement's ``date`` cannot be the date of any of its signatures.

    Checked for agreements with at most two parties (a multilateral text's date is
    often its adoption, before the signatures).

    Needs: the agreement's ``date``, dated signatures, and ``parties`` recorded as at
    most two. Any undated signature draws nothing, since it may be on that day; partial
    and uncertain dates fire only when no day of the agreement's date can be a day of
    any signature. With the parties unknown (``null``) the text may be multilateral and
    dated at its adoption: at most two states or organizations that signed or acted give
    only a "may" finding, reported with ``validate(..., strict=True)``.

    Why: the agreement's date is its date of signature; if no signature can be on
    that day one of the dates is wrong.

    Example:
        ``{"date": "2025-11-11", "signatures": [{"date": "2025-11-12", ...}, ...]}``
        between RUS and KAZ is reported at ``$.date``.
    """
    date = agreement.date
    parties = agreement.participants
    if date is None or not agreement.signatures or (len(parties) > 2 and len(set(parties)) > 2):
        return
    if not any(s.date is None or date.overlaps(s.date) for s in agreement.signatures):
        yield Finding(
            f"{at}.date",
            f"{agreement.id!r} is dated {date} but no signature can be on that date"
            f" ({', '.join(sorted({str(s.date) for s in agreement.signatures}))})",
            "correct the agreement's date or the signatures' dates",
            may=agreement.parties is None,  # unknown parties: perhaps a multilateral text
        )
