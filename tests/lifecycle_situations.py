"""Lifecycle situations: real (or, where marked, constructed) cases with the answers the law gives.

Each :class:`Situation` is a row of the table in ``docs/lifecycle.md`` (written by
``scripts/write_lifecycle_doc.py`` from this module) and a test in
``tests/test_lifecycle_situations.py``. The expected answers are written here by
hand from the sources named with each case, never computed by the engine.

Where the case is a bundled record (``open-skies-1992``, ``ctbt-1996``), its sources
are cited inside the record; the other cases are built here from the sources listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import treatymodel as tm
from treatymodel import datasets
from treatymodel.dates import parse_date

D = tm.PartialDate.parse
A = tm.PartyActionKind
M = tm.MilestoneKind
S = tm.Status
USA, RUS, KAZ = (tm.StateRef(code=c) for c in ("USA", "RUS", "KAZ"))


class Situation(NamedTuple):
    """One row: a situation, the case that shows it, a day and the expected answers."""

    situation: str
    case: str
    sources: tuple[str, ...]
    dossier: Callable[[], tm.Dossier]
    agreement: str
    on: dt.date
    party: str
    party_status: frozenset[S | None]  # every status the facts allow; one when settled
    whole: frozenset[S | None]
    bound: tuple[str, ...]  # states certainly among parties_on that day
    not_bound: tuple[str, ...]  # states certainly not among them
    entry: str | None  # the general entry into force: a date, or None when not in force / not known
    party_entry: str | None  # the entry into force for the party


def one(status: S | None) -> frozenset[S | None]:
    return frozenset({status})


def either(*statuses: S | None) -> frozenset[S | None]:
    return frozenset(statuses)


def _dossier(*agreements: tm.Agreement) -> tm.Dossier:
    return tm.Dossier(id="situation", title="Lifecycle situation", agreements=agreements)


# --------------------------------------------------------------------------- cases built here

PARIS_SOURCES = (
    # "The United States of America had signed the Paris Agreement on 22 April 2016 and expressed its
    # consent to be bound by the Agreement by acceptance on 3 September 2016, before withdrawing from the
    # Agreement as of 4 November 2020. ... The Paris Agreement will enter into force for the United States
    # on 19 February 2021." (UN News, 21 January 2021, as republished)
    "http://www.ramanmedianetwork.com/u-s-returns-to-paris-agreement-on-climate-change/",
    # Article 28: withdrawal after three years, taking effect one year after notification; entered into
    # force on 4 November 2016 for the United States.
    "http://www.neimagazine.com/news/newsusa-formally-withdraws-from-paris-agreement-8354428",
    "http://climate.law.columbia.edu/content/us-rejoins-paris-agreement",
)


def paris() -> tm.Dossier:
    """The Paris Agreement as it concerns the United States (the other parties are not recorded)."""
    agreement = tm.Agreement(
        id="paris-2015",
        title="Paris Agreement",
        kind=tm.AgreementKind.AGREEMENT,
        parties=(USA,),
        legally_binding=True,
        date=D("2015-12-12"),
        consent_clause=tm.ConsentClause(by_signature=False),
        entry_into_force_clause=tm.EntryIntoForceClause(
            mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS,
            instruments=55,
            delay=tm.Period(days=30),
            later_parties=tm.Period(days=30),
            article="Article 21(1) and (3)",
        ),
        withdrawal_clause=tm.WithdrawalClause(
            notice=tm.Period(years=1), not_before=tm.Period(years=3), article="Article 28"
        ),
        party_actions=(
            tm.PartyAction(kind=A.SIGNATURE, party=USA, date=D("2016-04-22")),
            tm.PartyAction(kind=A.ACCEPTANCE, party=USA, date=D("2016-09-03")),
            tm.PartyAction(kind=A.WITHDRAWAL, party=USA, date=D("2019-11-04"), effective=D("2020-11-04")),
            tm.PartyAction(kind=A.ACCEPTANCE, party=USA, date=D("2021-01-20")),
        ),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2016-11-04")),),
    )
    return _dossier(agreement)


ROME_SOURCES = (
    # "the United States does not intend to become a party to the treaty. Accordingly, the United States
    # has no legal obligations arising from its signature on December 31, 2000." (letter of 6 May 2002)
    "https://www.cnn.com/2002/US/05/06/court.letter.text/index.html",
    "https://news.un.org/en/story/2002/05/34332",
    # "The Rome Statute entered into force on July 1, 2002."
    "http://robertewilliamsjr.com/2004/10/icc-update.html",
)


def rome() -> tm.Dossier:
    """The Rome Statute as it concerns the United States (the other parties are not recorded)."""
    agreement = tm.Agreement(
        id="rome-statute-1998",
        title="Rome Statute of the International Criminal Court",
        kind=tm.AgreementKind.TREATY,
        parties=(USA,),
        legally_binding=True,
        date=D("1998-07-17"),
        consent_clause=tm.ConsentClause(by_signature=False),
        party_actions=(
            tm.PartyAction(kind=A.SIGNATURE, party=USA, date=D("2000-12-31")),
            tm.PartyAction(kind=A.NON_INTENT, party=USA, date=D("2002-05-06")),
        ),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2002-07-01")),),
    )
    return _dossier(agreement)


NEW_START_SOURCES = (
    # Signed 8 April 2010; instruments of ratification exchanged in Munich and in force 5 February 2011.
    "http://www.state.gov/r/pa/prs/ps/2011/02/156037.htm",
    # Ten years, extendable once by no more than five years if both sides agree.
    "http://nuclearforces.org/new-start",
    # Extension agreement in force 3 February 2021: "the treaty will be effective ... until February 5, 2026".
    "https://tass.com/politics/1252323",
    # Suspension law signed and in force 28 February 2023; the U.S. State Department called it "legally
    # invalid" on 15 March 2023.
    "https://russianforces.org/blog/2023/02/russia_suspends_participation_.shtml",
)
SORT_SOURCES = (
    # New START, Article XIV(4): SORT "shall terminate as of the date of entry into force of this Treaty".
    "http://nuclearforces.org/new-start",
)


def new_start() -> tm.Dossier:
    """New START and the Moscow Treaty (SORT) it ended."""
    sort = tm.Agreement(
        id="sort-2002",
        title="Treaty on Strategic Offensive Reductions",
        kind=tm.AgreementKind.TREATY,
        parties=(USA, RUS),
        legally_binding=True,
        date=D("2002-05-24"),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2003-06-01")),),
    )
    treaty = tm.Agreement(
        id="new-start-2010",
        title="Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms",
        kind=tm.AgreementKind.TREATY,
        parties=(USA, RUS),
        legally_binding=True,
        date=D("2010-04-08"),
        consent_clause=tm.ConsentClause(by_signature=False),
        entry_into_force_clause=tm.EntryIntoForceClause(
            mode=tm.EntryIntoForceMode.ON_EXCHANGE_OF_INSTRUMENTS
        ),
        term=tm.Term(years=10, max_extensions=1, article="Article XIV(2)"),
        party_actions=(
            tm.PartyAction(kind=A.SIGNATURE, party=USA, date=D("2010-04-08")),
            tm.PartyAction(kind=A.SIGNATURE, party=RUS, date=D("2010-04-08")),
            tm.PartyAction(kind=A.SUSPENSION, party=RUS, date=D("2023-02-28"), disputed_by=(USA,)),
        ),
        milestones=(
            tm.Milestone(kind=M.EXCHANGE_OF_INSTRUMENTS, date=D("2011-02-05")),
            tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2011-02-05")),
            tm.Milestone(kind=M.EXTENSION, date=D("2021-02-03"), until=D("2026-02-05")),
        ),
        relations=(tm.Relation(kind=tm.RelationKind.TERMINATES, target="sort-2002"),),
    )
    return _dossier(sort, treaty)


def constructed_notification() -> tm.Dossier:
    """Constructed: a bilateral treaty in force 30 days after the last notification."""
    agreement = tm.Agreement(
        id="notified",
        title="Treaty in force 30 days after the last notification (constructed)",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        legally_binding=True,
        consent_clause=tm.ConsentClause(by_signature=False),
        entry_into_force_clause=tm.EntryIntoForceClause(
            mode=tm.EntryIntoForceMode.AFTER_LAST_NOTIFICATION, delay=tm.Period(days=30)
        ),
        party_actions=(
            tm.PartyAction(kind=A.SIGNATURE, party=RUS, date=D("2020-01-10")),
            tm.PartyAction(kind=A.SIGNATURE, party=KAZ, date=D("2020-01-10")),
            tm.PartyAction(kind=A.NOTIFICATION, party=RUS, date=D("2020-03-02")),
            tm.PartyAction(kind=A.NOTIFICATION, party=KAZ, date=D("2020-05-04")),
        ),
    )
    return _dossier(agreement)


def constructed_extension(renewal_years: int) -> Callable[[], tm.Dossier]:
    """Constructed: ten years from 1 January 2000, extended on 1 June 2009 to an end not recorded."""

    def build() -> tm.Dossier:
        agreement = tm.Agreement(
            id="extended",
            title="Ten-year treaty extended to an unrecorded end (constructed)",
            kind=tm.AgreementKind.TREATY,
            parties=(RUS, KAZ),
            legally_binding=True,
            term=tm.Term(years=10, renewal_years=renewal_years),
            milestones=(
                tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2000-01-01")),
                tm.Milestone(kind=M.EXTENSION, date=D("2009-06-01")),
            ),
        )
        return _dossier(agreement)

    return build


def constructed_undated() -> tm.Dossier:
    """Constructed: a signature subject to ratification, and a ratification whose date is not recorded."""
    agreement = tm.Agreement(
        id="undated",
        title="Treaty with an undated ratification (constructed)",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        legally_binding=True,
        consent_clause=tm.ConsentClause(by_signature=False),
        party_actions=(
            tm.PartyAction(kind=A.SIGNATURE, party=RUS, date=D("1996-09-24")),
            tm.PartyAction(kind=A.RATIFICATION, party=RUS),
        ),
    )
    return _dossier(agreement)


def political_declaration() -> tm.Dossier:
    """The Declaration of 12 November 2025, recorded as a political (not legally binding) instrument."""
    seed = datasets.load("ru-kz-2025")
    import attrs

    declaration = attrs.evolve(seed.agreement("ru-kz-declaration-2025"), legally_binding=False)
    return _dossier(declaration)


CST_SOURCES = (
    # Signed in Tashkent on 15 May 1992 by Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan;
    # Azerbaijan signed on 24 September 1993, Georgia on 9 December 1993, Belarus on 31 December 1993; in
    # force on 20 April 1994; "set to last for a 5-year period unless extended"; on 2 April 1999 the
    # presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed a protocol renewing
    # it for another five years, while Azerbaijan, Georgia and Uzbekistan refused to sign.
    "https://wikimili.com/en/Collective_Security_Treaty_Organization",
    # The Protocol of 2 April 1999 on the prolongation of the Treaty: the term its article 11 sets expires
    # on 20 April 1999; "the Treaty is prolonged for five years", from 21 April 1999, for those who sign.
    "https://pavlodar.com/zakon/index.html?dok=03122&oraz=00&noraz=0",
    # "On the eve of and during the CIS summit" (Itar-Tass, RIA, April 2-3) Uzbekistan, Georgia and
    # Azerbaijan "reaffirmed that their respective countries will not prolong their participation".
    "https://jamestown.org/?p=47522",
    # 20 April, "the treaty's expiration date": the three declined to sign and are "now outside the framework
    # of the treaty"; they "had been signaling since February of this year their intention to abandon" it.
    "https://jamestown.org/program/collective-security-treaty-shrinks-guam-set-to-grow",
)
CST_PARTIES = ("ARM", "KAZ", "KGZ", "RUS", "TJK", "UZB", "AZE", "GEO", "BLR")
CST_SIGNED = {"AZE": "1993-09-24", "GEO": "1993-12-09", "BLR": "1993-12-31"}
CST_LEAVING = ("AZE", "GEO", "UZB")


def cst(notice: str = "1999-04-01/1999-04-03", entry: str = "1994-04-20") -> Callable[[], tm.Dossier]:
    """The Collective Security Treaty of 15 May 1992 and the Protocol of 2 April 1999 that prolonged it.

    Azerbaijan, Georgia and Uzbekistan did not sign the protocol: their notices of
    non-extension are dated ``notice`` (by default the CIS summit, as Jamestown's
    Monitor 5:65 reports it). Each party's ratification date is not in the sources;
    each is recorded undated, with the treaty in force for it from 20 April 1994. The
    protocol's automatic prolongation after 2004 is not recorded.
    """

    def build() -> tm.Dossier:
        actions: list[tm.PartyAction] = []
        for code in CST_PARTIES:
            party = tm.StateRef(code=code)
            actions.append(
                tm.PartyAction(kind=A.SIGNATURE, party=party, date=D(CST_SIGNED.get(code, "1992-05-15")))
            )
            actions.append(tm.PartyAction(kind=A.RATIFICATION, party=party, effective=D("1994-04-20")))
        actions += [
            tm.PartyAction(kind=A.NON_EXTENSION, party=tm.StateRef(code=c), date=parse_date(notice))
            for c in CST_LEAVING
        ]
        agreement = tm.Agreement(
            id="cst-1992",
            title="Collective Security Treaty",
            kind=tm.AgreementKind.TREATY,
            parties=tuple(tm.StateRef(code=c) for c in CST_PARTIES),
            legally_binding=True,
            bilateral=False,
            date=D("1992-05-15"),
            consent_clause=tm.ConsentClause(by_signature=False),
            term=tm.Term(years=5, renewal_years=5, article="Article 11"),
            party_actions=tuple(actions),
            milestones=(
                tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D(entry)),
                tm.Milestone(kind=M.EXTENSION, date=D("1999-04-02"), note="Protocol of 2 April 1999"),
            ),
        )
        return _dossier(agreement)

    return build


UA_RU_SOURCES = (
    # Signed on 31 May 1997; in force on the exchange of instruments of ratification, 1 April 1999; renewed
    # automatically every ten years unless a party notified the other six months before; expired 1 April 2019.
    "https://en.interfax.com.ua/news/general/577390.html",
    # "On September 21, the Ukrainian Foreign Ministry sent Russia a corresponding note."
    "https://www.unian.info/politics/10500060-ukraine-russia-friendship-treaty-expires.html",
    # Received in Moscow on 24 September 2018: "from April 1 the treaty will cease to exist".
    "https://opinionua.com/en/2018/09/25/russia-received-a-note-from-kiev/",
)
UKR = tm.StateRef(code="UKR")


def ua_ru(notice: str = "2018-09-21/2018-09-24", extension: str | None = None) -> Callable[[], tm.Dossier]:
    """The Ukraine-Russia Treaty of Friendship, Cooperation and Partnership of 31 May 1997.

    Ukraine's note of non-extension is dated ``notice`` (sent 21 September 2018,
    received 24 September). ``extension``, when given, adds an extension milestone
    that never happened: a constructed variant.
    """

    def build() -> tm.Dossier:
        milestones = [
            tm.Milestone(kind=M.EXCHANGE_OF_INSTRUMENTS, date=D("1999-04-01")),
            tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("1999-04-01")),
        ]
        if extension is not None:
            milestones.append(tm.Milestone(kind=M.EXTENSION, date=D(extension), note="constructed"))
        agreement = tm.Agreement(
            id="ua-ru-friendship-1997",
            title="Treaty of Friendship, Cooperation and Partnership between Ukraine and Russia",
            kind=tm.AgreementKind.TREATY,
            parties=(UKR, RUS),
            legally_binding=True,
            bilateral=True,
            date=D("1997-05-31"),
            term=tm.Term(years=10, renewal_years=10, automatic_renewal=True, article="Article 40"),
            party_actions=(tm.PartyAction(kind=A.NON_EXTENSION, party=UKR, date=parse_date(notice)),),
            milestones=tuple(milestones),
        )
        return _dossier(agreement)

    return build


def _bundled(name: str) -> Callable[[], tm.Dossier]:
    return lambda: datasets.load(name)


# --------------------------------------------------------------------------- the table

BUNDLED = "cited in the bundled record"

SITUATIONS: tuple[Situation, ...] = (
    Situation(
        "Signatory that never ratifies",
        "Open Skies: Kyrgyzstan signed on 15 December 1992 and never ratified",
        (BUNDLED,),
        _bundled("open-skies-1992"),
        "open-skies-treaty-1992",
        dt.date(2010, 1, 1),
        "KGZ",
        one(S.SIGNED),
        one(S.IN_FORCE),
        ("USA", "RUS", "DEU"),
        ("KGZ",),
        "2002-01-01",
        None,
    ),
    Situation(
        "Consent to a treaty already in force takes effect later",
        "Paris Agreement: United States' acceptance of 20 January 2021, in force for it 30 days later",
        PARIS_SOURCES,
        paris,
        "paris-2015",
        dt.date(2021, 2, 18),
        "USA",
        one(S.CONSENTED),
        one(S.IN_FORCE),
        (),
        ("USA",),
        "2016-11-04",
        "2021-02-19",
    ),
    Situation(
        "Accession after entry into force, with an offset",
        "Open Skies: Finland acceded on 12 December 2002; in force for it 60 days later",
        (BUNDLED,),
        _bundled("open-skies-1992"),
        "open-skies-treaty-1992",
        dt.date(2003, 1, 1),
        "FIN",
        one(S.CONSENTED),
        one(S.IN_FORCE),
        ("USA",),
        ("FIN",),
        "2002-01-01",
        "2003-02-10",
    ),
    Situation(
        "Withdrawal, then joining again",
        "Paris Agreement: United States withdrew as of 4 November 2020 and accepted it again in 2021",
        PARIS_SOURCES,
        paris,
        "paris-2015",
        dt.date(2020, 12, 1),
        "USA",
        one(S.WITHDRAWN),
        one(S.IN_FORCE),
        (),
        ("USA",),
        "2016-11-04",
        "2021-02-19",
    ),
    Situation(
        "Withdrawal with a notice period",
        "Open Skies: United States' notice of 22 May 2020 took effect six months later",
        (BUNDLED,),
        _bundled("open-skies-1992"),
        "open-skies-treaty-1992",
        dt.date(2020, 11, 22),
        "USA",
        one(S.WITHDRAWN),
        one(S.IN_FORCE),
        ("RUS", "DEU"),
        ("USA",),
        "2002-01-01",
        "2002-01-01",
    ),
    Situation(
        "Suspension disputed by the other party",
        "New START: Russia's suspension of 28 February 2023, called legally invalid by the United States",
        NEW_START_SOURCES,
        new_start,
        "new-start-2010",
        dt.date(2024, 1, 1),
        "RUS",
        either(S.IN_FORCE, S.SUSPENDED),
        either(S.IN_FORCE, S.SUSPENDED),
        ("USA",),
        ("RUS",),
        "2011-02-05",
        "2011-02-05",
    ),
    Situation(
        "Extension allowed once, then expiry",
        "New START: extended on 3 February 2021 until 5 February 2026, the one extension its term allows",
        NEW_START_SOURCES,
        new_start,
        "new-start-2010",
        dt.date(2026, 2, 5),
        "USA",
        one(S.TERMINATED),
        one(S.TERMINATED),
        (),
        ("USA", "RUS"),
        "2011-02-05",
        "2011-02-05",
    ),
    Situation(
        "A treaty ended by a later one",
        "SORT (2002) terminated on New START's entry into force, 5 February 2011",
        SORT_SOURCES,
        new_start,
        "sort-2002",
        dt.date(2011, 2, 5),
        "RUS",
        one(S.TERMINATED),
        one(S.TERMINATED),
        (),
        ("USA", "RUS"),
        "2003-06-01",
        "2003-06-01",
    ),
    Situation(
        "An instrument with no entry into force",
        "The Russia-Kazakhstan Declaration of 12 November 2025, recorded as political (not legally binding)",
        ("cited in the bundled record ru-kz-2025",),
        political_declaration,
        "ru-kz-declaration-2025",
        dt.date(2025, 12, 1),
        "KAZ",
        one(S.SIGNED),
        one(S.SIGNED),
        (),
        ("RUS", "KAZ"),
        None,
        None,
    ),
    Situation(
        "Declaration that a signatory will not become a party",
        "Rome Statute: United States signed on 31 December 2000; letter of 6 May 2002",
        ROME_SOURCES,
        rome,
        "rome-statute-1998",
        dt.date(2002, 8, 1),
        "USA",
        one(None),
        one(S.IN_FORCE),
        (),
        ("USA",),
        "2002-07-01",
        None,
    ),
    Situation(
        "Entry into force N days after the last notification",
        "Constructed: notifications of 2 March and 4 May 2020, in force 30 days after the last",
        ("constructed",),
        constructed_notification,
        "notified",
        dt.date(2020, 6, 3),
        "KAZ",
        one(S.IN_FORCE),
        one(S.IN_FORCE),
        ("RUS", "KAZ"),
        (),
        "2020-06-03",
        "2020-06-03",
    ),
    Situation(
        "The K-th instrument rule",
        "Open Skies: 60 days after 20 instruments incl. its named states' (Russia, Belarus: 2 Nov 2001)",
        (BUNDLED,),
        _bundled("open-skies-1992"),
        "open-skies-treaty-1992",
        dt.date(2001, 12, 31),
        "DEU",
        one(S.CONSENTED),
        one(S.SIGNED),
        (),
        ("DEU", "USA", "RUS"),
        "2002-01-01",
        "2002-01-01",
    ),
    Situation(
        "Named states' consent still missing",
        "CTBT: in force 180 days after all 44 Annex 2 states ratify; the United States has only signed",
        (BUNDLED,),
        _bundled("ctbt-1996"),
        "ctbt-treaty-1996",
        dt.date(2025, 1, 1),
        "USA",
        one(S.SIGNED),
        one(S.SIGNED),
        (),
        ("USA", "GBR", "FRA"),
        None,
        None,
    ),
    Situation(
        "Consent withdrawn before entry into force",
        "CTBT: Russia revoked its ratification (law of 2 November 2023) and remains a signatory",
        (BUNDLED,),
        _bundled("ctbt-1996"),
        "ctbt-treaty-1996",
        dt.date(2023, 12, 1),
        "RUS",
        one(S.SIGNED),
        one(S.SIGNED),
        (),
        ("RUS",),
        None,
        None,
    ),
    Situation(
        "A date known only within bounds",
        "CTBT: Italy's deposit, after its law of 15 December 1998 and by 13 August 1999 (an EDTF interval)",
        (BUNDLED,),
        _bundled("ctbt-1996"),
        "ctbt-treaty-1996",
        dt.date(1999, 1, 1),
        "ITA",
        either(S.SIGNED, S.CONSENTED),
        one(S.SIGNED),
        (),
        ("ITA",),
        None,
        None,
    ),
    Situation(
        "An undated act",
        "Constructed: a ratification recorded with no date, after a signature of 24 September 1996",
        ("constructed",),
        constructed_undated,
        "undated",
        dt.date(2025, 1, 1),
        "RUS",
        either(S.SIGNED, S.CONSENTED),
        one(S.SIGNED),
        (),
        ("RUS",),
        None,
        None,
    ),
    Situation(
        "Extension to an unrecorded end, renewal period in the term",
        "Constructed: 10 years from 1 January 2000, renewable by 5; extended on 1 June 2009",
        ("constructed",),
        constructed_extension(5),
        "extended",
        dt.date(2015, 1, 1),
        "RUS",
        one(S.TERMINATED),
        one(S.TERMINATED),
        (),
        ("RUS", "KAZ"),
        "2000-01-01",
        "2000-01-01",
    ),
    Situation(
        "Extension to an unrecorded end, no renewal period",
        "Constructed: the same treaty with no renewal period in its term",
        ("constructed",),
        constructed_extension(0),
        "extended",
        dt.date(2012, 1, 1),
        "RUS",
        either(S.IN_FORCE, S.TERMINATED),
        either(S.IN_FORCE, S.TERMINATED),
        (),
        ("RUS", "KAZ"),
        "2000-01-01",
        "2000-01-01",
    ),
    Situation(
        "A prolongation some parties do not sign",
        "Collective Security Treaty: Azerbaijan, Georgia and Uzbekistan did not sign the Protocol of"
        " 2 April 1999 and left when the first term ended",
        CST_SOURCES,
        cst(),
        "cst-1992",
        dt.date(1999, 6, 1),
        "AZE",
        one(S.WITHDRAWN),
        one(S.IN_FORCE),
        ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        CST_LEAVING,
        "1994-04-20",
        "1994-04-20",
    ),
    Situation(
        "A notice of non-extension that may come after the term's end",
        "Collective Security Treaty, with the three notices dated only as sources report the signals: from"
        " February 1999 to 20 April, the day the term ended",
        CST_SOURCES,
        cst(notice="1999-02-01/1999-04-20"),
        "cst-1992",
        dt.date(1999, 6, 1),
        "AZE",
        either(S.IN_FORCE, S.WITHDRAWN),
        one(S.IN_FORCE),
        ("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"),
        CST_LEAVING,
        "1994-04-20",
        "1994-04-20",
    ),
    Situation(
        "One party's notice of non-extension ends a bilateral treaty",
        "Ukraine-Russia Friendship Treaty: Ukraine's note of 21 September 2018; the treaty ended on"
        " 1 April 2019",
        UA_RU_SOURCES,
        ua_ru(),
        "ua-ru-friendship-1997",
        dt.date(2019, 4, 1),
        "RUS",
        one(S.TERMINATED),
        one(S.TERMINATED),
        (),
        ("UKR", "RUS"),
        "1999-04-01",
        "1999-04-01",
    ),
)


# --------------------------------------------------------------------------- the page


def _statuses(possible: frozenset[S | None]) -> str:
    order = [None, *S]
    names = ["nothing" if s is None else s.value.replace("_", " ") for s in sorted(possible, key=order.index)]
    if len(names) == 1:
        return names[0]
    return "unsettled: " + " or ".join(names)


def render_table() -> str:
    """The Markdown table of the situations, as docs/lifecycle.md holds it."""
    lines = [
        "| situation | case | day | party: status | agreement | certainly parties that day | certainly not |"
        " entry into force (for the party) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in SITUATIONS:
        entry = s.entry or "none"
        if s.party_entry != s.entry:
            entry += f" ({s.party_entry or 'none'})"
        lines.append(
            f"| {s.situation} | {s.case} | {s.on.isoformat()} | {s.party}: {_statuses(s.party_status)} |"
            f" {_statuses(s.whole)} | {', '.join(s.bound) or '-'} | {', '.join(s.not_bound) or '-'} |"
            f" {entry} |"
        )
    return "\n".join(lines) + "\n"
