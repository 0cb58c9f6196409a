"""The validation engine, its report, the seed dossier, planted errors and generated dossiers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import treatymodel as tm
from _records import load_example
from strategies import dossiers
from treatymodel.validation._doc import rules_markdown
from treatymodel.validation._index import DossierIndex, all_sections, walk_sections

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ru_kz_2025.py"
D = tm.PartialDate.parse
RUS, KAZ = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")


def ev(obj: Any, **changes: Any) -> Any:
    return attrs.evolve(obj, **changes)


# --- the registry ---------------------------------------------------------------------


def test_at_least_25_rules_in_every_family() -> None:
    rules = tm.rules()
    assert len(rules) >= 25
    assert {r.family for r in rules} == {"TM-V", "TM-A", "TM-L", "TM-S", "TM-P", "TM-O"}
    assert [r.code for r in rules] == sorted(r.code for r in rules)


@pytest.mark.parametrize("rule", tm.rules(), ids=lambda r: r.code)
def test_every_rule_is_documented(rule: tm.Rule) -> None:
    assert rule.title
    assert rule.what
    assert rule.why
    assert rule.example
    assert rule.severity in (tm.Severity.ERROR, tm.Severity.WARNING)
    assert rule.scope in tuple(tm.Scope)


def test_every_rule_says_what_it_needs_known_and_the_page_shows_it() -> None:
    text = rules_markdown()
    for rule in tm.rules():
        assert rule.needs, f"{rule.code} has no 'Needs:' paragraph"
        assert f"**Needs:** {rule.needs.replace('``', '`')}\n" in text, rule.code
    # Shown once, as its own line: not repeated among the details under "Checks".
    assert text.count("Needs:") == len(tm.rules())


def test_a_rule_without_needs_is_refused() -> None:
    from treatymodel.validation._registry import agreement_rule

    def no_needs(agreement: tm.Agreement, at: str) -> Any:
        """Something is wrong.

        Why: it is.

        Example:
            Any agreement.
        """
        yield from ()

    with pytest.raises(ValueError, match="Needs:"):
        agreement_rule("TM-A999", "No needs", tm.Severity.ERROR)(no_needs)
    assert "TM-A999" not in {r.code for r in tm.rules()}


def test_docs_rules_md_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(), (
        "docs/rules.md is stale: run python -m treatymodel.validation --write docs/rules.md"
    )


def test_doc_check_command_agrees() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "treatymodel.validation", "--check", str(ROOT / "docs" / "rules.md")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_every_rule_is_in_the_docs() -> None:
    text = rules_markdown()
    for rule in tm.rules():
        assert f"### {rule.code}: {rule.title}" in text


# --- the engine -----------------------------------------------------------------------


def _bad_visit() -> tm.Visit:
    return tm.Visit(
        id="v",
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="KAZ",
        start=D("2025-11-12"),
        end=D("2025-11-11"),
        program=tuple(tm.Event(id=f"e{j}", kind=tm.EventKind.TALKS, date=D("2025-11-20")) for j in range(12)),
    )


def test_lone_visit_paths_start_at_its_root() -> None:
    report = tm.validate(_bad_visit())
    assert ("TM-V001", "$.end") in {(i.code, i.path) for i in report.issues}
    assert ("TM-V004", "$.host_state") in {(i.code, i.path) for i in report.issues}
    assert all(r.startswith("TM-V") for r in report.checked)
    assert "TM-V006" not in report.checked  # needs a dossier


def test_issues_are_sorted_by_path_with_numeric_indices_then_code() -> None:
    report = tm.validate(_bad_visit())
    paths = [i.path for i in report.issues]
    assert paths.index("$.program[2].date") < paths.index("$.program[10].date")
    keys = [(tm.rules.__module__, i.path, i.code) for i in report.issues]  # stable on re-run
    assert keys == [(tm.rules.__module__, i.path, i.code) for i in tm.validate(_bad_visit()).issues]
    assert paths[0] == "$.end"


def test_same_record_same_report() -> None:
    assert tm.validate(_bad_visit()) == tm.validate(_bad_visit())


def test_select_and_ignore_take_codes_and_prefixes() -> None:
    visit = _bad_visit()
    assert tm.validate(visit, select="TM-V001").codes == {"TM-V001"}
    assert tm.validate(visit, select=["tm-v001", "TM-V004"]).codes == {"TM-V001", "TM-V004"}
    assert "TM-V001" not in tm.validate(visit, ignore="TM-V001").codes
    assert tm.validate(visit, select="TM-V", ignore=["TM-V0"]).issues == ()
    assert tm.validate(visit, select="TM-A").checked == ()


def test_unknown_selector_is_an_error() -> None:
    with pytest.raises(tm.UnknownRuleError) as caught:
        tm.validate(_bad_visit(), select="TM-X")
    assert isinstance(caught.value, tm.TreatyModelError)
    assert isinstance(caught.value, ValueError)
    with pytest.raises(tm.UnknownRuleError):
        tm.validate(_bad_visit(), ignore=["TM-V001", "E501"])


def test_validate_rejects_other_objects() -> None:
    with pytest.raises(TypeError):
        tm.validate(tm.Person(id="putin", name="Vladimir Putin"))  # type: ignore[arg-type]


def test_report_api() -> None:
    report = tm.validate(_bad_visit())
    assert not report.ok
    assert not report.ok_strict
    assert report.errors
    assert all(i.severity is tm.Severity.ERROR for i in report.errors)
    assert len(report) == len(report.errors) + len(report.warnings) == len(list(report))
    assert "error" in report.summary()
    assert str(report).splitlines()[-1] == report.summary()
    with pytest.raises(tm.ValidationError) as caught:
        report.raise_for_errors()
    assert caught.value.report is report
    assert isinstance(caught.value, tm.TreatyModelError)
    assert "TM-V001" in str(caught.value)
    assert "more" in str(caught.value)  # the message is capped


def test_warnings_fail_only_when_strict() -> None:
    visit = ev(
        _bad_visit(),
        host_state="RUS",
        start=D("2025-11-11"),
        end=D("2025-11-12"),
        program=(tm.Event(id="e", kind=tm.EventKind.TALKS, date=D("2025-11")),),
    )
    # An event dated to the month of a two-day visit is not a mistake: only strict asks what may be wrong.
    assert tm.validate(visit).issues == ()
    report = tm.validate(visit, strict=True)
    assert report.codes == {"TM-V003"}
    assert all(i.may and i.message.startswith("may: ") for i in report.issues)
    assert report.ok
    assert not report.ok_strict
    assert report.warnings
    assert not report.errors
    report.raise_for_errors()
    with pytest.raises(tm.ValidationError):
        report.raise_for_errors(strict=True)


def test_severity_values_are_strings() -> None:
    assert tm.Severity.ERROR.value == "error"
    assert tm.Severity.WARNING == "warning"


def test_empty_report() -> None:
    report = tm.validate(tm.Dossier(id="d", title="Empty"))
    assert report.ok
    assert report.ok_strict
    assert report.summary() == "no issues"
    assert len(report.checked) == len(tm.rules())


# --- the seed dossier -----------------------------------------------------------------


def _load_seed() -> tm.Dossier:
    dossier = load_example("ru_kz_2025").build()
    assert isinstance(dossier, tm.Dossier)
    return dossier


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return _load_seed()


def test_seed_dossier_has_no_issues_at_all(seed: tm.Dossier) -> None:
    report = tm.validate(seed)
    assert report.issues == (), str(report)
    for agreement in seed.agreements:
        assert tm.validate(agreement).issues == ()
    for visit in seed.visits:
        assert tm.validate(visit).issues == ()


def _visit_index(d: tm.Dossier) -> int:
    return next(i for i, v in enumerate(d.visits) if v.agreements)


def _decl_index(d: tm.Dossier) -> int:
    visit = d.visits[_visit_index(d)]
    return next(i for i, a in enumerate(d.agreements) if a.id in visit.agreements and len(a.signatures) == 2)


def _replace(items: tuple[Any, ...], i: int, new: Any) -> tuple[Any, ...]:
    return (*items[:i], new, *items[i + 1 :])


def _edit_visit(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    i = _visit_index(d)
    return ev(d, visits=_replace(d.visits, i, ev(d.visits[i], **changes)))


def _edit_decl(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    i = _decl_index(d)
    return ev(d, agreements=_replace(d.agreements, i, ev(d.agreements[i], **changes)))


def _edit_signature(d: tm.Dossier, for_party: tm.StateRef, **changes: Any) -> tm.Dossier:
    decl = d.agreements[_decl_index(d)]
    k = next(k for k, s in enumerate(decl.signatures) if s.party == for_party)
    return _edit_decl(d, signatures=_replace(decl.signatures, k, ev(decl.signatures[k], **changes)))


def _day_after_visit(d: tm.Dossier) -> tm.PartialDate:
    end = d.visits[_visit_index(d)].end.latest()
    return tm.PartialDate(year=end.year + 1, month=1, day=1)


def _planted_visit_end(d: tm.Dossier) -> tm.Dossier:
    visit = d.visits[_visit_index(d)]
    before = visit.start.earliest()
    return _edit_visit(d, end=tm.PartialDate(year=before.year - 1, month=1, day=1))


def _planted_event_outside(d: tm.Dossier) -> tm.Dossier:
    visit = d.visits[_visit_index(d)]
    program = _replace(visit.program, len(visit.program) - 1, ev(visit.program[-1], date=_day_after_visit(d)))
    return _edit_visit(d, program=program)


def _planted_party_twice(d: tm.Dossier) -> tm.Dossier:
    decl = d.agreements[_decl_index(d)]
    return _edit_decl(d, parties=(*decl.parties, decl.parties[0]))


def _planted_party_without_signature(d: tm.Dossier) -> tm.Dossier:
    decl = d.agreements[_decl_index(d)]
    return _edit_decl(d, signatures=tuple(s for s in decl.signatures if s.party != KAZ))


def _planted_no_office(d: tm.Dossier) -> tm.Dossier:
    tenures = tuple(
        ev(t, start=D("1999-12-31"), end=D("2008-05-07")) if t.person == "putin" else t for t in d.tenures
    )
    return ev(d, tenures=tenures)


def _planted_ratification_before_signature(d: tm.Dossier) -> tm.Dossier:
    decl = d.agreements[_decl_index(d)]
    early = tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=RUS, date=D("2025-01-01"))
    return _edit_decl(d, party_actions=(*decl.party_actions, early))


PLANTED = [
    ("visit end before start", _planted_visit_end, "TM-V001"),
    ("event outside the visit", _planted_event_outside, "TM-V002"),
    (
        "signature dated outside the visit",
        lambda d: _edit_signature(d, RUS, date=_day_after_visit(d)),
        "TM-A008",
    ),
    (
        "signature for a non-party",
        lambda d: _edit_signature(d, KAZ, party=tm.StateRef(code="BLR")),
        "TM-A004",
    ),
    ("party without a signature", _planted_party_without_signature, "TM-A005"),
    ("party listed twice", _planted_party_twice, "TM-A003"),
    ("signatory with no office on the signing date", _planted_no_office, "TM-A011"),
    ("ratification before signature", _planted_ratification_before_signature, "TM-L001"),
]


@pytest.mark.parametrize(("what", "plant", "code"), PLANTED, ids=[p[0] for p in PLANTED])
def test_planted_error_in_the_seed_is_caught(seed: tm.Dossier, what: str, plant: Any, code: str) -> None:
    report = tm.validate(plant(seed))
    assert code in {i.code for i in report.errors}, f"{what}:\n{report}"


def test_planted_paths_point_at_the_value(seed: tm.Dossier) -> None:
    v, a = _visit_index(seed), _decl_index(seed)
    report = tm.validate(_planted_visit_end(seed))
    assert f"$.visits[{v}].end" in {i.path for i in report.issues if i.code == "TM-V001"}
    report = tm.validate(_edit_signature(seed, RUS, date=_day_after_visit(seed)))
    paths = {i.path for i in report.issues if i.code == "TM-A008"}
    assert len(paths) == 1
    assert paths.pop().startswith(f"$.agreements[{a}].signatures[")


# --- generated dossiers -----------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossier=dossiers())
def test_no_error_rule_fires_on_generated_dossiers(dossier: tm.Dossier) -> None:
    report = tm.validate(dossier)
    assert report.ok, str(report)


# --- the indexes ----------------------------------------------------------------------
#
# The rules first ask quick questions without paths (which ids are referred to, which
# sections there are) and walk with paths only when something is wrong: the quick
# answers must agree with the walks.


def _referred_pairs(index: DossierIndex) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    quick = {(kind, id_) for kind, ids in index.referenced_ids.items() for id_ in ids}
    walked = {(kind, id_) for kind, refs in index.references.items() for id_, _ in refs}
    return quick, walked


def _assert_same_sections(d: tm.Dossier) -> None:
    for agreement in d.agreements:
        walked = [id(section) for _, section in walk_sections(agreement.sections)]
        assert sorted(id(section) for section in all_sections(agreement.sections)) == sorted(walked)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossier=dossiers())
def test_quick_indexes_agree_with_the_walks_on_generated_dossiers(dossier: tm.Dossier) -> None:
    quick, walked = _referred_pairs(DossierIndex(dossier))
    assert quick == walked
    _assert_same_sections(dossier)


def test_quick_indexes_agree_with_the_walks_on_bundled_records(seed: tm.Dossier) -> None:
    from treatymodel import datasets

    for d in (seed, datasets.load_all()):
        quick, walked = _referred_pairs(DossierIndex(d))
        assert quick == walked
        assert {kind for kind, _ in quick} >= {"state", "person", "office", "agreement", "source"}
        _assert_same_sections(d)


def test_dangling_references_of_every_kind_are_found_with_their_paths() -> None:
    org = tm.OrganizationRef(id="csto")
    agreement = tm.Agreement(
        id="a",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, org),
        signatures=(
            tm.Signature(
                signatory="nobody", party=org, date=D("2025-11-12"), office="no-office", sources=("s",)
            ),
        ),
        sections=(
            tm.Section(
                id="s1",
                kind=tm.SectionKind.SECTION,
                subsections=(tm.Section(id="s1-1", kind=tm.SectionKind.POINT, sources=("deep",)),),
            ),
        ),
        relations=(tm.Relation(kind=tm.RelationKind.AMENDS, target="elsewhere"),),
    )
    report = tm.validate(tm.Dossier(id="d", title="Dangling", agreements=(agreement,)))
    found = {(i.code, i.path) for i in report.issues if i.code.startswith("TM-S0") and i.code >= "TM-S009"}
    at = "$.agreements[0]"
    assert found == {
        ("TM-S009", f"{at}.parties[0].code"),
        ("TM-S010", f"{at}.parties[1].id"),
        ("TM-S010", f"{at}.signatures[0].party.id"),
        ("TM-S011", f"{at}.signatures[0].signatory"),
        ("TM-S012", f"{at}.signatures[0].office"),
        ("TM-S013", f"{at}.relations[0].target"),
        ("TM-S014", f"{at}.signatures[0].sources[0]"),
        ("TM-S014", f"{at}.sections[0].subsections[0].sources[0]"),
    }


def test_nested_duplicates_are_reported_at_their_paths() -> None:
    point = tm.Section(id="p", kind=tm.SectionKind.POINT, number="1")
    parent = tm.Section(id="s", kind=tm.SectionKind.SECTION, number="1", subsections=(point, point))
    agreement = tm.Agreement(
        id="a",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        sections=(parent, ev(parent, id="t", kind=tm.SectionKind.ANNEX)),
    )
    report = tm.validate(agreement, select=["TM-S001", "TM-S002"])
    assert [(i.code, i.path) for i in report.issues] == [
        ("TM-S002", "$.sections[0].subsections[1].id"),
        ("TM-S001", "$.sections[0].subsections[1].number"),
        ("TM-S002", "$.sections[1].subsections[0].id"),  # "p" again, and under another parent
        ("TM-S002", "$.sections[1].subsections[1].id"),
        ("TM-S001", "$.sections[1].subsections[1].number"),
    ]
