"""Multilateral record: the Comprehensive Nuclear-Test-Ban Treaty, opened for signature on 24 September 1996.

Adopted by the UN General Assembly on 10 September 1996 and not in force: under
Article XIV it enters into force 180 days after all 44 states of its Annex 2 have
deposited their instruments of ratification, and India, Pakistan and the
Democratic People's Republic of Korea have not signed. The record holds those 44
states only, not the other signatories and parties; for each, its signature and
ratification where a source reports them, Russia's ratification of 2000 with its
domestic steps, and the law and notice of November 2023 by which Russia revoked it
(Russia remains a signatory).

The status pages of the UN Treaty Collection and of the CTBTO could not be read in
full, so most dates come from press releases and ministries' statements. Not
reported, so recorded as the intervals the sources bound them to (EDTF uncertain
dates): the signature days of sixteen Annex 2 states (from the opening for signature
to 8 October 1999, when 41 had signed) and the deposit days of eight (Belgium,
Bulgaria, Italy, Japan, the Netherlands, Poland, Spain and Sweden: each between the
dates of two sources, as its note says). Left out, as no source gives them: the
Federation Council's vote on the 2023 law, and the day the depositary recorded
Russia's revocation. Where sources
disagree, the act's note gives the other value: the United Kingdom's and France's
signatures (26 September 1996 in a 2023 joint statement) and Iran's (2006 in one
profile). Bangladesh's two dates come from a source of low reliability, as their
notes say.

Run as a script, it prints a readable summary::

    python examples/ctbt_1996.py
"""

from __future__ import annotations

from typing import NamedTuple

import treatymodel as tm
from _identity import identify
from treatymodel.dates import parse_date

D = tm.PartialDate.parse
S = tm.StateRef
K = tm.SourceKind

TREATY_ID = "ctbt-treaty-1996"
OPENED = D("1996-09-24")
TEXT = "t-nl-ctbt"
NEW_YORK = tm.Place(name="New York", state="USA")
#: Forty-one of the 44 Annex 2 states had signed by 8 October 1999 (the three others never have).
FORTY_ONE_SIGNED = "fas-1999-conf"

UNDATED_SIGNATURE = (
    "Signed: 41 of the 44 Annex 2 states had signed by 8 October 1999 (fas-1999-conf), and the treaty is "
    "ratified by signatories (Article XII). The day of signature is not reported: recorded as some day "
    "from the opening for signature to 8 October 1999."
)


class Row(NamedTuple):
    """One Annex 2 state: its name, signature and ratification as the sources report them.

    ``signature`` and ``ratification`` are ISO dates to the precision known; where the day is
    not reported, the interval the sources bound it to, in EDTF (``1996-09-24/1999-08-13``: on
    or after the opening for signature, by the date of a dated list of ratifying states); ``""``
    for an act whose date nothing bounds, and ``None`` for an act that did not happen.
    """

    name: str
    signature: str | None
    signature_sources: tuple[str, ...]
    ratification: str | None
    ratification_sources: tuple[str, ...]
    signature_note: str | None = None
    ratification_note: str | None = None


def _ratified_by_august_1999(what: str = "") -> str:
    return (
        f"{what}Ratified by 13 August 1999: listed among the 42 states that had ratified when Estonia did "
        "(ctbto-est). The day of deposit is not reported."
    )


#: The 44 states of Annex 2, in the Annex's order.
ANNEX_2: dict[str, Row] = {
    "DZA": Row(
        "Algeria",
        "1996-10-15",
        ("elmoudjahid",),
        "2003-07-11",
        ("ctbto-dza", "mofaj-dza", "elmoudjahid"),
        ratification_note="Deposited with the UN Secretary-General; the 32nd Annex 2 state to ratify "
        "(ctbto-dza).",
    ),
    "ARG": Row("Argentina", "1996-09-24", ("ctbto-cp-arg",), "1998-12-04", ("ctbto-cp-arg", "ctbto-arg")),
    "AUS": Row("Australia", "1996-09-24", ("dfat", "ctbto-aus"), "1998-07-09", ("dfat", "ctbto-aus")),
    "AUT": Row("Austria", "1996-09-24", ("ctbto-cp-aut",), "1998-03-13", ("ctbto-cp-aut",)),
    "BGD": Row(
        "Bangladesh",
        "1996-10-24",
        ("sobjano",),
        "2000-03-08",
        ("sobjano", "mofaj-bgd", "ctbto-prepcom-2000"),
        signature_note="The day comes only from a quiz site of low reliability (sobjano).",
        ratification_note="The day comes from a quiz site of low reliability (sobjano); the Japanese "
        "foreign ministry's statement of 8 March 2000 welcomes \"the decision made by Bangladesh to deposit "
        'the instrument of ratification" (mofaj-bgd), and Bangladesh is among the ratifying states the '
        "Preparatory Commission listed before the Millennium Summit of September 2000 (ctbto-prepcom-2000).",
    ),
    "BEL": Row(
        "Belgium",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-est"),
        "1996-09-24/1999-08-13",
        ("ctbto-est",),
        UNDATED_SIGNATURE,
        _ratified_by_august_1999(),
    ),
    "BRA": Row(
        "Brazil",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "aca-bra"),
        "1998-07-24",
        ("aca-bra", "ctbto-bra-chl", "fas-tbn25"),
        UNDATED_SIGNATURE,
        "The deposit. President Clinton's statement of 13 July 1998, \"Today, Brazil ratified the "
        'Comprehensive Test Ban Treaty" (fas-tbn25), refers to the domestic act.',
    ),
    "BGR": Row(
        "Bulgaria",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-prepcom-2000"),
        "1999-08-14/2000-09",
        ("ctbto-est", "ctbto-prepcom-2000"),
        UNDATED_SIGNATURE,
        "Ratified after 13 August 1999 (not among the ratifying states listed in ctbto-est) and before the "
        "Millennium Summit of September 2000 (listed in ctbto-prepcom-2000). The day of deposit is not "
        "reported.",
    ),
    "CAN": Row("Canada", "1996-09-24", ("ctbto-can",), "1998-12-18", ("ctbto-can",)),
    "CHL": Row(
        "Chile",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-bra-chl"),
        "2000-07-12",
        ("ctbto-bra-chl", "mofaj-chl"),
        UNDATED_SIGNATURE,
    ),
    "CHN": Row(
        "China",
        "1996-09-24",
        ("unoda-chn", "ctbto-faq", "daisaku", "it-mission-vienna"),
        None,
        (),
        "Signed the day the treaty opened for signature, after the United States (ctbto-faq); not ratified "
        "(daisaku, it-mission-vienna).",
    ),
    "COL": Row(
        "Colombia",
        "1996",
        ("nz-goff",),
        "2008-01-29",
        ("unsg-col", "mofaj-col"),
        'Only the year is reported: "Colombia (1996)" (nz-goff).',
        "The 144th ratification, and the 35th by an Annex 2 state (unsg-col).",
    ),
    "PRK": Row("Democratic People's Republic of Korea", None, (), None, ()),
    "EGY": Row(
        "Egypt",
        "1996",
        ("banmonitor-egy", "daisaku"),
        None,
        (),
        '"Signed 1996" (banmonitor-egy); the day is not reported. Not ratified (daisaku).',
    ),
    "FIN": Row(
        "Finland",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-fin"),
        "1999-01-15",
        ("ctbto-fin",),
        UNDATED_SIGNATURE,
        '"The twenty-seventh signatory State to have ratified" (ctbto-fin).',
    ),
    "FRA": Row(
        "France",
        "1996-09-24",
        ("ctbto-cp-fra", "fas-fra-1998", "ctbto-faq", "fr-uk-2023"),
        "1998-04-06",
        ("ctbto-cp-fra", "fas-fra-1998"),
        'A France-United Kingdom joint statement of 2023 says both "signed the Treaty when it opened for '
        "signature on 26 September 1996\" (fr-uk-2023); the CTBTO's profile and the French government's "
        "statement of 1998 give 24 September, the day the treaty opened for signature.",
        "Deposited with the United Kingdom's at a joint ceremony (fas-fra-1998).",
    ),
    "DEU": Row("Germany", "1996-09-24", ("unoda-deu",), "1998-08-20", ("ctbto-deu",)),
    "HUN": Row(
        "Hungary",
        "1996-09-25",
        ("hu-mfa-2017",),
        "1999-07",
        ("hu-fm-2001", "ctbto-est"),
        '"Hungary joined the Treaty in Washington on 25 September" 1996 (hu-mfa-2017); recorded as its '
        "signature, without the place the source gives.",
        '"The instruments of ratification were deposited with the Secretary General of the United Nations '
        'in July 1999" (hu-fm-2001); the day is not reported.',
    ),
    "IND": Row("India", None, (), None, ()),
    "IDN": Row(
        "Indonesia",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "unoda-idn"),
        "2012-02-06",
        ("unoda-idn",),
        UNDATED_SIGNATURE,
        'Foreign Minister Marty Natalegawa "formally submitted his country\'s ratification"; the 157th '
        "state to ratify (unoda-idn).",
    ),
    "IRN": Row(
        "Iran",
        "1996",
        ("afp-irn", "cns-irn"),
        None,
        (),
        '"Iran signed the treaty in 1996, but has not yet ratified it" (afp-irn); the CNS profile of the '
        "Non-Aligned Movement says it signed in 2006 (cns-irn).",
    ),
    "ISR": Row(
        "Israel",
        "1996-09-25",
        ("unoda-isr", "ctbto-isr", "daisaku"),
        None,
        (),
        '"The day after it opened for signature" (ctbto-isr); not ratified (daisaku).',
    ),
    "ITA": Row(
        "Italy",
        "1996-09-24",
        ("esteri-ita",),
        "1998-12-15/1999-08-13",
        ("esteri-ita", "ctbto-est"),
        ratification_note=_ratified_by_august_1999(
            '"Ratified it with Law no. 484/1998" (esteri-ita), the law of 15 December 1998. '
        ),
    ),
    "JPN": Row(
        "Japan",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-jpn"),
        "1996-09-24/1999-08-13",
        ("ctbto-jpn", "ctbto-est"),
        UNDATED_SIGNATURE,
        _ratified_by_august_1999(
            '"The fourth State to ratify the CTBT and the first of the nuclear-capable States to do so" '
            "(ctbto-jpn). "
        ),
    ),
    "MEX": Row(
        "Mexico",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-mex"),
        "1999-10-05",
        ("ctbto-mex",),
        '"One of the first States to sign" (ctbto-mex); the date is not reported.',
    ),
    "NLD": Row(
        "Netherlands",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-est"),
        "1996-09-24/1999-08-13",
        ("ctbto-est",),
        UNDATED_SIGNATURE,
        _ratified_by_august_1999(),
    ),
    "NOR": Row(
        "Norway",
        "1996-09-24",
        ("ctbto-cp-nor",),
        "1999-07-15",
        ("ctbto-cp-nor",),
        ratification_note="The 41st state to ratify (ctbto-cp-nor).",
    ),
    "PAK": Row("Pakistan", None, (), None, ()),
    "PER": Row(
        "Peru",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "per-fm-2001"),
        "1997-11",
        ("per-fm-2001",),
        UNDATED_SIGNATURE,
        '"The first Latin American country to ratify [...] in November 1997" (per-fm-2001); the day is '
        "not reported.",
    ),
    "POL": Row(
        "Poland",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-est"),
        "1996-09-24/1999-08-13",
        ("ctbto-est",),
        UNDATED_SIGNATURE,
        _ratified_by_august_1999(),
    ),
    "ROU": Row("Romania", "1996-09-24", ("mae-rou",), "1999-10-05", ("mae-rou",)),
    "KOR": Row(
        "Republic of Korea",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-kor"),
        "1999-09-24",
        ("ctbto-kor",),
        UNDATED_SIGNATURE,
        "Deposited on the third anniversary of the opening for signature (ctbto-kor).",
    ),
    "RUS": Row(
        "Russia",
        "1996-09-24",
        ("ctbto-faq", "tass-1700673"),
        "2000-06-30",
        ("vertic-2023",),
        ratification_note='"Russia deposited its instrument of ratification with the UN Secretary-General '
        'on 30 June 2000, having passed domestic legislation a month earlier" (vertic-2023). Revoked in '
        "November 2023.",
    ),
    "SVK": Row(
        "Slovakia",
        "1996-09-30",
        ("ctbto-svk",),
        "1998-03-03",
        ("ctbto-svk",),
        ratification_note="The ninth state to ratify (ctbto-svk).",
    ),
    "ZAF": Row("South Africa", "1996-09-24", ("dirco",), "1999-03-30", ("ctbto-zaf", "dirco")),
    "ESP": Row(
        "Spain",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-deu"),
        "1998-06-17/1998-08-20",
        ("acronym-tjk", "ctbto-deu", "ctbto-fin"),
        UNDATED_SIGNATURE,
        "Ratified after 16 June 1998 (not among the ratifying states listed in acronym-tjk) and by 20 "
        "August 1998 (listed in ctbto-deu). The day of deposit is not reported.",
    ),
    "SWE": Row(
        "Sweden",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-fin"),
        "1996-09-24/1999-01-15",
        ("ctbto-fin",),
        UNDATED_SIGNATURE,
        "Ratified by 15 January 1999: listed among the states that had ratified when Finland did "
        "(ctbto-fin). The day of deposit is not reported.",
    ),
    "CHE": Row(
        "Switzerland",
        "1996-09",
        ("eth-che",),
        "1999-10-01",
        ("eth-che",),
        '"Signed the CTBT in September 1996" (eth-che); the day is not reported.',
    ),
    "TUR": Row(
        "Turkey",
        "1996-09-24",
        ("mfa-tur",),
        "2000-02",
        ("mfa-tur",),
        ratification_note='"Concluded its ratification procedure in February 2000" (mfa-tur); the day is '
        "not reported.",
    ),
    "UKR": Row(
        "Ukraine",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED,),
        "2001-02-23",
        ("day-ukr", "ctbto-uae", "ctbto-dza"),
        UNDATED_SIGNATURE,
        '"Ukraine confirmed this treaty on Feb. 23, 2001" (day-ukr); whether that day is the deposit is not '
        "stated. It had not ratified by 18 September 2000 (ctbto-uae) and had by July 2003 (ctbto-dza).",
    ),
    "GBR": Row(
        "United Kingdom",
        "1996-09-24",
        ("fco-1998", "ctbto-faq", "fr-uk-2023"),
        "1998-04-06",
        ("fco-1998", "fas-fra-1998"),
        '"Signed it on the day it was opened for signature, 24 September 1996" (fco-1998); a '
        "France-United Kingdom joint statement of 2023 says 26 September 1996 (fr-uk-2023).",
        "Deposited with France's at a joint ceremony (fas-fra-1998).",
    ),
    "USA": Row(
        "United States",
        "1996-09-24",
        ("ctbto-faq", "fas-sigs", "daisaku"),
        None,
        (),
        '"President Clinton was the first to sign the Treaty" (fas-sigs); not ratified (daisaku).',
    ),
    "VNM": Row(
        "Viet Nam",
        "1996",
        ("vnplus",),
        "2006-03-10",
        ("ctbto-vnm",),
        '"Among the first countries to sign the Treaty in 1996" (vnplus); the day is not reported.',
        "The 34th Annex 2 state to ratify (ctbto-vnm).",
    ),
    "COD": Row(
        "Democratic Republic of the Congo",
        "1996-09-24/1999-10-08",
        (FORTY_ONE_SIGNED, "ctbto-cod"),
        "2004-09-28",
        ("ctbto-cod", "mofaj-cod"),
        UNDATED_SIGNATURE,
        'Annex 2 lists it as Zaire. "The ratification was deposited by President Kabila" (ctbto-cod).',
    ),
}

#: The three Annex 2 states that have neither signed nor ratified.
NOT_SIGNED = ("IND", "PAK", "PRK")


def _source(
    id: str,
    kind: tm.SourceKind,
    publisher: str,
    title: str,
    url: str,
    published: str | None = None,
    lang: str = "en",
    note: str | None = None,
) -> tm.Source:
    return tm.Source(
        id=id,
        kind=kind,
        publisher=publisher,
        title=title,
        url=url,
        published=None if published is None else D(published),
        lang=lang,
        note=note,
    )


CTBTO = "CTBTO Preparatory Commission"
MOFAJ = "Ministry of Foreign Affairs of Japan"


def sources() -> tuple[tm.Source, ...]:
    """The sources of the research notes that the record cites."""
    return (
        _source(
            TEXT,
            K.OFFICIAL_TEXT,
            "Government of the Netherlands (wetten.overheid.nl, BWBV0004747), mirrored by "
            "statengeneraal/laws-markdown",
            "Comprehensive Nuclear-Test-Ban Treaty (English text)",
            "https://github.com/statengeneraal/laws-markdown/blob/243945bf9b17dbbcc8268ba3d5df2297806d3cef/"
            "verdrag/comprehensive/nuclear-test-ban/treaty/BWBV0004747/README.md",
            note="The English text as published in the Dutch official treaty database, read in a GitHub "
            "mirror.",
        ),
        _source(
            "untc",
            K.TREATY_DATABASE,
            "United Nations Treaty Collection",
            "MTDSG Chapter XXVI-4: Comprehensive Nuclear-Test-Ban Treaty",
            "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-4.en.xml",
            note='Only the header ("New York, 10 September 1996", not in force) could be read; the status '
            "table could not.",
        ),
        _source(
            "ctbto-faq",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "FAQ: opening for signature",
            "https://www.ctbto.org/faqs/?uid=31&cHash=0a5de2c0459f60306307717c1fce3a99",
        ),
        _source(
            "fas-sigs",
            K.REFERENCE,
            "Federation of American Scientists",
            "CTBT signatories",
            "https://nuke.fas.org/control/ctbt/text/ctbtsigs.htm",
        ),
        _source(
            FORTY_ONE_SIGNED,
            K.OFFICIAL_STATEMENT,
            "Conference on Facilitating the Entry into Force of the CTBT (via FAS)",
            "Final Declaration adopted",
            "https://nuke.fas.org/control/ctbt/review99/press_release5.htm",
            "1999-10-08",
            note="Gives 154 signatures and 51 ratifications, of which 41 and 26 by Annex 2 states.",
        ),
        _source(
            "daisaku",
            K.ANALYSIS,
            "Daisaku Ikeda 2019 Peace Proposal",
            "Annex 2 States",
            "https://www.daisakuikeda.org/sub/resources/works/props/2019-peace-proposal-full/annex-2-states.html",
            "2019",
        ),
        _source(
            "atomicarchive",
            K.REFERENCE,
            "AtomicArchive.com",
            "Comprehensive Test Ban Treaty (1996)",
            "https://atomicarchive.com/resources/treaties/ctbt.html",
        ),
        _source(
            "it-mission-vienna",
            K.OFFICIAL_STATEMENT,
            "Permanent Mission of Italy, Vienna",
            "CTBTO",
            "https://italiarappvienna.esteri.it/it/litalia-e-le-organizzazioni-internazionali/aiea/ctbto/",
            lang="it",
            note="Names the nine Annex 2 states that have not ratified or have revoked their ratification.",
        ),
        _source(
            "ctbto-floyd-2023",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Statement by Dr Robert Floyd, Executive Secretary",
            "https://www.ctbto.org/resources/for-the-media/press-releases/statement-dr-robert-floyd-executive-"
            "secretary-comprehensive",
            "2023-10-18",
            note="Gives 187 signatures and 178 ratifications.",
        ),
        _source(
            "esteri-ita",
            K.OFFICIAL_STATEMENT,
            "Italian Ministry of Foreign Affairs",
            "Comprehensive Test-Ban Treaty (CTBT)",
            "https://www.esteri.it/mae/en/politica_estera/temi_globali/disarmo/armi_nucleari/"
            "trattati_multilaterali/ctbt.html",
        ),
        _source(
            "it-l484",
            K.OFFICIAL_TEXT,
            "Parlamento italiano",
            "Legge 15 dicembre 1998, n. 484",
            "https://parlamento.it/parlam/leggi/98484l.htm",
            "1998-12-15",
            "it",
            "The law authorising the ratification.",
        ),
        _source(
            "ctbto-dza",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "PI/2003/26 Algeria's ratification brings the CTBT closer to entry into force",
            "https://ctbto.org/news-and-events/press-releases/algerias-ratification-brings-comprehensive-"
            "nuclear-test-ban-treaty",
            "2003-07",
        ),
        _source(
            "mofaj-dza",
            K.OFFICIAL_STATEMENT,
            MOFAJ,
            "Statement on the ratification of the CTBT by Algeria",
            "https://www.mofa.go.jp/announce/announce/2003/7/0722-2.html",
            "2003-07-22",
        ),
        _source(
            "elmoudjahid",
            K.NEWS_ARTICLE,
            "El Moudjahid",
            "Algeria and the CTBT",
            "http://www.elmoudjahid.com/en/flash-actu/3511",
            "2018-05-11",
        ),
        _source(
            "ctbto-cp-arg",
            K.TREATY_DATABASE,
            CTBTO,
            "Country profile: Argentina",
            "https://www.ctbto.org/the-treaty/country-profiles/?country=7&cHash=bde13e2061029629812077d691296490",
        ),
        _source(
            "ctbto-arg",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Argentina ratifies CTBT",
            "https://www-beta.ctbto.org/resources/for-the-media/press-releases/argentina-ratifies-comprehensive-"
            "nuclear-test-ban-treaty",
            "1998-12",
        ),
        _source(
            "dfat",
            K.OFFICIAL_STATEMENT,
            "Australian Department of Foreign Affairs and Trade",
            "Comprehensive Nuclear-Test-Ban Treaty",
            "https://www.dfat.gov.au/international-relations/security/non-proliferation-disarmament-arms-"
            "control/policies-agreements-treaties/Pages/comprehensive-nuclear-test-ban-treaty",
        ),
        _source(
            "ctbto-aus",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Australia ninth member State to sign facility agreement",
            "https://www-beta.ctbto.org/resources/for-the-media/press-releases/australia-ninth-member-state-"
            "sign-facility-agreement",
        ),
        _source(
            "ctbto-cp-aut",
            K.TREATY_DATABASE,
            CTBTO,
            "Country profile: Austria",
            "https://www.ctbto.org/the-treaty/country-profiles/?textonly=1&country=10&"
            "cHash=c654e0f4e609d7ff5917d43d60fe5fe7",
        ),
        _source(
            "sobjano",
            K.OTHER,
            "sobjano.com",
            "Bangladesh and the CTBT (quiz)",
            "https://sobjano.com/437584",
            lang="bn",
            note="A quiz site: a source of low reliability.",
        ),
        _source(
            "mofaj-bgd",
            K.OFFICIAL_STATEMENT,
            MOFAJ,
            "Ratification of the CTBT by Bangladesh",
            "https://www.mofa.go.jp/announce/announce/2000/3/308.html",
            "2000-03-08",
        ),
        _source(
            "ctbto-prepcom-2000",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "PrepCom calls on States to sign and ratify the CTBT during the Millennium Summit",
            "https://www-dev.ctbto.org/resources/for-the-media/press-releases/ctbto-preparatory-commission-"
            "calls-states-sign-and-ratify",
            "2000",
            note="Lists the 60 states that had ratified, shortly before the Millennium Summit of 6-8 "
            "September 2000.",
        ),
        _source(
            "ctbto-est",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Estonia ratifies CTBT",
            "https://www-beta.ctbto.org/news-and-events/press-releases/estonia-ratifies-comprehensive-nuclear-"
            "test-ban-treaty",
            "1999-08",
            note="Lists the 42 other states that had ratified when Estonia deposited on 13 August 1999.",
        ),
        _source(
            "aca-bra",
            K.NEWS_ARTICLE,
            "Arms Control Association",
            "Arms Control Today June/July 1998 (Brazil CTBT)",
            "https://armscontrol.org/node/3169",
            "1998",
        ),
        _source(
            "ctbto-bra-chl",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "PI/2003/04 Executive Secretary concludes mission to Brazil and Chile",
            "https://www.ctbto.org/press-centre/press-releases/2003/executive-secretary-concludes-mission-to-"
            "brazil-and-chile/?textonly=1",
            "2003",
        ),
        _source(
            "fas-tbn25",
            K.NEWS_ARTICLE,
            "Federation of American Scientists",
            "Test Ban News 25",
            "http://www.fas.org/nuke/control/ctbt/news/tbn25.htm",
            "1998",
        ),
        _source(
            "ctbto-can",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "First Canadian seismological station certified",
            "http://ctbto.org/press-centre/press-releases/2000/first-canadian-seismological-station-to-monitor-"
            "compliance-with-ctbt-certified/",
            "2000",
        ),
        _source(
            "mofaj-chl",
            K.OFFICIAL_STATEMENT,
            MOFAJ,
            "Statement on the ratification of the CTBT by Chile",
            "https://www.mofa.go.jp/announce/announce/2000/4/414.html",
            "2000-04-13",
        ),
        _source(
            "unoda-chn",
            K.TREATY_DATABASE,
            "UNODA Treaties Database",
            "China: Signature of CTBT",
            "http://disarmament.un.org/treaties/a/ctbt/china/sig/un",
        ),
        _source(
            "unsg-col",
            K.UN_DOCUMENT,
            "United Nations",
            "SG/SM/11395: Secretary-General welcomes Colombia's ratification of the CTBT",
            "https://www.un.org/press/en/2008/sgsm11395.doc.htm",
            "2008-01-30",
        ),
        _source(
            "mofaj-col",
            K.OFFICIAL_STATEMENT,
            MOFAJ,
            "Statement on the ratification of the CTBT by Colombia",
            "https://www.mofa.go.jp/announce/announce/2008/1/1177459_924.html",
            "2008-01",
        ),
        _source(
            "nz-goff",
            K.OFFICIAL_STATEMENT,
            "New Zealand Government (Phil Goff), via Scoop",
            "CTBT statement",
            "https://www.scoop.co.nz/stories/PA0603/S00421.htm",
            "2006-03-24",
        ),
        _source(
            "ctbto-cod",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Democratic Republic of the Congo ratifies CTBT",
            "https://www.ctbto.org/news-and-events/news/democratic-republic-congo-ratifies-ctbt-bringing-total-"
            "annex-2-states-ratify",
            "2004",
        ),
        _source(
            "mofaj-cod",
            K.OFFICIAL_STATEMENT,
            MOFAJ,
            "Statement on the ratification of the CTBT by the Democratic Republic of the Congo",
            "https://www.mofa.go.jp/announce/announce/2004/9/0930.html",
            "2004-09-30",
        ),
        _source(
            "banmonitor-egy",
            K.ANALYSIS,
            "Nuclear Weapons Ban Monitor",
            "Egypt profile",
            "https://banmonitor.org/profiles/egypt",
        ),
        _source(
            "ctbto-fin",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Finland ratifies CTBT",
            "https://www.ctbto.org/resources/for-the-media/press-releases/finland-ratifies-comprehensive-"
            "nuclear-test-ban-treaty",
            "1999-01",
            note="Lists the 26 other signatories that had ratified when Finland deposited on 15 January "
            "1999.",
        ),
        _source(
            "ctbto-cp-fra",
            K.TREATY_DATABASE,
            CTBTO,
            "Country profile: France",
            "https://www.ctbto.org/the-treaty/country-profiles/?textonly=1&country=62&"
            "cHash=110be4218ff800c6a7f62a2ec394baae",
        ),
        _source(
            "fas-fra-1998",
            K.OFFICIAL_STATEMENT,
            "French Government (via FAS)",
            "France deposits CTBT ratification",
            "http://fas.org/news/france/980406-ctbt.htm",
            "1998-04-06",
        ),
        _source(
            "fr-uk-2023",
            K.OFFICIAL_STATEMENT,
            "French Ministry for Europe and Foreign Affairs",
            "Joint statement by France and the United Kingdom on the 25th anniversary of their ratification "
            "of the CTBT",
            "https://www.diplomatie.gouv.fr/en/country-files/united-kingdom/news/article/draft-joint-statement-"
            "by-france-and-the-united-kingdom-on-the-occasion-of-the",
            "2023-04-06",
        ),
        _source(
            "fco-1998",
            K.OFFICIAL_STATEMENT,
            "UK Foreign and Commonwealth Office (via FAS)",
            "UK ratifies CTBT",
            "http://www.fas.org/news/uk/06apr98.htm",
            "1998-04-06",
        ),
        _source(
            "unoda-deu",
            K.TREATY_DATABASE,
            "UNODA Treaties Database",
            "Germany: Signature of CTBT",
            "https://treaties.unoda.org/a/ctbt/germany/SIG/un",
        ),
        _source(
            "ctbto-deu",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Germany ratifies CTBT",
            "https://www.ctbto.org/resources/for-the-media/press-releases/germany-ratifies-ctbt",
            "1998-08",
            note="Lists the states that had ratified when Germany deposited on 20 August 1998.",
        ),
        _source(
            "hu-fm-2001",
            K.OFFICIAL_STATEMENT,
            "Hungarian Foreign Minister János Martonyi (via FAS)",
            "Statement at the Second Conference on Facilitating the Entry into Force of the CTBT",
            "https://nuke.fas.org/control/ctbt/review01/12nov_hungary.htm",
            "2001-11-12",
        ),
        _source(
            "hu-mfa-2017",
            K.OFFICIAL_STATEMENT,
            "Hungarian Ministry of Foreign Affairs and Trade",
            "Banning nuclear testing is more important than ever before",
            "https://akadalymentes.2015-2019.kormany.hu/en/ministry-of-foreign-affairs-and-trade/news/banning-"
            "nuclear-testing-is-more-important-than-ever-before",
            "2017",
        ),
        _source(
            "unoda-idn",
            K.OFFICIAL_STATEMENT,
            "UNODA",
            "Indonesia ratifies CTBT",
            "https://disarmament.unoda.org/news/indonesia-ctbt/",
            "2012-02-06",
        ),
        _source(
            "unsg-idn-2011",
            K.UN_DOCUMENT,
            "United Nations",
            "SG/SM/13995 on the ratification of the CTBT by Indonesia's House of Representatives",
            "https://press.un.org/en/2011/sgsm13995.doc.htm",
            "2011-12",
        ),
        _source(
            "afp-irn",
            K.NEWS_ARTICLE,
            "AFP (via iran-e-sabz.org)",
            "Iran and the CTBT",
            "http://www.iran-e-sabz.org/news/weapons5.htm",
            "2000-01-04",
        ),
        _source(
            "cns-irn",
            K.ANALYSIS,
            "James Martin Center for Nonproliferation Studies (NAM profiles)",
            "Iran profile",
            "http://cns.miis.edu/nam/index.php/site/showProfile/52",
        ),
        _source(
            "unoda-isr",
            K.TREATY_DATABASE,
            "UNODA Treaties Database",
            "Israel: Signature of CTBT",
            "http://disarmament.un.org/treaties/a/ctbt/israel/sig/un",
        ),
        _source(
            "ctbto-isr",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Working on the 'when' of Israel's ratification",
            "https://www.ctbto.org/press-centre/news-stories/2016/working-on-the-when-of-israels-ratification/",
            "2016",
        ),
        _source(
            "ctbto-jpn",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Japan ratifies the CTBT",
            "http://ctbto.org/press-centre/press-releases/1997/japan-ratifies-the-ctbt/",
        ),
        _source(
            "ctbto-mex",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Mexican Foreign Minister, affirming support for CTBTO, calls on the world",
            "https://www.ctbto.org/resources/for-the-media/press-releases/mexican-foreign-minister-affirming-"
            "support-ctbto-calls-world",
        ),
        _source(
            "ctbto-cp-nor",
            K.TREATY_DATABASE,
            CTBTO,
            "Country profile: Norway",
            "https://www.ctbto.org/the-treaty/country-profiles/?textonly=1&country=128&"
            "cHash=22e96c881d9f39d10666c1f69eb41177",
        ),
        _source(
            "per-fm-2001",
            K.OFFICIAL_STATEMENT,
            "Peruvian Foreign Ministry (via FAS)",
            "Statement at the 2001 Conference on Facilitating the Entry into Force of the CTBT",
            "https://nuke.fas.org/control/ctbt/review01/11nov_peru.htm",
            "2001-11-11",
        ),
        _source(
            "ctbto-kor",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Republic of Korea ratifies CTBT",
            "https://www-beta.ctbto.org/resources/for-the-media/press-releases/republic-korea-ratifies-"
            "comprehensive-nuclear-test-ban",
            "1999-09",
        ),
        _source(
            "mae-rou",
            K.OFFICIAL_STATEMENT,
            "Romanian Ministry of Foreign Affairs",
            "Disarmament and non-proliferation: CTBT",
            "https://www.mae.ro/en/print/2868?page=4",
        ),
        _source(
            "ro-l152",
            K.OFFICIAL_TEXT,
            "Parlamentul României (Monitorul Oficial 478/1999)",
            "Legea nr. 152 din 4 octombrie 1999 pentru ratificarea CTBT",
            "https://legislatie.just.ro/Public/DetaliiDocumentAfis/19432",
            "1999-10-04",
            "ro",
        ),
        _source(
            "ctbto-svk",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Slovak Foreign Minister pays courtesy visit to Executive Secretary",
            "https://www-dev.ctbto.org/news-and-events/news/slovak-foreign-minister-pays-courtesy-visit-"
            "executive-secretary",
        ),
        _source(
            "ctbto-zaf",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "South Africa ratifies CTBT",
            "https://www-beta.ctbto.org/resources/for-the-media/press-releases/south-africa-ratifies-"
            "comprehensive-nuclear-test-ban-treaty",
            "1999-03",
        ),
        _source(
            "dirco",
            K.OFFICIAL_STATEMENT,
            "South African Department of International Relations and Cooperation",
            "CTBT",
            "https://dirco1.azurewebsites.net/foreign/Multilateral/inter/ctbt.htm",
        ),
        _source(
            "acronym-tjk",
            K.ANALYSIS,
            "Acronym Institute (Disarmament Diplomacy)",
            "CTBT ratifications (Tajikistan, June 1998)",
            "http://www.acronym.org.uk/old/archive/27ctbt.htm",
            "1998",
            note="Lists the states that had ratified when Tajikistan did (16 June 1998).",
        ),
        _source(
            "eth-che",
            K.OFFICIAL_STATEMENT,
            "Swiss Seismological Service, ETH Zurich",
            "Nuclear test ban treaty monitoring",
            "http://www.seismo.ethz.ch/en/home/bssed-imagewithtext/Nuclear-test-ban-treaty-monitoring-Treaty-and-"
            "organisation/",
        ),
        _source(
            "mfa-tur",
            K.OFFICIAL_STATEMENT,
            "Ministry of Foreign Affairs of Turkey",
            "No: 284, press release regarding the ratification of the CTBT by the Indonesian Parliament",
            "https://www.mfa.gov.tr/no_284_-7-december-2011_-press-release-regarding-the-ratification-of-the-"
            "ctbt-by-the-indonesian-parliament.en.mfa",
            "2011-12-07",
        ),
        _source(
            "day-ukr",
            K.NEWS_ARTICLE,
            "The Day (Den), Kyiv",
            "International exercise at Chornobyl",
            "https://old.day.kyiv.ua/en/article/day-after-day/international-exercise-chornobyl",
        ),
        _source(
            "ctbto-uae",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "United Arab Emirates ratifies CTBT",
            "https://ctbto-web.leman.un-icc.cloud/news-and-events/press-releases/united-arab-emirates-ratifies-"
            "comprehensive-nuclear-test-ban-treaty",
            "2000-09",
            note="Lists the 65 states that had ratified by 18 September 2000.",
        ),
        _source(
            "ctbto-vnm",
            K.OFFICIAL_STATEMENT,
            CTBTO,
            "Viet Nam becomes thirty-fourth Annex 2 State to ratify",
            "https://www.ctbto.org/resources/for-the-media/press-releases/viet-nam-becomes-thirty-fourth-annex-"
            "2-state-ratify",
            "2006-03",
        ),
        _source(
            "vnplus",
            K.NEWS_ARTICLE,
            "VietnamPlus",
            "Vietnam reaffirms support for UN disarmament goals",
            "https://en.vietnamplus.vn/vietnam-reaffirms-support-for-un-disarmament-goals/13071.vnp",
        ),
        _source(
            "peoplesdaily-2000",
            K.NEWS_ARTICLE,
            "People's Daily",
            "Putin signs CTBT ratification law",
            "http://en.people.cn/english/200005/29/print20000529_41804.html",
            "2000-05-29",
        ),
        _source(
            "unis-sg2551",
            K.UN_DOCUMENT,
            "UN Information Service Vienna",
            "UNIS/SG/2551: Secretary-General gratified by the Russian Federation's ratification of the CTBT",
            "https://unis.unvienna.org/unis/en/pressrels/2000/sg2551.html",
            "2000-04-25",
        ),
        _source(
            "vertic-2023",
            K.ANALYSIS,
            "VERTIC",
            "Commentary on de-ratification of the CTBT by Russia",
            "https://www.vertic.org/2023/10/commentary-on-de-ratification-of-the-ctbt-by-russia/",
            "2023-10",
        ),
        _source(
            "tass-1692875",
            K.NEWS_ARTICLE,
            "TASS",
            "State Duma passes bill revoking CTBT ratification",
            "https://tass.com/politics/1692875",
            "2023-10-18",
        ),
        _source(
            "tass-1700673",
            K.NEWS_ARTICLE,
            "TASS",
            "Putin signs law revoking CTBT ratification",
            "https://tass.com/politics/1700673/amp",
            "2023-11-02",
        ),
        _source(
            "tass-1701531",
            K.NEWS_ARTICLE,
            "TASS",
            "Notification to the CTBT depositary",
            "https://tass.com/politics/1701531",
            "2023-11-03",
        ),
        _source(
            "interfax-96191",
            K.NEWS_ARTICLE,
            "Interfax",
            "Russia notifies CTBT depositary of withdrawal of ratification instrument",
            "https://interfax.com/newsroom/top-stories/96191/",
            "2023-11-03",
        ),
        _source(
            "unsg-2023",
            K.UN_DOCUMENT,
            "United Nations",
            "SG/SM/22022: Secretary-General deeply regrets the Russian Federation's decision to revoke its "
            "ratification of the CTBT",
            "https://press.un.org/en/2023/sgsm22022.doc.htm",
            "2023-11-06",
        ),
    )


def people() -> tuple[tm.Person, ...]:
    """The persons a source names for a recorded act."""
    return (
        tm.Person(id="putin", name="Vladimir Putin", sources=("peoplesdaily-2000", "tass-1700673")),
        tm.Person(id="lavrov", name="Sergei Lavrov", sources=("interfax-96191",)),
        tm.Person(id="natalegawa", name="Marty Natalegawa", sources=("unoda-idn",)),
    )


def consent_clause() -> tm.ConsentClause:
    """Articles XII and XIII: ratification by signatories, accession after entry into force."""
    return tm.ConsentClause(
        by_signature=False,
        accession=True,
        article="Articles XII and XIII",
        text="This Treaty shall be subject to ratification by States Signatories according to their "
        "respective constitutional processes. [...] Any State which does not sign this Treaty before its "
        "entry into force may accede to it at any time thereafter.",
        sources=(TEXT,),
    )


def entry_into_force_clause() -> tm.EntryIntoForceClause:
    """Article XIV(1) and (5): 180 days after the last Annex 2 deposit, not before 24 September 1998."""
    return tm.EntryIntoForceClause(
        mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS,
        required=tuple(S(code=code) for code in ANNEX_2),
        delay=tm.Period(days=180),
        # "In no case earlier than two years after its opening for signature" (24 September 1996).
        not_before=D("1998-09-24"),
        later_parties=tm.Period(days=30),
        article="Article XIV(1) and (5); Annex 2",
        text="1. This Treaty shall enter into force 180 days after the date of deposit of the instruments of "
        "ratification by all States listed in Annex 2 to this Treaty, but in no case earlier than two years "
        "after its opening for signature. [...] 5. For States whose instruments of ratification or "
        "accession are deposited subsequent to the entry into force of this Treaty, it shall enter into "
        "force on the 30th day following the date of deposit of their instruments of ratification or "
        "accession.",
        sources=(TEXT, "untc"),
    )


def signature_period() -> tm.SignaturePeriod:
    """Article XI: open to all states before entry into force; opened in New York on 24 September 1996."""
    return tm.SignaturePeriod(
        opens=OPENED,
        place=NEW_YORK,
        article="Article XI",
        sources=(TEXT, "ctbto-faq", "fas-sigs"),
    )


def withdrawal_clause() -> tm.WithdrawalClause:
    """Article IX(2)-(3): six months' notice, for extraordinary events."""
    return tm.WithdrawalClause(
        notice=tm.Period(months=6),
        article="Article IX(2)-(3)",
        text="2. Each State Party shall, in exercising its national sovereignty, have the right to withdraw "
        "from this Treaty if it decides that extraordinary events related to the subject matter of this "
        "Treaty have jeopardized its supreme interests. 3. Withdrawal shall be effected by giving notice six "
        "months in advance to all other States Parties, the Executive Council, the Depositary and the United "
        "Nations Security Council. Notice of withdrawal shall include a statement of the extraordinary event "
        "or events which a State Party regards as jeopardizing its supreme interests.",
        sources=(TEXT,),
    )


def _date(text: str) -> tm.DateValue | None:
    return parse_date(text) if text else None


def _signatures_and_ratifications() -> tuple[tm.PartyAction, ...]:
    """Each Annex 2 state's signature and ratification, where they happened."""
    found = []
    for code, row in ANNEX_2.items():
        if row.signature is not None:
            found.append(
                tm.PartyAction(
                    kind=tm.PartyActionKind.SIGNATURE,
                    party=S(code=code),
                    date=_date(row.signature),
                    note=row.signature_note,
                    sources=row.signature_sources,
                )
            )
        if row.ratification is not None and code != "RUS":
            found.append(
                tm.PartyAction(
                    kind=tm.PartyActionKind.RATIFICATION,
                    party=S(code=code),
                    date=_date(row.ratification),
                    performed_by="natalegawa" if code == "IDN" else None,
                    note=row.ratification_note,
                    sources=row.ratification_sources,
                )
            )
    return tuple(found)


def _domestic_steps() -> tuple[tm.PartyAction, ...]:
    """Laws and parliamentary approvals the sources date (Russia's are with its revocation)."""
    return (
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION_LAW,
            party=S(code="ITA"),
            date=D("1998-12-15"),
            note="Law no. 484 of 15 December 1998, authorising the ratification (it-l484, esteri-ita).",
            sources=("it-l484", "esteri-ita"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION_LAW,
            party=S(code="ROU"),
            date=D("1999-10-04"),
            note="Law no. 152 of 4 October 1999 on the ratification, Monitorul Oficial 478 (ro-l152).",
            sources=("ro-l152",),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=S(code="IDN"),
            date=D("2011-12-06"),
            body="House of Representatives",
            sources=("unsg-idn-2011",),
        ),
    )


def _russia() -> tuple[tm.PartyAction, ...]:
    """Russia's ratification of 2000, with its domestic steps, and its revocation of 2023."""
    rus = S(code="RUS")
    row = ANNEX_2["RUS"]
    return (
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=rus,
            date=D("2000-04-21"),
            body="State Duma",
            sources=("peoplesdaily-2000", "unis-sg2551"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=rus,
            date=D("2000-05-17"),
            body="Federation Council",
            sources=("peoplesdaily-2000",),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION_LAW,
            party=rus,
            date=D("2000-05-27"),
            performed_by="putin",
            note='"Russian President Vladimir Putin on Saturday signed the Federal Law on the Ratification '
            'of the CTBT" (peoplesdaily-2000, of Monday 29 May 2000); "ratified by Russia on May 27, 2000" '
            "(tass-1700673).",
            sources=("peoplesdaily-2000", "tass-1700673"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION,
            party=rus,
            date=D(row.ratification or ""),
            note=row.ratification_note,
            sources=row.ratification_sources,
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
            party=rus,
            date=D("2023-10-18"),
            body="State Duma",
            note='Adopted the law revoking the ratification, which "cancels Article 1 of the law On the '
            'Ratification" (tass-1692875).',
            sources=("tass-1692875",),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.RATIFICATION_LAW,
            party=rus,
            date=D("2023-11-02"),
            performed_by="putin",
            note="Putin signed the law amending the law on the ratification, in force on its publication: "
            'it "creates a legal basis for Russia to withdraw its instrument of ratification, but does not '
            'imply the country\'s withdrawal from the CTBT" (tass-1700673). "Russia revoked its ratification '
            'on Nov 2, 2023" (atomicarchive) refers to this law.',
            sources=("tass-1700673", "atomicarchive", "interfax-96191"),
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.REVOCATION,
            party=rus,
            date=D("2023-11-03"),
            performed_by="lavrov",
            note='A message from Foreign Minister Lavrov to the depositary "concerning the withdrawal by our '
            'country of the CTBT ratification instrument", reported on 3 November 2023; "Russia remains a '
            'signatory to the CTBT" (interfax-96191) and a member of the Preparatory Commission '
            "(ctbto-floyd-2023). Not a withdrawal under Article IX, which is for States Parties after entry "
            "into force. The day the depositary recorded it is not reported.",
            sources=(
                "interfax-96191",
                "tass-1701531",
                "unsg-2023",
                "ctbto-floyd-2023",
                "it-mission-vienna",
            ),
        ),
    )


def treaty() -> tm.Agreement:
    """The CTBT, with its final clauses and the acts of the Annex 2 states."""
    return tm.Agreement(
        id=TREATY_ID,
        title="Comprehensive Nuclear-Test-Ban Treaty",
        kind=tm.AgreementKind.TREATY,
        # Not registered in the UN Treaty Series: registration follows entry into force (Article XVI(4)).
        external_ids=(
            tm.ExternalId(scheme=tm.IdScheme.UNTC, value="XXVI-4", sources=("untc",)),
            tm.ExternalId(
                scheme=tm.IdScheme.NATIONAL, name="wetten.overheid.nl", value="BWBV0004747", sources=(TEXT,)
            ),
        ),
        parties=tuple(S(code=code) for code, row in ANNEX_2.items() if row.signature is not None),
        legally_binding=True,
        date=D("1996-09-10"),
        place=NEW_YORK,
        languages=("ar", "zh", "en", "fr", "ru", "es"),
        party_actions=(*_signatures_and_ratifications(), *_domestic_steps(), *_russia()),
        milestones=(
            tm.Milestone(
                kind=tm.MilestoneKind.ADOPTION,
                date=D("1996-09-10"),
                note="Adopted by the UN General Assembly, resolution A/RES/50/245.",
                sources=("untc", "esteri-ita"),
            ),
            tm.Milestone(
                kind=tm.MilestoneKind.OPENING_FOR_SIGNATURE,
                date=OPENED,
                note="71 states signed that day in New York, the United States first (ctbto-faq, fas-sigs).",
                sources=("ctbto-faq", "fas-sigs"),
            ),
        ),
        consent_clause=consent_clause(),
        entry_into_force_clause=entry_into_force_clause(),
        signature_period=signature_period(),
        withdrawal_clause=withdrawal_clause(),
        summary="Not in force: it needs the ratification of all 44 states of Annex 2. India, Pakistan and "
        "the Democratic People's Republic of Korea have not signed; China, Egypt, Iran, Israel and the "
        "United States have signed and not ratified (daisaku); Russia revoked its ratification in November "
        "2023 (it-mission-vienna).",
        sources=(
            TEXT,
            "untc",
            "ctbto-faq",
            FORTY_ONE_SIGNED,
            "daisaku",
            "atomicarchive",
            "it-mission-vienna",
        ),
    )


def build() -> tm.Dossier:
    """The CTBT and the 44 states of its Annex 2."""
    dossier = tm.Dossier(
        id="ctbt-1996",
        title="The Comprehensive Nuclear-Test-Ban Treaty (1996) and its Annex 2 states",
        description="The Comprehensive Nuclear-Test-Ban Treaty, opened for signature on 24 September 1996 "
        "and not in force. The record holds the 44 states of Annex 2 only, the states whose ratification its "
        "entry into force requires (Article XIV), not the treaty's other signatories and parties (187 "
        "signatures and 178 ratifications in October 2023, ctbto-floyd-2023). For each: its signature and "
        "ratification where the sources report them, undated where they report the act but not its day; "
        "and Russia's revocation of its ratification in November 2023.",
        states=tuple(tm.State(code=code, name=row.name) for code, row in ANNEX_2.items()),
        persons=people(),
        agreements=(treaty(),),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
