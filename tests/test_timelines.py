"""Timelines: the lanes and days as data, as SVG in the HTML cards, and as images (matplotlib)."""

from __future__ import annotations

import datetime as dt
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from _records import load_script
from treatymodel import datasets
from treatymodel.display import render_html
from treatymodel.timelines import lifecycle_lanes, lifecycle_svg, visit_days, visit_svg

ROOT = Path(__file__).resolve().parents[1]
SKIES = "open-skies-treaty-1992"

# The size of each image, in pixels, as the figure functions document it (100 dots per
# inch): lifecycles 10 inches wide and 1.75 + 0.25 per lane high (36, 41 and 2 parties);
# visits 4 inches per day (6 at least) and 1 + 0.5 per item of the fullest day (9 and 1).
SIZES = {
    "visit-ru-kz-2025.png": (800, 550),
    "visit-ru-kz-2022.png": (600, 150),
    "visit-ru-kz-1998.png": (600, 150),
    "lifecycle-open-skies-1992.png": (1000, 1075),
    "lifecycle-ctbt-1996.png": (1000, 1200),
    "lifecycle-ru-kz-1992.png": (1000, 225),
}


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return datasets.load("ru-kz-2025")


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_images_render_at_their_size(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.image import imread

    written = load_script("write_timelines").draw(tmp_path)
    assert {p.name for p in written} == set(SIZES)
    for path in written:
        assert _png_size(path) == SIZES[path.name]
        pixels = imread(path)
        assert pixels.shape[:2] == SIZES[path.name][::-1]
        assert pixels.std() > 0.05, f"{path.name} is blank"


def test_the_docs_show_the_committed_images() -> None:
    page = (ROOT / "docs" / "timelines.md").read_text(encoding="utf-8")
    for name, size in SIZES.items():
        assert f"](img/{name})" in page
        assert _png_size(ROOT / "docs" / "img" / name) == size


def test_lanes_follow_the_engine() -> None:
    skies = datasets.load("open-skies-1992")
    lanes = {lane.party: lane for lane in lifecycle_lanes(skies, SKIES)}
    assert len(lanes) == 36
    # Sweden acceded in 2002 (day unknown), in force 60 days later: unsettled until 1 March 2003.
    sweden = [(s.start, s.status, s.possible) for s in lanes["SWE"].segments]
    assert sweden == [
        (dt.date(2002, 1, 1), None, ("none", "consented")),
        (dt.date(2002, 3, 2), None, ("none", "consented", "in_force")),
        (dt.date(2002, 12, 31), None, ("consented", "in_force")),
        (dt.date(2003, 3, 1), "in_force", ("in_force",)),
    ]
    # The United States: signature, ratification, in force, notice, out six months later.
    assert [m.kind for m in lanes["USA"].marks] == ["signature", "consent", "entry_into_force", "withdrawal"]
    # A partial date is drawn over its days: Sweden's accession over 2002.
    accession = next(m for m in lanes["SWE"].marks if m.kind == "consent")
    assert (accession.earliest, accession.latest) == (dt.date(2002, 1, 1), dt.date(2002, 12, 31))
    # Czechoslovakia ratified, then ceased to exist in 1993: never in force, no mark says it was.
    assert "entry_into_force" not in [m.kind for m in lanes["CSK"].marks]
    assert lanes["CSK"].segments[-1].status == "terminated"


def test_acts_known_within_bounds_are_marks_over_their_range() -> None:
    ctbt = datasets.load("ctbt-1996")
    belgium = next(lane for lane in lifecycle_lanes(ctbt, "ctbt-treaty-1996") if lane.party == "BEL")
    # Signed by 8 October 1999 (fas-1999-conf) and ratified by 13 August 1999 (ctbto-est),
    # on days no source gives: marks over the range, unsettled until the last day.
    assert [(m.kind, m.earliest, m.latest) for m in belgium.marks] == [
        ("consent", dt.date(1996, 9, 24), dt.date(1999, 8, 13)),
        ("signature", dt.date(1996, 9, 24), dt.date(1999, 10, 8)),
    ]
    assert [(s.start, s.status) for s in belgium.segments] == [
        (dt.date(1996, 9, 24), None),
        (dt.date(1999, 8, 13), "consented"),
    ]


def test_undated_acts_are_unsettled_lanes_without_marks() -> None:
    undated = tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=tm.StateRef(code="BEL"))
    signed = tm.Signature(signatory="x", party=tm.StateRef(code="BEL"))
    treaty = tm.Agreement(
        id="t", title="T", kind=tm.AgreementKind.TREATY, signatures=(signed,), party_actions=(undated,)
    )
    (lane,) = lifecycle_lanes(tm.Dossier(id="d", title="d", agreements=(treaty,)), "t")
    assert lane.marks == ()
    assert [(s.start, s.status) for s in lane.segments] == [(dt.date.min, None)]


def test_visit_days_keep_the_program_order(seed: tm.Dossier) -> None:
    days = visit_days(seed.visit("tokayev-russia-2025-11"))
    assert [str(d.date) for d in days] == ["2025-11-11", "2025-11-12"]
    assert [e.id for e in days[0].events] == ["arrival", "private-meeting", "dinner-kremlin-apartment"]
    assert len(days[1].events) == 9


def test_the_svgs_are_well_formed_and_escaped(seed: tm.Dossier) -> None:
    skies = datasets.load("open-skies-1992")
    svg = lifecycle_svg(skies, SKIES)
    root = ET.fromstring(svg)
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "United States" in texts
    assert "Kyrgyzstan" in texts
    evil = "<script>alert(1)</script>"
    visit = seed.visit("tokayev-russia-2025-11")
    changed = attrs.evolve(visit, program=(attrs.evolve(visit.program[0], title=evil),))
    drawn = visit_svg(changed)
    assert "<script>" not in drawn
    assert evil in [t.text for t in ET.fromstring(drawn).iter("{http://www.w3.org/2000/svg}text")]


def test_the_html_cards_draw_the_lanes_and_the_days(seed: tm.Dossier) -> None:
    skies = datasets.load("open-skies-1992")
    card = skies._repr_html_()
    assert card.count("<svg") == 1
    assert '<div class="tm-timeline">' in card
    alone = render_html(skies.agreement(SKIES))  # no dossier: codes instead of names
    assert ">USA</text>" in alone
    visit_card = seed._repr_html_()
    assert 'class="tm-ev-signing"' in visit_card


def test_missing_matplotlib_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from treatymodel import timelines

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(tm.MissingDependencyError, match=r"treatymodel\[plot\]"):
        timelines.plot_lifecycle(datasets.load("open-skies-1992"), SKIES)
