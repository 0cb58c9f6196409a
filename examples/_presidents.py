"""The presidents who signed the Russia-Kazakhstan lineage, shared by the record builders.

The offices, the tenures and the reference source for their dates are the same in
every record of the lineage; writing them once keeps the records consistent, so
that dossiers combined with ``tm.merge`` agree on them.
"""

from __future__ import annotations

import treatymodel as tm

__all__ = ["presidential_offices", "reference", "tenures"]

#: Each president's office, Wikipedia article, and terms as (start, end or None).
_PRESIDENTS: dict[str, tuple[str, str, tuple[tuple[str, str | None], ...]]] = {
    "yeltsin": ("president-rus", "Boris_Yeltsin", (("1991-07-10", "1999-12-31"),)),
    "putin": ("president-rus", "Vladimir_Putin", (("2000-05-07", "2008-05-07"), ("2012-05-07", None))),
    "nazarbayev": ("president-kaz", "Nursultan_Nazarbayev", (("1990-04-24", "2019-03-19"),)),
    "tokayev": ("president-kaz", "Kassym-Jomart_Tokayev", (("2019-03-20", None),)),
}


def presidential_offices() -> tuple[tm.Office, tm.Office]:
    """The presidencies of Russia and Kazakhstan."""
    return (
        tm.Office(
            id="president-rus",
            title="President of the Russian Federation",
            role=tm.OfficeRole.HEAD_OF_STATE,
            represents=tm.StateRef(code="RUS"),
        ),
        tm.Office(
            id="president-kaz",
            title="President of the Republic of Kazakhstan",
            role=tm.OfficeRole.HEAD_OF_STATE,
            represents=tm.StateRef(code="KAZ"),
        ),
    )


def reference(person: str) -> tm.Source:
    """The reference source for a president's tenure dates (id ``wikipedia-<person>``)."""
    article = _PRESIDENTS[person][1]
    return tm.Source(
        id=f"wikipedia-{person}",
        kind=tm.SourceKind.REFERENCE,
        publisher="Wikipedia",
        url=f"https://en.wikipedia.org/wiki/{article}",
        lang="en",
    )


def tenures(*persons: str) -> tuple[tm.Tenure, ...]:
    """Every presidential term of ``persons``, citing `reference`."""
    return tuple(
        tm.Tenure(
            person=person,
            office=_PRESIDENTS[person][0],
            start=tm.PartialDate.parse(start),
            end=tm.PartialDate.parse(end) if end else None,
            sources=(f"wikipedia-{person}",),
        )
        for person in persons
        for start, end in _PRESIDENTS[person][2]
    )
