"""Linked data out: JSON-LD expanded offline with pyld, QuickStatements against the v1 grammar,
Popolo against the Popolo project's JSON schemas.

The facts checked come from the bundled records and their cited sources: the seed record's
declaration signed on 12 November 2025 by Russia and Kazakhstan
(http://en.special.kremlin.ru/catalog/countries/KZ/events/78447); Kazakhstan's Wikidata item
Q232 (https://www.wikidata.org/wiki/Q232); the SCO (Q485207) founded by six states on
15 June 2001 (https://eng.sco-russia2020.ru/russia_in_sco/20190531/992/About-the-Shanghai-Cooperation-Organisation.html).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from pyld import jsonld

import treatymodel as tm
from treatymodel import datasets, linked
from treatymodel.dates import PartialDate

ROOT = Path(__file__).resolve().parents[1]
NAMES = datasets.names()
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
SCHEMA = "https://schema.org/"


def _offline_loader(url: str, options: object = None) -> dict[str, Any]:
    if url != linked.CONTEXT_IRI:
        raise AssertionError(f"the test is offline: asked for {url}")
    return {"contextUrl": None, "documentUrl": url, "document": linked.context()}


def _expanded(name: str) -> list[dict[str, Any]]:
    doc = linked.to_jsonld(datasets.load(name))
    result: list[dict[str, Any]] = jsonld.expand(doc, {"documentLoader": _offline_loader})
    return result


def _nodes(expanded: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    (dossier,) = expanded
    return {node["@id"]: node for node in dossier["@graph"]}


# --------------------------------------------------------------------------- JSON-LD


@pytest.mark.parametrize("name", NAMES)
def test_every_bundled_record_expands_offline(name: str) -> None:
    dossier = datasets.load(name)
    nodes = _nodes(_expanded(name))
    records = (
        len(dossier.states)
        + len(dossier.organizations)
        + len(dossier.persons)
        + len(dossier.offices)
        + len(dossier.tenures)
        + len(dossier.visits)
        + len(dossier.meetings)
        + len(dossier.decisions)
        + len(dossier.agreements)
        + len(dossier.sources)
    )
    # Every record is one node with its own absolute @id: none lost, none merged.
    assert len(nodes) == records
    assert all(re.match(r"^https?://", node_id) for node_id in nodes)


def test_the_seed_signature_survives_expansion() -> None:
    nodes = _nodes(_expanded("ru-kz-2025"))
    base = "https://w3id.org/treatymodel/dossier/ru-kz-2025/"
    declaration = nodes[base + "agreement/ru-kz-declaration-2025"]
    signatories = {v["@id"] for v in declaration[WDT + "P1891"]}
    assert signatories == {WD + "Q159", WD + "Q232"}
    signatures = declaration[linked.VOCAB + "signature"]
    dates = {s[WDT + "P585"][0]["@value"] for s in signatures}
    assert dates == {"2025-11-12"}
    parties = {s[linked.VOCAB + "party"][0]["@id"] for s in signatures}
    assert parties == {WD + "Q159", WD + "Q232"}


def test_a_wikidata_id_names_the_record_and_the_dossier_iri_stays_as_same_as() -> None:
    nodes = _nodes(_expanded("ru-kz-2025"))
    kazakhstan = nodes[WD + "Q232"]
    assert kazakhstan["@type"] == [SCHEMA + "Country"]
    assert kazakhstan[SCHEMA + "sameAs"] == [
        {"@id": "https://w3id.org/treatymodel/dossier/ru-kz-2025/state/KAZ"}
    ]
    identifiers = {
        (i[SCHEMA + "propertyID"][0]["@value"], i[SCHEMA + "value"][0]["@value"])
        for i in kazakhstan[SCHEMA + "identifier"]
    }
    assert identifiers == {("wikidata", "Q232"), ("cow-state", "705")}


def test_a_record_without_a_wikidata_id_gets_a_dossier_iri() -> None:
    # Czechoslovakia has no Wikidata id in the Open Skies record, only its COW number.
    nodes = _nodes(_expanded("open-skies-1992"))
    csk = nodes["https://w3id.org/treatymodel/dossier/open-skies-1992/state/CSK"]
    assert SCHEMA + "sameAs" not in csk


def test_memberships_keep_their_dates() -> None:
    nodes = _nodes(_expanded("sco"))
    sco = nodes[WD + "Q485207"]
    acts = sco[linked.VOCAB + "membershipAct"]
    members = {a[linked.VOCAB + "member"][0]["@id"] for a in acts}
    assert members == {WD + q for q in ("Q148", "Q232", "Q813", "Q159", "Q863", "Q265")}
    assert {a[WDT + "P585"][0]["@value"] for a in acts} == {"2001-06-15"}


def test_every_term_used_is_defined_or_falls_to_the_vocabulary() -> None:
    # A term the context maps to schema.org or Wikidata must not be shadowed by @vocab:
    # every mapped IRI appears in the expanded seed record under its mapped name.
    ctx = linked.context()["@context"]
    expanded = json.dumps(_expanded("ru-kz-2025"))
    for term in ("name", "startDate", "endDate", "sameAs", "identifier"):
        assert f'"{SCHEMA}{term}"' in expanded, term
    assert ctx["signatory"]["@id"] == "wdt:P1891"
    assert f'"{WDT}P1891"' in expanded


def test_the_published_context_file_is_current() -> None:
    committed = (ROOT / "schema" / "treatymodel.context.jsonld").read_bytes()
    assert committed == linked.context_bytes(), (
        "schema/treatymodel.context.jsonld is stale: run `make generate`"
    )


# --------------------------------------------------------------------------- QuickStatements

# The version 1 grammar as the QuickStatements parser reads it (importDataFromV1 and
# parseValueV1 in https://github.com/magnusmanske/quickstatements,
# public_html/quickstatements.php; https://www.wikidata.org/wiki/Help:QuickStatements):
# CREATE alone; a label "LAST|Q  L<lang>  "text""; or ITEM  PROPERTY  VALUE followed by
# pairs of a qualifier (P) or a source (S) and a value. Values: an item, a quoted string
# or a time "+YYYY-MM-DDT00:00:00Z/precision".
_ITEM = r"(?:Q[1-9][0-9]*|LAST)"
_TIME = r"\+[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z/(?:9|10|11)"
_STRING = r'"[^"\t\n]*"'
_VALUE = rf"(?:Q[1-9][0-9]*|{_TIME}|{_STRING})"
_STATEMENT = re.compile(rf"^{_ITEM}\tP[1-9][0-9]*\t{_VALUE}(?:\t[PS][1-9][0-9]*\t{_VALUE})*$")
_LABEL = re.compile(rf"^{_ITEM}\tL[a-z]+(?:-[a-z]+)?\t{_STRING}$")


def _check_quickstatements(text: str) -> list[str]:
    lines = text.splitlines()
    assert text == "".join(line + "\n" for line in lines)
    for number, line in enumerate(lines):
        if line == "CREATE":
            continue
        assert _STATEMENT.match(line) or _LABEL.match(line), f"line {number + 1}: {line!r}"
        if line.startswith("LAST"):
            assert "CREATE" in lines[:number], "LAST before any CREATE"
    return lines


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("create", [False, True])
def test_every_line_follows_the_v1_grammar(name: str, create: bool) -> None:
    _check_quickstatements(linked.to_quickstatements(datasets.load(name), create=create))


def test_the_grammar_refuses_what_quickstatements_cannot_read() -> None:
    for bad in (
        "Q1\tP1891\tKazakhstan",  # an unquoted string
        "Q1\tP585\t2025-11-12",  # a time without its form
        "Q1\tP1891\tQ2\tP585",  # a qualifier without its value
        'Q1\tP1891\tQ2\tX854\t"u"',  # neither qualifier nor source
    ):
        with pytest.raises(AssertionError):
            _check_quickstatements(bad + "\n")


def test_the_sco_founders_become_members_from_15_june_2001() -> None:
    lines = _check_quickstatements(linked.to_quickstatements(datasets.load("sco")))
    founders = {line.split("\t")[0] for line in lines}
    assert founders == {"Q148", "Q232", "Q813", "Q159", "Q863", "Q265"}
    for line in lines:
        fields = line.split("\t")
        assert fields[1:5] == ["P463", "Q485207", "P580", "+2001-06-15T00:00:00Z/11"]
        assert fields[5] == "S854"
        assert fields[6].startswith('"https://')


def test_the_seed_record_gives_no_statement_without_agreement_ids() -> None:
    assert linked.to_quickstatements(datasets.load("ru-kz-2025")) == ""


def test_an_agreement_with_a_wikidata_id_gets_signatures_ratifications_and_revocations() -> None:
    # The CTBT record has real party actions (signature 24 September 1996, ratification
    # 30 June 2000, revocation 3 November 2023 for Russia: https://treaties.un.org/Pages/
    # ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-4&chapter=26) but no Wikidata id; Q1 stands
    # in for one here, so that the statements are written.
    ctbt = datasets.load("ctbt-1996")
    (treaty,) = ctbt.agreements
    item = tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value="Q1")
    dossier = attrs.evolve(
        ctbt, agreements=(attrs.evolve(treaty, external_ids=(*treaty.external_ids, item)),)
    )
    lines = _check_quickstatements(linked.to_quickstatements(dossier))
    russia = [line.split("\t")[:5] for line in lines if line.split("\t")[2] == "Q159"]
    assert russia == [
        ["Q1", "P1891", "Q159", "P585", "+1996-09-24T00:00:00Z/11"],
        ["Q1", "P6193", "Q159", "P585", "+2000-06-30T00:00:00Z/11"],
        ["Q1", "P6193", "Q159", "P582", "+2023-11-03T00:00:00Z/11"],
    ]
    wikidata = {s.code for s in ctbt.states if any(e.scheme is tm.IdScheme.WIKIDATA for e in s.external_ids)}
    signed = {a.party.code for a in treaty.party_actions if a.kind is tm.PartyActionKind.SIGNATURE}
    assert sum(line.split("\t")[1] == "P1891" for line in lines) == len(signed & wikidata)
    assert all("\tS854\t" in line for line in lines)


def test_a_precision_and_an_uncertain_date() -> None:
    seed = datasets.load("ru-kz-2025")
    declaration = seed.agreements[0]
    month = attrs.evolve(declaration.signatures[0], date=PartialDate.parse("2025-11"))
    uncertain = attrs.evolve(declaration.signatures[1], date=tm.UncertainDate.parse("2025-11-12?"))
    item = (tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value="Q1"),)
    changed = attrs.evolve(declaration, external_ids=item, signatures=(month, uncertain))
    lines = _check_quickstatements(linked.to_quickstatements(attrs.evolve(seed, agreements=(changed,))))
    assert lines[0].split("\t")[3:5] == ["P585", "+2025-11-01T00:00:00Z/10"]
    assert lines[1].split("\t")[3] == "S854"  # no time qualifier for an uncertain date


def test_quickstatements_in_the_docs_are_current() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from write_linked import PAGE, quickstatements_block

    page = PAGE.read_text(encoding="utf-8")
    for marker, name, create in (
        ("qs-seed", "ru-kz-2025", False),
        ("qs-seed-create", "ru-kz-2025", True),
        ("qs-sco", "sco", False),
    ):
        found = re.search(rf"<!-- {marker} -->\n(.*?)<!-- /{marker} -->", page, re.S)
        assert found is not None, f"docs/linked-data.md lost its {marker} markers"
        assert found.group(1) == quickstatements_block(name, create=create), "stale: run `make generate`"


# --------------------------------------------------------------------------- Popolo

_POPOLO = ROOT / "tests" / "popolo"


def _popolo_validator(kind: str) -> jsonschema.Draft3Validator:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT3

    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in _POPOLO.glob("*.json")}
    registry: Registry = Registry().with_resources(
        (s["id"], Resource.from_contents(s, default_specification=DRAFT3)) for s in schemas.values()
    )
    return jsonschema.Draft3Validator(schemas[f"{kind}.json"], registry=registry)


_CLASSES = {
    "persons": "person",
    "organizations": "organization",
    "posts": "post",
    "memberships": "membership",
}


@pytest.mark.parametrize("name", NAMES)
def test_every_bundled_record_is_valid_popolo(name: str) -> None:
    popolo = linked.to_popolo(datasets.load(name))
    assert set(popolo) == set(_CLASSES)
    for key, objects in popolo.items():
        validator = _popolo_validator(_CLASSES[key])
        for obj in objects:
            errors = [e.message for e in validator.iter_errors(obj)]
            assert not errors, (key, obj, errors)


def test_the_popolo_check_is_not_empty() -> None:
    validator = _popolo_validator("membership")
    assert list(validator.iter_errors({"start_date": "12 November 2025"}))
    assert list(_popolo_validator("organization").iter_errors({"identifiers": [{"scheme": "wikidata"}]}))


def test_the_seed_tenures_are_memberships_through_posts() -> None:
    seed = datasets.load("ru-kz-2025")
    popolo = linked.to_popolo(seed)
    posts = {p["id"]: p for p in popolo["posts"]}
    assert set(posts) == {o.id for o in seed.offices}
    through_posts = [m for m in popolo["memberships"] if "post_id" in m]
    assert len(through_posts) == len(seed.tenures)
    for membership in through_posts:
        assert membership["organization_id"] == posts[membership["post_id"]]["organization_id"]
    states = [o for o in popolo["organizations"] if o["classification"] == "country"]
    assert {"scheme": "wikidata", "identifier": "Q232"} in next(s for s in states if s["id"] == "KAZ")[
        "identifiers"
    ]


def test_the_sco_founders_are_popolo_members() -> None:
    popolo = linked.to_popolo(datasets.load("sco"))
    members = [m for m in popolo["memberships"] if m.get("organization_id") == "sco" and "member" in m]
    assert {m["member"]["id"] for m in members} == {"CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"}
    assert {m["start_date"] for m in members} == {"2001-06-15"}
    bodies = [o for o in popolo["organizations"] if o.get("parent_id") == "sco"]
    assert len(bodies) == len(datasets.load("sco").organizations[0].bodies)


def test_dumps_merges_several_dossiers() -> None:
    dossiers = [datasets.load("ru-kz-2025"), datasets.load("sco")]
    popolo = json.loads(linked.dumps(dossiers, "popolo"))
    ids = [o["id"] for o in popolo["organizations"]]
    assert len(ids) == len(set(ids))
    assert {"KAZ", "sco"} <= set(ids)
    docs = json.loads(linked.dumps(dossiers, "jsonld"))
    assert [d["name"] for d in docs] == [d.title for d in dossiers]
    with pytest.raises(ValueError, match="unknown linked-data format"):
        linked.dumps(dossiers, "turtle")


# --------------------------------------------------------------------------- command line


def test_the_command_line_writes_jsonld(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from treatymodel.cli import main

    seed = tmp_path / "seed.json"
    seed.write_text(tm.to_json(datasets.load("ru-kz-2025")), encoding="utf-8")
    out = tmp_path / "out.jsonld"
    assert main(["export", str(seed), "--to", "jsonld", str(out)]) == 0
    doc = json.loads(out.read_bytes())
    assert doc == json.loads(json.dumps(linked.to_jsonld(datasets.load("ru-kz-2025"))))
    jsonld.expand(doc, {"documentLoader": _offline_loader})
    assert "1 dossier(s) written" in capsys.readouterr().err
    # Two dossiers: a JSON array of two documents, each expanding.
    assert main(["export", str(seed), "sco", "--to", "jsonld", str(out)]) == 0
    docs = json.loads(out.read_bytes())
    assert [d["@context"][1]["@base"].rsplit("/", 2)[1] for d in docs] == ["ru-kz-2025", "sco"]
    assert len(jsonld.expand(docs, {"documentLoader": _offline_loader})) == 2


def test_the_command_line_writes_quickstatements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from treatymodel.cli import main

    out = tmp_path / "sco.qs"
    assert main(["export", "sco", "ru-kz-2025", "--to", "quickstatements", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text == linked.to_quickstatements(datasets.load("sco"))  # the seed adds nothing
    assert main(["export", "ru-kz-2025", "--to", "quickstatements", "-", "--create"]) == 0
    printed = capsys.readouterr().out
    assert printed == linked.to_quickstatements(datasets.load("ru-kz-2025"), create=True)
    _check_quickstatements(printed)


def test_the_command_line_writes_popolo(tmp_path: Path) -> None:
    from treatymodel.cli import main

    out = tmp_path / "people.json"
    assert main(["export", "ru-kz-2025", "sco", "--to", "popolo", str(out)]) == 0
    popolo = json.loads(out.read_bytes())
    for key, objects in popolo.items():
        validator = _popolo_validator(_CLASSES[key])
        assert all(validator.is_valid(obj) for obj in objects)
    # Putin is in both records: one person.
    assert [p["id"] for p in popolo["persons"]].count("putin") == 1


def test_the_command_line_refuses_an_unknown_format_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from treatymodel.cli import main

    out = tmp_path / "out.ttl"
    assert main(["export", "ru-kz-2025", "--to", "jsonlf", str(out)]) == 2
    assert "did you mean" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["export", str(bad), "--to", "popolo", str(out)]) == 2
    assert list(tmp_path.iterdir()) == [bad]
