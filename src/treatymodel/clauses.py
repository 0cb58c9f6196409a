"""Final clauses as data: how an agreement binds, enters into force, is signed and is left.

The dates of a treaty's lifecycle are decided by its final clauses: whether a
signature binds or must be ratified (VCLT arts. 11-16), when the treaty enters
into force, generally and for each later party (art. 24), until when it is open for
signature, and how a party withdraws (arts. 54 and 56). Each clause is optional;
a clause that is not recorded is *unknown*, never assumed, so the lifecycle engine
(`treatymodel.lifecycle`) computes a date from a clause only when the
clause is recorded. Every clause can carry the article it comes from, its
wording and its sources.

Example:
    >>> from treatymodel import EntryIntoForceClause, EntryIntoForceMode, Period
    >>> clause = EntryIntoForceClause(
    ...     mode=EntryIntoForceMode.AFTER_INSTRUMENTS, instruments=20, delay=Period(days=60)
    ... )
    >>> str(clause.delay)
    '60 days'
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from typing import Any

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import PartialDate
from treatymodel.errors import FieldError
from treatymodel.parties import PartyRef, party_refs
from treatymodel.values import Certainty, Place, Variant, variants_of

__all__ = [
    "ConsentClause",
    "EntryIntoForceClause",
    "EntryIntoForceMode",
    "Period",
    "SignaturePeriod",
    "WithdrawalClause",
]

#: The longest period a clause may state, in each unit (a thousand years). Longer
#: values are data-entry slips, and would overflow the calendar.
MAX_YEARS = v.MAX_YEARS
MAX_MONTHS = v.MAX_MONTHS
MAX_DAYS = 366 * MAX_YEARS


def _bounded(limit: int) -> v.FieldValidator:
    @v.described({"minimum": 0, "maximum": limit})
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not int or not 0 <= value <= limit:
            v.fail(instance, attribute, value, f"must be an int from 0 to {limit}")

    return check


years_count = v.years
months_count = v.months
days_count = _bounded(MAX_DAYS)
"""An ``int`` from 0 to `MAX_DAYS`."""


@v.described({"minimum": 1, "maximum": 10_000}, optional=True)
def _optional_positive(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 10_000):
        v.fail(instance, attribute, value, "must be None or an int from 1 to 10000")


@documented
@attrs.frozen(kw_only=True)
class Period:
    """A length of time a clause states: years, months and days, added in that order.

    Months and years are calendar units (dateutil's ``relativedelta``): one month
    after 31 January is 28 or 29 February. A period of zero means "on the same day".

    Example:
        >>> import datetime as dt
        >>> from treatymodel import Period
        >>> Period(months=6).after(dt.date(2020, 5, 22))
        datetime.date(2020, 11, 22)
    """

    years: int = attrs.field(default=0, validator=years_count)
    """Years."""
    months: int = attrs.field(default=0, validator=months_count)
    """Months, added after the years."""
    days: int = attrs.field(default=0, validator=days_count)
    """Days, added after the months."""

    def after(self, day: dt.date) -> dt.date:
        """The day this period after ``day``; the last day of the calendar when it would pass it."""
        # dateutil's relativedelta arithmetic, written out: the lifecycle engine shifts
        # thousands of windows, and relativedelta's addition is pure Python ten times over.
        # tests/test_clauses_period.py holds the two to the same answers.
        months = day.month - 1 + 12 * self.years + self.months
        year = day.year + months // 12
        if year > dt.MAXYEAR:
            return dt.date.max
        month = months % 12 + 1
        moved = day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
        if not self.days:
            return moved
        try:
            return moved + dt.timedelta(days=self.days)
        except OverflowError:
            return dt.date.max

    def __str__(self) -> str:
        parts = [
            f"{n} {unit}{'' if n == 1 else 's'}"
            for n, unit in ((self.years, "year"), (self.months, "month"), (self.days, "day"))
            if n
        ]
        return ", ".join(parts) if parts else "no time"


class EntryIntoForceMode(enum.StrEnum):
    """What an entry into force clause makes the agreement's entry into force depend on (VCLT art. 24)."""

    ON_SIGNATURE = "on_signature"
    """On signature by every party (the signature then expresses consent, art. 12)."""
    ON_DATE = "on_date"
    """On a date the text fixes."""
    ON_EXCHANGE_OF_INSTRUMENTS = "on_exchange_of_instruments"
    """On the exchange of the instruments of ratification (a bilateral act, art. 16(a))."""
    AFTER_LAST_NOTIFICATION = "after_last_notification"
    """After the last of the parties' notifications that their internal procedures are complete."""
    AFTER_INSTRUMENTS = "after_instruments"
    """After the deposit of the K-th instrument of consent and/or of those of the listed states."""
    ON_CONSENT_OF_ALL = "on_consent_of_all"
    """As soon as every party has consented to be bound: the rule failing a clause (art. 24(2))."""


@documented
@attrs.frozen(kw_only=True)
class ConsentClause:
    """How a state or organization expresses its consent to be bound (VCLT arts. 11-15).

    Example:
        >>> from treatymodel import ConsentClause
        >>> ConsentClause(by_signature=False, accession=True).by_signature
        False
    """

    by_signature: bool = attrs.field(validator=v.boolean)
    """Whether signature alone expresses consent to be bound (VCLT art. 12): ``True`` for an agreement
    that enters into force on signature, ``False`` for one subject to ratification, acceptance or
    approval (art. 14).
    """
    accession: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether states that did not sign may accede (VCLT art. 15); ``None`` if the text does not say or it is
    not recorded.
    """
    article: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the clause is in the text (``"Article XVII"``)."""
    text: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """The clause's wording, as published."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class EntryIntoForceClause:
    """When the agreement enters into force, generally and for later parties (VCLT art. 24).

    The general date is computed by `treatymodel.lifecycle.entry_into_force`
    from this clause and the recorded acts:

    - ``on_signature``: the last party's signature, plus ``delay``;
    - ``on_date``: ``date``;
    - ``on_exchange_of_instruments``: the ``exchange_of_instruments`` milestone, plus ``delay``;
    - ``after_last_notification``: the last party's ``notification``, plus ``delay``;
    - ``after_instruments``: the deposit of the ``instruments``-th instrument of
      consent and of those of every state in ``required``, plus ``delay``;
    - ``on_consent_of_all``: the last party's consent, plus ``delay``;

    and never before ``not_before``. A party that consents after that is bound
    from its deposit plus ``later_parties`` (failing that, from its deposit:
    art. 24(3)).

    Example:
        >>> from treatymodel import EntryIntoForceClause, EntryIntoForceMode, Period
        >>> clause = EntryIntoForceClause(
        ...     mode=EntryIntoForceMode.AFTER_LAST_NOTIFICATION, delay=Period(days=30)
        ... )
        >>> clause.mode.value
        'after_last_notification'
    """

    mode: EntryIntoForceMode = attrs.field(validator=v.member(EntryIntoForceMode))
    """What the entry into force depends on."""
    delay: Period | None = attrs.field(default=None, validator=v.optional_instance_of(Period))
    """How long after the triggering act; ``None`` for the same day."""
    instruments: int | None = attrs.field(default=None, validator=_optional_positive)
    """For ``after_instruments``: how many instruments of consent (ratification, acceptance, approval,
    accession) are needed.
    """
    required: tuple[PartyRef, ...] = attrs.field(default=(), validator=party_refs)
    """The states (or organizations) whose consent is needed in any case, such as the 44 states of the CTBT's
    Annex 2.
    """
    date: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """For ``on_date``: the fixed date."""
    not_before: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """The earliest date the text allows, whatever the instruments."""
    later_parties: Period | None = attrs.field(default=None, validator=v.optional_instance_of(Period))
    """For a party consenting after the agreement is in force (or after the ``instruments``-th deposit): how
    long after its own deposit it is bound.
    """
    article: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the clause is in the text."""
    text: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """The clause's wording."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def __attrs_post_init__(self) -> None:
        # Facts about several fields of this one record, so still the record's own to check.
        if self.mode is EntryIntoForceMode.ON_DATE and self.date is None:
            raise FieldError(
                "EntryIntoForceClause", "date", None, "an entry into force on a date needs the date"
            )
        if (
            self.mode is EntryIntoForceMode.AFTER_INSTRUMENTS
            and self.instruments is None
            and not self.required
        ):
            raise FieldError(
                "EntryIntoForceClause",
                "instruments",
                None,
                "an entry into force after instruments needs their number or the required parties",
            )


@documented
@attrs.frozen(kw_only=True)
class SignaturePeriod:
    """When and where the agreement is open for signature; after it closes, states accede (VCLT art. 15)."""

    opens: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """The first day it can be signed."""
    closes: PartialDate | None = attrs.field(default=None, validator=v.optional_instance_of(PartialDate))
    """The last day it can be signed; ``None`` if it stays open."""
    place: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    """Where it is open for signature."""
    open_to: tuple[PartyRef, ...] = attrs.field(default=(), validator=party_refs)
    """The states and organizations that may sign; empty when the text opens it to every state (or it is not
    recorded).
    """
    article: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the clause is in the text."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def may_sign(self, party: PartyRef) -> bool:
        """Whether ``party`` is among those the agreement is open to for signature."""
        return not self.open_to or party in self.open_to


@documented
@attrs.frozen(kw_only=True)
class WithdrawalClause:
    """Whether and how a party may withdraw or denounce the agreement (VCLT arts. 54 and 56).

    A withdrawal takes effect on the date recorded on the act; failing that, on its
    notification plus ``notice``. Without a recorded clause the date of effect is
    unknown unless recorded (art. 56(2) sets only a minimum of twelve months).

    Example:
        >>> from treatymodel import Period, WithdrawalClause
        >>> str(WithdrawalClause(notice=Period(months=6)).notice)
        '6 months'
    """

    allowed: bool = attrs.field(default=True, validator=v.boolean)
    """Whether the text allows withdrawal at all."""
    notice: Period | None = attrs.field(default=None, validator=v.optional_instance_of(Period))
    """How long after notification it takes effect."""
    not_before: Period | None = attrs.field(default=None, validator=v.optional_instance_of(Period))
    """How long after entry into force (for the party) a notification may first be made."""
    article: str | None = attrs.field(default=None, validator=v.optional_text)
    """Where the clause is in the text."""
    text: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """The clause's wording."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""
