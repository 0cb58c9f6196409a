"""Lineage record: the joint declaration on the 30th anniversary of diplomatic relations, 28 November 2022.

Signed in Moscow by Vladimir Putin and Kassym-Jomart Tokayev during Tokayev's
official visit to Russia. Facts come from the source the research notes cite
(``shared/research/``, section 1.6); the presidents' tenures come from a
reference source. The declaration's official title, its content and the
visit's other days are not reported: the title describes the document, and the
visit is dated to the month and holds only the signing.

Run as a script, it prints a readable summary::

    python examples/ru_kz_2022.py
"""

from __future__ import annotations

import treatymodel as tm
from _identity import identify
from _presidents import presidential_offices, reference
from _presidents import tenures as tenures_of

D = tm.PartialDate.parse
RUS = tm.StateRef(code="RUS")
KAZ = tm.StateRef(code="KAZ")
MOSCOW = tm.Place(name="Moscow", state="RUS")

DECLARATION_ID = "ru-kz-declaration-2022"
VISIT_ID = "tokayev-russia-2022-11"
SIGNED = D("2022-11-28")
TASS = "tass-1542739"


def sources() -> tuple[tm.Source, ...]:
    """The source of the declaration's row in the research notes, and the reference for the tenures."""
    return (
        tm.Source(
            id=TASS,
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="TASS",
            url="https://tass.com/politics/1542739/amp",
            lang="en",
        ),
        reference("putin"),
        reference("tokayev"),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents who signed the declaration, their offices and tenures."""
    persons = (
        tm.Person(id="putin", name="Vladimir Putin", sources=(TASS,)),
        tm.Person(id="tokayev", name="Kassym-Jomart Tokayev", sources=(TASS,)),
    )
    offices = presidential_offices()
    tenures = tenures_of("putin", "tokayev")
    return persons, offices, tenures


def declaration() -> tm.Agreement:
    """The joint declaration of 28 November 2022."""
    return tm.Agreement(
        id=DECLARATION_ID,
        title="Joint declaration on the 30th anniversary of diplomatic relations between Russia and "
        "Kazakhstan",
        kind=tm.AgreementKind.DECLARATION,
        parties=(RUS, KAZ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=SIGNED,
        place=MOSCOW,
        signatures=(
            tm.Signature(signatory="putin", party=RUS, date=SIGNED, office="president-rus", sources=(TASS,)),
            tm.Signature(
                signatory="tokayev", party=KAZ, date=SIGNED, office="president-kaz", sources=(TASS,)
            ),
        ),
        summary="Marks thirty years of diplomatic relations. Its official title and its content are not "
        "recorded; the title here describes the document.",
        sources=(TASS,),
    )


def visit() -> tm.Visit:
    """Tokayev's official visit to Russia, known only by the day of the signing."""
    return tm.Visit(
        id=VISIT_ID,
        kind=tm.VisitKind.OFFICIAL,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        # Only the day of the signing is reported: the visit is dated to the month, not to invented days.
        start=D("2022-11"),
        end=D("2022-11"),
        places=(MOSCOW,),
        program=(
            tm.Event(
                id="signing-2022",
                kind=tm.EventKind.SIGNING_CEREMONY,
                date=SIGNED,
                venue=MOSCOW,
                participants=("putin", "tokayev"),
                description="Signing of the joint declaration on the 30th anniversary of diplomatic "
                "relations.",
                sources=(TASS,),
            ),
        ),
        agreements=(DECLARATION_ID,),
        sources=(TASS,),
    )


def build() -> tm.Dossier:
    """The 2022 joint declaration and the visit it was signed during."""
    persons, offices, tenures = people()
    dossier = tm.Dossier(
        id="ru-kz-2022",
        title="Russia-Kazakhstan: the joint declaration on 30 years of diplomatic relations (2022)",
        description="The joint declaration signed in Moscow on 28 November 2022 by Vladimir Putin and "
        "Kassym-Jomart Tokayev during Tokayev's official visit. Part of the lineage of the Declaration "
        "of 12 November 2025 (dossier ru-kz-2025).",
        states=(tm.State(code="RUS", name="Russia"), tm.State(code="KAZ", name="Kazakhstan")),
        persons=persons,
        offices=offices,
        tenures=tenures,
        visits=(visit(),),
        agreements=(declaration(),),
        sources=sources(),
    )
    return identify(dossier)


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
