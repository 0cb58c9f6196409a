"""Rules about structure, identity and references (``TM-S``).

Sections and commitments inside an agreement, ids across the dossier, references
from one record to another, and relations between agreements.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Any

from treatymodel.agreements import Agreement, RelationKind
from treatymodel.kinds import KIND, NESTED, TOP_LEVEL, Kind, ids
from treatymodel.provisions import Section
from treatymodel.validation._index import DossierIndex, all_sections, section_path, walk_sections
from treatymodel.validation._registry import Finding, agreement_rule, dossier_rule
from treatymodel.validation.report import Severity

__all__ = [
    "commitment_binds_non_party",
    "duplicate_id_in_agreement",
    "duplicate_id_in_dossier",
    "duplicate_section_number",
    "relation_cycle",
    "relation_to_itself",
    "unknown_agreement",
    "unknown_office",
    "unknown_organization",
    "unknown_person",
    "unknown_section",
    "unknown_source",
    "unknown_state",
]

_E = Severity.ERROR
_W = Severity.WARNING


@agreement_rule("TM-S001", "Duplicate section number", _E)
def duplicate_section_number(agreement: Agreement, at: str) -> Iterator[Finding]:
    """Two sections of the same kind under the same parent have the same number.

    Needs: only the sections' ``kind`` and ``number``; a section without a number is not
    checked.

    Why: numbers identify units of the text ("article 4"); two articles 4 side by
    side mean one is misnumbered. Units of different kinds (section 1 and annex 1)
    or in different parents (point 1 of section 1 and of section 2) may share a
    number.

    Example:
        ``{"sections": [{"kind": "section", "number": "2", ...},
        {"kind": "section", "number": "2", ...}]}`` is reported at
        ``$.sections[1].number``.
    """
    if not _numbers_repeat(agreement.sections):
        return  # the common case: no paths, no steps
    seen: set[tuple[tuple[int, ...], str, str]] = set()
    for steps, section in walk_sections(agreement.sections):
        if section.number is None:
            continue
        key = (steps[:-1], section.kind.value, section.number)
        if key in seen:
            yield Finding(
                f"{section_path(at, steps)}.number",
                f"{section.kind.value} number {section.number!r} is used twice in the same place",
                "renumber one of them",
            )
        seen.add(key)


@agreement_rule("TM-S002", "Duplicate id inside an agreement", _E)
def duplicate_id_in_agreement(agreement: Agreement, at: str) -> Iterator[Finding]:
    """Two sections, or two commitments, of one agreement have the same id.

    Needs: only the ids of sections and commitments, which are always recorded.

    Why: sections and commitments are referred to by id (a commitment names the
    section it stands in); duplicates make references ambiguous. Duplicates across
    agreements are ``TM-S003``.

    Example:
        ``{"sections": [{"id": "s1", ...}, {"id": "s1", ...}]}`` is reported at
        ``$.sections[1].id``.
    """
    if _repeats([section.id for section in all_sections(agreement.sections)]):
        sections: set[str] = set()
        for steps, section in walk_sections(agreement.sections):
            if section.id in sections:
                yield Finding(
                    f"{section_path(at, steps)}.id",
                    f"section id {section.id!r} is used twice in {agreement.id!r}",
                )
            sections.add(section.id)
    if _repeats([commitment.id for commitment in agreement.commitments]):
        commitments: set[str] = set()
        for k, commitment in enumerate(agreement.commitments):
            if commitment.id in commitments:
                yield Finding(
                    f"{at}.commitments[{k}].id",
                    f"commitment id {commitment.id!r} is used twice in {agreement.id!r}",
                )
            commitments.add(commitment.id)


def _repeats(values: Sequence[Hashable]) -> bool:
    """Whether some value occurs twice: a quick test before a walk that builds paths."""
    return len(set(values)) < len(values)


def _numbers_repeat(sections: Sequence[Section]) -> bool:
    """Whether two sections under one parent share a kind and a number (``TM-S001``'s question).

    Asked first, without steps or paths, because the answer is almost always no.
    """
    siblings = [sections, *(s.subsections for s in all_sections(sections) if s.subsections)]
    for group in siblings:
        # Distinct numbers cannot repeat with their kinds: read the kinds only when a number repeats.
        numbers = [s.number for s in group if s.number is not None]
        if _repeats(numbers) and _repeats([(s.kind.value, s.number) for s in group if s.number is not None]):
            return True
    return False


def _dossier_ids(index: DossierIndex, paths: bool) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, container, path): every id of the dossier and the record holding it.

    Paths are built only when ``paths`` is true (they are needed only for duplicates).
    Nested records come in document order, so that the first of two is the one reported.
    """
    d = index.dossier
    for kind in TOP_LEVEL:
        if not kind.unique:
            continue
        name, id_field = kind.field, kind.id_field
        for i, record in enumerate(getattr(d, name)):
            yield kind.name, getattr(record, id_field), "", f"$.{name}[{i}].{id_field}" if paths else ""
    for kind in NESTED:
        if not kind.unique:
            continue
        for container in kind.within:
            holder = KIND[container]
            for i, parent in enumerate(getattr(d, holder.field)):
                at = f"$.{holder.field}[{i}]"
                for steps, record in _nested(getattr(parent, kind.field), kind.children):
                    path = f"{_path(at, kind, steps)}.{kind.id_field}" if paths else ""
                    yield kind.name, getattr(record, kind.id_field), at, path


def _nested(found: Sequence[Any], children: str | None) -> Iterator[tuple[tuple[int, ...], Any]]:
    """The records of a nested kind in one container, with their steps from the top, in document order."""
    if children is None:
        yield from (((i,), record) for i, record in enumerate(found))
        return
    stack: list[tuple[tuple[int, ...], Any]] = [
        ((i,), record) for i, record in reversed(list(enumerate(found)))
    ]
    while stack:
        steps, record = stack.pop()
        yield steps, record
        stack.extend(((*steps, i), r) for i, r in reversed(list(enumerate(getattr(record, children)))))


def _path(at: str, kind: Kind, steps: tuple[int, ...]) -> str:
    head, *rest = steps
    return f"{at}.{kind.field}[{head}]" + "".join(f".{kind.children}[{i}]" for i in rest)


def _some_id_repeats(index: DossierIndex) -> bool:
    """Whether some id occurs twice among the records of one kind, wherever they are.

    A quick test of what `_dossier_ids` yields, ignoring containers: when no id
    repeats there is no duplicate to report, and no pass with containers or paths
    is needed. (A repeat may still be no ``TM-S003`` duplicate: it may be inside one
    agreement or program.)
    """
    d = index.dossier
    if any(len(index.ids[kind.name]) < len(getattr(d, kind.field)) for kind in TOP_LEVEL if kind.unique):
        return True
    return any(_repeats(ids(d, kind)) for kind in NESTED if kind.unique)


@dossier_rule("TM-S003", "Duplicate id in the dossier", _E)
def duplicate_id_in_dossier(index: DossierIndex) -> Iterator[Finding]:
    """Two records of the same kind in the dossier have the same id.

    Kinds are states (by code), organizations, persons, offices, visits, meetings,
    decisions, events, agreements, sections, commitments, sources and quotes. A duplicate inside one
    visit's program or one agreement is reported by ``TM-V010`` or ``TM-S002``
    instead.

    Needs: only the records' ids, which are always recorded.

    Why: records refer to one another by id; with two records behind one id every
    reference to it is ambiguous and lookups silently take the first.

    Example:
        ``{"persons": [{"id": "putin", ...}, {"id": "putin", ...}]}`` is reported at
        ``$.persons[1].id``.
    """
    if not _some_id_repeats(index):
        return  # the common case: no id occurs twice at all
    holder: dict[tuple[str, str], str] = {}
    for kind, id_, container, _ in _dossier_ids(index, paths=False):
        seen = holder.get((kind, id_))
        if seen is None:
            holder[(kind, id_)] = container
        elif not (container and seen == container):
            break  # a duplicate: look again, this time with paths
    else:
        return
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for kind, id_, container, path in _dossier_ids(index, paths=True):
        found = first.get((kind, id_))
        if found is None:
            first[(kind, id_)] = (path, container)
        elif not (container and found[1] == container):
            yield Finding(
                path, f"{kind} id {id_!r} is already used at {found[0]}", "give each record its own id"
            )


@agreement_rule("TM-S004", "Commitment binding a non-party", _E)
def commitment_binds_non_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A commitment's ``bound`` names a state or organization that is not a party.

    Needs: the ``parties`` and a commitment's ``bound`` list. Unknown parties (``null``)
    draw nothing, and an empty ``bound`` (binding every party) is not checked.

    Why: an agreement binds only its parties (VCLT art. 34); a third state can be a
    beneficiary, never bound.

    Example:
        An agreement between RUS and KAZ with a commitment ``{"bound": [BLR], ...}``
        is reported at ``$.commitments[0].bound[0]``.
    """
    if agreement.parties is None:
        return  # who the parties are is not known
    parties = set(agreement.parties)
    for k, commitment in enumerate(agreement.commitments):
        if not commitment.bound:
            continue  # binds all parties, the common case
        for m, ref in enumerate(commitment.bound):
            if ref not in parties:
                yield Finding(
                    f"{at}.commitments[{k}].bound[{m}]",
                    f"commitment {commitment.id!r} binds {ref}, which is not a party to {agreement.id!r}",
                    "bind only parties; name third states as beneficiaries",
                )


@agreement_rule("TM-S005", "Reference to an unknown section", _E)
def unknown_section(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A commitment's ``section`` is not the id of a section of the same agreement.

    Needs: a commitment's ``section``; a commitment without one is not checked.

    Why: the commitment says where in the text it stands; a section id that is not
    in the agreement is a typo or points into another document.

    Example:
        A commitment with ``"section": "s9"`` in an agreement whose sections are
        ``s1`` to ``s4`` is reported at ``$.commitments[0].section``.
    """
    if not any(c.section is not None for c in agreement.commitments):
        return
    ids = {section.id for section in all_sections(agreement.sections)}
    for k, commitment in enumerate(agreement.commitments):
        if commitment.section is not None and commitment.section not in ids:
            yield Finding(
                f"{at}.commitments[{k}].section",
                f"commitment {commitment.id!r} stands in section {commitment.section!r},"
                f" which {agreement.id!r} does not have",
            )


@agreement_rule("TM-S006", "Agreement related to itself", _E)
def relation_to_itself(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A relation's ``target`` is the agreement itself.

    Needs: only the relation's ``target``, which is always recorded.

    Why: an agreement does not amend, supersede or implement itself; the target is
    a wrong id.

    Example:
        Agreement ``decl`` with ``{"relations": [{"kind": "amends", "target":
        "decl"}]}`` is reported at ``$.relations[0].target``.
    """
    for k, relation in enumerate(agreement.relations):
        if relation.target == agreement.id:
            yield Finding(f"{at}.relations[{k}].target", f"{agreement.id!r} {relation.kind.value} itself")


#: Relations that point from a later agreement to an earlier one: they cannot form a cycle.
_DIRECTED = frozenset(RelationKind) - {RelationKind.SIGNED_WITH}


@dossier_rule("TM-S007", "Relations forming a cycle", _E)
def relation_cycle(index: DossierIndex) -> Iterator[Finding]:
    """Relations between agreements (other than ``signed_with``) form a cycle.

    ``supersedes``, ``amends``, ``extends``, ``implements`` and ``based_on`` point
    from a later agreement to an earlier one, so following them can never lead
    back. Each cycle is reported once, at the first relation (in dossier order)
    that closes it. A relation of an agreement to itself is ``TM-S006``.

    Needs: only the relations' ``kind`` and ``target``; targets missing from the
    dossier, and the relations of an agreement whose id is duplicated, are left out.

    Why: a cycle means a relation is reversed (A amends B recorded as B amends A)
    or points at the wrong agreement.

    Example:
        ``a`` amends ``b`` and ``b`` amends ``a``: reported at
        ``$.agreements[0].relations[0].target``.
    """
    position: dict[str, int] = {}
    for i, (_, agreement) in enumerate(index.agreements):
        position.setdefault(agreement.id, i)
    edges: list[list[tuple[int, int]]] = [[] for _ in index.agreements]
    for i, (_, agreement) in enumerate(index.agreements):
        if position[agreement.id] != i:
            continue  # a duplicate id (TM-S003): its relations are ambiguous
        for k, relation in enumerate(agreement.relations):
            target = position.get(relation.target)
            if relation.kind in _DIRECTED and target is not None and target != i:
                edges[i].append((target, k))
    component = _strongly_connected(edges)
    reported: set[int] = set()
    for i, out in enumerate(edges):
        c = component[i]
        if c in reported:
            continue
        for target, k in out:
            if component[target] == c:
                reported.add(c)
                members = sorted(index.agreements[n][1].id for n in range(len(edges)) if component[n] == c)
                yield Finding(
                    f"{index.agreements[i][0]}.relations[{k}].target",
                    f"relations form a cycle through {', '.join(members)}",
                    "reverse or remove one of the relations",
                )
                break


def _strongly_connected(edges: list[list[tuple[int, int]]]) -> list[int]:
    """Tarjan's algorithm, iterative: the component number of every node."""
    n = len(edges)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    component = [-1] * n
    stack: list[int] = []
    counter = 0
    components = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            recurse = False
            out = edges[node]
            while child < len(out):
                target = out[child][0]
                child += 1
                if index[target] == -1:
                    work.append((node, child))
                    work.append((target, 0))
                    recurse = True
                    break
                if on_stack[target]:
                    low[node] = min(low[node], index[target])
            if recurse:
                continue
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = components
                    if member == node:
                        break
                components += 1
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


def unknown_references(index: DossierIndex, kind: str, hint: str) -> Iterator[Finding]:
    """Findings for the references to records of ``kind`` that no record of the dossier has."""
    known = index.ids[kind]
    if index.referenced_ids[kind] <= known:
        return  # every reference resolves: no need for their paths
    refs: Iterable[tuple[str, str]] = index.references.get(kind, ())
    for id_, path in refs:
        if id_ not in known:
            yield Finding(path, f"no {kind} with id {id_!r} in the dossier", hint)


@dossier_rule("TM-S009", "Reference to an unknown state", _E)
def unknown_state(index: DossierIndex) -> Iterator[Finding]:
    """A state code used by a record is not among the dossier's ``states``.

    Checks parties, signatures, party actions, commitments, offices, visits'
    guest and host states, and the ``state`` of every place.

    Needs: only the state codes records name; a place without a ``state`` names none and
    draws nothing.

    Why: the dossier is self-contained: every state it names is a record with its
    name as the records use it, so nothing is looked up in the air.

    Example:
        A dossier whose ``states`` are RUS and KAZ and an agreement party
        ``{"type": "state", "code": "BLR"}`` is reported at
        ``$.agreements[0].parties[2].code``.
    """
    yield from unknown_references(index, "state", "add the state to the dossier's states")


@dossier_rule("TM-S010", "Reference to an unknown organization", _E)
def unknown_organization(index: DossierIndex) -> Iterator[Finding]:
    """An organization id used by a record is not among the dossier's ``organizations``.

    Checks parties, signatures, party actions, offices and the organizations
    commitments name.

    Needs: only the organization ids records name; a reference left unknown (``null``)
    names none and draws nothing.

    Why: every organization a record names must be a record of the dossier, so it
    can be shown and checked.

    Example:
        A commitment with ``"organizations": ["csto"]`` in a dossier without the
        CSTO is reported at ``$.agreements[0].commitments[0].organizations[0]``.
    """
    yield from unknown_references(index, "organization", "add the organization to the dossier")


@dossier_rule("TM-S011", "Reference to an unknown person", _E)
def unknown_person(index: DossierIndex) -> Iterator[Finding]:
    """A person id used by a record is not among the dossier's ``persons``.

    Checks visits' guests, hosts and inviters, event participants, signatories,
    tenures and the speakers of quotes.

    Needs: only the person ids records name; a reference left unknown (``null``: a
    visit's ``host`` or ``invited_by``, an act's ``performed_by``) names no one and
    draws nothing.

    Why: persons are recorded once and referred to by id; a dangling id is a typo or
    a person left out.

    Example:
        A signature with ``"signatory": "putn"`` is reported at
        ``$.agreements[0].signatures[0].signatory``.
    """
    yield from unknown_references(index, "person", "add the person or correct the id")


@dossier_rule("TM-S012", "Reference to an unknown office", _E)
def unknown_office(index: DossierIndex) -> Iterator[Finding]:
    """An office id used by a tenure or a signature is not among the dossier's ``offices``.

    Needs: only the office ids records name; a signature without an ``office`` names
    none and draws nothing.

    Why: an office is recorded once, with its role and whom it represents; a
    dangling id hides what the holder could do.

    Example:
        A tenure with ``"office": "presdent-rus"`` is reported at
        ``$.tenures[0].office``.
    """
    yield from unknown_references(index, "office", "add the office or correct the id")


@dossier_rule("TM-S013", "Reference to an unknown agreement", _E)
def unknown_agreement(index: DossierIndex) -> Iterator[Finding]:
    """An agreement id used by a record is not among the dossier's ``agreements``.

    Checks the agreements of visits, the targets of relations, the agreements
    commitments name, and quotes.

    Needs: only the agreement ids records name; a reference left unknown (``null``, such
    as a quote without an agreement) names none and draws nothing.

    Why: an agreement listed as signed during a visit, or related to another, must
    be in the dossier for the link to mean anything.

    Example:
        A visit with ``"agreements": ["decl-2025"]`` in a dossier without it is
        reported at ``$.visits[0].agreements[0]``.
    """
    yield from unknown_references(index, "agreement", "add the agreement or correct the id")


@dossier_rule("TM-S014", "Reference to an unknown source", _E)
def unknown_source(index: DossierIndex) -> Iterator[Finding]:
    """A source id cited by a record is not among the dossier's ``sources``.

    Checks every ``sources`` list, ``published_in``, and the ``source`` of quotes.

    Needs: only the source ids records cite; a record citing none draws nothing.

    Why: every fact says where it comes from; a citation of a source that is not
    recorded cannot be followed.

    Example:
        A quote with ``"source": "tass-1"`` in a dossier without that source is
        reported at ``$.quotes[0].source``.
    """
    yield from unknown_references(index, "source", "add the source or correct the id")
