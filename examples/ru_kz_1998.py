"""Lineage record: the Declaration on Eternal Friendship and Alliance of 6 July 1998.

Signed in Moscow by Boris Yeltsin and Nursultan Nazarbayev during Nazarbayev's
working visit to Russia, it is the first document to state that relations
between the two states are allied. It is a declaration, not a treaty (some
secondary accounts call it a treaty; the sources cited here do not). Facts come
from the sources the research notes cite (``shared/research/``, section 1.6);
the presidents' tenures come from a reference source. The visit's other days
and program are not reported, so the visit is dated to the month and holds only
the signing.

Run as a script, it prints a readable summary::

    python examples/ru_kz_1998.py
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

DECLARATION_ID = "ru-kz-declaration-1998"
VISIT_ID = "nazarbayev-russia-1998-07"
SIGNED = D("1998-07-06")
ROW = ("egemen-189389", "iri-t641")


def sources() -> tuple[tm.Source, ...]:
    """The sources of the declaration's row in the research notes, and the reference for the tenures."""
    return (
        tm.Source(
            id="egemen-189389",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Egemen Qazaqstan",
            url="http://en.egemen.kz/article/189389-20th-anniversary-of-declaration-on-eternal-friendship-"
            "and-alliance-between-kazak",
            lang="en",
            note="On the declaration's 20th anniversary.",
        ),
        tm.Source(
            id="iri-t641",
            kind=tm.SourceKind.OTHER,
            publisher="IRI (iri.edu.ar)",
            url="https://iri.edu.ar/publicaciones_iri/IRI%20COMPLETO%20-%20Publicaciones-V05/Publicaciones/"
            "T6/T641.htm",
        ),
        reference("yeltsin"),
        reference("nazarbayev"),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents who signed the declaration, their offices and tenures."""
    persons = (
        tm.Person(id="yeltsin", name="Boris Yeltsin", sources=ROW),
        tm.Person(id="nazarbayev", name="Nursultan Nazarbayev", sources=ROW),
    )
    offices = presidential_offices()
    tenures = tenures_of("yeltsin", "nazarbayev")
    return persons, offices, tenures


def declaration() -> tm.Agreement:
    """The Declaration of 6 July 1998."""
    return tm.Agreement(
        id=DECLARATION_ID,
        title="Declaration on Eternal Friendship and Alliance Oriented to the 21st Century",
        kind=tm.AgreementKind.DECLARATION,
        parties=(RUS, KAZ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=SIGNED,
        place=MOSCOW,
        signatures=(
            tm.Signature(signatory="yeltsin", party=RUS, date=SIGNED, office="president-rus", sources=ROW),
            tm.Signature(signatory="nazarbayev", party=KAZ, date=SIGNED, office="president-kaz", sources=ROW),
        ),
        relationship_level="alliance",
        summary="The first document to state the allied nature of relations between Russia and Kazakhstan.",
        sources=ROW,
    )


def visit() -> tm.Visit:
    """Nazarbayev's working visit to Russia, known only by the day of the signing."""
    return tm.Visit(
        id=VISIT_ID,
        kind=tm.VisitKind.WORKING,
        guest="nazarbayev",
        guest_state="KAZ",
        host="yeltsin",
        host_state="RUS",
        # Only the day of the signing is reported: the visit is dated to the month, not to invented days.
        start=D("1998-07"),
        end=D("1998-07"),
        places=(MOSCOW,),
        program=(
            tm.Event(
                id="signing-1998",
                kind=tm.EventKind.SIGNING_CEREMONY,
                date=SIGNED,
                venue=MOSCOW,
                participants=("yeltsin", "nazarbayev"),
                description="Signing of the Declaration on Eternal Friendship and Alliance Oriented to the "
                "21st Century.",
                sources=ROW,
            ),
        ),
        agreements=(DECLARATION_ID,),
        sources=ROW,
    )


def build() -> tm.Dossier:
    """The 1998 declaration and the visit it was signed during."""
    persons, offices, tenures = people()
    dossier = tm.Dossier(
        id="ru-kz-1998",
        title="Russia-Kazakhstan: the Declaration on Eternal Friendship and Alliance (1998)",
        description="The declaration signed in Moscow on 6 July 1998 by Boris Yeltsin and Nursultan "
        "Nazarbayev during Nazarbayev's working visit. Part of the lineage of the Declaration of "
        "12 November 2025 (dossier ru-kz-2025).",
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
