"""The structure of an agreement's text and what the parties commit to.

Sections follow the Akoma Ntoso idea of a document body made of hierarchical
units (part, section, article, point) that may nest. A `Commitment` is
one thing the parties undertake or state, coded with its topic and verb the
way treaty and alliance datasets code obligations.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.parties import PartyRef, party_refs
from treatymodel.values import Certainty, Variant, variants_of

__all__ = ["Commitment", "CommitmentVerb", "Obligation", "Section", "SectionKind", "Topic"]

#: How deep sections may nest: a section, its subsections, theirs... 28 levels in all.
#: Treaties go to seven or eight (part, chapter, section, article, paragraph, point,
#: subpoint); the bound keeps every document the library writes within the nesting
#: its reader accepts by default (64 levels: a dossier's sections 28 deep reach 63,
#: a certainty's actor on the deepest included; one more would reach 65), so nothing
#: written is refused when read back.
MAX_SECTION_DEPTH = 28


class SectionKind(enum.StrEnum):
    """The kind of a unit of an agreement's text (after Akoma Ntoso)."""

    PART = "part"
    """A part, the largest division."""
    CHAPTER = "chapter"
    """A chapter."""
    SECTION = "section"
    """A section."""
    ARTICLE = "article"
    """An article."""
    PARAGRAPH = "paragraph"
    """A numbered paragraph of an article."""
    POINT = "point"
    """A numbered point."""
    ANNEX = "annex"
    """An annex, appendix or schedule."""


class Topic(enum.StrEnum):
    """Controlled vocabulary of what a commitment is about."""

    WORLD_ORDER = "world_order"
    """The international order, multipolarity, the role of the UN."""
    INTERNATIONAL_LAW = "international_law"
    """International law in general: immunities, sovereignty, treaty obligations."""
    POLITICS = "politics"
    """Political dialogue and coordination."""
    SECURITY = "security"
    """Security in general, regional stability, collective security."""
    DEFENCE = "defence"
    """Military and defence cooperation."""
    BIOSECURITY = "biosecurity"
    """Biological safety and security."""
    INFORMATION_SECURITY = "information_security"
    """Security of and in the use of information technologies."""
    SPACE = "space"
    """Outer space: its peaceful use, launches, cosmodromes."""
    ECONOMY = "economy"
    """Economic cooperation in general."""
    INTEGRATION = "integration"
    """Regional economic integration and common markets."""
    TRADE = "trade"
    """Trade in goods and services."""
    FINANCE = "finance"
    """Finance, payments, reserves, investment."""
    ENERGY = "energy"
    """Oil, gas, coal, electricity, nuclear power."""
    RAW_MATERIALS = "raw_materials"
    """Minerals and critical raw materials."""
    TRANSPORT = "transport"
    """Transport corridors, logistics, transit."""
    INDUSTRY = "industry"
    """Industry and high technology."""
    SCIENCE = "science"
    """Science, technology and innovation."""
    AGRICULTURE = "agriculture"
    """Agriculture and food."""
    ENVIRONMENT = "environment"
    """Environment, water, wildlife, climate."""
    HEALTH = "health"
    """Public health and sanitary well-being."""
    MIGRATION = "migration"
    """Migration, citizens living in the other's territory, labour mobility."""
    EDUCATION = "education"
    """Education and workforce training."""
    CULTURE = "culture"
    """Culture, language, heritage, sport, tourism."""
    HUMANITARIAN = "humanitarian"
    """The humanitarian sphere in the broad post-Soviet sense: people-to-people ties."""
    OTHER = "other"
    """Anything else."""


class CommitmentVerb(enum.StrEnum):
    """How strongly the parties bind themselves: the verb of commitment."""

    UNDERTAKE = "undertake"
    """The parties undertake, shall, or must: an obligation."""
    COMMIT = "commit"
    """The parties commit or remain committed."""
    AGREE = "agree"
    """The parties agree."""
    REAFFIRM = "reaffirm"
    """The parties reaffirm an earlier position or commitment."""
    CONTINUE = "continue"
    """The parties will continue doing something."""
    INTEND = "intend"
    """The parties intend."""
    PLAN = "plan"
    """The parties plan."""
    SUPPORT = "support"
    """The parties support."""
    RECOGNIZE = "recognize"
    """The parties recognize."""
    EMPHASIZE = "emphasize"
    """The parties emphasize or underline."""
    WELCOME = "welcome"
    """The parties welcome."""
    NOTE = "note"
    """The parties note."""
    OPPOSE = "oppose"
    """The parties oppose or condemn."""


class Obligation(enum.StrEnum):
    """Alliance obligations, as the ATOP codebook codes them."""

    DEFENCE = "defence"
    """Active military support if a party is attacked."""
    OFFENCE = "offence"
    """Active military support in an offensive."""
    NEUTRALITY = "neutrality"
    """Not to aid an attacker of the other party."""
    NON_AGGRESSION = "non_aggression"
    """Not to attack the other party."""
    CONSULTATION = "consultation"
    """To consult in a crisis."""


@documented
@attrs.frozen(kw_only=True)
class Commitment:
    """One thing the parties of an agreement undertake or state.

    Example:
        >>> from treatymodel import Commitment, CommitmentVerb, Topic
        >>> c = Commitment(id="c-csto", topics=(Topic.SECURITY,), verb=CommitmentVerb.SUPPORT,
        ...                summary="Strengthen the CSTO's capacity", organizations=("csto",))
        >>> c.topics[0].value
        'security'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id, unique in the dossier."""
    topics: tuple[Topic, ...] = attrs.field(validator=v.members(Topic, non_empty=True))
    """Topics, most important first; at least one."""
    verb: CommitmentVerb = attrs.field(validator=v.member(CommitmentVerb))
    """Verb of commitment."""
    summary: str = attrs.field(validator=v.paragraphs)
    """What is committed to, in the editor's words."""
    quote: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """The agreement's words, verbatim, where a source prints them."""
    bound: tuple[PartyRef, ...] = attrs.field(default=(), validator=party_refs)
    """Parties bound; empty for all."""
    beneficiaries: tuple[PartyRef, ...] = attrs.field(default=(), validator=party_refs)
    """Toward whom it is directed, where it is directed."""
    organizations: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of organizations named."""
    instruments: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    """Names of instruments it names that are not records of the dossier (``"Charter of the United
    Nations"``).
    """
    agreements: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the dossier's agreements named."""
    obligation: Obligation | None = attrs.field(default=None, validator=v.optional_member(Obligation))
    """The alliance obligation it codes to, if any."""
    section: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the section it stands in, when known."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for it (for ``quote``: the source printing it)."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@v.described({}, non_empty=False)
def _sections(instance: object, attribute: attrs.Attribute[tuple[Section, ...]], value: object) -> None:
    _SECTIONS(instance, attribute, value)  # defined once Section is
    if value and _levels(value) >= MAX_SECTION_DEPTH:  # type: ignore[arg-type]
        v.fail(
            instance,
            attribute,
            value,
            f"must not nest deeper: sections nest at most {MAX_SECTION_DEPTH} levels, this one included",
        )


def _levels(sections: tuple[Section, ...]) -> int:
    """How many levels of sections ``sections`` hold, counted no further than the limit.

    Every section checked its own subsections when it was built, so one breadth-first
    pass suffices; a section without subsections (most of them) costs nothing.
    """
    levels = 0
    layer: Iterable[Section] = sections
    while layer and levels <= MAX_SECTION_DEPTH:
        levels += 1
        layer = [child for section in layer for child in section.subsections]
    return levels


@documented
@attrs.frozen(kw_only=True)
class Section:
    """A unit of an agreement's text; units nest.

    Example:
        >>> from treatymodel import Section, SectionKind
        >>> s = Section(id="s1", kind=SectionKind.SECTION, number="1", heading="Politics and security")
        >>> [u.id for u in s.walk()]
        ['s1']
    """

    id: str = attrs.field(validator=v.identifier)
    """Id, unique in the dossier."""
    kind: SectionKind = attrs.field(validator=v.member(SectionKind))
    """Kind of unit: part, section, article, point, annex..."""
    number: str | None = attrs.field(default=None, validator=v.optional_text)
    """Number as printed (``"2"``, ``"IV"``, ``"7.1"``); ``None`` if unnumbered."""
    heading: str | None = attrs.field(default=None, validator=v.optional_text)
    """Heading, as printed or as a source paraphrases it."""
    text: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Text of the unit itself (not of its subsections), where known."""
    subsections: tuple[Section, ...] = attrs.field(default=(), validator=_sections)
    """Units inside this one, in order."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def walk(self) -> Iterator[Section]:
        """This section and every unit inside it, depth first, in document order."""
        stack = [self]
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.subsections))


_SECTIONS = v.tuple_of(Section)
