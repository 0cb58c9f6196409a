"""Organization record: the Shanghai Cooperation Organisation, its founding documents and its members.

The SCO was established by the Declaration signed in Shanghai on 15 June 2001 by the
heads of state of China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan;
its Charter was signed in St Petersburg on 7 June 2002 and entered into force on
19 September 2003. The founders are recorded as admitted on the day of the
Declaration (the sources say the organization was "established" then), so they are
members while the Charter awaits entry into force.

New members are admitted by decisions of the Council of Heads of State, in two
steps: a decision on signing the applicant's memorandum of obligations, then a
decision granting member status at a later summit (India and Pakistan: memoranda
of 24 June 2016, admitted 9 June 2017 at Astana; Iran: memorandum of 16 September
2022, admitted 4 July 2023; Belarus: memorandum of 4 July 2023, admitted 4 July 2024
at Astana). No source gives a day of effect later than the decision's. Observers
and dialogue partners are not members and are not recorded as such.

The Astana summit of 3-4 July 2024 is recorded as a meeting with the delegations
the press named, the decision on Belarus, and the Astana Declaration, whose
signatories the sources do not list. Left out, as no source was found: the
Charter's depositary and UN registration, the titles of the 2017 and 2023
decisions, and Wikidata items of the Declaration and the Charter.

Run as a script, it prints who was a member on a few days::

    python examples/sco.py
"""

from __future__ import annotations

import datetime as dt

import treatymodel as tm
from _identity import identify

D = tm.PartialDate.parse
S = tm.StateRef
K = tm.SourceKind

ORG = "sco"
CHARTER = "sco-charter-2002"
DECLARATION = "sco-declaration-2001"
ASTANA_DECLARATION = "sco-astana-declaration-2024"
FOUNDERS = ("CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB")
FOUNDED = D("2001-06-15")


def _source(
    sid: str,
    kind: tm.SourceKind,
    publisher: str,
    url: str,
    *,
    title: str | None = None,
    published: str | None = None,
    lang: str = "en",
) -> tm.Source:
    return tm.Source(
        id=sid,
        kind=kind,
        publisher=publisher,
        title=title,
        url=url,
        published=D(published) if published else None,
        lang=lang,
    )


def sources() -> tuple[tm.Source, ...]:
    """Where the facts come from (official pages, wire services and the press)."""
    return (
        _source(
            "sco-russia2020",
            K.OFFICIAL_STATEMENT,
            "SCO Russian Presidency 2019-2020",
            "https://eng.sco-russia2020.ru/russia_in_sco/20190531/992/About-the-Shanghai-Cooperation-Organisation.html",
            title="About the Shanghai Cooperation Organisation",
        ),
        _source(
            "mfa-uz-sco-documents",
            K.OFFICIAL_TEXT,
            "Ministry of Foreign Affairs of Uzbekistan",
            "https://mfa.uz/en/press/sco-uzbekistan/documents/?print=Y",
            title="Declaration on the establishment of the Shanghai Cooperation Organization",
        ),
        _source(
            "adilet-z030000465",
            K.OFFICIAL_TEXT,
            "Adilet (Kazakhstan's legal information system)",
            "http://www.adilet.zan.kz/rus/docs/Z030000465_/compare",
            title="Закон Республики Казахстан от 4 июля 2003 года N 465 о ратификации Хартии ШОС",
            lang="ru",
        ),
        _source(
            "cis-legislation-3851",
            K.TREATY_DATABASE,
            "CIS Legislation",
            "https://cis-legislation.com/document.fwx?rgn=3851",
            title="Charter of the Shanghai Cooperation Organization of June 7, 2002",
        ),
        _source(
            "inform-2016-tashkent",
            K.NEWS_ARTICLE,
            "Kazinform",
            "https://en.inform.kz/news/several-documents-signed-at-sco-summit-in-tashkent_a2918145/",
            title="Several documents signed at SCO summit in Tashkent",
            published="2016-06-24",
        ),
        _source(
            "tass-950697",
            K.NEWS_ARTICLE,
            "TASS",
            "http://tass.com/world/950697",
            published="2017-06-09",
        ),
        _source(
            "trend-2017-ind-pak",
            K.NEWS_ARTICLE,
            "Trend (reprinted by Xeber Saati)",
            "http://www.xebersaati.com/news/64401-india-and-pakistan-join-sco/",
            title="India and Pakistan join SCO",
            published="2017-06-09",
        ),
        _source(
            "xinhua-2022-samarkand",
            K.NEWS_ARTICLE,
            "Xinhua (People's Daily Online)",
            "http://en.people.cn/n3/2022/0916/c90000-10148236.html",
            published="2022-09-16",
        ),
        _source(
            "sputnik-2023-iran",
            K.NEWS_ARTICLE,
            "Sputnik",
            "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html",
            title="Iran becomes full-fledged member of Shanghai Cooperation Organization",
            published="2023-07-04",
        ),
        _source(
            "trend-3919620",
            K.NEWS_ARTICLE,
            "Trend",
            "https://en.trend.az/world/3919620.html",
            published="2024-07-04",
        ),
        _source(
            "astanatimes-2024-belarus",
            K.NEWS_ARTICLE,
            "The Astana Times",
            "https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/",
            title="SCO welcomes Belarus as its 10th member state",
            published="2024-07",
        ),
        _source(
            "astanatimes-2024-summit",
            K.NEWS_ARTICLE,
            "The Astana Times",
            "https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/",
            title="SCO summit kicks off in Astana",
            published="2024-07-04",
        ),
        _source(
            "xinhua-2024-astana",
            K.NEWS_ARTICLE,
            "Xinhua (Shanghai Daily)",
            "https://www.shine.cn/biz/event/2407045318/",
            published="2024-07-04",
        ),
        _source(
            "levant-2022-turkiye",
            K.NEWS_ARTICLE,
            "The Levant News",
            "https://thelevantnews.com/en/article/un-approves-turkey%27s-request-to-change-name-to-t%C3%BCrkiyejune-2,-2022,-8:05-am",
            title="UN approves Turkey's request to change name to Türkiye",
            published="2022-06-02",
        ),
    )


def bodies() -> tuple[tm.Body, ...]:
    """The bodies the sources name (the Charter's councils, the Secretariat and RATS)."""
    cite = ("sco-russia2020",)
    return (
        tm.Body(id="chs", name="Council of Heads of State", kind=tm.BodyKind.HEADS_OF_STATE, sources=cite),
        tm.Body(
            id="chg",
            name="Council of Heads of Government",
            kind=tm.BodyKind.HEADS_OF_GOVERNMENT,
            sources=cite,
        ),
        tm.Body(id="cfm", name="Council of Foreign Ministers", kind=tm.BodyKind.MINISTERS, sources=cite),
        tm.Body(id="secretariat", name="Secretariat", kind=tm.BodyKind.SECRETARIAT, sources=cite),
        tm.Body(id="rats", name="Regional Anti-Terrorist Structure", kind=tm.BodyKind.OTHER, sources=cite),
    )


def organization() -> tm.Organization:
    """The SCO, its founders admitted on the day of the Declaration."""
    founders = tuple(
        tm.MembershipAct(
            kind=tm.MembershipActKind.ADMISSION,
            member=S(code=code),
            date=FOUNDED,
            note="A founding member: the Declaration of 15 June 2001 established the organization.",
            sources=("sco-russia2020", "mfa-uz-sco-documents"),
        )
        for code in FOUNDERS
    )
    return tm.Organization(
        id=ORG,
        name="Shanghai Cooperation Organisation",
        acronym="SCO",
        founding_agreement=CHARTER,
        founded=FOUNDED,
        bodies=bodies(),
        membership_acts=founders,
        sources=("sco-russia2020",),
    )


def agreements() -> tuple[tm.Agreement, ...]:
    """The Declaration of 2001, the Charter of 2002 and the Astana Declaration of 2024."""
    founders = tuple(S(code=code) for code in FOUNDERS)
    declaration = tm.Agreement(
        id=DECLARATION,
        title="Declaration on the Establishment of the Shanghai Cooperation Organisation",
        kind=tm.AgreementKind.DECLARATION,
        date=FOUNDED,
        place=tm.Place(name="Shanghai", state="CHN"),
        parties=founders,
        sources=("sco-russia2020", "mfa-uz-sco-documents"),
    )
    charter = tm.Agreement(
        id=CHARTER,
        title="Charter of the Shanghai Cooperation Organisation",
        kind=tm.AgreementKind.CHARTER,
        date=D("2002-06-07"),
        place=tm.Place(name="St Petersburg", state="RUS"),
        parties=founders,
        party_actions=(
            tm.PartyAction(
                party=S(code="KAZ"),
                kind=tm.PartyActionKind.RATIFICATION_LAW,
                date=D("2003-07-04"),
                sources=("adilet-z030000465",),
            ),
        ),
        milestones=(
            tm.Milestone(
                kind=tm.MilestoneKind.ENTRY_INTO_FORCE,
                date=D("2003-09-19"),
                sources=("adilet-z030000465", "sco-russia2020"),
            ),
        ),
        external_ids=(
            tm.ExternalId(
                scheme=tm.IdScheme.NATIONAL,
                name="Бюллетень международных договоров Республики Казахстан",
                value="2004, No. 8, art. 44",
                volume="2004",
                sources=("adilet-z030000465",),
            ),
            tm.ExternalId(
                scheme=tm.IdScheme.OTHER,
                name="CIS Legislation",
                value="3851",
                sources=("cis-legislation-3851",),
            ),
        ),
        sources=("adilet-z030000465", "cis-legislation-3851", "sco-russia2020"),
    )
    astana = tm.Agreement(
        id=ASTANA_DECLARATION,
        title="Astana Declaration of the Council of Heads of State of the SCO",
        kind=tm.AgreementKind.DECLARATION,
        date=D("2024-07-04"),
        place=tm.Place(name="Astana", state="KAZ"),
        sources=("astanatimes-2024-summit",),
    )
    return declaration, charter, astana


def _admit(
    did: str, code: str, date: str, meeting: str | None, cite: tuple[str, ...], title: str | None = None
) -> tm.Decision:
    return tm.Decision(
        id=did,
        kind=tm.DecisionKind.ADMIT,
        organization=ORG,
        body="chs",
        date=D(date),
        title=title,
        subject=S(code=code),
        meeting=meeting,
        sources=cite,
    )


def _memorandum(did: str, code: str, date: str, cite: tuple[str, ...], title: str) -> tm.Decision:
    return tm.Decision(
        id=did,
        kind=tm.DecisionKind.OTHER,
        organization=ORG,
        body="chs",
        date=D(date),
        title=title,
        subject=S(code=code),
        sources=cite,
    )


def decisions() -> tuple[tm.Decision, ...]:
    """The Council of Heads of State's decisions on the memoranda and on admission."""
    tashkent = ("inform-2016-tashkent",)
    return (
        _memorandum(
            "sco-chs-2016-memorandum-ind",
            "IND",
            "2016-06-24",
            tashkent,
            "Decision on signing the Memorandum of Commitments of the Republic of India"
            " for obtaining SCO member country status",
        ),
        _memorandum(
            "sco-chs-2016-memorandum-pak",
            "PAK",
            "2016-06-24",
            tashkent,
            "Decision on signing the Memorandum of Commitments of the Islamic Republic of Pakistan"
            " for obtaining SCO member country status",
        ),
        _admit(
            "sco-chs-2017-admit-ind",
            "IND",
            "2017-06-09",
            "sco-astana-2017",
            ("tass-950697", "trend-2017-ind-pak"),
        ),
        _admit(
            "sco-chs-2017-admit-pak",
            "PAK",
            "2017-06-09",
            "sco-astana-2017",
            ("tass-950697", "trend-2017-ind-pak"),
        ),
        _memorandum(
            "sco-chs-2022-memorandum-irn",
            "IRN",
            "2022-09-16",
            ("xinhua-2022-samarkand",),
            "Memorandum of obligations on Iran's SCO membership",
        ),
        _admit("sco-chs-2023-admit-irn", "IRN", "2023-07-04", None, ("sputnik-2023-iran",)),
        _admit(
            "sco-chs-2024-admit-blr",
            "BLR",
            "2024-07-04",
            "sco-astana-2024",
            ("trend-3919620", "astanatimes-2024-belarus", "xinhua-2024-astana"),
            title="Decision on the full membership of the Republic of Belarus in the SCO",
        ),
    )


#: The delegations at Astana in 2024, as the Astana Times named them (India by its foreign minister).
ASTANA_2024 = (
    ("KAZ", "tokayev", "Kassym-Jomart Tokayev", tm.ParticipantRole.HOST),
    ("CHN", "xi-jinping", "Xi Jinping", tm.ParticipantRole.MEMBER),
    ("RUS", "putin", "Vladimir Putin", tm.ParticipantRole.MEMBER),
    ("TJK", "rahmon", "Emomali Rahmon", tm.ParticipantRole.MEMBER),
    ("UZB", "mirziyoyev", "Shavkat Mirziyoyev", tm.ParticipantRole.MEMBER),
    ("KGZ", "japarov", "Sadyr Japarov", tm.ParticipantRole.MEMBER),
    ("IRN", "mokhber", "Mohammad Mokhber", tm.ParticipantRole.MEMBER),
    ("PAK", "shehbaz-sharif", "Shehbaz Sharif", tm.ParticipantRole.MEMBER),
    ("IND", "jaishankar", "Subrahmanyam Jaishankar", tm.ParticipantRole.MEMBER),
    ("BLR", "lukashenko", "Aleksandr Lukashenko", None),
    ("MNG", "khurelsukh", "Ukhnaagiin Khürelsükh", tm.ParticipantRole.OBSERVER),
    ("AZE", "aliyev", "Ilham Aliyev", tm.ParticipantRole.GUEST),
    ("QAT", "tamim", "Tamim bin Hamad Al Thani", tm.ParticipantRole.GUEST),
    ("TUR", "erdogan", "Recep Tayyip Erdoğan", tm.ParticipantRole.GUEST),
)
#: Named by Xinhua among the states attending, without the person who led them.
ASTANA_2024_UNNAMED = ("ARE", "TKM")


def persons() -> tuple[tm.Person, ...]:
    """The leaders of the delegations at Astana in 2024."""
    return tuple(
        tm.Person(id=pid, name=name, sources=("astanatimes-2024-summit",)) for _, pid, name, _ in ASTANA_2024
    )


def meetings() -> tuple[tm.Meeting, ...]:
    """The Astana summits of 2017 (India and Pakistan admitted) and 2024 (Belarus admitted)."""
    named = tuple(
        tm.Participant(party=S(code=code), person=pid, role=role, sources=("astanatimes-2024-summit",))
        for code, pid, _, role in ASTANA_2024
    )
    unnamed = tuple(
        tm.Participant(party=S(code=code), sources=("xinhua-2024-astana",)) for code in ASTANA_2024_UNNAMED
    )
    return (
        tm.Meeting(
            id="sco-astana-2017",
            kind=tm.MeetingKind.SUMMIT,
            title="SCO summit, Astana 2017",
            organization=ORG,
            body="chs",
            host_state="KAZ",
            start=D("2017-06-08"),
            end=D("2017-06-09"),
            places=(tm.Place(name="Astana", state="KAZ"),),
            decisions=("sco-chs-2017-admit-ind", "sco-chs-2017-admit-pak"),
            sources=("tass-950697", "trend-2017-ind-pak"),
        ),
        tm.Meeting(
            id="sco-astana-2024",
            kind=tm.MeetingKind.SUMMIT,
            title="24th meeting of the SCO Council of Heads of State, Astana",
            organization=ORG,
            body="chs",
            host_state="KAZ",
            start=D("2024-07-03"),
            end=D("2024-07-04"),
            places=(tm.Place(name="Palace of Independence, Astana", state="KAZ"),),
            participants=named + unnamed,
            agreements=(ASTANA_DECLARATION,),
            decisions=("sco-chs-2024-admit-blr",),
            description="Held for the first time as a meeting of the Council of Heads of State together"
            " with an 'SCO plus' session. The UN Secretary-General and the leaders of the CIS, ECO, CICA,"
            " CSTO, the Eurasian Economic Commission and IOR-ARC also attended (Trend).",
            sources=("astanatimes-2024-summit", "xinhua-2024-astana", "trend-3919620"),
        ),
    )


def states() -> tuple[tm.State, ...]:
    """The members and the other states at the 2024 summit; Türkiye with its former name."""
    codes = (*FOUNDERS, "IND", "PAK", "IRN", "BLR", "MNG", "AZE", "QAT", "ARE", "TKM")
    turkey = tm.State(
        code="TUR",
        names=(
            tm.DatedName(name="Turkey", end=D("2022-06-01"), sources=("levant-2022-turkiye",)),
            tm.DatedName(name="Türkiye", start=D("2022-06-01"), sources=("levant-2022-turkiye",)),
        ),
    )
    return (*(tm.State(code=code) for code in codes), turkey)


def build() -> tm.Dossier:
    """The SCO: founding documents, members joining over time, two summits."""
    dossier = tm.Dossier(
        id="sco",
        title="The Shanghai Cooperation Organisation: founding, members and the Astana summits",
        description="The SCO's founding Declaration (2001) and Charter (2002, in force 2003), its bodies, the"
        " admissions of India and Pakistan (2017), Iran (2023) and Belarus (2024) by decisions of the Council"
        " of Heads of State, and the Astana summits of 2017 and 2024.",
        states=states(),
        organizations=(organization(),),
        persons=persons(),
        meetings=meetings(),
        decisions=decisions(),
        agreements=agreements(),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    sco = build()
    for day in (dt.date(2001, 6, 16), dt.date(2003, 9, 20), dt.date(2017, 6, 10), dt.date(2024, 7, 5)):
        members = ", ".join(ref.code for ref in sco.members_on(ORG, day))  # type: ignore[union-attr]
        print(f"{day}: {members}")
