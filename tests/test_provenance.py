"""Uncertainty and provenance at every level: variants and certainty on every record of facts,
uncertain dates, speakers that are not persons, and unknowns that are not errors."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import treatymodel as tm
from test_serialization import STRATEGIES, validators
from treatymodel import _durations
from treatymodel._exchange import RECORD_TYPES
from treatymodel.strategies import dossiers

D = tm.PartialDate.parse
U = tm.UncertainDate.parse
RUS, KAZ = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")

#: Every record type that holds facts carries variants and a certainty. A variant is itself a
#: report of a fact (it has sources but no variants of its own), a certainty is a judgement, a source
#: describes a publication, and references, votes and external identifiers are values.
NOT_FACT_RECORDS = {"Variant", "Certainty", "Source", "Vote", "Period", "Dossier", "ExternalId"}
FACT_RECORDS = [
    cls
    for cls in RECORD_TYPES
    if cls.__name__ not in NOT_FACT_RECORDS and "sources" in {a.name for a in attrs.fields(cls)}
]


def test_every_record_with_sources_carries_variants_and_a_certainty() -> None:
    assert len(FACT_RECORDS) >= 20
    for cls in FACT_RECORDS:
        names = {a.name for a in attrs.fields(cls)}
        assert {"variants", "certainty"} <= names, cls.__name__


def _exchange_value(value: Any) -> str | None:
    """A field's value as a variant writes it, or None for values a variant cannot hold."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, tm.PartialDate | tm.UncertainDate):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _durations.format_duration(value)
    if isinstance(value, dt.time):
        return _durations.format_time(value)
    if isinstance(value, tm.StateRef):
        return value.code
    if isinstance(value, tm.OrganizationRef):
        return f"organization:{value.id}"
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum member
        return str(value.value)
    return None


def _a_variant(record: Any) -> tm.Variant | None:
    """A variant of one of ``record``'s own values (any value it holds is valid for its field)."""
    for attribute in attrs.fields(type(record)):
        if attribute.name in ("variants", "certainty", "sources") or not attribute.init:
            continue
        value = getattr(record, attribute.name)
        written = _exchange_value(value)
        if written is not None and value is not None:
            return tm.Variant(field=attribute.name, value=written, sources=("src-1",), note="another source")
    return None


@pytest.mark.parametrize("cls", FACT_RECORDS, ids=lambda c: c.__name__)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_a_record_with_variants_and_certainty_round_trips(cls: type, data: st.DataObject) -> None:
    record = data.draw(STRATEGIES[cls]())
    variant = _a_variant(record)
    certainty = tm.Certainty(
        level=data.draw(st.sampled_from(list(tm.CertaintyLevel))),
        by=(tm.BodyRef(name="Ministry of Foreign Affairs", of=KAZ), tm.PersonRef(id="tokayev")),
        note="disputed by one side",
        sources=("src-2",),
    )
    changed = attrs.evolve(record, variants=(variant,) if variant else (), certainty=certainty)
    text = tm.to_json(changed)
    assert tm.from_json(text, cls) == changed
    py, rs = validators(cls)
    document = json.loads(text)
    py.validate(document)
    assert rs.is_valid(document)


def test_a_variant_must_name_a_value_of_its_record() -> None:
    signature = tm.Signature(signatory="putin", party=RUS, date=D("2025-11-12"))
    with pytest.raises(tm.FieldError, match="Signature has no field 'dates'") as caught:
        attrs.evolve(signature, variants=(tm.Variant(field="dates", value="2025-11-12", sources=("a",)),))
    assert caught.value.at == "[0].field"
    agreement = tm.Agreement(id="a", title="A", kind=tm.AgreementKind.TREATY, signatures=(signature,))
    with pytest.raises(tm.FieldError, match="has no item 3"):
        attrs.evolve(
            agreement, variants=(tm.Variant(field="signatures[3].date", value="2025-11-12", sources=("a",)),)
        )
    with pytest.raises(tm.FieldError, match="not one value"):
        attrs.evolve(agreement, variants=(tm.Variant(field="signatures", value="x", sources=("a",)),))


@pytest.mark.parametrize(
    ("field", "value", "ok"),
    [
        ("signatures[0].date", "2025-11-13", True),
        ("signatures[0].date", "2025-11-12?", True),
        ("signatures[0].date", "2024-06-31", False),
        ("signatures[0].date", "not a date", False),
        ("signatures[0].party", "KAZ", True),
        ("signatures[0].party", "organization:csto", True),
        ("signatures[0].party", "XXX", False),
        ("signatures[0].full_powers", "true", True),
        ("signatures[0].full_powers", "yes", False),
        ("kind", "treaty", True),
        ("kind", "pact", False),
        ("party_actions[0].effective", "2026-01", True),
        ("milestones[0].date", "[2026-03-01,2026-03-02]", True),
        ("place.name", "Kremlin", True),
        ("signatures[0].ad_referendum", "sometimes", False),
        ("place", "Senate Palace", True),  # a variant of a place is of its name
        ("term.years", "10", True),
        ("term.years", "ten", False),
    ],
)
def test_a_variant_value_must_fit_its_field(field: str, value: str, ok: bool) -> None:
    agreement = tm.Agreement(
        id="a",
        title="A",
        kind=tm.AgreementKind.DECLARATION,
        signatures=(tm.Signature(signatory="putin", party=RUS, date=D("2025-11-12")),),
        party_actions=(tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=RUS),),
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("2026-03")),),
        term=tm.Term(years=5),
    )
    variants = (tm.Variant(field=field, value=value, sources=("a",)),)
    if ok:
        assert attrs.evolve(agreement, variants=variants).variants == variants
    else:
        with pytest.raises(tm.FieldError) as caught:
            attrs.evolve(agreement, variants=variants)
        assert caught.value.at in ("[0].value", "[0].field")


def test_an_invalid_variant_value_is_refused_with_its_json_path() -> None:
    seed = tm.datasets.load("ru-kz-2025")
    document = json.loads(tm.to_json(seed))
    document["agreements"][0]["signatures"][1]["variants"] = [
        {"field": "date", "value": "2025-11-31", "sources": ["fergana-142739"]}
    ]
    with pytest.raises(tm.DecodeError) as caught:
        tm.from_json(json.dumps(document), tm.Dossier)
    paths = [e.path for e in caught.value.errors]
    assert paths == ["$.agreements[0].signatures[1].variants[0].value"]
    assert "date" in caught.value.errors[0].message


# --------------------------------------------------------------------------- uncertain dates

FORMS = [
    ("2025-11-12?", "2025-11-11", "2025-11-13"),
    ("2025-11-12~", "2025-11-11", "2025-11-13"),
    ("2025-11%", "2025-10-01", "2025-12-31"),
    ("[2024-06-18,2024-06-19]", "2024-06-18", "2024-06-19"),
    ("2024-06-18/2024-06-19", "2024-06-18", "2024-06-19"),
    ("1998-12-15/1999-08", "1998-12-15", "1999-08-31"),
]


@pytest.mark.parametrize(("text", "first", "last"), FORMS)
def test_an_uncertain_date_parses_prints_and_bounds(text: str, first: str, last: str) -> None:
    date = U(text)
    assert str(date) == date.isoformat() == text
    assert tm.dates.parse_date(text) == date
    assert (date.earliest().isoformat(), date.latest().isoformat()) == (first, last)
    assert date.contains(D(first))
    assert date.contains(D(last))
    assert not date.contains(D(first[:4]))  # a whole year is wider
    assert date.overlaps(D(first[:7]))


@pytest.mark.parametrize(("text", "first", "last"), FORMS)
def test_an_uncertain_date_travels_in_json(text: str, first: str, last: str) -> None:
    event = tm.Event(id="e", kind=tm.EventKind.TALKS, date=U(text))
    written = tm.to_json(event)
    assert f'"date":"{text}"' in written
    assert tm.from_json(written, tm.Event) == event
    py, rs = validators(tm.Event)
    py.validate(json.loads(written))
    assert rs.is_valid(json.loads(written))


def test_uncertain_and_partial_dates_sort_together_by_their_first_day() -> None:
    dates = [U("2024-06-18/2024-06-19"), D("2024-06-17"), U("2024-06-18~"), D("2024"), D("2024-06-18")]
    assert [str(d) for d in sorted(dates)] == [
        "2024",
        "2024-06-17",
        "2024-06-18~",
        "2024-06-18",
        "2024-06-18/2024-06-19",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2025-11-12??",
        "[2024-06-18]",
        "[2024-06-18,2024-06-18]",
        "2024-06-19/2024-06-18",
        "2024-02-30?",
        "12/13",
    ],
)
def test_malformed_uncertain_dates_are_refused(text: str) -> None:
    with pytest.raises(tm.FieldError):
        U(text)


def test_a_rule_stays_silent_on_an_uncertain_date_that_may_be_valid_and_fires_on_one_that_cannot() -> None:
    visit = tm.Visit(
        id="v",
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        start=D("2025-11-11"),
        end=D("2025-11-12"),
    )
    may = attrs.evolve(visit, program=(tm.Event(id="e", kind=tm.EventKind.TALKS, date=U("2025-11-12~")),))
    assert "TM-V002" not in tm.validate(may).codes
    assert "TM-V003" in tm.validate(may, strict=True).codes  # it may be the 13th
    cannot = attrs.evolve(
        visit, program=(tm.Event(id="e", kind=tm.EventKind.TALKS, date=U("[2025-11-14,2025-11-15]")),)
    )
    assert [i.path for i in tm.validate(cannot).issues if i.code == "TM-V002"] == ["$.program[0].date"]


# --------------------------------------------------------------------------- unknowns


def test_unknown_parties_host_and_dates_are_not_errors() -> None:
    agreement = tm.Agreement(
        id="a",
        title="Agreement reported without its parties",
        kind=tm.AgreementKind.AGREEMENT,
        signatures=(tm.Signature(signatory="putin", party=RUS),),
        party_actions=(tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=KAZ),),
    )
    assert agreement.parties is None
    assert tm.validate(agreement, strict=True).issues == ()
    visit = tm.Visit(
        id="v",
        kind=tm.VisitKind.WORKING,
        guest="tokayev",
        guest_state="KAZ",
        host_state="RUS",
        start=D("2025-11-11"),
        end=D("2025-11-12"),
        program=(tm.Event(id="e", kind=tm.EventKind.TALKS),),
    )
    assert visit.host is None
    assert tm.validate(visit, strict=True).issues == ()
    text = tm.to_json(agreement)
    assert '"parties"' not in text
    assert tm.from_json(text, tm.Agreement) == agreement


def _sprinkle(dossier: tm.Dossier, data: st.DataObject) -> tm.Dossier:
    """The dossier with some of what it knows forgotten: dates, parties, hosts, full powers, tenures."""

    def maybe() -> bool:
        return data.draw(st.integers(0, 3)) == 0

    visits = []
    for visit in dossier.visits:
        program = tuple(attrs.evolve(e, date=None) if maybe() else e for e in visit.program)
        visits.append(attrs.evolve(visit, program=program, host=None if maybe() else visit.host))
    agreements = []
    for a in dossier.agreements:
        signatures = tuple(
            attrs.evolve(s, date=None if maybe() else s.date, full_powers=None if maybe() else s.full_powers)
            for s in a.signatures
        )
        actions = tuple(attrs.evolve(x, date=None) if maybe() else x for x in a.party_actions)
        agreements.append(
            attrs.evolve(
                a,
                parties=None if maybe() else a.parties,
                signatures=signatures,
                party_actions=actions,
                date=None if maybe() else a.date,
            )
        )
    tenures = tuple(attrs.evolve(t, end=None) if maybe() and t.end is None else t for t in dossier.tenures)
    return attrs.evolve(dossier, visits=tuple(visits), agreements=tuple(agreements), tenures=tenures)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(dossier=dossiers(), data=st.data())
def test_valid_dossiers_with_unknowns_sprinkled_in_draw_no_error_and_no_warning(
    dossier: tm.Dossier, data: st.DataObject
) -> None:
    forgetful = _sprinkle(dossier, data)
    report = tm.validate(forgetful)
    assert not report.errors, str(report)
    assert not report.warnings, str(report)
