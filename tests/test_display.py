"""HTML cards for notebooks: content, escaping, and the records they show."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from IPython.core.formatters import DisplayFormatter

import treatymodel as tm
from treatymodel import _notebook, datasets
from treatymodel.display import render_html, render_text

EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return datasets.load("ru-kz-2025")


_FORMATTER = DisplayFormatter()
_notebook.register(_FORMATTER)


def _card(record: object) -> str:
    """The HTML IPython shows for ``record``, through the formatter a shell uses."""
    shown, _ = _FORMATTER.format(record)
    return str(shown["text/html"])


def test_the_seed_card_shows_title_presidents_and_both_days(seed: tm.Dossier) -> None:
    page = seed._repr_html_()
    text = " ".join(_parse(page).text)
    assert seed.title in text
    for name in ("Vladimir Putin", "Kassym-Jomart Tokayev"):
        assert name in text
    assert "President of the Russian Federation" in text
    assert "Day 1: 2025-11-11" in text
    assert "Day 2: 2025-11-12" in text
    assert "Commitments (23) by topic" in text
    assert "Politics and security" in text


def test_an_agreement_alone_shows_ids_and_with_a_dossier_names(seed: tm.Dossier) -> None:
    declaration = seed.agreement("ru-kz-declaration-2025")
    alone = _card(declaration)
    assert "putin, president-rus" in alone
    assert "Vladimir Putin" not in alone
    resolved = render_html(declaration, seed)
    assert "Vladimir Putin, President of the Russian Federation" in html.unescape(resolved)


def test_a_visit_alone_shows_its_program(seed: tm.Dossier) -> None:
    page = _card(seed.visits[0])
    text = html.unescape(page)
    assert "State visit of tokayev (KAZ) to putin (RUS)" in text
    assert "Gala concert by Kazakh artists" in text
    assert "Agreements signed (10)" in text


def _evil_dossier(seed: tm.Dossier) -> tm.Dossier:
    declaration = attrs.evolve(
        seed.agreement("ru-kz-declaration-2025"), title=EVIL, relationship_level=EVIL, summary=EVIL
    )
    visit = seed.visits[0]
    program = (attrs.evolve(visit.program[0], title=EVIL), *visit.program[1:])
    visit = attrs.evolve(visit, program=program, description=EVIL)
    person = attrs.evolve(seed.person("putin"), name=EVIL)
    persons = tuple(person if p.id == "putin" else p for p in seed.persons)
    agreements = (declaration, *seed.agreements[1:])
    return attrs.evolve(
        seed, title=EVIL, description=EVIL, agreements=agreements, visits=(visit,), persons=persons
    )


def test_script_in_any_field_shows_as_text_in_every_view(seed: tm.Dossier) -> None:
    evil = _evil_dossier(seed)
    views = [
        _card(evil),
        _card(evil.agreements[0]),
        _card(evil.visits[0]),
        render_html(evil.agreements[0], evil),
        render_html(evil.visits[0], evil),
        render_html(tm.Dossier(id="x", title=EVIL)),
    ]
    for page in views:
        parsed = _parse(page)
        assert "script" not in parsed.tags
        assert "img" not in parsed.tags
        assert "<script>" not in page
        assert re.search(r"&lt;script&gt;alert\(&quot;x&quot;\)&lt;/script&gt;", page)
        assert any("<script>" in chunk for chunk in parsed.text)


def test_the_cards_are_the_display_s_and_the_dossier_keeps_its_method(seed: tm.Dossier) -> None:
    declaration = seed.agreement("ru-kz-declaration-2025")
    assert _card(declaration) == render_html(declaration)
    assert _card(seed.visits[0]) == render_html(seed.visits[0])
    assert _card(seed) == seed._repr_html_() == render_html(seed)
    # The record classes carry no display code (docs/architecture.md): the formatter does.
    assert not hasattr(declaration, "_repr_html_")
    assert not hasattr(seed.visits[0], "_repr_html_")


def test_a_running_ipython_shell_shows_the_cards_after_import_treatymodel(tmp_path: Path) -> None:
    code = (
        "from IPython.core.interactiveshell import InteractiveShell\n"
        "shell = InteractiveShell.instance()\n"
        "import treatymodel as tm\n"
        "seed = tm.datasets.load('ru-kz-2025')\n"
        "for record in (seed, seed.agreements[0], seed.visits[0]):\n"
        "    shown, _ = shell.display_formatter.format(record)\n"
        "    print(type(record).__name__, 'tm-card' in shown.get('text/html', ''))\n"
    )
    env = {"IPYTHONDIR": str(tmp_path), "PATH": ""}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.split("\n")[:3] == ["Dossier True", "Agreement True", "Visit True"]


def test_render_html_of_another_record_is_an_escaped_repr() -> None:
    page = render_html(tm.Person(id="p", name=EVIL))
    assert "<script>" not in page
    assert "Person(id=" in page


def test_the_screenshot_page_is_the_seed_card() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "screenshot.py"
    spec = importlib.util.spec_from_file_location("screenshot", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = module.page("ru-kz-2025")
    assert page.startswith("<!doctype html>")
    assert datasets.load("ru-kz-2025")._repr_html_() in page
    assert "--headless" in module.FLAGS


def test_the_lifecycle_shows_each_partys_lane_from_the_engine() -> None:
    from lifecycle_situations import new_start

    d = new_start()
    text = render_text(d)
    assert "2021-02-03: extension until 2026-02-05" in text
    assert "2023-02-28: suspension by RUS (disputed by USA)" in text
    assert "Entry into force: 2011-02-05 (recorded)" in text
    assert (
        "RUS: signed from 2010-04-08; in force from 2011-02-05; in force or suspended (not settled by the"
        in text
    )
    assert "USA: in force from 2003-06-01; terminated from 2011-02-05" in text  # SORT, ended by New START
    html = render_html(d.agreement("new-start-2010"), d)
    assert '<table class="tm-lanes">' in html
    assert "in force or suspended (not settled by the record) from 2023-02-28" in html


def test_an_undated_act_is_listed_last_as_date_unknown() -> None:
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")),
        party_actions=(
            tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=tm.StateRef(code="RUS")),
            tm.PartyAction(
                kind=tm.PartyActionKind.RATIFICATION,
                party=tm.StateRef(code="KAZ"),
                date=tm.PartialDate.parse("2020-05-01"),
            ),
        ),
    )
    text = render_text(tm.Dossier(id="d", title="D", agreements=(t,)))
    lines = text.splitlines()
    assert lines.index("    2020-05-01: ratification by KAZ") < lines.index(
        "    date unknown: ratification by RUS"
    )
