"""Agreements: their identity, parties, signatures, lifecycle and relations.

The lifecycle follows the UN Treaty Collection: each party takes actions
(signature, ratification, accession, withdrawal...) with a date and a date of
effect, and the agreement as a whole passes milestones (adoption, entry into
force, termination...). What each kind of act does to a party's standing is
written once, in `treatymodel.lifecycle.ACTION_EFFECTS` and
`treatymodel.lifecycle.MILESTONE_EFFECTS`; the final clauses that decide
the dates are in `treatymodel.clauses`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.clauses import (
    ConsentClause,
    EntryIntoForceClause,
    SignaturePeriod,
    WithdrawalClause,
)
from treatymodel.dates import DateValue, PartialDate, UncertainDate
from treatymodel.errors import FieldError
from treatymodel.identity import ExternalId
from treatymodel.parties import OrganizationRef, PartyRef, StateRef, party_refs
from treatymodel.provisions import Commitment, Section
from treatymodel.values import Certainty, Place, Title, Variant, variants_of

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

_DATES = (PartialDate, UncertainDate)


@v.described({}, types=(StateRef, OrganizationRef), optional=True)
def _optional_party_refs(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        party_refs(instance, attribute, value)


__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementLevel",
    "Milestone",
    "MilestoneKind",
    "PartyAction",
    "PartyActionKind",
    "Relation",
    "RelationKind",
    "Signature",
    "Term",
    "Vote",
]


class AgreementKind(enum.StrEnum):
    """The form of an international instrument."""

    TREATY = "treaty"
    """A treaty."""
    CONVENTION = "convention"
    """A convention."""
    AGREEMENT = "agreement"
    """An agreement."""
    CHARTER = "charter"
    """A charter or constitution of an organization."""
    PROTOCOL = "protocol"
    """A protocol, usually to another agreement."""
    EXCHANGE_OF_NOTES = "exchange_of_notes"
    """An agreement by exchange of notes or letters."""
    DECLARATION = "declaration"
    """A declaration, usually political rather than legal."""
    JOINT_STATEMENT = "joint_statement"
    """A joint statement or communiqué."""
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    """A memorandum of understanding."""
    LETTER_OF_INTENT = "letter_of_intent"
    """A letter of intent."""
    PROGRAMME = "programme"
    """A programme of cooperation."""
    ACTION_PLAN = "action_plan"
    """An action plan or road map."""
    OTHER = "other"
    """Anything else."""


class AgreementLevel(enum.StrEnum):
    """Who concludes an agreement on each side."""

    INTERSTATE = "interstate"
    """Concluded by the states, usually by heads of state."""
    INTERGOVERNMENTAL = "intergovernmental"
    """Concluded by the governments."""
    INTERAGENCY = "interagency"
    """Concluded by ministries or agencies."""


class PartyActionKind(enum.StrEnum):
    """What one party does with respect to an agreement (UN Treaty Collection action types).

    What each kind does to the party's standing (signatory, contracting party,
    party, withdrawn...) is `treatymodel.lifecycle.ACTION_EFFECTS`.
    """

    SIGNATURE = "signature"
    """Signature, where the signatory is not recorded as a `Signature`; consent only if the consent
    clause says so (VCLT art. 12).
    """
    DEFINITIVE_SIGNATURE = "definitive_signature"
    """Signature that expresses consent to be bound on its own (VCLT art. 12)."""
    RATIFICATION = "ratification"
    """Ratification: consent to be bound, confirming a signature (VCLT art. 14)."""
    ACCEPTANCE = "acceptance"
    """Acceptance: consent to be bound, as ratification (VCLT art. 14(2))."""
    APPROVAL = "approval"
    """Approval: consent to be bound, as ratification (VCLT art. 14(2))."""
    ACCESSION = "accession"
    """Accession: consent to be bound by a state that did not sign, or that withdrew and joins again (VCLT
    art. 15).
    """
    SUCCESSION = "succession"
    """Succession by a new state to its predecessor's treaty; its date of effect is often the date of
    succession.
    """
    NOTIFICATION = "notification"
    """Notification that the party's internal procedures for entry into force are complete: its consent (VCLT
    art. 11, "any other means if so agreed").
    """
    PARLIAMENTARY_APPROVAL = "parliamentary_approval"
    """Approval of the ratification by a chamber of parliament (``body``, ``vote``): a domestic step that
    binds no one internationally.
    """
    RATIFICATION_LAW = "ratification_law"
    """Signature of the law on ratification (``performed_by``): a domestic step; the deposit of the instrument
    is the ``ratification``.
    """
    RESERVATION = "reservation"
    """A reservation."""
    DECLARATION = "declaration"
    """An interpretative or other declaration."""
    OBJECTION = "objection"
    """An objection to another party's reservation."""
    PROVISIONAL_APPLICATION = "provisional_application"
    """Provisional application before entry into force (VCLT art. 25)."""
    SUSPENSION = "suspension"
    """Suspension of the agreement's operation for the party (VCLT arts. 57-58)."""
    RESUMPTION = "resumption"
    """End of the party's suspension: the agreement operates for it again."""
    WITHDRAWAL = "withdrawal"
    """Withdrawal or denunciation (VCLT arts. 54 and 56); ``date`` is the notification, ``effective`` the day
    it takes effect.
    """
    REVOCATION = "revocation"
    """Withdrawal of an instrument of consent before the agreement is in force for the party: it is again only
    a signatory.
    """
    NON_INTENT = "non_intent"
    """Declaration that a signatory does not intend to become a party: its signature no longer has legal
    effect (VCLT art. 18).
    """
    EXTINCTION = "extinction"
    """The party ceased to exist (a state dissolved or absorbed): the agreement no longer applies to it; its
    successors' own acts (``succession``) follow.
    """
    NON_EXTENSION = "non_extension"
    """Notice that the party does not want the agreement's term renewed: the term ends at its current end."""

    @property
    def expresses_consent(self) -> bool:
        """Whether the action makes the party bound (ratification, accession, notification...)."""
        return self in _CONSENT


_CONSENT = frozenset(
    {
        PartyActionKind.DEFINITIVE_SIGNATURE,
        PartyActionKind.RATIFICATION,
        PartyActionKind.ACCEPTANCE,
        PartyActionKind.APPROVAL,
        PartyActionKind.ACCESSION,
        PartyActionKind.SUCCESSION,
        PartyActionKind.NOTIFICATION,
    }
)


class MilestoneKind(enum.StrEnum):
    """What happens to an agreement as a whole.

    What each kind does is `treatymodel.lifecycle.MILESTONE_EFFECTS`.
    """

    ADOPTION = "adoption"
    """Adoption of the text (VCLT art. 9)."""
    OPENING_FOR_SIGNATURE = "opening_for_signature"
    """Opening for signature."""
    EXCHANGE_OF_INSTRUMENTS = "exchange_of_instruments"
    """Exchange of the instruments of ratification between the parties: the consent of every party (VCLT arts.
    13 and 16(a)).
    """
    ENTRY_INTO_FORCE = "entry_into_force"
    """Entry into force (VCLT art. 24)."""
    PROVISIONAL_ENTRY_INTO_FORCE = "provisional_entry_into_force"
    """Provisional entry into force (VCLT art. 25)."""
    REGISTRATION = "registration"
    """Registration with the UN Secretariat (UN Charter art. 102)."""
    EXTENSION = "extension"
    """Extension of its term; ``until`` is the new end when known."""
    EXPIRY = "expiry"
    """End of its term."""
    TERMINATION = "termination"
    """Termination (VCLT art. 54)."""


class RelationKind(enum.StrEnum):
    """How one agreement relates to another."""

    SUPERSEDES = "supersedes"
    """Replaces the other agreement, which ends when this one enters into force (VCLT art. 59)."""
    TERMINATES = "terminates"
    """Ends the other agreement, without replacing it, when this one enters into force (VCLT art. 54(b))."""
    AMENDS = "amends"
    """Changes the other agreement's text."""
    EXTENDS = "extends"
    """Prolongs the other agreement's term."""
    IMPLEMENTS = "implements"
    """Carries out the other agreement."""
    BASED_ON = "based_on"
    """Builds on the other agreement."""
    SIGNED_WITH = "signed_with"
    """Signed in the same package as the other agreement."""


@documented
@attrs.frozen(kw_only=True)
class Signature:
    """One signatory's signature of an agreement for one party.

    Example:
        >>> from treatymodel import PartialDate, Signature, StateRef
        >>> Signature(signatory="putin", party=StateRef(code="RUS"), office="president-rus",
        ...           date=PartialDate.parse("2025-11-12")).party.code
        'RUS'
    """

    signatory: str = attrs.field(validator=v.identifier)
    """Id of the signatory, the person who signed."""
    party: PartyRef = attrs.field(validator=v.instance_of((StateRef, OrganizationRef)))
    """The party signed for."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Date of signature, to the precision known; ``None`` when not known."""
    office: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the office the signatory held that day and signed in."""
    full_powers: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether full powers were produced (VCLT art. 7(1)); ``None`` if not recorded."""
    ad_referendum: bool = attrs.field(default=False, validator=v.boolean)
    """Whether signed ad referendum, subject to confirmation."""
    place: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    """Place of signature, if not the agreement's place."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Vote:
    """The vote of a body (a chamber of parliament) on a domestic step of a ratification.

    Example:
        >>> from treatymodel import Vote
        >>> Vote(in_favour=415, against=0, abstentions=0).in_favour
        415
    """

    in_favour: int = attrs.field(validator=v.count)
    """Votes for."""
    against: int | None = attrs.field(default=None, validator=v.optional_count)
    """Votes against, when reported."""
    abstentions: int | None = attrs.field(default=None, validator=v.optional_count)
    """Abstentions, when reported."""


@documented
@attrs.frozen(kw_only=True)
class PartyAction:
    """A lifecycle action of one party: ratification, accession, withdrawal...

    What the action does to the party's standing is given by its ``kind``
    (`treatymodel.lifecycle.ACTION_EFFECTS`). An act whose date is unknown
    can be recorded with ``date`` left out: the lifecycle engine then counts it
    only where the other facts settle it, and the rules that need its date stay
    silent.
    """

    kind: PartyActionKind = attrs.field(validator=v.member(PartyActionKind))
    """The action."""
    party: PartyRef = attrs.field(validator=v.instance_of((StateRef, OrganizationRef)))
    """The party acting."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Date of the act (for instruments, the date of deposit; for a withdrawal, of the notification); ``None``
    when not known.
    """
    effective: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Date the action takes effect for the party."""
    text: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Text of a reservation or declaration."""
    depositary: str | None = attrs.field(default=None, validator=v.optional_text)
    """Who received the instrument."""
    performed_by: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the person who performed it (signed the law, deposited the instrument)."""
    body: str | None = attrs.field(default=None, validator=v.optional_text)
    """The body that acted, for a domestic step (``"State Duma"``)."""
    vote: Vote | None = attrs.field(default=None, validator=v.optional_instance_of(Vote))
    """The body's vote, where known."""
    disputed_by: tuple[PartyRef, ...] = attrs.field(default=(), validator=party_refs)
    """The parties that dispute the act's validity or effect (one party's suspension that the other calls
    invalid).
    """
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Milestone:
    """Something that happens to an agreement as a whole: adoption, entry into force..."""

    kind: MilestoneKind = attrs.field(validator=v.member(MilestoneKind))
    """The milestone."""
    date: DateValue = attrs.field(validator=v.instance_of(_DATES))
    """When it happened."""
    until: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """For an extension, the new end of term."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context (e.g. "extended by the Protocol of 7 June 2012")."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Relation:
    """A relation from one agreement to another in the dossier.

    A relation that ``supersedes`` or ``terminates`` its target ends the target on
    ``date`` when the text gives one, else when this agreement enters into force
    (VCLT arts. 54(b) and 59); one that never enters into force ends nothing.
    """

    kind: RelationKind = attrs.field(validator=v.member(RelationKind))
    """How this agreement relates to the target."""
    target: str = attrs.field(validator=v.identifier)
    """Id of the other agreement."""
    date: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """The day the relation takes effect, when the text sets one (for ``supersedes`` and ``terminates``: the
    day the target ends).
    """
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Term:
    """How long an agreement runs and how it is renewed.

    The term runs from entry into force (or, without one, from the agreement's
    date); with automatic renewal it is prolonged by the renewal period each time
    it ends, unless a party gives notice of non-extension, the agreement is
    terminated or ``max_extensions`` is reached. An ``extension`` milestone without
    an ``until`` prolongs it by the renewal period. See
    `treatymodel.Dossier.expiry`. The term, and the renewal period, each last at
    most 1,000 years in all.

    Example:
        >>> from treatymodel import Term
        >>> Term(years=10, renewal_years=5, automatic_renewal=True).initial
        relativedelta(years=+10)
    """

    years: int = attrs.field(default=0, validator=v.years)
    """Years of the initial term."""
    months: int = attrs.field(default=0, validator=v.months)
    """Months of the initial term, added to ``years``."""
    renewal_years: int = attrs.field(default=0, validator=v.years)
    """Years of each renewal period."""
    renewal_months: int = attrs.field(default=0, validator=v.months)
    """Months of each renewal period."""
    automatic_renewal: bool = attrs.field(default=False, validator=v.boolean)
    """Whether the term renews itself at its end."""
    max_extensions: int | None = attrs.field(default=None, validator=v.optional_count)
    """How many times it may be extended or renewed, when the text limits it (``1`` for "may be extended
    once").
    """
    article: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the clause is in the text."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def __attrs_post_init__(self) -> None:
        # Facts about two fields of this one record, so still the record's own to check.
        if self.years == 0 and self.months == 0:
            raise FieldError("Term", "years", self.years, "the term must last at least a month")
        if self.automatic_renewal and self.renewal_years == 0 and self.renewal_months == 0:
            raise FieldError("Term", "renewal_years", 0, "automatic renewal needs a renewal period")
        for years, months, name in (
            (self.years, self.months, "months"),
            (self.renewal_years, self.renewal_months, "renewal_months"),
        ):
            if 12 * years + months > v.MAX_MONTHS:
                period = "the term" if name == "months" else "the renewal period"
                raise FieldError(
                    "Term", name, months, f"{period} must last at most {v.MAX_YEARS:,} years in all"
                )

    @property
    def initial(self) -> relativedelta:
        """The initial term as a `dateutil.relativedelta.relativedelta`."""
        from dateutil.relativedelta import relativedelta

        return relativedelta(years=self.years, months=self.months)

    @property
    def renewal(self) -> relativedelta | None:
        """The renewal period, or ``None`` when there is none."""
        if self.renewal_years == 0 and self.renewal_months == 0:
            return None
        from dateutil.relativedelta import relativedelta

        return relativedelta(years=self.renewal_years, months=self.renewal_months)


@documented
@attrs.frozen(kw_only=True, repr=False)
class Agreement:
    """An international agreement: a treaty, a declaration, a memorandum..."""

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    title: str = attrs.field(validator=v.text)
    """Main title, in English."""
    kind: AgreementKind = attrs.field(validator=v.member(AgreementKind))
    """Form of the instrument."""
    parties: tuple[PartyRef, ...] | None = attrs.field(default=None, validator=_optional_party_refs)
    """The states and organizations that took part in it, bound or not: its negotiating states, signatories,
    contracting states and parties in the sense of VCLT art. 2(1); ``None`` when not known. Who is bound on a
    day is the lifecycle engine's answer (`treatymodel.Dossier.parties_on`).
    """
    other_titles: tuple[Title, ...] = attrs.field(default=(), validator=v.tuple_of(Title))
    """Other titles and wordings, language-tagged, with sources."""
    legally_binding: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether it creates obligations under international law; ``None`` if no source says."""
    level: AgreementLevel | None = attrs.field(default=None, validator=v.optional_member(AgreementLevel))
    """Interstate, intergovernmental or interagency."""
    bilateral: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether it is a bilateral instrument; ``None`` if not stated."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Date of signature (or of adoption, for a multilateral text)."""
    place: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    """Place of signature or adoption."""
    languages: tuple[str, ...] = attrs.field(default=(), validator=v.languages)
    """Languages of the authentic texts."""
    signatures: tuple[Signature, ...] = attrs.field(default=(), validator=v.tuple_of(Signature))
    """Signatures: who signed, for which party, when."""
    preamble: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Text or summary of the preamble."""
    sections: tuple[Section, ...] = attrs.field(default=(), validator=v.tuple_of(Section))
    """The body of the text, as nested units."""
    conclusions: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Final clauses or closing text."""
    commitments: tuple[Commitment, ...] = attrs.field(default=(), validator=v.tuple_of(Commitment))
    """Commitments: what the parties undertake or state."""
    party_actions: tuple[PartyAction, ...] = attrs.field(default=(), validator=v.tuple_of(PartyAction))
    """Lifecycle actions of each party."""
    milestones: tuple[Milestone, ...] = attrs.field(default=(), validator=v.tuple_of(Milestone))
    """Lifecycle of the agreement as a whole."""
    consent_clause: ConsentClause | None = attrs.field(
        default=None, validator=v.optional_instance_of(ConsentClause)
    )
    """How consent to be bound is expressed (VCLT arts. 11-15)."""
    entry_into_force_clause: EntryIntoForceClause | None = attrs.field(
        default=None, validator=v.optional_instance_of(EntryIntoForceClause)
    )
    """When it enters into force, generally and for later parties (VCLT art. 24)."""
    signature_period: SignaturePeriod | None = attrs.field(
        default=None, validator=v.optional_instance_of(SignaturePeriod)
    )
    """When and where it is open for signature."""
    withdrawal_clause: WithdrawalClause | None = attrs.field(
        default=None, validator=v.optional_instance_of(WithdrawalClause)
    )
    """Whether and how a party may withdraw (VCLT arts. 54, 56)."""
    term: Term | None = attrs.field(default=None, validator=v.optional_instance_of(Term))
    """How long it runs and how it is renewed, where the text sets a term."""
    relations: tuple[Relation, ...] = attrs.field(default=(), validator=v.tuple_of(Relation))
    """Relations to other agreements of the dossier."""
    relationship_level: str | None = attrs.field(default=None, validator=v.optional_text)
    """The level of relations it moves the parties to, in its own words (``"comprehensive strategic
    partnership and alliance"``).
    """
    published_in: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources where the full text is published."""
    summary: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """A sentence on the agreement."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, UNTS...)."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for the agreement's facts."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def all_sections(self) -> Iterator[Section]:
        """Every section at every depth, in document order."""
        for section in self.sections:
            yield from section.walk()

    @property
    def participants(self) -> tuple[PartyRef, ...]:
        """The parties when known; else every state and organization that signed or acted, in order.

        Example:
            >>> from treatymodel import Agreement, AgreementKind, PartyAction, PartyActionKind, StateRef
            >>> a = Agreement(id="a", title="A", kind=AgreementKind.TREATY, party_actions=(
            ...     PartyAction(kind=PartyActionKind.RATIFICATION, party=StateRef(code="KAZ")),))
            >>> a.parties is None, [str(p) for p in a.participants]
            (True, ['KAZ'])
        """
        if self.parties is not None:
            return self.parties
        seen = [s.party for s in self.signatures] + [a.party for a in self.party_actions]
        return tuple(dict.fromkeys(seen))

    def signatories_for(self, party: PartyRef) -> tuple[Signature, ...]:
        """The signatures made for ``party``."""
        return tuple(s for s in self.signatures if s.party == party)

    def actions_of(self, party: PartyRef) -> tuple[PartyAction, ...]:
        """The lifecycle actions of ``party``, in recorded order."""
        return tuple(a for a in self.party_actions if a.party == party)

    def __repr__(self) -> str:
        parties = "unknown" if self.parties is None else ", ".join(str(p) for p in self.parties)
        date = f", date='{self.date}'" if self.date else ""
        return (
            f"Agreement(id={self.id!r}, kind={self.kind.value!r}, parties=({parties}){date}, "
            f"signatures={len(self.signatures)}, commitments={len(self.commitments)})"
        )
