"""Lineage record: the Treaty on Good-Neighbourliness and Alliance in the 21st Century of 11 November 2013.

Signed in Yekaterinburg by Vladimir Putin and Nursultan Nazarbayev at the 10th
Russia-Kazakhstan Interregional Cooperation Forum. Four of its articles are
recorded as the Central Asia-Caucasus Analyst summarizes them (paraphrases,
not the text). Facts come from the sources the research notes cite
(``shared/research/``, section 1.6); the presidents' tenures come from a
reference source.

Left out as unverified: the date of entry into force (no source gives it, so no
milestone is recorded), and an "update in 2020" that one outlet reports and no
other confirms (see the ``globnews-declaration`` source's note).

Run as a script, it prints a readable summary::

    python examples/ru_kz_2013.py
"""

from __future__ import annotations

import treatymodel as tm
from _identity import identify
from _presidents import presidential_offices, reference
from _presidents import tenures as tenures_of

D = tm.PartialDate.parse
RUS = tm.StateRef(code="RUS")
KAZ = tm.StateRef(code="KAZ")
YEKATERINBURG = tm.Place(name="Yekaterinburg", state="RUS")

TREATY_ID = "ru-kz-treaty-2013"
SIGNED = D("2013-11-11")
CACI = "cacianalyst-12863"
#: Sources for the signing: the treaty, its signatories, and the forum it was signed at.
SIGNING = (CACI, "yekaterinburgnews-510538636")
FORUM = ("ura-1052168823", "soyuzmash-forum-2013", "nakanune-22330236")


def sources() -> tuple[tm.Source, ...]:
    """The sources of the treaty's row in the research notes, and the reference for the tenures."""
    return (
        tm.Source(
            id=CACI,
            kind=tm.SourceKind.ANALYSIS,
            publisher="Central Asia-Caucasus Analyst",
            # As the research notes give it, with the host's trailing dot dropped and the quotation
            # marks percent-encoded.
            url="https://cacianalyst.org/publications/field-reports/item/12863-russia-and-kazakhstan-clinch-"
            "%E2%80%9Calliance-for-the-21-century%E2%80%9D.html",
            lang="en",
            note="Field report; summarizes articles 1, 2, 3 and 10 of the treaty.",
        ),
        tm.Source(
            id="yekaterinburgnews-510538636",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Yekaterinburg News",
            url="https://yekaterinburgnews.com/stories/510538636-newsinator-putin-kazakh-president-nazarbayev-"
            "attend-interregional-forum-for-cooperation",
            lang="en",
        ),
        tm.Source(
            id="ura-1052168823",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="URA.RU",
            url="https://amp.ura.news/news/1052168823",
            lang="ru",
        ),
        tm.Source(
            id="soyuzmash-forum-2013",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Soyuzmash",
            url="https://soyuzmash.ru/news/companies-news/vladimir-putin-i-nursultan-nazarbaev-vysoko-"
            "otsenili-uroven-organizatsii-foruma-rossiya-kazakhstan-v/",
            lang="ru",
        ),
        tm.Source(
            id="nakanune-22330236",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Nakanune.ru",
            url="https://pda.nakanune.ru/news/2013/11/6/22330236",
            published=D("2013-11-06"),
            lang="ru",
        ),
        tm.Source(
            id="globnews-declaration",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Glob-News",
            url="https://glob-news.com/en/putin-and-kazakh-president-sign-declaration-on-comprehensive-"
            "partnership.html",
            lang="en",
            note="Says the 2013 treaty was 'updated in 2020'. No other source confirms it (unverified), so "
            "no amendment is recorded; this record cites the source for nothing else.",
        ),
        reference("putin"),
        reference("nazarbayev"),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents who signed the treaty, their offices and tenures."""
    persons = (
        tm.Person(id="putin", name="Vladimir Putin", sources=SIGNING),
        tm.Person(id="nazarbayev", name="Nursultan Nazarbayev", sources=SIGNING),
    )
    offices = presidential_offices()
    tenures = tenures_of("putin", "nazarbayev")
    return persons, offices, tenures


def articles() -> tuple[tuple[tm.Section, ...], tuple[tm.Commitment, ...]]:
    """Articles 1, 2, 3 and 10 as the Analyst summarizes them, each with its commitments.

    The headings are the editor's short paraphrases; the treaty's own wording is
    not recorded. The verbs are the editor's coding of those paraphrases.
    """
    topic, verb = tm.Topic, tm.CommitmentVerb
    sections = (
        tm.Section(
            id="art-1",
            kind=tm.SectionKind.ARTICLE,
            number="1",
            heading="Trust, strategic partnership and comprehensive cooperation",
            sources=(CACI,),
        ),
        tm.Section(
            id="art-2",
            kind=tm.SectionKind.ARTICLE,
            number="2",
            heading="Sovereignty, territorial integrity, no blocs directed against the other party",
            sources=(CACI,),
        ),
        tm.Section(
            id="art-3",
            kind=tm.SectionKind.ARTICLE,
            number="3",
            heading="Coordination of foreign-policy initiatives",
            sources=(CACI,),
        ),
        tm.Section(
            id="art-10",
            kind=tm.SectionKind.ARTICLE,
            number="10",
            heading="The Customs Union and the Common Economic Space",
            sources=(CACI,),
        ),
    )
    commitments = (
        tm.Commitment(
            id="c-2013-trust-partnership",
            topics=(topic.POLITICS,),
            verb=verb.AGREE,
            summary="Build relations on trust, strategic partnership and comprehensive cooperation.",
            section="art-1",
            sources=(CACI,),
        ),
        tm.Commitment(
            id="c-2013-sovereignty",
            topics=(topic.INTERNATIONAL_LAW,),
            verb=verb.UNDERTAKE,
            summary="Respect each other's sovereignty and territorial integrity.",
            section="art-2",
            sources=(CACI,),
        ),
        tm.Commitment(
            id="c-2013-no-hostile-blocs",
            topics=(topic.SECURITY,),
            verb=verb.UNDERTAKE,
            summary="Not join blocs directed against the other party.",
            section="art-2",
            sources=(CACI,),
        ),
        tm.Commitment(
            id="c-2013-foreign-policy",
            topics=(topic.POLITICS,),
            verb=verb.AGREE,
            summary="Coordinate foreign-policy initiatives.",
            section="art-3",
            sources=(CACI,),
        ),
        tm.Commitment(
            id="c-2013-customs-union",
            topics=(topic.INTEGRATION,),
            verb=verb.AGREE,
            summary="Strengthen the Customs Union and the Common Economic Space.",
            organizations=("customs-union", "common-economic-space"),
            section="art-10",
            sources=(CACI,),
        ),
    )
    return sections, commitments


def treaty() -> tm.Agreement:
    """The Treaty of 11 November 2013."""
    sections, commitments = articles()
    return tm.Agreement(
        id=TREATY_ID,
        title="Treaty on Good-Neighbourliness and Alliance in the 21st Century",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=SIGNED,
        place=YEKATERINBURG,
        signatures=(
            tm.Signature(signatory="putin", party=RUS, date=SIGNED, office="president-rus", sources=SIGNING),
            tm.Signature(
                signatory="nazarbayev", party=KAZ, date=SIGNED, office="president-kaz", sources=SIGNING
            ),
        ),
        sections=sections,
        commitments=commitments,
        relationship_level="alliance",
        summary="Signed at the 10th Russia-Kazakhstan Interregional Cooperation Forum in Yekaterinburg. "
        "Only articles 1, 2, 3 and 10 are recorded, as summarized by the Central Asia-Caucasus Analyst; "
        "its entry into force is not reported.",
        sources=(*SIGNING, *FORUM),
    )


def build() -> tm.Dossier:
    """The 2013 treaty."""
    persons, offices, tenures = people()
    dossier = tm.Dossier(
        id="ru-kz-2013",
        title="Russia-Kazakhstan: the Treaty on Good-Neighbourliness and Alliance in the 21st Century (2013)",
        description="The treaty signed in Yekaterinburg on 11 November 2013 by Vladimir Putin and "
        "Nursultan Nazarbayev at the 10th Interregional Cooperation Forum. Part of the lineage of the "
        "Declaration of 12 November 2025 (dossier ru-kz-2025). Nazarbayev's trip to the forum is not "
        "recorded as a visit: the reporting does not give its kind or dates.",
        states=(tm.State(code="RUS", name="Russia"), tm.State(code="KAZ", name="Kazakhstan")),
        organizations=(
            tm.Organization(id="customs-union", name="Customs Union"),
            tm.Organization(id="common-economic-space", name="Common Economic Space"),
        ),
        persons=persons,
        offices=offices,
        tenures=tenures,
        agreements=(treaty(),),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
