"""Multilateral record: the Treaty on Open Skies, signed at Helsinki on 24 March 1992.

Its final clauses (Articles XV and XVII, from the English text in the Dutch
official treaty database) and every state's signature, ratification, accession,
succession and withdrawal, mostly from the party table of the Dutch treaty
database (Verdragenbank), which gives each deposit and each date of entry into
force. The treaty entered into force on 1 January 2002, 60 days after Belarus and
Russia deposited their instruments on 2 November 2001; the United States left it
on 22 November 2020 and Russia on 18 December 2021.

Where sources disagree the treaty database's date is recorded and the other one
is given in the act's note: Finland's accession (12 December 2002 in the
Verdragenbank, 13 December in Finlex), the United States' ratification (3
December 1993; a 1996 U.S. fact sheet says 3 November) and the day Putin signed
Russia's ratification law (28 May 2001; TASS says 26 May).

Left out, as no source gives them: the day Sweden acceded (only the year, 2002,
is known, and it is recorded to the year) and the day the treaty entered into
force for it; the day Slovakia notified its succession to Czechoslovakia (its
succession is recorded undated); the date of the twentieth instrument of
ratification; the signatories' names; and the provisional application of
Article XVIII, for which no act is reported.

Run as a script, it prints a readable summary::

    python examples/open_skies_1992.py
"""

from __future__ import annotations

import treatymodel as tm
from _identity import identify

D = tm.PartialDate.parse
S = tm.StateRef

TREATY_ID = "open-skies-treaty-1992"
SIGNED = D("1992-03-24")
#: The general entry into force, and the date it took effect for every state that ratified before it.
IN_FORCE = D("2002-01-01")
HELSINKI = tm.Place(name="Helsinki", state="FIN")
TEXT = "t-nl-open-skies"
VB = "vb"

#: The states by alpha-3 code, with the short names the record uses.
STATES: dict[str, str] = {
    "ARM": "Armenia",
    "AZE": "Azerbaijan",
    "BEL": "Belgium",
    "BGR": "Bulgaria",
    "BIH": "Bosnia and Herzegovina",
    "BLR": "Belarus",
    "CAN": "Canada",
    "CSK": "Czechoslovakia",
    "CZE": "Czech Republic",
    "DEU": "Germany",
    "DNK": "Denmark",
    "ESP": "Spain",
    "EST": "Estonia",
    "FIN": "Finland",
    "FRA": "France",
    "GBR": "United Kingdom",
    "GEO": "Georgia",
    "GRC": "Greece",
    "HRV": "Croatia",
    "HUN": "Hungary",
    "ISL": "Iceland",
    "ITA": "Italy",
    "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan",
    "LTU": "Lithuania",
    "LUX": "Luxembourg",
    "LVA": "Latvia",
    "MDA": "Moldova",
    "NLD": "Netherlands",
    "NOR": "Norway",
    "POL": "Poland",
    "PRT": "Portugal",
    "ROU": "Romania",
    "RUS": "Russia",
    "SVK": "Slovakia",
    "SVN": "Slovenia",
    "SWE": "Sweden",
    "TJK": "Tajikistan",
    "TKM": "Turkmenistan",
    "TUR": "Turkey",
    "UKR": "Ukraine",
    "USA": "United States",
    "UZB": "Uzbekistan",
}

#: The states that signed at Helsinki on 24 March 1992 and the day each deposited its instrument of
#: ratification (Verdragenbank). Each was bound from 1 January 2002 except Czechoslovakia, which
#: ceased to exist on 1 January 1993.
RATIFIED: dict[str, str] = {
    "BEL": "1995-06-28",
    "BGR": "1994-04-15",
    "BLR": "2001-11-02",
    "CAN": "1992-07-21",
    "CSK": "1992-12-21",
    "DEU": "1994-01-27",
    "DNK": "1993-01-21",
    "ESP": "1993-11-18",
    "FRA": "1993-07-30",
    "GBR": "1993-12-08",
    "GEO": "1998-08-31",
    "GRC": "1993-09-09",
    "HUN": "1993-08-11",
    "ISL": "1994-08-25",
    "ITA": "1994-10-28",
    "LUX": "1995-06-28",
    "NLD": "1995-06-28",
    "NOR": "1993-07-14",
    "POL": "1995-05-17",
    "PRT": "1994-11-22",
    "ROU": "1994-06-05",
    "RUS": "2001-11-02",
    "TUR": "1994-11-30",
    "UKR": "2000-04-20",
    "USA": "1993-12-03",
}

#: The states that acceded: the deposit of the instrument of accession and the date the treaty entered
#: into force for the state (Verdragenbank). Sweden's is recorded apart: only its year is known.
ACCEDED: dict[str, tuple[str, str]] = {
    "FIN": ("2002-12-12", "2003-02-10"),
    "LVA": ("2002-12-13", "2003-02-11"),
    "BIH": ("2003-08-21", "2003-10-20"),
    "SVN": ("2004-09-25", "2004-11-24"),
    "HRV": ("2004-11-02", "2005-01-01"),
    "EST": ("2005-03-24", "2005-05-23"),
    "LTU": ("2005-05-09", "2005-07-08"),
}

#: The states listed in Article XVII(3), for which the treaty is open for signature.
OPEN_TO = ("ARM", "AZE", "GEO", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UZB")

#: The states whose ratification Article XVII(2) requires: the depositaries (Canada, Hungary) and the
#: states with a passive quota of eight or more in Annex A, Section I (Belarus and Russia hold one
#: together). The list is read off Annex A; no source states it as a list.
REQUIRED = ("CAN", "HUN", "DEU", "USA", "BLR", "RUS", "FRA", "GBR", "ITA", "TUR", "UKR")


def sources() -> tuple[tm.Source, ...]:
    """The sources of the research notes that the record cites."""
    return (
        tm.Source(
            id=TEXT,
            kind=tm.SourceKind.OFFICIAL_TEXT,
            publisher="Government of the Netherlands (wetten.overheid.nl, BWBV0001051), mirrored by "
            "statengeneraal/laws-markdown",
            title="Treaty on Open Skies (English text)",
            url="https://github.com/statengeneraal/laws-markdown/blob/849c26bcf0501f403ced87cb65cd387a481ee259/"
            "verdrag/treaty/on/open/skies/BWBV0001051/README.md",
            lang="en",
            note="The English text as published in the Dutch official treaty database, read in a GitHub "
            'mirror; its typos ("fo ratification", "Spanis") are the source\'s.',
        ),
        tm.Source(
            id=VB,
            kind=tm.SourceKind.TREATY_DATABASE,
            publisher="Government of the Netherlands (Verdragenbank)",
            title="Verdrag inzake het Open Luchtruim – Partijen",
            url="https://verdragenbank.overheid.nl/nl/Verdrag/Details/004920_p.html",
            lang="nl",
            note="Party table: signature, ratification (R), accession (T) or continued bondage (VG), "
            "entry into force, denunciation and end of force for each state. Sweden's row was not "
            "retrieved.",
        ),
        tm.Source(
            id="osce-tl",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="OSCE",
            title="Signing of Treaty on Open Skies",
            url="https://osce.org/who/timeline/1990s/06",
            lang="en",
        ),
        tm.Source(
            id="hu-mfa",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="Hungarian Ministry of Foreign Affairs",
            title="Open Skies Treaty (depositary information)",
            url="https://2010-2014.kormany.hu/",
            published=D("2012"),
            lang="en",
            note="The page's full address was not recorded; this is its site.",
        ),
        tm.Source(
            id="aca-2001-12",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Arms Control Association",
            title="Open Skies Treaty to enter into force",
            url="https://www.armscontrol.org/act/2001-12/open-skies-treaty-enter-into-force",
            published=D("2001-12"),
            lang="en",
        ),
        tm.Source(
            id="aca-2001-06",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Arms Control Association",
            title="Russia, Belarus move toward Open Skies Treaty ratification",
            url="https://www.armscontrol.org/act/2001-06/press-releases/russia-belarus-move-toward-open-skies-"
            "treaty-ratification",
            published=D("2001-06"),
            lang="en",
        ),
        tm.Source(
            id="aca-2000",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Arms Control Association",
            title="Ukraine Ratifies Open Skies Treaty",
            url="http://www.armscontrol.org/node/2928",
            published=D("2000"),
            lang="en",
        ),
        tm.Source(
            id="dos-2002",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="U.S. Department of State",
            title="Statement by Spokesman Richard Boucher on Open Skies entry into force",
            url="https://fas.org/irp/news/2002/01/openskies.html",
            published=D("2002-01-09"),
            lang="en",
            note="Read on the Federation of American Scientists' site.",
        ),
        tm.Source(
            id="dos-2005",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="A1plus",
            title="Former Soviet states might join Open Skies Treaty at any time",
            url="https://armeniandiaspora.com/forum/2005/june-2005/30567-former-soviet-states-might-join-open-"
            "skies-treaty-at-any-time?p=30567",
            published=D("2005-06-14"),
            lang="en",
            note="Reports a U.S. State Department fact sheet; read in a forum copy.",
        ),
        tm.Source(
            id="finlex",
            kind=tm.SourceKind.TREATY_DATABASE,
            publisher="Finlex (Finnish Ministry of Justice)",
            title="SopS 39/2003 – Avoin taivas -sopimus",
            url="https://finlex.fi/en/treaties/treaty-reference-database/2003/39",
            published=D("2003"),
            lang="fi",
        ),
        tm.Source(
            id="cz-38-2008",
            kind=tm.SourceKind.OFFICIAL_TEXT,
            publisher="Sbírka mezinárodních smluv (Czech Republic), via zakonyprolidi.cz",
            title="38/2008 Sb.m.s. Sdělení o Smlouvě o otevřeném nebi",
            url="https://www.zakonyprolidi.cz/ms/2008-38",
            published=D("2008"),
            lang="cs",
        ),
        tm.Source(
            id="sk-374-2002",
            kind=tm.SourceKind.OFFICIAL_TEXT,
            publisher="Zbierka zákonov SR, via zakonypreludi.sk",
            title="374/2002 Z.z. Oznámenie o Zmluve o otvorenom nebi",
            url="https://www.zakonypreludi.sk/zz/2002-374",
            published=D("2002"),
            lang="sk",
        ),
        tm.Source(
            id="se-oscc-2010",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="Delegation of Sweden (OSCC.RC/28/10)",
            title="Statement by Sweden at the 2nd Open Skies Review Conference",
            url="https://docslib.org/doc/8735899/statement-by-sweden-at-the-2-open-skies-review-conference",
            published=D("2010-06-07"),
            lang="en",
        ),
        tm.Source(
            id="se-prop",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="Swedish Government (Prop. 2001/02:157)",
            title="Ett forskningssamarbete med WEAG och fördraget om observationsflygningar",
            url="https://lagen.nu/prop/2001/02:157",
            published=D("2002-03-07"),
            lang="sv",
            note="Government bill proposing that Sweden accede to the treaty.",
        ),
        tm.Source(
            id="us-wd-2020",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Indian Economic Observer",
            title="US is no longer State Party to Treaty on Open Skies",
            url="https://indianeconomicobserver.com/news/us-is-no-longer-state-party-to-treaty-on-open-skies"
            "20201122232633",
            published=D("2020-11-22"),
            lang="en",
            note="Quotes the U.S. State Department's statement of 22 November 2020.",
        ),
        tm.Source(
            id="oj-2021",
            kind=tm.SourceKind.ANALYSIS,
            publisher="Opinio Juris",
            title="The Treaty on Open Skies in the Face of Withdrawals",
            url="https://opiniojuris.org/2021/07/02/the-treaty-on-open-skies-in-the-face-of-withdrawals/",
            published=D("2021-07-02"),
            lang="en",
        ),
        tm.Source(
            id="usfs-1996",
            kind=tm.SourceKind.OTHER,
            publisher="handlebar-online",
            title="What is the 1992 Open Skies treaty?",
            url="http://handlebar-online.com/writing-tips/what-is-the-1992-open-skies-treaty",
            lang="en",
            note='Quotes the U.S. fact sheet "The Open Skies Treaty" of February 1996.',
        ),
        tm.Source(
            id="tass-ru-rat",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="TASS",
            title="Open Skies background",
            url="https://tass.com/defense/1120721",
            lang="en",
        ),
        tm.Source(
            id="eudip-2021",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Europe Diplomatic",
            title="Russia exits Open Skies Treaty",
            url="https://europediplomatic.com/2021/06/18/russia-exits-open-skies-treaty/",
            published=D("2021-06-18"),
            lang="en",
        ),
        tm.Source(
            id="pledge-2021",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Pledge Times",
            title="Russia officially withdraws from the Open Skies Treaty",
            url="https://pledgetimes.com/russia-officially-withdraws-from-the-open-skies-treaty/",
            published=D("2021-12-18"),
            lang="en",
        ),
    )


def people() -> tuple[tm.Person, ...]:
    """The one person a source names for a recorded act: Putin, who signed Russia's ratification law."""
    return (tm.Person(id="putin", name="Vladimir Putin", sources=("aca-2001-06",)),)


def consent_clause() -> tm.ConsentClause:
    """Article XVII(1): ratification; accession under XVII(3)-(5)."""
    return tm.ConsentClause(
        by_signature=False,
        accession=True,
        article="Article XVII(1), (3)-(5)",
        text="This Treaty shall be subject to ratification by each State Party in accordance with its "
        "constitutional procedures. Instruments of ratification and instruments of accession shall be "
        "deposited with the Government of Canada or the Government of the Republic of Hungary or both, "
        "hereby designated the Depositaries.",
        sources=(TEXT,),
    )


def entry_into_force_clause() -> tm.EntryIntoForceClause:
    """Article XVII(2) and (6): 60 days after 20 instruments including the required ones."""
    return tm.EntryIntoForceClause(
        mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS,
        instruments=20,
        required=tuple(S(code=code) for code in REQUIRED),
        delay=tm.Period(days=60),
        later_parties=tm.Period(days=60),
        article="Article XVII(2) and (6)",
        text="2. This Treaty shall enter into force 60 days after the deposit of 20 instruments fo "
        "ratification, including those of the Depositaries, and of States Parties whose individual "
        "allocation of passive quotas as set forth in Annex A is eight or more. [...] 6. For any State which "
        "has not deposited an instrument of ratification by the time of entry into force, but which "
        "subsequently ratifies or accedes to this Treaty, this Treaty shall enter into force 60 days after "
        "the date of deposit of its instrument of ratification or accession.",
        sources=(TEXT,),
    )


def signature_period() -> tm.SignaturePeriod:
    """Article XVII(3): open for signature by nine former Soviet states; no closing date."""
    return tm.SignaturePeriod(
        opens=SIGNED,
        open_to=tuple(S(code=code) for code in OPEN_TO),
        article="Article XVII(3)",
        sources=(TEXT, VB, "osce-tl"),
    )


def withdrawal_clause() -> tm.WithdrawalClause:
    """Article XV(2): six months' notice."""
    return tm.WithdrawalClause(
        notice=tm.Period(months=6),
        article="Article XV(2)",
        text="A State Party shall have the right to withdraw from this Treaty. A State Party intending to "
        "withdraw shall provide notice of its decision to withdraw to either Depositary at least six months "
        "in advance of the date of its intended withdrawal and to all other States Parties. The Depositaries "
        "shall promptly inform all other States Parties of such notice.",
        sources=(TEXT,),
    )


#: Notes and further sources on some states' ratifications.
_RATIFICATION_NOTES: dict[str, tuple[str, tuple[str, ...]]] = {
    "BLR": (
        "Deposited together with Russia's, starting the 60 days to the entry into force.",
        ("aca-2001-12",),
    ),
    "CSK": (
        "The Czech and Slovak Federal Republic; instrument deposited with the Government of Canada. Its "
        "president ratified on 11 December 1992 (sk-374-2002). It ceased to exist on 1 January 1993, "
        "before the entry into force, and the Verdragenbank gives no date of entry into force for it; "
        "the Czech Republic and Slovakia succeeded to its ratification.",
        ("cz-38-2008", "sk-374-2002"),
    ),
    "RUS": (
        "Deposited together with Belarus's, starting the 60 days to the entry into force.",
        ("aca-2001-12",),
    ),
    "UKR": (
        'The Arms Control Association reports that "Ukraine ratified the 1992 Open Skies Treaty on March '
        "2\" (2000), probably the domestic act; the deposit is the Verdragenbank's date.",
        ("aca-2000",),
    ),
    "USA": (
        'A U.S. fact sheet of February 1996 says the United States "officially ratified the treaty on '
        'November 3, 1993" (usfs-1996); the date recorded is the deposit in the Verdragenbank. The State '
        'Department says "ratified in 1993" (dos-2002).',
        ("usfs-1996", "dos-2002"),
    ),
}


def _signatures() -> tuple[tm.PartyAction, ...]:
    """The 25 signatures at Helsinki, and Kyrgyzstan's later one."""
    helsinki = tuple(
        tm.PartyAction(
            kind=tm.PartyActionKind.SIGNATURE,
            party=S(code=code),
            date=SIGNED,
            sources=(VB, "osce-tl", "hu-mfa"),
        )
        for code in RATIFIED
    )
    kyrgyzstan = tm.PartyAction(
        kind=tm.PartyActionKind.SIGNATURE,
        party=S(code="KGZ"),
        date=D("1992-12-15"),
        note='Signed and never ratified: "the only country of the 27 treaty signatories that has not '
        'ratified" (aca-2001-12); "has signed but not yet ratified" (dos-2005).',
        sources=(VB, "aca-2001-12", "dos-2002", "dos-2005"),
    )
    return (*helsinki, kyrgyzstan)


def _ratifications() -> tuple[tm.PartyAction, ...]:
    """Each Helsinki signatory's deposit, in force for it from 1 January 2002 (Czechoslovakia aside)."""
    found = []
    for code, deposited in sorted(RATIFIED.items(), key=lambda item: (item[1], item[0])):
        note, more = _RATIFICATION_NOTES.get(code, (None, ()))
        found.append(
            tm.PartyAction(
                kind=tm.PartyActionKind.RATIFICATION,
                party=S(code=code),
                date=D(deposited),
                effective=None if code == "CSK" else IN_FORCE,
                depositary="Government of Canada" if code == "CSK" else None,
                note=note,
                sources=(VB, *more),
            )
        )
    return tuple(found)


def _domestic_steps() -> tuple[tm.PartyAction, ...]:
    """The Belarusian and Russian parliaments' approvals of 2001 and Putin's ratification law."""
    aca = ("aca-2001-06",)
    return (
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=S(code="RUS"),
            date=D("2001-04-18"),
            body="State Duma",
            sources=aca,
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=S(code="BLR"),
            date=D("2001-05-03"),
            body="lower house of parliament",
            sources=aca,
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=S(code="RUS"),
            date=D("2001-05-16"),
            body="Federation Council",
            sources=aca,
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=S(code="BLR"),
            date=D("2001-05-17"),
            body="upper house of parliament",
            sources=aca,
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION_LAW,
            party=S(code="RUS"),
            date=D("2001-05-28"),
            performed_by="putin",
            note='"Putin subsequently signed the legislation, ratifying the accord on May 28" (aca-2001-06); '
            'TASS says "Russia ratified the Treaty on Open Skies on May 26, 2001" (tass-ru-rat).',
            sources=(*aca, "tass-ru-rat"),
        ),
    )


def _successions() -> tuple[tm.PartyAction, ...]:
    """The Czech Republic and Slovakia, successors to Czechoslovakia's ratification, and its end."""
    return (
        tm.PartyAction(
            kind=tm.PartyActionKind.SUCCESSION,
            party=S(code="CZE"),
            date=D("1993-03-18"),
            effective=D("1993-01-01"),
            note="On 18 March 1993 the Czech Republic notified that, as a successor state, it considers "
            "itself a contracting state with effect from 1 January 1993 (cz-38-2008). The Verdragenbank "
            "records its continued bondage under Czechoslovakia's instrument of 21 December 1992, and the "
            "treaty in force for it from 1 January 2002.",
            sources=(VB, "cz-38-2008"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.SUCCESSION,
            party=S(code="SVK"),
            date=D("1992-12-21"),
            note="The Verdragenbank dates Slovakia's consent 21 December 1992, as continued bondage (VG) "
            "under Czechoslovakia's instrument of that day; in force for Slovakia from 1 January 2002 "
            "(sk-374-2002, Verdragenbank). The day Slovakia notified its succession is not reported.",
            sources=(VB, "sk-374-2002"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.EXTINCTION,
            party=S(code="CSK"),
            date=D("1993-01-01"),
            note="Czechoslovakia ceased to exist on 1 January 1993, before the entry into force; the "
            'Verdragenbank lists it as "Tsjechoslowakije (<01-01-1993)" with no date of entry into force, '
            "and the Czech Republic is a contracting state from that day (cz-38-2008).",
            sources=(VB, "cz-38-2008"),
        ),
    )


def _accessions() -> tuple[tm.PartyAction, ...]:
    """The eight accessions of 2002-2005, each in force 60 days after its deposit."""
    found = []
    for code, (deposited, effective) in ACCEDED.items():
        finland = code == "FIN"
        found.append(
            tm.PartyAction(
                kind=tm.PartyActionKind.ACCESSION,
                party=S(code=code),
                date=D(deposited),
                effective=D(effective),
                depositary="Government of Canada" if finland else None,
                note="Finlex gives the deposit with the Government of Canada as 13 December 2002 "
                '("Liittymiskirja talletettu Kanadan hallituksen huostaan 13.12.2002"); the date recorded '
                "is the Verdragenbank's, 60 days before the entry into force for Finland it gives."
                if finland
                else None,
                sources=(VB, "finlex") if finland else (VB,),
            )
        )
    sweden = tm.PartyAction(
        kind=tm.PartyActionKind.ACCESSION,
        party=S(code="SWE"),
        date=D("2002"),
        note='"Sweden was not one of the original State Parties but acceded to the Treaty on Open Skies in '
        '2002" (se-oscc-2010); the government bill of 7 March 2002 proposed the accession (se-prop). The day '
        "of deposit and the date of entry into force for Sweden are not reported.",
        sources=("se-oscc-2010", "se-prop", "dos-2005"),
    )
    return (*found[:2], sweden, *found[2:])


def _withdrawals() -> tuple[tm.PartyAction, ...]:
    """The United States (2020) and Russia (2021), each six months after its notice."""
    return (
        tm.PartyAction(
            kind=tm.PartyActionKind.WITHDRAWAL,
            party=S(code="USA"),
            date=D("2020-05-22"),
            effective=D("2020-11-22"),
            note='Notice under Article XV(2) "to the Treaty Depositaries and to all States Parties"; "Six '
            'months having elapsed, the U.S. withdrawal took effect on November 22, 2020" (us-wd-2020).',
            sources=(VB, "us-wd-2020", "oj-2021"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.WITHDRAWAL,
            party=S(code="RUS"),
            date=D("2021-06-18"),
            effective=D("2021-12-18"),
            depositary="Governments of Hungary and Canada",
            note="Putin signed the federal law on the withdrawal on 7 June 2021 (pledge-2021); notices went "
            "to Hungary and Canada as depositaries on 18 June 2021 (eudip-2021).",
            sources=(VB, "eudip-2021", "pledge-2021"),
        ),
    )


def treaty() -> tm.Agreement:
    """The Treaty on Open Skies, with its final clauses and every state's acts."""
    parties = sorted({*RATIFIED, "KGZ", "CZE", "SVK", *ACCEDED, "SWE"})
    return tm.Agreement(
        id=TREATY_ID,
        title="Treaty on Open Skies",
        kind=tm.AgreementKind.TREATY,
        # Deposited with Canada and Hungary, not with the UN: no UNTC number; no UNTS number was found.
        external_ids=(
            tm.ExternalId(
                scheme=tm.IdScheme.NATIONAL, name="wetten.overheid.nl", value="BWBV0001051", sources=(TEXT,)
            ),
            tm.ExternalId(scheme=tm.IdScheme.NATIONAL, name="Verdragenbank", value="004920", sources=("vb",)),
        ),
        parties=tuple(S(code=code) for code in parties),
        legally_binding=True,
        date=SIGNED,
        place=HELSINKI,
        languages=("en", "fr", "de", "it", "ru", "es"),
        party_actions=(
            *_signatures(),
            *_ratifications(),
            *_domestic_steps(),
            *_successions(),
            *_accessions(),
            *_withdrawals(),
        ),
        milestones=(
            tm.Milestone(
                kind=tm.MilestoneKind.ENTRY_INTO_FORCE,
                date=IN_FORCE,
                note="60 days after Russia and Belarus deposited their instruments on 2 November 2001.",
                sources=("osce-tl", "aca-2001-12", "dos-2002", VB),
            ),
        ),
        consent_clause=consent_clause(),
        entry_into_force_clause=entry_into_force_clause(),
        signature_period=signature_period(),
        withdrawal_clause=withdrawal_clause(),
        summary="Signed at Helsinki on 24 March 1992 by 25 states; in force from 1 January 2002 for 26 "
        "parties (dos-2002), 34 after eight accessions in 2002-2005 (dos-2005). The United States withdrew "
        "in 2020 and Russia in 2021.",
        sources=(TEXT, VB, "osce-tl", "hu-mfa", "aca-2001-12", "dos-2002", "dos-2005"),
    )


def build() -> tm.Dossier:
    """The Treaty on Open Skies."""
    dossier = tm.Dossier(
        id="open-skies-1992",
        title="The Treaty on Open Skies (Helsinki, 1992)",
        description="The Treaty on Open Skies of 24 March 1992: its final clauses (Articles XV and XVII) and "
        "each state's signature, ratification, accession, succession and withdrawal, from the party table "
        "of the Dutch treaty database and the other sources cited. In force from 1 January 2002; the United "
        "States withdrew on 22 November 2020 and Russia on 18 December 2021. Sweden's accession is known "
        "only to the year, and Slovakia's succession is undated.",
        states=tuple(tm.State(code=code, name=name) for code, name in STATES.items()),
        persons=people(),
        agreements=(treaty(),),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
