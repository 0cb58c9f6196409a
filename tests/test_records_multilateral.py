"""The bundled multilateral records, the Treaty on Open Skies and the CTBT, asked as of the sources' dates.

Each assertion names the source it checks against (the dossier's source id and its
address). The expected answers are written out by hand from the sources, never
computed by the engine.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import treatymodel as tm
from _records import cited_sources, unsourced

D = tm.PartialDate.parse
ROOT = Path(__file__).resolve().parents[1]
OS = "open-skies-treaty-1992"
CTBT = "ctbt-treaty-1996"
SIXTY_DAYS = tm.Period(days=60)


@pytest.fixture(scope="module")
def open_skies() -> tm.Dossier:
    return tm.datasets.load("open-skies-1992")


@pytest.fixture(scope="module")
def ctbt() -> tm.Dossier:
    return tm.datasets.load("ctbt-1996")


def _codes(parties: tuple[tm.PartyRef, ...]) -> set[str]:
    return {str(p) for p in parties}


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --------------------------------------------------------------------------- both records


@pytest.mark.parametrize("name", ["open-skies-1992", "ctbt-1996"])
def test_record_is_valid_sourced_and_round_trips(name: str) -> None:
    dossier = tm.datasets.load(name)
    report = tm.validate(dossier)
    assert len(report) == 0, str(report)
    assert report.ok_strict
    assert tm.from_json(tm.to_json(dossier), tm.Dossier) == dossier
    assert not unsourced(dossier)
    cited = cited_sources(dossier)
    own = {s.id for s in dossier.sources}
    assert cited <= own, "every cited source is in the dossier"
    assert own <= cited, "every source of the dossier is cited"
    for source in dossier.sources:
        assert source.kind is not None
        assert source.publisher
        assert source.url


@pytest.mark.parametrize(("stem", "title"), [("open_skies_1992", "Open Skies"), ("ctbt_1996", "Test-Ban")])
def test_builder_script_prints_a_summary(stem: str, title: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / f"{stem}.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert title in result.stdout


# --------------------------------------------------------------------------- Treaty on Open Skies

#: The parties on 1 January 2002, the entry into force: each state whose row in the party table has
#: "In werking 01-01-2002". vb: https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
AT_ENTRY_INTO_FORCE = {
    "BEL", "BGR", "BLR", "CAN", "CZE", "DEU", "DNK", "ESP", "FRA", "GBR", "GEO", "GRC", "HUN",
    "ISL", "ITA", "LUX", "NLD", "NOR", "POL", "PRT", "ROU", "RUS", "SVK", "TUR", "UKR", "USA",
}  # fmt: skip
#: The eight states that acceded in 2002-2005: vb (above) for seven, and Sweden's own statement.
#: se-oscc-2010: https://docslib.org/doc/8735899/statement-by-sweden-at-the-2-open-skies-review-conference
ACCEDERS = {"FIN", "SWE", "LVA", "BIH", "SVN", "HRV", "EST", "LTU"}

#: Sweden, whose accession is known only to the year, is certainly bound from 1 March 2003 (2002 plus
#: 60 days at the latest), so it is checked on the dates below.

PARTIES_BY_DATE = {
    "2001-12-31": set(),
    "2002-01-01": AT_ENTRY_INTO_FORCE,
    "2005-12-31": AT_ENTRY_INTO_FORCE | ACCEDERS,
    # The United States' withdrawal took effect on 22 November 2020 (vb, us-wd-2020).
    "2021-06-01": (AT_ENTRY_INTO_FORCE | ACCEDERS) - {"USA"},
    # And Russia's on 18 December 2021 (vb, pledge-2021).
    "2022-01-01": (AT_ENTRY_INTO_FORCE | ACCEDERS) - {"USA", "RUS"},
}


def test_open_skies_hand_lists_match_the_counts_the_sources_give() -> None:
    # dos-2002 (9 January 2002), 26 states parties at entry into force:
    # https://fas.org/irp/news/2002/01/openskies.html
    assert len(PARTIES_BY_DATE["2002-01-01"]) == 26
    # osce-tl and dos-2005 (14 June 2005): 34 states parties. https://osce.org/who/timeline/1990s/06
    assert len(PARTIES_BY_DATE["2005-12-31"]) == 34


def test_open_skies_entered_into_force_on_1_january_2002(open_skies: tm.Dossier) -> None:
    recorded = open_skies.entry_into_force(OS)
    assert recorded is not None
    # osce-tl "entered into force on 1 January 2002": https://osce.org/who/timeline/1990s/06
    assert recorded.date == D("2002-01-01")
    assert recorded.basis is tm.Basis.RECORDED
    computed = open_skies.lifecycle(OS).clause_entry_into_force()
    assert computed is not None
    # Article XVII(2), 60 days after the last required deposit: Russia and Belarus on 2 November 2001.
    # aca-2001-12: https://www.armscontrol.org/act/2001-12/open-skies-treaty-enter-into-force
    assert computed.date == D("2002-01-01")
    assert computed.basis is tm.Basis.CLAUSE
    assert SIXTY_DAYS.after(_day("2001-11-02")) == _day("2002-01-01")
    deposits = {
        str(a.party): a.date
        for a in open_skies.agreement(OS).party_actions
        if a.kind is tm.PartyActionKind.RATIFICATION
    }
    # vb: both deposits dated 02-11-2001. https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    assert deposits["RUS"] == deposits["BLR"] == D("2001-11-02")
    # Signed at Helsinki on 24 March 1992 (osce-tl), not in force before 2002.
    assert open_skies.status(OS, _day("1992-03-23")) is None
    assert open_skies.status(OS, _day("1992-03-24")) is tm.Status.SIGNED
    assert open_skies.status(OS, _day("2001-12-31")) is tm.Status.SIGNED
    assert open_skies.status(OS, _day("2002-01-01")) is tm.Status.IN_FORCE
    # Still in force for 32 states after both withdrawals (vb).
    assert open_skies.status(OS, _day("2022-01-01")) is tm.Status.IN_FORCE


def test_kyrgyzstan_signed_and_never_ratified(open_skies: tm.Dossier) -> None:
    # vb "Kirgizië 15-12-1992" and no other column; aca-2001-12 "the only country of the 27 treaty
    # signatories that has not ratified": https://www.armscontrol.org/act/2001-12/open-skies-treaty-enter-into-force
    assert open_skies.status(OS, _day("1992-12-14"), party="KGZ") is None
    assert open_skies.status(OS, _day("1992-12-15"), party="KGZ") is tm.Status.SIGNED
    assert open_skies.status(OS, _day("2010-01-01"), party="KGZ") is tm.Status.SIGNED
    assert "KGZ" not in _codes(open_skies.parties_on(OS, _day("2010-01-01")))
    assert open_skies.entry_into_force(OS, party="KGZ") is None


@pytest.mark.parametrize(
    ("code", "deposit"),
    # vb: https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    [("GBR", "1993-12-08"), ("CAN", "1992-07-21"), ("DEU", "1994-01-27"), ("UKR", "2000-04-20")],
)
def test_a_state_that_ratified_before_entry_into_force(
    open_skies: tm.Dossier, code: str, deposit: str
) -> None:
    before = _day(deposit) - dt.timedelta(days=1)
    # vb: signed 24-03-1992, ratified on the deposit date, in force 01-01-2002.
    assert open_skies.status(OS, before, party=code) is tm.Status.SIGNED
    assert open_skies.status(OS, _day(deposit), party=code) is tm.Status.CONSENTED
    assert open_skies.status(OS, _day("2001-12-31"), party=code) is tm.Status.CONSENTED
    assert open_skies.status(OS, _day("2002-01-01"), party=code) is tm.Status.IN_FORCE
    found = open_skies.entry_into_force(OS, party=code)
    assert found is not None
    assert found.date == D("2002-01-01")


@pytest.mark.parametrize(
    ("code", "deposit", "in_force"),
    # vb, columns Ratificatie (T) and In werking: https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    [
        ("FIN", "2002-12-12", "2003-02-10"),
        ("LVA", "2002-12-13", "2003-02-11"),
        ("BIH", "2003-08-21", "2003-10-20"),
        ("SVN", "2004-09-25", "2004-11-24"),
        ("HRV", "2004-11-02", "2005-01-01"),
        ("EST", "2005-03-24", "2005-05-23"),
        ("LTU", "2005-05-09", "2005-07-08"),
    ],
)
def test_an_acceding_state_is_bound_60_days_after_its_deposit(
    open_skies: tm.Dossier, code: str, deposit: str, in_force: str
) -> None:
    # Article XVII(6) (t-nl-open-skies): in force 60 days after the deposit; the source's date agrees.
    # https://github.com/statengeneraal/laws-markdown/blob/849c26bcf0501f403ced87cb65cd387a481ee259/verdrag/treaty/on/open/skies/BWBV0001051/README.md
    assert SIXTY_DAYS.after(_day(deposit)) == _day(in_force)
    day_before = dt.timedelta(days=1)
    assert open_skies.status(OS, _day(deposit) - day_before, party=code) is None
    assert open_skies.status(OS, _day(deposit), party=code) is tm.Status.CONSENTED
    assert open_skies.status(OS, _day(in_force) - day_before, party=code) is tm.Status.CONSENTED
    assert open_skies.status(OS, _day(in_force), party=code) is tm.Status.IN_FORCE
    found = open_skies.entry_into_force(OS, party=code)
    assert found is not None
    assert found.date == D(in_force)
    assert code not in _codes(open_skies.parties_on(OS, _day(in_force) - day_before))
    assert code in _codes(open_skies.parties_on(OS, _day(in_force)))


def test_finland_deposit_is_the_treaty_database_date(open_skies: tm.Dossier) -> None:
    (accession,) = [
        a
        for a in open_skies.agreement(OS).party_actions
        if a.kind is tm.PartyActionKind.ACCESSION and str(a.party) == "FIN"
    ]
    # vb "12-12-2002 (T)"; finlex says 13.12.2002, kept in the note:
    # https://finlex.fi/en/treaties/treaty-reference-database/2003/39
    assert accession.date == D("2002-12-12")
    assert "13.12.2002" in (accession.note or "")
    assert set(accession.sources) == {"vb", "finlex"}


def test_the_united_states_withdrew_on_22_november_2020(open_skies: tm.Dossier) -> None:
    # us-wd-2020: notice "On May 22, 2020", "the U.S. withdrawal took effect on November 22, 2020".
    # https://indianeconomicobserver.com/news/us-is-no-longer-state-party-to-treaty-on-open-skies20201122232633
    assert open_skies.status(OS, _day("2020-05-22"), party="USA") is tm.Status.IN_FORCE
    assert open_skies.status(OS, _day("2020-11-21"), party="USA") is tm.Status.IN_FORCE
    assert open_skies.status(OS, _day("2020-11-22"), party="USA") is tm.Status.WITHDRAWN
    assert "USA" not in _codes(open_skies.parties_on(OS, _day("2020-11-22")))
    # Article XV(2): at least six months' notice; six months after the notice is the day it took effect.
    (withdrawal,) = [
        a
        for a in open_skies.agreement(OS).party_actions
        if a.kind is tm.PartyActionKind.WITHDRAWAL and str(a.party) == "USA"
    ]
    assert withdrawal.date is not None
    effect = open_skies.lifecycle(OS).withdrawal_effect(withdrawal)
    assert (effect.earliest, effect.latest) == (_day("2020-11-22"), _day("2020-11-22"))
    assert tm.Period(months=6).after(_day("2020-05-22")) == _day("2020-11-22")


def test_russia_withdrew_on_18_december_2021(open_skies: tm.Dossier) -> None:
    # vb "Opzegging 18-06-2021, Buiten werking 18-12-2021"; eudip-2021 "this will occur on December 18":
    # https://europediplomatic.com/2021/06/18/russia-exits-open-skies-treaty/
    assert open_skies.status(OS, _day("2021-12-17"), party="RUS") is tm.Status.IN_FORCE
    assert open_skies.status(OS, _day("2021-12-18"), party="RUS") is tm.Status.WITHDRAWN
    assert open_skies.status(OS, _day("2025-01-01"), party="RUS") is tm.Status.WITHDRAWN
    # aca-2001-06, Putin signed the ratification law on 28 May 2001:
    # https://www.armscontrol.org/act/2001-06/press-releases/russia-belarus-move-toward-open-skies-treaty-ratification
    (law,) = [
        a for a in open_skies.agreement(OS).party_actions if a.kind is tm.PartyActionKind.RATIFICATION_LAW
    ]
    assert (str(law.party), law.date, law.performed_by) == ("RUS", D("2001-05-28"), "putin")
    # Domestic steps bind no one: Russia is a signatory until its deposit of 2 November 2001 (vb).
    assert open_skies.status(OS, _day("2001-06-01"), party="RUS") is tm.Status.SIGNED


@pytest.mark.parametrize("on", sorted(PARTIES_BY_DATE))
def test_open_skies_parties_on_matches_the_party_table(open_skies: tm.Dossier, on: str) -> None:
    # vb, the party table: https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    expected = PARTIES_BY_DATE[on]
    found = _codes(open_skies.parties_on(OS, _day(on)))
    assert found == expected


def test_the_czech_republic_succeeded_from_1_january_1993(open_skies: tm.Dossier) -> None:
    # cz-38-2008: notified on 18 March 1993 that it is a contracting state "s účinností od 1. ledna 1993";
    # https://www.zakonyprolidi.cz/ms/2008-38
    assert open_skies.status(OS, _day("1992-12-31"), party="CZE") is None
    assert open_skies.status(OS, _day("1993-01-01"), party="CZE") is tm.Status.CONSENTED
    # vb "Tsjechië 21-12-1992 (VG) 01-01-2002": https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    assert open_skies.status(OS, _day("2001-12-31"), party="CZE") is tm.Status.CONSENTED
    assert open_skies.status(OS, _day("2002-01-01"), party="CZE") is tm.Status.IN_FORCE
    # vb: Czechoslovakia signed on 24-03-1992 and ratified on 21-12-1992.
    assert open_skies.status(OS, _day("1992-12-20"), party="CSK") is tm.Status.SIGNED
    assert open_skies.status(OS, _day("1992-12-21"), party="CSK") is tm.Status.CONSENTED


def test_czechoslovakia_was_never_a_party(open_skies: tm.Dossier) -> None:
    # vb "Tsjechoslowakije (<01-01-1993) 24-03-1992 21-12-1992 (R)", no date of entry into force:
    # https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html
    assert open_skies.status(OS, _day("1992-12-31"), party="CSK") is tm.Status.CONSENTED
    assert open_skies.status(OS, _day("1993-01-01"), party="CSK") is tm.Status.TERMINATED
    assert "CSK" not in _codes(open_skies.parties_on(OS, _day("2002-01-01")))


def test_slovakia_is_a_party_from_2002(open_skies: tm.Dossier) -> None:
    # vb: Slovakia bound since 21-12-1992 (VG, Czechoslovakia's instrument), in force 01-01-2002;
    # sk-374-2002, in force for Slovakia on 1 January 2002: https://www.zakonypreludi.sk/zz/2002-374
    assert open_skies.status(OS, _day("2001-12-31"), party="SVK") is tm.Status.CONSENTED
    assert open_skies.status(OS, _day("2002-01-01"), party="SVK") is tm.Status.IN_FORCE


def test_sweden_acceded_in_2002(open_skies: tm.Dossier) -> None:
    # se-oscc-2010 "acceded to the Treaty on Open Skies in 2002"; no day is reported:
    # https://docslib.org/doc/8735899/statement-by-sweden-at-the-2-open-skies-review-conference
    during = open_skies.standing(OS, _day("2002-06-01"), party="SWE")
    assert not during.settled
    # It may not have acceded yet, may have, and may already be bound (a deposit early in 2002, plus 60 days).
    assert during.possible == {None, tm.Status.CONSENTED, tm.Status.IN_FORCE}
    # Article XVII(6): in force 60 days after a deposit made some day of 2002, so between 2 March 2002 and
    # 1 March 2003.
    found = open_skies.entry_into_force(OS, party="SWE")
    assert found is not None
    assert (found.earliest, found.latest) == (_day("2002-03-02"), _day("2003-03-01"))
    assert found.basis is tm.Basis.CLAUSE
    # A deposit on 31 December 2002 at the latest, plus 60 days: certainly in force from 1 March 2003, and so
    # on 1 January 2004. dos-2005 counts Sweden among the 34 parties on 14 June 2005:
    # https://armeniandiaspora.com/forum/2005/june-2005/30567-former-soviet-states-might-join-open-skies-treaty-at-any-time?p=30567
    assert not open_skies.standing(OS, _day("2003-02-28"), party="SWE").settled
    assert open_skies.status(OS, _day("2003-03-01"), party="SWE") is tm.Status.IN_FORCE
    assert open_skies.status(OS, _day("2004-01-01"), party="SWE") is tm.Status.IN_FORCE


def test_open_skies_clause_as_recorded(open_skies: tm.Dossier) -> None:
    treaty = open_skies.agreement(OS)
    clause = treaty.entry_into_force_clause
    assert clause is not None
    # t-nl-open-skies, Article XVII(2) and Annex A: 20 instruments, including the depositaries' (Canada,
    # Hungary) and those of the states with a passive quota of eight or more.
    # https://github.com/statengeneraal/laws-markdown/blob/849c26bcf0501f403ced87cb65cd387a481ee259/verdrag/treaty/on/open/skies/BWBV0001051/README.md
    assert clause.instruments == 20
    assert _codes(clause.required) == {
        "CAN",
        "HUN",
        "DEU",
        "USA",
        "BLR",
        "RUS",
        "FRA",
        "GBR",
        "ITA",
        "TUR",
        "UKR",
    }
    assert clause.delay == clause.later_parties == SIXTY_DAYS
    assert treaty.withdrawal_clause is not None
    assert treaty.withdrawal_clause.notice == tm.Period(months=6)
    assert treaty.place == tm.Place(name="Helsinki", state="FIN")
    # Article XIX: six authentic languages.
    assert set(treaty.languages) == {"en", "fr", "de", "it", "ru", "es"}
    # 25 signatures at Helsinki (hu-mfa "signed by 25 states on 24 March 1992"), then Kyrgyzstan (vb).
    signatures = [a for a in treaty.party_actions if a.kind is tm.PartyActionKind.SIGNATURE]
    assert sum(1 for a in signatures if a.date == D("1992-03-24")) == 25
    assert len(signatures) == 26


# --------------------------------------------------------------------------- CTBT

#: Annex 2 as the treaty lists it (t-nl-ctbt, Annex 2; "Zaire" is COD).
#: https://github.com/statengeneraal/laws-markdown/blob/243945bf9b17dbbcc8268ba3d5df2297806d3cef/verdrag/comprehensive/nuclear-test-ban/treaty/BWBV0004747/README.md
ANNEX_2 = {
    "DZA", "ARG", "AUS", "AUT", "BGD", "BEL", "BRA", "BGR", "CAN", "CHL", "CHN", "COL", "PRK", "EGY", "FIN",
    "FRA", "DEU", "HUN", "IND", "IDN", "IRN", "ISR", "ITA", "JPN", "MEX", "NLD", "NOR", "PAK", "PER", "POL",
    "ROU", "KOR", "RUS", "SVK", "ZAF", "ESP", "SWE", "CHE", "TUR", "UKR", "GBR", "USA", "VNM", "COD",
}  # fmt: skip
#: daisaku (2019): "North Korea, India and Pakistan—have neither signed nor ratified".
#: https://www.daisakuikeda.org/sub/resources/works/props/2019-peace-proposal-full/annex-2-states.html
NEVER_SIGNED = {"IND", "PAK", "PRK"}


def test_ctbt_record_holds_the_annex_2_states_only(ctbt: tm.Dossier) -> None:
    assert len(ANNEX_2) == 44
    assert {s.code for s in ctbt.states} == ANNEX_2
    assert "holds the 44 states of Annex 2 only" in (ctbt.description or "")
    treaty = ctbt.agreement(CTBT)
    assert _codes(treaty.parties) == ANNEX_2 - NEVER_SIGNED
    clause = treaty.entry_into_force_clause
    assert clause is not None
    # t-nl-ctbt, Article XIV(1): 180 days after the deposits of all the states of Annex 2.
    assert _codes(clause.required) == ANNEX_2
    assert clause.delay == tm.Period(days=180)
    # Article XIV(5): later parties 30 days after their deposit.
    assert clause.later_parties == tm.Period(days=30)


def test_ctbt_is_not_in_force(ctbt: tm.Dossier) -> None:
    # untc (header) "This Treaty will enter into force 180 days after ..." (not in force):
    # https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-4.en.xml
    assert ctbt.status(CTBT, _day("2025-01-01")) is tm.Status.SIGNED
    assert ctbt.entry_into_force(CTBT) is None
    assert ctbt.lifecycle(CTBT).clause_entry_into_force() is None
    assert ctbt.parties_on(CTBT, _day("2025-01-01")) == ()
    # ctbto-faq "opened for signature on 24 September 1996": https://www.ctbto.org/faqs/?uid=31&cHash=0a5de2c0459f60306307717c1fce3a99
    assert ctbt.status(CTBT, _day("1996-09-23")) is None
    assert ctbt.status(CTBT, _day("1996-09-24")) is tm.Status.SIGNED


@pytest.mark.parametrize("code", ["USA", "CHN"])
def test_the_united_states_and_china_signed_and_have_not_ratified(ctbt: tm.Dossier, code: str) -> None:
    # ctbto-faq, both signed on 24 September 1996: https://www.ctbto.org/faqs/?uid=31&cHash=0a5de2c0459f60306307717c1fce3a99
    assert ctbt.status(CTBT, _day("1996-09-23"), party=code) is None
    assert ctbt.status(CTBT, _day("1996-09-24"), party=code) is tm.Status.SIGNED
    # daisaku (2019) "signed but still not ratified": China, Egypt, Iran, Israel and the US.
    # https://www.daisakuikeda.org/sub/resources/works/props/2019-peace-proposal-full/annex-2-states.html
    assert ctbt.status(CTBT, _day("2025-01-01"), party=code) is tm.Status.SIGNED


@pytest.mark.parametrize("code", ["GBR", "FRA"])
def test_the_united_kingdom_and_france_consented_on_6_april_1998(ctbt: tm.Dossier, code: str) -> None:
    # fas-fra-1998 "On 6 April, France, together with the United Kingdom, deposited its instruments of
    # ratification": http://fas.org/news/france/980406-ctbt.htm
    assert ctbt.status(CTBT, _day("1998-04-05"), party=code) is tm.Status.SIGNED
    assert ctbt.status(CTBT, _day("1998-04-06"), party=code) is tm.Status.CONSENTED
    assert ctbt.status(CTBT, _day("2025-01-01"), party=code) is tm.Status.CONSENTED


def test_russia_ratified_in_2000_and_revoked_in_2023(ctbt: tm.Dossier) -> None:
    # vertic-2023, deposit on 30 June 2000: https://www.vertic.org/2023/10/commentary-on-de-ratification-of-the-ctbt-by-russia/
    assert ctbt.status(CTBT, _day("2000-06-29"), party="RUS") is tm.Status.SIGNED
    assert ctbt.status(CTBT, _day("2000-06-30"), party="RUS") is tm.Status.CONSENTED
    assert ctbt.status(CTBT, _day("2023-01-01"), party="RUS") is tm.Status.CONSENTED
    # interfax-96191 (3 November 2023): the message to the depositary; "Russia remains a signatory".
    # https://interfax.com/newsroom/top-stories/96191/
    assert ctbt.status(CTBT, _day("2023-12-01"), party="RUS") is tm.Status.SIGNED
    # peoplesdaily-2000, Putin signed the ratification law on Saturday 27 May 2000:
    # http://en.people.cn/english/200005/29/print20000529_41804.html
    laws = {
        a.date: a.performed_by
        for a in ctbt.agreement(CTBT).party_actions
        if a.kind is tm.PartyActionKind.RATIFICATION_LAW and str(a.party) == "RUS"
    }
    # tass-1700673, Putin signed the revoking law on 2 November 2023: https://tass.com/politics/1700673/amp
    assert laws == {D("2000-05-27"): "putin", D("2023-11-02"): "putin"}


def test_a_deposit_known_only_within_bounds(ctbt: tm.Dossier) -> None:
    # esteri-ita: Italy signed on 24 September 1996 and "ratified it with Law no. 484/1998" (of 15 December
    # 1998); ctbto-est lists it as ratified by 13 August 1999. No source gives the day of deposit, so it is
    # recorded as the interval 1998-12-15/1999-08-13.
    # https://www.esteri.it/mae/en/politica_estera/temi_globali/disarmo/armi_nucleari/trattati_multilaterali/ctbt.html
    assert ctbt.status(CTBT, _day("1998-12-14"), party="ITA") is tm.Status.SIGNED
    italy = ctbt.standing(CTBT, _day("1999-01-01"), party="ITA")
    assert not italy.settled
    assert italy.possible == {tm.Status.SIGNED, tm.Status.CONSENTED}
    assert ctbt.status(CTBT, _day("1999-08-13"), party="ITA") is tm.Status.CONSENTED
    # ctbto-est lists Belgium too; its signature is known only to fall between the opening and 8 October 1999
    # (fas-1999-conf), its deposit between the opening and 13 August 1999.
    # https://www-beta.ctbto.org/news-and-events/press-releases/estonia-ratifies-comprehensive-nuclear-test-ban-treaty
    assert ctbt.standing(CTBT, _day("1996-09-23"), party="BEL").possible == {None}
    assert ctbt.standing(CTBT, _day("1997-01-01"), party="BEL").possible == {
        None,
        tm.Status.SIGNED,
        tm.Status.CONSENTED,
    }
    assert ctbt.status(CTBT, _day("2025-01-01"), party="BEL") is tm.Status.CONSENTED


def test_a_ratification_with_an_undated_signature_is_settled(ctbt: tm.Dossier) -> None:
    # aca-bra, Brazil deposited on 24 July 1998 (no source gives the day it signed): https://armscontrol.org/node/3169
    # Its ratification confirms a signature, so the signature came first: it is settled from the deposit on.
    assert ctbt.status(CTBT, _day("1998-07-24"), party="BRA") is tm.Status.CONSENTED
    assert ctbt.standing(CTBT, _day("1998-07-23"), party="BRA").possible == {None, tm.Status.SIGNED}


def test_states_that_never_signed_are_not_parties(ctbt: tm.Dossier) -> None:
    # daisaku: India, Pakistan and North Korea "have neither signed nor ratified".
    # https://www.daisakuikeda.org/sub/resources/works/props/2019-peace-proposal-full/annex-2-states.html
    for code in NEVER_SIGNED:
        assert ctbt.standing(CTBT, _day("2025-01-01"), party=code).possible == {None}


@pytest.mark.parametrize(
    ("on", "annex_2_ratified", "unsettled"),
    [
        # fas-1999-conf: 26 Annex 2 ratifications. https://nuke.fas.org/control/ctbt/review99/press_release5.htm
        # Bulgaria's deposit is known only to fall between 14 August 1999 and September 2000.
        ("1999-10-08", 26, {"BGR"}),
        # ctbto-uae: 30. https://ctbto-web.leman.un-icc.cloud/news-and-events/press-releases/united-arab-emirates-ratifies-comprehensive-nuclear-test-ban-treaty
        ("2000-09-18", 30, {"BGR"}),
        # ctbto-dza: Algeria the 32nd. https://ctbto.org/news-and-events/press-releases/algerias-ratification-brings-comprehensive-nuclear-test-ban-treaty
        ("2003-07-11", 32, set()),
        # ctbto-vnm: Viet Nam the 34th. https://www.ctbto.org/resources/for-the-media/press-releases/viet-nam-becomes-thirty-fourth-annex-2-state-ratify
        ("2006-03-10", 34, set()),
        # unsg-col: "35 ratifications of the annex 2 States". https://www.un.org/press/en/2008/sgsm11395.doc.htm
        ("2008-01-29", 35, set()),
    ],
)
def test_annex_2_ratifications_agree_with_the_counts_the_sources_give(
    ctbt: tm.Dossier, on: str, annex_2_ratified: int, unsettled: set[str]
) -> None:
    standings = {code: ctbt.standing(CTBT, _day(on), party=code) for code in ANNEX_2}
    certain = {c for c, s in standings.items() if s.status is tm.Status.CONSENTED}
    possible = {c for c, s in standings.items() if s.may_be(tm.Status.CONSENTED)}
    # The deposits recorded as intervals are settled once their interval has passed.
    assert possible - certain == unsettled
    assert len(possible) == annex_2_ratified


def test_the_nine_annex_2_states_without_a_ratification_in_force(ctbt: tm.Dossier) -> None:
    # it-mission-vienna: nine Annex 2 states "non vi hanno ancora provveduto o hanno revocato la propria
    # ratifica: Cina, Egitto, Federazione Russa, India, Iran, Israele, Corea del Nord, Pakistan e USA".
    # https://italiarappvienna.esteri.it/it/litalia-e-le-organizzazioni-internazionali/aiea/ctbto/
    standings = {code: ctbt.standing(CTBT, _day("2025-01-01"), party=code) for code in ANNEX_2}
    not_ratified = {c for c, s in standings.items() if not s.may_be(tm.Status.CONSENTED)}
    assert not_ratified == {"CHN", "EGY", "RUS", "IND", "IRN", "ISR", "PRK", "PAK", "USA"}
