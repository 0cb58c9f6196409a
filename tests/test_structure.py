from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import treatymodel as tm
from conftest import assert_rejects
from strategies import commitments, sections


def _tree() -> tm.Section:
    return tm.Section(
        id="p1",
        kind=tm.SectionKind.PART,
        number="I",
        heading="Политика и безопасность",
        subsections=(
            tm.Section(
                id="a1",
                kind=tm.SectionKind.ARTICLE,
                number="1",
                subsections=(
                    tm.Section(id="a1-1", kind=tm.SectionKind.PARAGRAPH, number="1"),
                    tm.Section(id="a1-2", kind=tm.SectionKind.PARAGRAPH, number="2"),
                ),
            ),
            tm.Section(id="a2", kind=tm.SectionKind.ARTICLE, number="2", text="The Parties shall consult."),
        ),
    )


def test_walk_is_depth_first_in_document_order() -> None:
    assert [s.id for s in _tree().walk()] == ["p1", "a1", "a1-1", "a1-2", "a2"]


def test_walk_of_a_leaf_is_itself() -> None:
    leaf = tm.Section(id="annex", kind=tm.SectionKind.ANNEX)
    assert list(leaf.walk()) == [leaf]


def test_declaration_has_four_sections(declaration: tm.Agreement) -> None:
    assert [s.number for s in declaration.sections] == ["1", "2", "3", "4"]
    assert declaration.sections[3].heading == "The humanitarian sphere"


def test_commitment_on_the_un_charter(declaration: tm.Agreement) -> None:
    world = declaration.commitments[0]
    assert world.topics[0] is tm.Topic.WORLD_ORDER
    assert world.verb is tm.CommitmentVerb.COMMIT
    assert world.instruments == ("Charter of the United Nations",)
    assert world.quote is not None
    assert "multipolar world order" in world.quote
    assert world.bound == ()


def test_directed_commitment_with_an_alliance_obligation() -> None:
    c = tm.Commitment(
        id="c-art4",
        topics=(tm.Topic.DEFENCE,),
        verb=tm.CommitmentVerb.UNDERTAKE,
        summary="Assist the other party if it is attacked",
        bound=(tm.StateRef(code="RUS"),),
        beneficiaries=(tm.StateRef(code="KAZ"),),
        obligation=tm.Obligation.DEFENCE,
        agreements=("ru-kz-treaty-1992",),
    )
    assert c.obligation is tm.Obligation.DEFENCE


COMMITMENT = {
    "id": "c-csto",
    "topics": (tm.Topic.SECURITY,),
    "verb": tm.CommitmentVerb.SUPPORT,
    "summary": "Strengthen the CSTO's capacity",
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("topics", ()),
        ("topics", ("Security",)),
        ("topics", (tm.Topic.SECURITY, tm.Topic.SECURITY)),
        ("topics", {tm.Topic.SECURITY}),
        ("verb", "supports"),
        ("summary", ""),
        ("quote", "  "),
        ("bound", ("Russia",)),
        ("bound", (tm.State(code="RUS"),)),
        ("beneficiaries", {tm.StateRef(code="KAZ")}),
        ("organizations", ("CSTO org",)),
        ("instruments", ("",)),
        ("agreements", ("",)),
        ("obligation", "defense"),
        ("section", "section 1"),
        ("sources", (1,)),
    ],
)
def test_commitment_validators(field: str, value: object) -> None:
    assert_rejects(tm.Commitment, COMMITMENT, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("kind", "Article"),
        ("number", ""),
        ("heading", " Politics"),
        ("text", ""),
        ("subsections", ("a1",)),
        ("subsections", {tm.Section(id="a1", kind=tm.SectionKind.ARTICLE)}),
        ("sources", ("bad id",)),
    ],
)
def test_section_validators(field: str, value: object) -> None:
    assert_rejects(tm.Section, {"id": "s1", "kind": tm.SectionKind.SECTION}, field, value)


def test_evolve_reruns_validators() -> None:
    with pytest.raises(tm.FieldError):
        attrs.evolve(_tree(), kind="Part")


@given(sections())
def test_generated_sections_have_unique_ids_and_numbers(section: tm.Section) -> None:
    units = list(section.walk())
    assert units[0] is section
    assert len({u.id for u in units}) == len(units)
    assert len({u.number for u in units}) == len(units)
    assert attrs.evolve(section) == section


@given(commitments())
def test_generated_commitments_bind_only_parties(commitment: tm.Commitment) -> None:
    parties = {tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")}
    assert set(commitment.bound) <= parties
    assert set(commitment.beneficiaries) <= parties
    assert commitment.topics
    assert attrs.evolve(commitment) == commitment
