"""Hypothesis strategies for every record and value type of treatymodel.

For property tests of code that uses treatymodel: ``pip install
'treatymodel[strategies]'`` (Hypothesis), then ``from treatymodel.strategies
import dossiers``. Without Hypothesis, importing this module raises
`MissingDependencyError`.

Identifiers, codes, languages and URLs are real-looking (ISO 3166 codes from
pycountry, readable slugs, real organizations); free-text fields also exercise
unicode (Cyrillic and Kazakh titles, arbitrary printable text).

Standalone strategies (``persons()``, ``sections()``...) build records that are
consistent in themselves: dates in order, nested sections with unique ids and
numbers, signatures only for parties. ``agreements()`` and ``visits()`` take
their records from `dossiers`, so they are also consistent with a world
around them.

Invariants `dossiers` guarantees (a rules engine must raise no
error-severity issue on them):

* Ids are unique per kind; event ids, section ids and commitment ids are unique
  across the whole dossier. States are current ISO 3166-1 states (historic
  codes appear in `states`, not in dossiers).
* Every referenced id exists: persons, offices, states, organizations, sources,
  agreements, sections (of the same agreement), visit agreements.
* ``Place.state``, wherever set, is a state of the dossier.
* Tenures: ``end`` is ``None`` or certainly after ``start``; each office is
  single-holder and its tenures never overlap (a predecessor's tenure ends
  years before the successor's begins). Every office holder's tenure covers
  the whole active window of the dossier (all visits, signatures, actions).
* Every state has a head-of-state office with a holder; every organization
  has a head-of-organization office with a holder. Offices represent exactly
  one party, and each person holds exactly one office.
* Visits: day-precise ``start <= end``; ``guest_state != host_state``; guest
  and host hold an office representing their state; state visits
  (``VisitKind.STATE``) are between heads of state. Visits of a dossier do not
  overlap. Every event is day-precise and dated inside its visit; programs are
  in chronological order; events name their visit's guest/host as
  participants; ``talks_format`` is set only on talks.
* Agreements: at least two distinct parties; ``bilateral`` is ``True`` only
  with exactly two parties (and ``False`` only with more); every party has at
  least one signature; signatures only for parties; a person signs at most
  once per agreement; each signatory holds, by a tenure covering the
  day-precise signature date, the office named in ``Signature.office``, which
  represents the party signed for; signatories whose role is not head of
  state/government/foreign minister have ``full_powers=True``.
  ``Agreement.date`` is the earliest signature date.
* An agreement listed in a visit's ``agreements`` is listed in no other
  visit, is between the guest and host states, was signed by the guest and
  the host on days of that visit, and its place (and any signature place) is
  in the host state.
* Lifecycle: party actions only by parties and only when
  ``legally_binding is True``; consent (ratification, acceptance, approval) is
  strictly after that party's signatures; ``effective`` is on or after the
  action's date, and never before the entry into force; declarations are made
  on the consent date; withdrawal is strictly after the party's consent and
  after entry into force; entry into force is strictly after every party's
  consent, and exists only if every party consented; adoption is no later than the first signature.
* Commitments: ``bound`` and ``beneficiaries`` are parties of the agreement;
  named organizations and agreements exist; ``section`` is a section of the
  same agreement.
* Sections: ids unique in the dossier, numbers (hierarchical, ``"2.1"``)
  unique within an agreement, depth at most 3.
* Relations point only to agreements generated earlier and signed no later
  (so the relation graph is acyclic); ``signed_with`` only links agreements of
  the same visit.
* Variants name a field of the record holding them (``duration``/``date``/
  ``title``/``description`` on events, ``start``/``end``/``description`` on
  visits, ``date``/``title``/``summary`` on agreements) and cite dossier sources.
* Quotes: source, speaker and agreement exist.
"""

from __future__ import annotations

from treatymodel._optional import require

require("hypothesis", extra="strategies", feature="treatymodel.strategies")

# The modules below import Hypothesis: they come after the check, which names the extra to install.
from treatymodel.strategies._common import (  # noqa: E402
    CURRENT_STATE_CODES,
    HISTORIC_STATE_CODES,
    LANGUAGE_TAGS,
    ORGANIZATIONS,
    RELATIONSHIP_LEVELS,
    free_text,
    identifiers,
    languages,
    slug,
    urls,
)
from treatymodel.strategies.agreements import (  # noqa: E402
    commitments,
    consent_clauses,
    entry_into_force_clauses,
    lifecycles,
    milestones,
    party_actions,
    periods,
    relations,
    sections,
    signature_periods,
    signatures,
    terms,
    votes,
    withdrawal_clauses,
)
from treatymodel.strategies.dates import date_values, day_dates, partial_dates, uncertain_dates  # noqa: E402
from treatymodel.strategies.dossiers import agreements, dossiers, visits  # noqa: E402
from treatymodel.strategies.invariants import invariant_violations  # noqa: E402
from treatymodel.strategies.parties import (  # noqa: E402
    STATE_IDS,
    actor_refs,
    bodies,
    body_refs,
    capitals,
    certainties,
    dated_names,
    external_ids,
    membership_acts,
    office_refs,
    organization_refs,
    organizations,
    party_refs,
    person_refs,
    places,
    state_codes,
    state_refs,
    states,
)
from treatymodel.strategies.people import offices, persons, tenures  # noqa: E402
from treatymodel.strategies.sources import quotes, sources, titles, variants  # noqa: E402
from treatymodel.strategies.visits import decisions, events, meetings, participants  # noqa: E402

__all__ = [
    "CURRENT_STATE_CODES",
    "HISTORIC_STATE_CODES",
    "LANGUAGE_TAGS",
    "ORGANIZATIONS",
    "RELATIONSHIP_LEVELS",
    "STATE_IDS",
    "actor_refs",
    "agreements",
    "bodies",
    "body_refs",
    "capitals",
    "certainties",
    "commitments",
    "consent_clauses",
    "date_values",
    "dated_names",
    "day_dates",
    "decisions",
    "dossiers",
    "entry_into_force_clauses",
    "events",
    "external_ids",
    "free_text",
    "identifiers",
    "invariant_violations",
    "languages",
    "lifecycles",
    "meetings",
    "membership_acts",
    "milestones",
    "office_refs",
    "offices",
    "organization_refs",
    "organizations",
    "partial_dates",
    "participants",
    "party_actions",
    "party_refs",
    "periods",
    "person_refs",
    "persons",
    "places",
    "quotes",
    "relations",
    "sections",
    "signature_periods",
    "signatures",
    "slug",
    "sources",
    "state_codes",
    "state_refs",
    "states",
    "tenures",
    "terms",
    "titles",
    "uncertain_dates",
    "urls",
    "variants",
    "visits",
    "votes",
    "withdrawal_clauses",
]
