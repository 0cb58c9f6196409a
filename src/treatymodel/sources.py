"""Where facts come from: sources, and quotes attributed to speakers."""

from __future__ import annotations

import enum

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import PartialDate
from treatymodel.identity import ExternalId
from treatymodel.refs import ActorRef, PersonRef, optional_actor_ref
from treatymodel.values import Certainty, Variant, variants_of

__all__ = ["Quote", "Source", "SourceKind"]


class SourceKind(enum.StrEnum):
    """What kind of document a source is."""

    NEWS_ARTICLE = "news_article"
    """A report by a news outlet."""
    OFFICIAL_TEXT = "official_text"
    """The text of an agreement as published by a party or a depositary."""
    OFFICIAL_STATEMENT = "official_statement"
    """A government's or an organization's own account: press release, readout, transcript."""
    TREATY_DATABASE = "treaty_database"
    """A treaty collection or register (UN Treaty Collection, national registers)."""
    UN_DOCUMENT = "un_document"
    """A document of the United Nations, such as a General Assembly circular."""
    ANALYSIS = "analysis"
    """Commentary, research or analysis."""
    REFERENCE = "reference"
    """An encyclopedia, codebook or dataset."""
    OTHER = "other"
    """Anything else."""


@documented
@attrs.frozen(kw_only=True)
class Source:
    """A document facts are taken from.

    Example:
        >>> from treatymodel import PartialDate, Source, SourceKind
        >>> Source(id="kremlin-78447", kind=SourceKind.OFFICIAL_STATEMENT, publisher="Kremlin",
        ...        url="http://en.special.kremlin.ru/catalog/countries/KZ/events/78447",
        ...        published=PartialDate.parse("2025-11-12"), lang="en").publisher
        'Kremlin'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier, cited by other records' ``sources``."""
    kind: SourceKind = attrs.field(validator=v.member(SourceKind))
    """What kind of document it is."""
    publisher: str | None = attrs.field(default=None, validator=v.optional_text)
    """Who published it (``"Kremlin"``, ``"TASS"``), when known."""
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    """Title or headline."""
    url: str | None = attrs.field(default=None, validator=v.url)
    """Where it can be read."""
    published: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """Publication date, to the precision known."""
    retrieved: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """When the editor read it."""
    lang: str | None = attrs.field(default=None, validator=v.optional_language)
    """Language tag of the document."""
    author: str | None = attrs.field(default=None, validator=v.optional_text)
    """Author, where named."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, UNTS...)."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """What the editor should know about the source (e.g. how it was obtained)."""


def _speaker(value: object) -> object:
    # A plain id names a person, as the speaker field did before speakers could be anyone.
    return PersonRef(id=value) if isinstance(value, str) and v.is_identifier(value) else value


@documented
@attrs.frozen(kw_only=True)
class Quote:
    """Words attributed to a speaker (or to a document), as a source reports them.

    Example:
        >>> from treatymodel import Quote
        >>> Quote(id="q-tokayev", speaker="tokayev", source="seed-article",
        ...       text="will open a new era in bilateral relations").speaker
        PersonRef(id='tokayev')
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    text: str = attrs.field(validator=v.paragraphs)
    """The words, verbatim as the source prints them."""
    source: str = attrs.field(validator=v.identifier)
    """Id of the source printing them."""
    speaker: ActorRef | None = attrs.field(default=None, converter=_speaker, validator=optional_actor_ref)
    """Who said them: a person, an office, a state, an organization or a body (a ministry, a press service),
    as an `ActorRef`; a plain string is taken as a person's id. ``None`` when the words are a document's.
    """
    agreement: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the agreement the words are from or about."""
    date: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """When the words were said or published."""
    lang: str | None = attrs.field(default=None, validator=v.optional_language)
    """Language of the text."""
    translated: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether the text is a translation of what was said."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""
