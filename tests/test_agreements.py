from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings

import treatymodel as tm
from conftest import assert_rejects, day
from strategies import agreements, milestones, party_actions, relations, signatures

RUS, KAZ, USA, CHN, SUN = (tm.StateRef(code=c) for c in ("RUS", "KAZ", "USA", "CHN", "SUN"))
EU = tm.OrganizationRef(id="eu")


def treaty_1992() -> tm.Agreement:
    """The Russia-Kazakhstan Treaty on Friendship, Cooperation and Mutual Assistance."""
    moscow = tm.Place(name="Moscow", state="RUS")
    return tm.Agreement(
        id="ru-kz-treaty-1992",
        title=(
            "Treaty on Friendship, Cooperation and Mutual Assistance between the Russian Federation "
            "and the Republic of Kazakhstan"
        ),
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        other_titles=(
            tm.Title(
                text="Договор о дружбе, сотрудничестве и взаимной помощи между Российской Федерацией и "
                "Республикой Казахстан",
                lang="ru",
            ),
        ),
        legally_binding=True,
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=day("1992-05-25"),
        place=moscow,
        languages=("ru", "kk"),
        signatures=(
            tm.Signature(signatory="yeltsin", party=RUS, date=day("1992-05-25"), office="president-rus"),
            tm.Signature(signatory="nazarbayev", party=KAZ, date=day("1992-05-25"), office="president-kaz"),
        ),
        party_actions=(tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=KAZ, date=day("1992")),),
        commitments=(
            tm.Commitment(
                id="c-1992-mutual-assistance",
                topics=(tm.Topic.DEFENCE, tm.Topic.SECURITY),
                verb=tm.CommitmentVerb.UNDERTAKE,
                summary="Mutual assistance, including military assistance, in case of aggression",
                obligation=tm.Obligation.DEFENCE,
            ),
        ),
    )


def paris_agreement() -> tm.Agreement:
    """The Paris Agreement, with the EU as an organization party."""
    new_york = tm.Place(name="United Nations Headquarters", locality="New York", state="USA")
    return tm.Agreement(
        id="paris-agreement",
        title="Paris Agreement",
        kind=tm.AgreementKind.AGREEMENT,
        parties=(EU, USA, CHN),
        other_titles=(tm.Title(text="Accord de Paris", lang="fr"), tm.Title(text="《巴黎协定》", lang="zh")),
        legally_binding=True,
        bilateral=False,
        date=day("2015-12-12"),
        place=tm.Place(name="Paris", state="FRA"),
        languages=("ar", "zh", "en", "fr", "ru", "es"),
        signatures=(
            tm.Signature(
                signatory="eu-signatory", party=EU, date=day("2016-04-22"), place=new_york, full_powers=True
            ),
            tm.Signature(signatory="kerry", party=USA, date=day("2016-04-22"), place=new_york),
            tm.Signature(signatory="zhang-gaoli", party=CHN, date=day("2016-04-22"), place=new_york),
        ),
        party_actions=(
            tm.PartyAction(kind=tm.PartyActionKind.ACCEPTANCE, party=USA, date=day("2016-09-03")),
            tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=CHN, date=day("2016-09-03")),
            tm.PartyAction(
                kind=tm.PartyActionKind.APPROVAL,
                party=EU,
                date=day("2016-10-05"),
                depositary="Secretary-General of the United Nations",
            ),
            tm.PartyAction(
                kind=tm.PartyActionKind.WITHDRAWAL,
                party=USA,
                date=day("2019-11-04"),
                effective=day("2020-11-04"),
            ),
        ),
        milestones=(
            tm.Milestone(kind=tm.MilestoneKind.ADOPTION, date=day("2015-12-12")),
            tm.Milestone(kind=tm.MilestoneKind.OPENING_FOR_SIGNATURE, date=day("2016-04-22")),
            tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=day("2016-11-04")),
        ),
    )


def inf_treaty() -> tm.Agreement:
    """A treaty with the USSR, a historic state, as a party."""
    return tm.Agreement(
        id="inf-treaty",
        title="Treaty on the Elimination of Intermediate-Range and Shorter-Range Missiles",
        kind=tm.AgreementKind.TREATY,
        parties=(USA, SUN),
        legally_binding=True,
        bilateral=True,
        date=day("1987-12-08"),
        place=tm.Place(name="White House", locality="Washington", state="USA"),
        signatures=(
            tm.Signature(signatory="reagan", party=USA, date=day("1987-12-08")),
            tm.Signature(signatory="gorbachev", party=SUN, date=day("1987-12-08")),
        ),
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=day("1988-06-01")),),
    )


def test_seed_declaration(declaration: tm.Agreement) -> None:
    assert declaration.kind is tm.AgreementKind.DECLARATION
    assert declaration.legally_binding is False
    assert declaration.parties == (RUS, KAZ)
    assert declaration.relationship_level == "comprehensive strategic partnership and alliance"
    assert {t.lang for t in declaration.other_titles} == {"en", "ru"}
    assert [s.signatory for s in declaration.signatures] == ["putin", "tokayev"]
    assert declaration.place == tm.Place(name="Kremlin", locality="Moscow", state="RUS")


def test_treaty_1992() -> None:
    treaty = treaty_1992()
    assert treaty.legally_binding is True
    ratification = treaty.actions_of(KAZ)[0]
    assert ratification.kind.expresses_consent
    assert ratification.date.precision is tm.Precision.YEAR
    assert treaty.actions_of(RUS) == ()
    assert treaty.commitments[0].obligation is tm.Obligation.DEFENCE


def test_paris_agreement_with_the_eu_as_party() -> None:
    paris = paris_agreement()
    assert EU in paris.parties
    assert [s.signatory for s in paris.signatories_for(EU)] == ["eu-signatory"]
    assert [a.kind for a in paris.actions_of(USA)] == [
        tm.PartyActionKind.ACCEPTANCE,
        tm.PartyActionKind.WITHDRAWAL,
    ]
    assert paris.actions_of(USA)[1].effective == day("2020-11-04")
    assert [m.kind for m in paris.milestones][-1] is tm.MilestoneKind.ENTRY_INTO_FORCE


def test_treaty_with_the_ussr() -> None:
    inf = inf_treaty()
    assert tm.State(code=inf.parties[1].code).historic  # type: ignore[union-attr]
    assert inf.signatories_for(SUN)[0].signatory == "gorbachev"


def test_all_sections_walks_every_depth() -> None:
    nested = tm.Section(
        id="s1",
        kind=tm.SectionKind.SECTION,
        number="1",
        subsections=(tm.Section(id="s1-p1", kind=tm.SectionKind.POINT, number="1.1"),),
    )
    agreement = attrs.evolve(
        treaty_1992(), sections=(nested, tm.Section(id="s2", kind=tm.SectionKind.SECTION, number="2"))
    )
    assert [s.id for s in agreement.all_sections()] == ["s1", "s1-p1", "s2"]


def test_relations_and_packages() -> None:
    relation = tm.Relation(kind=tm.RelationKind.BASED_ON, target="ru-kz-treaty-1992", sources=("orda",))
    package = tm.Relation(kind=tm.RelationKind.SIGNED_WITH, target="ru-kz-memorandum-2025")
    declaration = attrs.evolve(treaty_1992(), id="decl", relations=(relation, package))
    assert [r.target for r in declaration.relations] == ["ru-kz-treaty-1992", "ru-kz-memorandum-2025"]


@pytest.mark.parametrize(
    ("kind", "consent"),
    [
        (tm.PartyActionKind.SIGNATURE, False),
        (tm.PartyActionKind.DEFINITIVE_SIGNATURE, True),
        (tm.PartyActionKind.RATIFICATION, True),
        (tm.PartyActionKind.ACCEPTANCE, True),
        (tm.PartyActionKind.APPROVAL, True),
        (tm.PartyActionKind.ACCESSION, True),
        (tm.PartyActionKind.SUCCESSION, True),
        (tm.PartyActionKind.RESERVATION, False),
        (tm.PartyActionKind.DECLARATION, False),
        (tm.PartyActionKind.PROVISIONAL_APPLICATION, False),
        (tm.PartyActionKind.SUSPENSION, False),
        (tm.PartyActionKind.WITHDRAWAL, False),
    ],
)
def test_actions_expressing_consent(kind: tm.PartyActionKind, consent: bool) -> None:
    assert kind.expresses_consent is consent


AGREEMENT = {
    "id": "decl",
    "title": "Declaration",
    "kind": tm.AgreementKind.DECLARATION,
    "parties": (RUS, KAZ),
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("title", ""),
        ("kind", "Declaration"),
        ("parties", ("Russia", "KAZ")),
        ("parties", {RUS, KAZ}),
        ("other_titles", ("Декларация",)),
        ("legally_binding", "no"),
        ("level", "inter-state"),
        ("bilateral", 1),
        ("date", "12 November 2025"),
        ("place", "Kremlin"),
        ("languages", ("ru", "ru")),
        ("languages", ("russian",)),
        ("signatures", ("putin",)),
        ("preamble", ""),
        ("sections", ({"id": "s1"},)),
        ("conclusions", " "),
        ("commitments", ("c1",)),
        ("party_actions", ("ratification",)),
        ("milestones", ("entry_into_force",)),
        ("relations", ("ru-kz-treaty-1992",)),
        ("relationship_level", ""),
        ("published_in", ("kremlin website",)),
        ("summary", ""),
        ("sources", ("",)),
        ("variants", ({"field": "date"},)),
    ],
)
def test_agreement_validators(field: str, value: object) -> None:
    assert_rejects(tm.Agreement, AGREEMENT, field, value)


SIGNATURE = {"signatory": "putin", "party": RUS, "date": day("2025-11-12")}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("signatory", "Vladimir Putin"),
        ("party", "Russia"),
        ("date", "12.11.2025"),
        ("office", "President of Russia"),
        ("full_powers", "yes"),
        ("ad_referendum", None),
        ("place", tm.State(code="RUS")),
        ("sources", {"kremlin"}),
    ],
)
def test_signature_validators(field: str, value: object) -> None:
    assert_rejects(tm.Signature, SIGNATURE, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", "ratified"),
        ("party", "Kazakhstan"),
        ("date", "in 1992"),
        ("effective", 1992),
        ("text", ""),
        ("depositary", " "),
        ("sources", ("a b",)),
    ],
)
def test_party_action_validators(field: str, value: object) -> None:
    valid = {"kind": tm.PartyActionKind.RATIFICATION, "party": KAZ, "date": day("1992")}
    assert_rejects(tm.PartyAction, valid, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [("kind", "entry into force"), ("date", None), ("until", "2030s"), ("note", ""), ("sources", "un")],
)
def test_milestone_validators(field: str, value: object) -> None:
    assert_rejects(tm.Milestone, {"kind": tm.MilestoneKind.EXTENSION, "date": day("2020")}, field, value)


@pytest.mark.parametrize(
    ("field", "value"), [("kind", "superseded"), ("target", ""), ("target", None), ("sources", ("",))]
)
def test_relation_validators(field: str, value: object) -> None:
    assert_rejects(tm.Relation, {"kind": tm.RelationKind.SUPERSEDES, "target": "old"}, field, value)


def test_cross_record_facts_are_left_to_the_rules() -> None:
    lonely = tm.Agreement(**{**AGREEMENT, "parties": (RUS,), "bilateral": True})  # type: ignore[arg-type]
    assert len(lonely.parties) == 1


def test_agreements_are_frozen(declaration: tm.Agreement) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        declaration.title = "Another"  # type: ignore[misc]
    with pytest.raises(tm.FieldError) as info:
        attrs.evolve(declaration, languages=("ru", "Russian"))
    assert (info.value.owner, info.value.field) == ("Agreement", "languages")


@given(signatures())
def test_generated_signatures(signature: tm.Signature) -> None:
    assert attrs.evolve(signature) == signature
    assert signature.date.precision is tm.Precision.DAY
    if signature.office is not None and signature.office.startswith("minister"):
        assert signature.full_powers is True


@given(party_actions())
def test_generated_party_actions(action: tm.PartyAction) -> None:
    assert attrs.evolve(action) == action
    if action.effective is not None and action.date is not None:
        assert not action.effective.is_before(action.date)


@given(milestones())
def test_generated_milestones(milestone: tm.Milestone) -> None:
    assert attrs.evolve(milestone) == milestone
    if milestone.until is not None:
        assert milestone.until.is_after(milestone.date)


@given(relations())
def test_generated_relations(relation: tm.Relation) -> None:
    assert attrs.evolve(relation) == relation


@settings(max_examples=30)
@given(agreements())
def test_generated_agreements_have_signatories_among_parties(agreement: tm.Agreement) -> None:
    assert attrs.evolve(agreement) == agreement
    assert len(set(agreement.parties)) == len(agreement.parties) >= 2
    if agreement.bilateral:
        assert len(agreement.parties) == 2
    for party in agreement.parties:
        assert agreement.signatories_for(party)
    assert {s.party for s in agreement.signatures} <= set(agreement.parties)
    assert {a.party for a in agreement.party_actions} <= set(agreement.parties)
    assert agreement.date == min(s.date for s in agreement.signatures)
    for action in agreement.party_actions:
        if action.kind.expresses_consent:
            assert all(action.date.is_after(s.date) for s in agreement.signatories_for(action.party))


# --- terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"years": -1}, "years"),
        ({"years": True}, "years"),
        ({"years": 10, "months": 1.5}, "months"),
        ({"years": 0, "months": 0}, "years"),
        ({"years": 10, "automatic_renewal": True}, "renewal_years"),
        ({"years": 10, "automatic_renewal": "yes"}, "automatic_renewal"),
    ],
)
def test_term_rejects_bad_values(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(tm.FieldError) as caught:
        tm.Term(**kwargs)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("Term", field)


@pytest.mark.parametrize(
    ("kwargs", "field", "reason"),
    [
        ({"years": 1001}, "years", "must be an int from 0 to 1,000"),
        ({"years": 10**18}, "years", "must be an int from 0 to 1,000"),
        ({"years": 2**64}, "years", "must be an int from 0 to 1,000"),
        ({"months": 12_001}, "months", "must be an int from 0 to 12,000"),
        ({"years": 1000, "months": 1}, "months", "the term must last at most 1,000 years in all"),
        ({"years": 1, "renewal_years": 1001}, "renewal_years", "must be an int from 0 to 1,000"),
        (
            {"years": 1, "renewal_years": 999, "renewal_months": 13},
            "renewal_months",
            "the renewal period must last at most 1,000 years in all",
        ),
    ],
)
def test_a_term_lasts_at_most_a_thousand_years(kwargs: dict[str, int], field: str, reason: str) -> None:
    # Issue 16, point 7: `years: 10000` was accepted, then status() raised ValueError;
    # 10**18 an OverflowError; to_json of 2**64 a plain TypeError.
    with pytest.raises(tm.FieldError) as caught:
        tm.Term(**kwargs)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert tm.Term(years=1000).years == tm.Term(months=12_000).months // 12 == 1000


def test_agreement_term_drives_expiry_and_status() -> None:
    # A ten-year treaty renewed automatically for five-year periods, as many friendship treaties are.
    d = tm.PartialDate.parse
    treaty = tm.Agreement(
        id="treaty",
        title="Treaty on Friendship, Cooperation and Mutual Assistance",
        kind=tm.AgreementKind.TREATY,
        parties=(tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")),
        date=d("1992-05-25"),
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=d("1992-10-09")),),
        term=tm.Term(years=10, renewal_years=5, automatic_renewal=True),
    )
    dossier = tm.Dossier(id="d", title="Lineage", agreements=(treaty,))
    assert dossier.expiry("treaty", d("2001-01-01")) == dt.date(2002, 10, 9)
    assert dossier.expiry("treaty", d("2003-01-01")) == dt.date(2007, 10, 9)
    assert dossier.status("treaty", d("2003-01-01")) is tm.Status.IN_FORCE
    assert tm.from_json(tm.to_json(treaty), tm.Agreement) == treaty


def test_without_a_term_there_is_no_expiry() -> None:
    d = tm.PartialDate.parse
    declaration = tm.Agreement(
        id="decl",
        title="Declaration",
        kind=tm.AgreementKind.DECLARATION,
        parties=(tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")),
        date=d("2025-11-12"),
    )
    dossier = tm.Dossier(id="d", title="Seed", agreements=(declaration,))
    assert dossier.expiry("decl", d("2030-01-01")) is None
