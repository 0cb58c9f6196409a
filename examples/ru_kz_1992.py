"""Lineage record: the Treaty on Friendship, Cooperation and Mutual Assistance of 25 May 1992.

The first treaty between the Russian Federation and the Republic of Kazakhstan,
in force from 9 October 1992, and the Protocol of 7 June 2012, signed in
Astana, which amended it and extended it by ten years. Facts come from the
sources the research notes cite (``shared/research/``, section 1.6); the
presidents' tenures come from a reference source. Where the treaty was signed,
who signed the protocol, and when the extension took effect are not reported,
so they are not recorded.

Run as a script, it prints a readable summary::

    python examples/ru_kz_1992.py
"""

from __future__ import annotations

import treatymodel as tm
from _identity import identify
from _presidents import presidential_offices, reference
from _presidents import tenures as tenures_of

D = tm.PartialDate.parse
RUS = tm.StateRef(code="RUS")
KAZ = tm.StateRef(code="KAZ")

TREATY_ID = "ru-kz-treaty-1992"
PROTOCOL_ID = "ru-kz-protocol-2012"
#: The sources the research notes cite for the treaty and its protocol, each for every fact of the row.
ROW = ("ng-181225052022", "cis-legislation-8601", "daijiworld-139768")


def sources() -> tuple[tm.Source, ...]:
    """The sources of the treaty's row in the research notes, and the reference for the tenures."""
    return (
        tm.Source(
            id="ng-181225052022",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Nezavisimaya Gazeta",
            url="https://ng.ru/cis/2022-05-25/100_181225052022.html",
            published=D("2022-05-25"),
            lang="ru",
        ),
        tm.Source(
            id="cis-legislation-8601",
            kind=tm.SourceKind.TREATY_DATABASE,
            publisher="CIS Legislation",
            url="https://cis-legislation.com/document.fwx?rgn=8601",
        ),
        tm.Source(
            id="daijiworld-139768",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Daijiworld",
            url="https://daijiworld.com/index.php/news/newsDisplay?newsID=139768",
            lang="en",
        ),
        reference("yeltsin"),
        reference("nazarbayev"),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents who signed the treaty, their offices and tenures."""
    persons = (
        tm.Person(id="yeltsin", name="Boris Yeltsin", sources=("wikipedia-yeltsin",)),
        tm.Person(id="nazarbayev", name="Nursultan Nazarbayev", sources=("wikipedia-nazarbayev",)),
    )
    offices = presidential_offices()
    tenures = tenures_of("yeltsin", "nazarbayev")
    return persons, offices, tenures


def treaty() -> tm.Agreement:
    """The Treaty of 25 May 1992, signed by the two presidents."""
    signed = D("1992-05-25")
    return tm.Agreement(
        id=TREATY_ID,
        title="Treaty on Friendship, Cooperation and Mutual Assistance between the Russian Federation and "
        "the Republic of Kazakhstan",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=signed,
        signatures=(
            tm.Signature(
                signatory="yeltsin",
                party=RUS,
                date=signed,
                office="president-rus",
                sources=(*ROW, "wikipedia-yeltsin"),
            ),
            tm.Signature(
                signatory="nazarbayev",
                party=KAZ,
                date=signed,
                office="president-kaz",
                sources=(*ROW, "wikipedia-nazarbayev"),
            ),
        ),
        milestones=(
            tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("1992-10-09"), sources=ROW),
            tm.Milestone(
                kind=tm.MilestoneKind.EXTENSION,
                date=D("2012-06-07"),
                note="Extended by ten years by the Protocol signed in Astana on 7 June 2012; the date is "
                "the protocol's signature, as the day the extension took effect is not reported.",
                sources=ROW,
            ),
        ),
        summary="Signed by the presidents of Russia and Kazakhstan; the sources name the office, and the "
        "tenures name who held it that day.",
        sources=ROW,
    )


def protocol() -> tm.Agreement:
    """The Protocol of 7 June 2012 that amended the treaty and extended it by ten years."""
    return tm.Agreement(
        id=PROTOCOL_ID,
        title="Protocol of 7 June 2012 to the Treaty on Friendship, Cooperation and Mutual Assistance of "
        "25 May 1992",
        kind=tm.AgreementKind.PROTOCOL,
        parties=(RUS, KAZ),
        bilateral=True,
        date=D("2012-06-07"),
        place=tm.Place(name="Astana", state="KAZ"),
        party_actions=tuple(
            tm.PartyAction(kind=tm.PartyActionKind.SIGNATURE, party=party, date=D("2012-06-07"), sources=ROW)
            for party in (RUS, KAZ)
        ),
        relations=(
            tm.Relation(kind=tm.RelationKind.AMENDS, target=TREATY_ID, sources=ROW),
            tm.Relation(kind=tm.RelationKind.EXTENDS, target=TREATY_ID, sources=ROW),
        ),
        summary="Amends the 1992 treaty and extends it by ten years. Its official title and its "
        "signatories are not reported; the title here describes it.",
        sources=ROW,
    )


def build() -> tm.Dossier:
    """The 1992 treaty and its 2012 protocol."""
    persons, offices, tenures = people()
    dossier = tm.Dossier(
        id="ru-kz-1992",
        title="Russia-Kazakhstan: the Treaty on Friendship, Cooperation and Mutual Assistance (1992)",
        description="The treaty of 25 May 1992, in force from 9 October 1992, and the protocol of 7 June "
        "2012 that amended it and extended it by ten years. Part of the lineage of the Declaration of "
        "12 November 2025 (dossier ru-kz-2025).",
        states=(tm.State(code="RUS", name="Russia"), tm.State(code="KAZ", name="Kazakhstan")),
        persons=persons,
        offices=offices,
        tenures=tenures,
        agreements=(treaty(), protocol()),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
