"""External identifiers of the states and organizations in the bundled records, with their sources.

Wikidata items and Correlates of War state numbers as Our World in Data's country table lists
them (one maintained crosswalk of ISO 3166 codes, COW numbers and Wikidata items); every COW
number agrees with a copy of the COW state system list (states2016.csv). Organizations' Wikidata
items from the "supraverden" table of supranational bodies. COW letter codes clash with ISO 3166
(COW ``CZE`` is Czechoslovakia), so only COW numbers are recorded.
"""

from __future__ import annotations

import attrs

import treatymodel as tm

OWID = tm.Source(
    id="owid-countries",
    kind=tm.SourceKind.REFERENCE,
    publisher="Our World in Data",
    title="CountriesRegions: ISO 3166, Correlates of War and Wikidata codes of countries",
    url="https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/"
    "packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts",
)
COW = tm.Source(
    id="cow-states-2016",
    kind=tm.SourceKind.REFERENCE,
    publisher="Correlates of War Project (copy on GitHub)",
    title="State System Membership List, v2016 (states2016.csv)",
    url="https://github.com/vivekmithlesh/GSOC_MIC_TEST/blob/4c030038e038457e1c6e0fea1402bc05d4bb4af9/states2016.csv",
)
SUPRA = tm.Source(
    id="supraverden-bodies",
    kind=tm.SourceKind.REFERENCE,
    publisher="supraverden (GitHub)",
    title="ALL_BODIES: supranational bodies with their Wikidata codes",
    url="https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md",
)

INTERFAX = tm.Source(
    id="interfax-83178",
    kind=tm.SourceKind.NEWS_ARTICLE,
    publisher="Interfax",
    title="Tokayev signs law renaming Kazakh capital back to Astana",
    url="https://interfax.com/newsroom/top-stories/83178/",
    published=tm.PartialDate.parse("2022-09-19"),
    lang="en",
)


def _capitals() -> tuple[tm.Capital, ...]:
    """Kazakhstan's capitals with their dates.

    Moved to Akmola in December 1997, renamed Astana in May 1998, Nur-Sultan in March 2019 (20 or 23
    March: the parliament's vote and the decree), and Astana again by the law reported signed on
    19 September 2022 (Interfax).
    """
    d = tm.PartialDate.parse
    changed_2022 = tm.UncertainDate.parse("2022-09-01/2022-09-19")
    cite = (INTERFAX.id,)
    return (
        tm.Capital(name="Almaty", end=d("1997-12"), sources=cite),
        tm.Capital(name="Akmola", start=d("1997-12"), end=d("1998-05"), sources=cite),
        tm.Capital(name="Astana", start=d("1998-05"), end=d("2019-03"), sources=cite),
        tm.Capital(name="Nur-Sultan", start=d("2019-03"), end=changed_2022, sources=cite),
        tm.Capital(name="Astana", start=changed_2022, sources=cite),
    )


#: State code -> (Wikidata item, COW state number).
STATES: dict[str, tuple[str | None, str | None]] = {
    "ARG": ("Q414", "160"),
    "ARM": ("Q399", "371"),
    "AUS": ("Q408", "900"),
    "AUT": ("Q40", "305"),
    "AZE": ("Q227", "373"),
    "BEL": ("Q31", "211"),
    "BGD": ("Q902", "771"),
    "BGR": ("Q219", "355"),
    "BIH": ("Q225", "346"),
    "BLR": ("Q184", "370"),
    "BRA": ("Q155", "140"),
    "CAN": ("Q16", "20"),
    "CHE": ("Q39", "225"),
    "CHL": ("Q298", "155"),
    "CHN": ("Q148", "710"),
    "COD": ("Q974", "490"),
    "COL": ("Q739", "100"),
    "CSK": (None, "315"),
    "CZE": ("Q213", "316"),
    "DEU": ("Q183", "255"),
    "DNK": ("Q35", "390"),
    "DZA": ("Q262", "615"),
    "EGY": ("Q79", "651"),
    "ESP": ("Q29", "230"),
    "EST": ("Q191", "366"),
    "FIN": ("Q33", "375"),
    "FRA": ("Q142", "220"),
    "GBR": ("Q145", "200"),
    "GEO": ("Q230", "372"),
    "GRC": ("Q41", "350"),
    "HRV": ("Q224", "344"),
    "HUN": ("Q28", "310"),
    "IDN": ("Q252", "850"),
    "IND": ("Q668", "750"),
    "IRN": ("Q794", "630"),
    "ISL": ("Q189", "395"),
    "ISR": ("Q801", "666"),
    "ITA": ("Q38", "325"),
    "JPN": ("Q17", "740"),
    "KAZ": ("Q232", "705"),
    "KGZ": ("Q813", "703"),
    "KOR": ("Q884", "732"),
    "LTU": ("Q37", "368"),
    "LUX": ("Q32", "212"),
    "LVA": ("Q211", "367"),
    "MDA": ("Q217", "359"),
    "MEX": ("Q96", "70"),
    "NLD": ("Q29999", "210"),
    "NOR": ("Q20", "385"),
    "PAK": ("Q843", "770"),
    "PER": ("Q419", "135"),
    "POL": ("Q36", "290"),
    "PRK": ("Q423", "731"),
    "PRT": ("Q45", "235"),
    "ROU": ("Q218", "360"),
    "RUS": ("Q159", "365"),
    "SVK": ("Q214", "317"),
    "SVN": ("Q215", "349"),
    "SWE": ("Q34", "380"),
    "TJK": ("Q863", "702"),
    "TKM": ("Q874", "701"),
    "TUR": ("Q43", "640"),
    "UKR": ("Q212", "369"),
    "USA": ("Q30", "2"),
    "UZB": ("Q265", "704"),
    "VNM": ("Q881", "816"),
    "ZAF": ("Q258", "560"),
}

#: Organization id -> Wikidata item.
ORGANIZATIONS: dict[str, str] = {
    "un": "Q1065",
    "csto": "Q318693",
    "eaeu": "Q4173083",
    "sco": "Q485207",
    "cis": "Q7779",
}


def _state_ids(code: str) -> tuple[tm.ExternalId, ...]:
    wikidata, cow = STATES.get(code, (None, None))
    ids = []
    if wikidata is not None:
        ids.append(tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value=wikidata, sources=(OWID.id,)))
    if cow is not None:
        ids.append(tm.ExternalId(scheme=tm.IdScheme.COW_STATE, value=cow, sources=(OWID.id, COW.id)))
    return tuple(ids)


def identify(dossier: tm.Dossier) -> tm.Dossier:
    """``dossier`` with the identifiers above on its states and organizations, and their sources."""
    states = tuple(
        attrs.evolve(
            s,
            external_ids=s.external_ids + _state_ids(s.code),
            capitals=_capitals() if s.code == "KAZ" and not s.capitals else s.capitals,
        )
        for s in dossier.states
    )
    organizations = tuple(
        attrs.evolve(
            o,
            external_ids=o.external_ids
            + (
                (tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value=ORGANIZATIONS[o.id], sources=(SUPRA.id,)),)
                if o.id in ORGANIZATIONS
                else ()
            ),
        )
        for o in dossier.organizations
    )
    ids = [e for s in states for e in s.external_ids] + [e for o in organizations for e in o.external_ids]
    used = {i for e in ids for i in e.sources}
    used |= {i for s in states for c in s.capitals for i in c.sources}
    known = {s.id for s in dossier.sources}
    extra = tuple(s for s in (OWID, COW, SUPRA, INTERFAX) if s.id in used and s.id not in known)
    return attrs.evolve(dossier, states=states, organizations=organizations, sources=dossier.sources + extra)
