"""Leaving at a term's end: notices of non-extension, automatic renewal and extension milestones.

A party's notice takes it out at the end of the term running when it gives it (VCLT
art. 54(a)); a prolongation binds only those who consent to it (arts. 34 and 40(4)).
Where the dates do not settle which end a notice precedes, the standing stays open.
The cases and their sources are in ``lifecycle_situations.py``.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import treatymodel as tm
from lifecycle_situations import CST_LEAVING, CST_PARTIES, cst, ua_ru
from treatymodel.strategies import lifecycles, partial_dates, terms

S = tm.Status
day = dt.date
STAYING = tuple(c for c in CST_PARTIES if c not in CST_LEAVING)


def codes(found: tuple[tm.PartyRef, ...]) -> tuple[str, ...]:
    return tuple(p.code for p in found if isinstance(p, tm.StateRef))


# --------------------------------------------------------------------------- multilateral: the CST in 1999


def test_cst_the_three_that_did_not_sign_the_protocol_leave_when_the_first_term_ends() -> None:
    d = cst()()
    assert codes(d.parties_on("cst-1992", day(1999, 4, 19))) == CST_PARTIES
    for on in (day(1999, 4, 21), day(1999, 6, 1), day(2000, 1, 1)):
        assert codes(d.parties_on("cst-1992", on)) == STAYING
        assert d.status("cst-1992", on) is S.IN_FORCE
        for code in CST_LEAVING:
            assert d.status("cst-1992", on, party=code) is S.WITHDRAWN
    # The protocol prolongs the term for the others by five years.
    assert d.expiry("cst-1992", day(2000, 1, 1)) == day(2004, 4, 20)
    assert d.status("cst-1992", day(2004, 4, 19), party="RUS") is S.IN_FORCE


def test_cst_a_notice_that_may_come_on_the_day_the_term_ends_stays_open() -> None:
    d = cst(notice="1999-02-01/1999-04-20")()
    assert codes(d.parties_on("cst-1992", day(1999, 4, 19))) == CST_PARTIES
    for on in (day(1999, 6, 1), day(2004, 4, 19)):
        found = d.standing("cst-1992", on, party="GEO")
        assert found.status is None
        assert found.possible == {S.IN_FORCE, S.WITHDRAWN}
        assert codes(d.parties_on("cst-1992", on)) == STAYING
    # Out with the others at the end of the prolonged term, or out since 1999.
    assert d.standing("cst-1992", day(2005, 1, 1), party="GEO").possible == {S.TERMINATED, S.WITHDRAWN}


def test_cst_an_end_known_only_to_its_month_leaves_that_month_open() -> None:
    # Had the record dated the entry into force only to April 1994, the notices of early April 1999
    # might come after the first term ended.
    d = cst(entry="1994-04")()
    assert d.standing("cst-1992", day(1999, 5, 1), party="AZE").possible == {S.IN_FORCE, S.WITHDRAWN}
    assert codes(d.parties_on("cst-1992", day(1999, 5, 1))) == STAYING
    d = cst(notice="1999-03-01/1999-03-02", entry="1994-04")()
    assert d.standing("cst-1992", day(1999, 4, 10), party="AZE").possible == {S.IN_FORCE, S.WITHDRAWN}
    assert d.status("cst-1992", day(1999, 5, 1), party="AZE") is S.WITHDRAWN


# --------------------------------------------------------------------------- bilateral: Ukraine and Russia


def test_one_partys_notice_ends_a_bilateral_treaty_for_both() -> None:
    d = ua_ru()()
    agreement = "ua-ru-friendship-1997"
    assert codes(d.parties_on(agreement, day(2019, 3, 31))) == ("UKR", "RUS")
    assert d.status(agreement, day(2019, 4, 1)) is S.TERMINATED
    assert d.status(agreement, day(2019, 4, 1), party="RUS") is S.TERMINATED
    assert d.expiry(agreement, day(2018, 10, 1)) == day(2019, 4, 1)


def test_a_bilateral_notice_dated_only_to_its_year_leaves_the_end_open() -> None:
    # A record that dates the note only to 2019: it may come before the end of 1 April 2019 or after it.
    d = ua_ru(notice="2019")()
    agreement = "ua-ru-friendship-1997"
    assert d.status(agreement, day(2019, 3, 31)) is S.IN_FORCE
    assert d.standing(agreement, day(2020, 1, 1)).possible == {S.IN_FORCE, S.TERMINATED}
    assert d.parties_on(agreement, day(2020, 1, 1)) == ()
    assert d.expiry(agreement, day(2020, 1, 1)) is None
    assert d.status(agreement, day(2029, 4, 1)) is S.TERMINATED


def test_a_bilateral_extension_after_the_notice_prolongs_the_term_and_leaves_its_end_open() -> None:
    # Constructed: had the two agreed in February 2019 to extend the treaty by its ten-year period.
    d = ua_ru(extension="2019-02-01")()
    agreement = "ua-ru-friendship-1997"
    assert d.status(agreement, day(2019, 4, 1)) is S.IN_FORCE
    assert d.status(agreement, day(2029, 3, 31)) is S.IN_FORCE
    assert d.standing(agreement, day(2029, 4, 1)).possible == {S.IN_FORCE, S.TERMINATED}
    assert d.expiry(agreement, day(2025, 1, 1)) is None


def test_a_bilateral_notice_after_an_extension_ends_the_prolonged_term() -> None:
    # Constructed: an extension agreed in 2017, then Ukraine's note of September 2018.
    d = ua_ru(extension="2017-06-01")()
    agreement = "ua-ru-friendship-1997"
    assert d.status(agreement, day(2029, 3, 31)) is S.IN_FORCE
    assert d.status(agreement, day(2029, 4, 1)) is S.TERMINATED
    assert d.expiry(agreement, day(2020, 1, 1)) == day(2029, 4, 1)


# --------------------------------------------------------------------------- properties


@st.composite
def _with_notices(draw: st.DrawFn) -> tuple[tm.Agreement, tm.Agreement]:
    """A multilateral agreement with a term and notices of non-extension; and the same without them."""
    base = draw(lifecycles())
    parties = tuple(dict.fromkeys(base.parties or ()))
    notices = tuple(
        tm.PartyAction(
            kind=tm.PartyActionKind.NON_EXTENSION,
            party=party,
            date=draw(st.none() | partial_dates(day(1950, 1, 1), day(2100, 12, 31))),
        )
        for party in draw(st.lists(st.sampled_from(parties), max_size=3))
    )
    without = attrs.evolve(base, bilateral=False, term=draw(terms()))
    return attrs.evolve(without, party_actions=(*without.party_actions, *notices)), without


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(pair=_with_notices())
def test_no_notice_moves_a_party_that_gave_none_nor_the_agreement(
    pair: tuple[tm.Agreement, tm.Agreement],
) -> None:
    noticed, plain = pair
    lc, before = tm.lifecycle.lifecycle(noticed), tm.lifecycle.lifecycle(plain)
    gave = {a.party for a in noticed.party_actions if a.kind is tm.PartyActionKind.NON_EXTENSION}
    assert lc.changes() == before.changes()
    for party in dict.fromkeys(noticed.parties or ()):
        if party not in gave:
            assert lc.changes(party) == before.changes(party), party
