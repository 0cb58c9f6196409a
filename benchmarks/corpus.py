"""A deterministic benchmark corpus of realistic shape.

Agreements are mostly bilateral (two parties, two signatures); one in eight is
multilateral, with 3 to 150 parties, each signed for by its foreign minister. Every
agreement has 4 to 20 sections (some with points), 10 to 60 commitments, partial
dates (a year, a month or a day), a lifecycle for the binding ones and a relation to
an earlier agreement. Visits have 6 to 12 events. A dossier holds consistent
persons, offices and tenures (three consecutive holders of a president's and a
foreign minister's office per state), so the rules do real work and find nothing.

    corpus.dossier(10_000)                 # a tm.Dossier of 10,000 agreements
    corpus.write_corpus(".benchmarks")     # agreements-*.jsonl and dossier-*.json files

Run ``python benchmarks/corpus.py [DIR]`` to write the files (default ``.benchmarks``,
which git ignores). Same seed, same bytes.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

import pycountry

import treatymodel as tm

SIZES = (1_000, 10_000, 100_000)
D = tm.PartialDate
#: 160 current ISO codes, so that the largest multilateral agreement finds 150 parties.
CODES = sorted(c.alpha_3 for c in pycountry.countries)[:160]
TERMS = 3  # consecutive holders of each office
TERM_YEARS = 14
FIRST_YEAR = 1990
SOURCES = 200
TOPICS = list(tm.Topic)
VERBS = list(tm.CommitmentVerb)
EVENT_KINDS = [
    tm.EventKind.ARRIVAL,
    tm.EventKind.WELCOME_CEREMONY,
    tm.EventKind.PRIVATE_MEETING,
    tm.EventKind.TALKS,
    tm.EventKind.SIGNING_CEREMONY,
    tm.EventKind.PRESS_STATEMENTS,
    tm.EventKind.STATE_DINNER,
    tm.EventKind.WREATH_LAYING,
    tm.EventKind.MEETING,
    tm.EventKind.FORUM,
    tm.EventKind.CULTURAL_EVENT,
    tm.EventKind.DEPARTURE,
]
PER_VISIT = 3  # agreements signed during each bilateral visit


def _term(year: int) -> int:
    return min((year - FIRST_YEAR) // TERM_YEARS, TERMS - 1)


def _holder(label: str, code: str, year: int) -> str:
    return f"{label}-{code.lower()}-{_term(year)}"


def people() -> tuple[list[tm.Person], list[tm.Office], list[tm.Tenure]]:
    persons, offices, tenures = [], [], []
    for code in CODES:
        for role, label, title in (
            (tm.OfficeRole.HEAD_OF_STATE, "president", "President"),
            (tm.OfficeRole.FOREIGN_MINISTER, "fm", "Minister of Foreign Affairs"),
        ):
            office_id = f"{label}-{code.lower()}"
            offices.append(
                tm.Office(
                    id=office_id, title=f"{title} of {code}", role=role, represents=tm.StateRef(code=code)
                )
            )
            for term in range(TERMS):
                pid = f"{label}-{code.lower()}-{term}"
                persons.append(tm.Person(id=pid, name=f"{title} {code} {term + 1}"))
                first = FIRST_YEAR + TERM_YEARS * term
                tenures.append(
                    tm.Tenure(
                        person=pid,
                        office=office_id,
                        start=D(year=first, month=1, day=1),
                        end=D(year=first + TERM_YEARS - 1, month=12, day=31) if term < TERMS - 1 else None,
                        sources=(f"src-{term}",),
                    )
                )
    return persons, offices, tenures


def sources() -> list[tm.Source]:
    kinds = list(tm.SourceKind)
    return [
        tm.Source(
            id=f"src-{i}",
            kind=kinds[i % len(kinds)],
            publisher=f"Outlet {i % 17}",
            title=f"Report number {i}",
            url=f"https://news.example.org/{i}",
            published=D(year=2000 + i % 25, month=1 + i % 12),
            lang=("en", "ru", "fr", "kk")[i % 4],
        )
        for i in range(SOURCES)
    ]


def _date(rng: random.Random, year: int) -> tm.PartialDate:
    """A lifecycle date to the year, the month or the day."""
    r = rng.random()
    if r < 0.2:
        return D(year=year)
    if r < 0.5:
        return D(year=year, month=rng.randint(1, 12))
    return D(year=year, month=rng.randint(1, 12), day=rng.randint(1, 28))


def _src(rng: random.Random) -> tuple[str, ...]:
    return (f"src-{rng.randrange(SOURCES)}",)


def _sections(rng: random.Random, aid: str) -> tuple[tm.Section, ...]:
    out = []
    for s in range(rng.randint(4, 20)):
        points = tuple(
            tm.Section(
                id=f"{aid}-s{s}-p{p}",
                kind=tm.SectionKind.POINT,
                number=f"{p + 1})",
                text=f"The Parties shall take measure {p + 1} of article {s + 1}.",
            )
            for p in range(rng.choice((0, 0, 2, 3)))
        )
        out.append(
            tm.Section(
                id=f"{aid}-s{s}",
                kind=tm.SectionKind.ARTICLE,
                number=str(s + 1),
                heading=f"Article {s + 1}" if s % 3 else None,
                text=None if points else f"The Parties shall cooperate in the field of article {s + 1}.",
                subsections=points,
            )
        )
    return tuple(out)


def _commitments(
    rng: random.Random, aid: str, parties: tuple[tm.StateRef, ...], sections: int
) -> tuple[tm.Commitment, ...]:
    out = []
    for c in range(rng.randint(10, 60)):
        bound = () if len(parties) > 2 or rng.random() < 0.8 else parties
        out.append(
            tm.Commitment(
                id=f"{aid}-c{c}",
                topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
                verb=rng.choice(VERBS),
                summary=f"Cooperate ({c + 1})",
                bound=bound,
                section=f"{aid}-s{rng.randrange(sections)}",
                sources=_src(rng) if rng.random() < 0.3 else (),
            )
        )
    return tuple(out)


def _agreement(
    rng: random.Random, index: int, parties: tuple[tm.StateRef, ...], signed: tm.PartialDate, head: bool
) -> tm.Agreement:
    aid = f"a{index}"
    year = signed.year
    multilateral = len(parties) > 2
    label = "fm" if multilateral or not head else "president"
    office = label
    signatures = tuple(
        tm.Signature(
            signatory=_holder(label, p.code, year),
            party=p,
            date=signed,
            office=f"{office}-{p.code.lower()}",
            full_powers=None if label == "president" else True,
        )
        for p in parties
    )
    binding = multilateral or not head
    sections = _sections(rng, aid)
    actions: tuple[tm.PartyAction, ...] = ()
    milestones: tuple[tm.Milestone, ...] = ()
    if binding:
        actions = tuple(
            tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=p, date=_date(rng, year + 1))
            for p in parties
        )
        milestones = (tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D(year=year + 2)),)
    relations = (
        (tm.Relation(kind=tm.RelationKind.BASED_ON, target=f"a{rng.randrange(index)}"),) if index else ()
    )
    return tm.Agreement(
        id=aid,
        title=f"Agreement {index} between {len(parties)} parties on cooperation",
        kind=_kind(multilateral, binding),
        parties=parties,
        bilateral=not multilateral,
        legally_binding=binding or None,
        level=tm.AgreementLevel.INTERSTATE if head else tm.AgreementLevel.INTERGOVERNMENTAL,
        date=signed,
        languages=("en", "ru") if not multilateral else ("en", "fr", "ru", "zh", "ar", "es"),
        signatures=signatures,
        sections=sections,
        commitments=_commitments(rng, aid, parties, len(sections)),
        party_actions=actions,
        milestones=milestones,
        relations=relations,
        sources=_src(rng),
    )


def _kind(multilateral: bool, binding: bool) -> tm.AgreementKind:
    if multilateral:
        return tm.AgreementKind.CONVENTION
    return tm.AgreementKind.AGREEMENT if binding else tm.AgreementKind.DECLARATION


def _parties(rng: random.Random) -> tuple[tm.StateRef, ...]:
    # Few large conventions, many small ones: 3..150, weighted towards the small end.
    n = min(150, 3 + int(rng.paretovariate(1.2) * 3) - 3)
    n = max(3, n)
    return tuple(tm.StateRef(code=c) for c in rng.sample(CODES, n))


def generate(n_agreements: int, seed: int = 20251112) -> Iterator[tm.Visit | tm.Agreement]:
    """The visits and agreements of a corpus, in order, each visit before its agreements."""
    rng = random.Random(seed)
    index = 0
    v = 0
    while index < n_agreements:
        year = rng.randint(1992, 2030)
        month, day = rng.randint(1, 12), rng.randint(1, 24)
        if rng.random() < 1 / 8 * PER_VISIT:  # a multilateral convention, adopted at a conference
            parties = _parties(rng)
            yield _agreement(rng, index, parties, D(year=year, month=month, day=day), head=False)
            index += 1
            continue
        guest, host = rng.sample(CODES, 2)
        ids = [f"a{i}" for i in range(index, min(index + PER_VISIT, n_agreements))]
        start, end = D(year=year, month=month, day=day), D(year=year, month=month, day=day + 2)
        g, h = _holder("president", guest, year), _holder("president", host, year)
        events = rng.randint(6, 12)
        kinds = [*EVENT_KINDS[: events - 1], tm.EventKind.DEPARTURE]
        program = tuple(
            tm.Event(
                id=f"v{v}-e{j}",
                kind=kind,
                date=D(year=year, month=month, day=day + min(2, j * 3 // events)),
                participants=(g, h),
                closed_to_press=True if kind is tm.EventKind.PRIVATE_MEETING else None,
                venue=tm.Place(name="Palace of Independence", locality=f"Capital of {host}", state=host),
            )
            for j, kind in enumerate(kinds)
        )
        yield tm.Visit(
            id=f"v{v}",
            kind=tm.VisitKind.STATE,
            guest=g,
            guest_state=guest,
            host=h,
            host_state=host,
            start=start,
            end=end,
            program=program,
            agreements=tuple(ids),
            sources=_src(rng),
        )
        v += 1
        signed = D(year=year, month=month, day=day + 1)
        parties = (tm.StateRef(code=guest), tm.StateRef(code=host))
        for n, _ in enumerate(ids):
            yield _agreement(rng, index, parties, signed, head=n == 0)
            index += 1


def agreements(n_agreements: int) -> Iterator[tm.Agreement]:
    """The agreements of a corpus, one at a time (for JSON Lines)."""
    for record in generate(n_agreements):
        if isinstance(record, tm.Agreement):
            yield record


def dossier(n_agreements: int) -> tm.Dossier:
    """A consistent dossier of ``n_agreements`` agreements and their visits."""
    persons, offices, tenures = people()
    visits, found = [], []
    for record in generate(n_agreements):
        (visits if isinstance(record, tm.Visit) else found).append(record)
    return tm.Dossier(
        id=f"bench-{n_agreements}",
        title=f"Benchmark corpus of {n_agreements} agreements",
        states=tuple(tm.State(code=c) for c in CODES),
        persons=tuple(persons),
        offices=tuple(offices),
        tenures=tuple(tenures),
        visits=tuple(visits),
        agreements=tuple(found),
        sources=tuple(sources()),
    )


def _current(path: Path) -> bool:
    """Whether ``path`` exists and was written in this library's format version."""
    if not path.exists():
        return False
    with path.open("rb") as handle:
        head = handle.read(200)
    return f'"version":"{tm.FORMAT_VERSION}"'.encode() in head


def write_corpus(folder: str | Path, sizes: tuple[int, ...] = SIZES) -> dict[str, Path]:
    """Write ``agreements-N.jsonl`` for every size and ``dossier-N.json`` up to 10k.

    Files already written in the current format version are kept; older ones are written again.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for n in sizes:
        path = out / f"agreements-{n}.jsonl"
        if not _current(path):
            tm.write_jsonl(agreements(n), path)  # atomic: a killed run leaves no partial file
        written[path.name] = path
        if n <= 10_000:
            path = out / f"dossier-{n}.json"
            if not _current(path):
                # 93 MB at 10k: over the default limit of 64 MiB, read back with the same max_bytes.
                path.write_text(tm.to_json(dossier(n), max_bytes=1 << 31), encoding="utf-8")
            written[path.name] = path
    return written


if __name__ == "__main__":
    for name, path in write_corpus(sys.argv[1] if len(sys.argv) > 1 else ".benchmarks").items():
        print(f"{name}: {path.stat().st_size / 1e6:.1f} MB")
