"""Country names and codes to `State` codes, through history.

A table written by someone else names states its own way: ``"UK"``, ``"Ivory
Coast"``, ``"Bolivia (Plurinational State of)"`` (the UN Treaty Collection's
spelling), ``"Swaziland"``, ``"Zaire"``, a Correlates of War number (``365``).
`resolve` turns each into the alpha-3 code a `State`
is identified by, from three sources:

- ISO 3166 through pycountry: the codes, names, official and common names of
  current countries (ISO 3166-1), and of the withdrawn ones (ISO 3166-3), with
  their withdrawal dates;
- a table of its own (``crosswalk.csv`` in the package, every row with the URL of
  its source): former English names ISO does not record, the UN Treaty
  Collection's spellings, common short names, and codes ISO 3166-3 withdrew
  because a state was *renamed*;
- the Correlates of War state list (``crosswalk_cow.csv``, from
  https://correlatesofwar.org/data-sets/state-system-membership/, v2016), used
  only when asked for (``scheme="cow"``): COW abbreviations collide with ISO
  codes of other states (COW ``AUS`` is Austria, ISO ``AUS`` Australia).

Identity through history follows two rules. A state that was **renamed** is one
state with one code, its current one: "Burma" and ISO 3166-3 ``BUR`` are ``MMR``,
"Zaire" and ``ZAR`` are ``COD``, "Swaziland" is ``SWZ``, on any date. A state
that **ceased to exist** keeps its historic code: ``SUN``, ``CSK``, ``DDR``,
``YUG``, ``SCG``. Which ISO 3166-3 entries are renamings is decided entry by
entry, each with its source, in the table's ``code`` rows; territories that were
not states (the Canal Zone, the Neutral Zone) keep their historic codes.

Kosovo is not in ISO 3166-1. It is ``XKX``, the user-assigned code of the
European Union's corporate list of countries and territories
(https://op.europa.eu/en/web/eu-vocabularies/countries-and-territories), and
`State` accepts exactly that code besides ISO's.

Names that meant different states at different times resolve by date, when one
is given (``on``): "Germany" is ``DEU`` or ``DDR`` before 3 October 1990 and
``DEU`` after; "Yugoslavia" is ``YUG``; "Serbia and Montenegro" ``SCG``. Without
a date, a name means what it means today, or, when it names nothing today, what
it ever named. A name that stands for several states ("Congo", "Korea",
"Germany" before 3 October 1990) is refused, and the error names every
candidate: nothing is guessed. ISO 3166's own short names resolve ("Guinea" is
``GIN``, "Sudan" ``SDN``) except "Congo", which common use gives to both Congos.

Example:
    >>> from treatymodel import crosswalk
    >>> crosswalk.resolve("Bolivia (Plurinational State of)"), crosswalk.resolve("Swaziland")
    ('BOL', 'SWZ')
    >>> crosswalk.resolve("Germany", on="2000"), crosswalk.resolve("365", scheme="cow", on="1980")
    ('DEU', 'SUN')
    >>> crosswalk.candidates("Germany", on="1980-05-01")
    ('DEU', 'DDR')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

from treatymodel._fielddocs import documented
from treatymodel.errors import FieldError

__all__ = [
    "COW_SOURCE",
    "ISO_SOURCE",
    "KOSOVO",
    "CrosswalkEntry",
    "Scheme",
    "candidates",
    "entries",
    "resolve",
]

#: The code of Kosovo: the user-assigned ``XKX`` of the EU's corporate list of countries.
KOSOVO = "XKX"
#: Where the ISO 3166 entries come from (through pycountry).
ISO_SOURCE = "https://www.iso.org/iso-3166-country-codes.html"
#: The Correlates of War state list the ``cow`` entries come from.
COW_SOURCE = "https://correlatesofwar.org/data-sets/state-system-membership/"

Scheme = Literal["name", "cow"]
"""What a query is: ``"name"``, an ISO 3166 code or a name in any spelling the crosswalk knows;
``"cow"``, a Correlates of War state number or abbreviation."""

# ISO 3166-3 entries whose name parts are not indexed: Metropolitan France was a
# part of France, and "France" alone must keep meaning FRA on every date.
_UNINDEXED_HISTORIC = frozenset({"FXX"})
_SHOWN = 12  # candidates an error lists: a real ambiguity has two or three, a fragment ("Republic") a hundred
_MIN_CONTAINED = 4  # shorter queries ("Ma", "Sud") are contained in too many names to mean anything
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "-": " ", "\u2010": " "})
_SPACES = re.compile(r"\s+")


@documented
@attrs.frozen(kw_only=True)
class CrosswalkEntry:
    """One way of naming a state, and when it named it."""

    scheme: str
    """``"iso"`` (ISO 3166, through pycountry), ``"name"`` (the crosswalk's own names), ``"code"`` (codes ISO
    withdrew on a renaming, and Kosovo's) or ``"cow"`` (Correlates of War).
    """
    key: str
    """The name or code as written."""
    code: str
    """The state's code; empty for a COW state without an ISO code."""
    start: dt.date | None = None
    """First day the key named the state, when the source gives one."""
    end: dt.date | None = None
    """Last day the key named the state, when it no longer does."""
    source: str
    """URL of the source."""
    note: str | None = None
    """Why, where it needs saying."""

    def in_use(self, earliest: dt.date, latest: dt.date) -> bool:
        """Whether the key named the state on any day from ``earliest`` to ``latest``."""
        return (self.start is None or self.start <= latest) and (self.end is None or self.end >= earliest)


def normalize(text: str) -> str:
    """A name as the crosswalk compares it: case, accents, apostrophes, hyphens and spacing ignored."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare).strip().casefold()


def _day(text: str) -> dt.date | None:
    if not text:
        return None
    if len(text) == 4:  # ISO 3166-3 gives some withdrawals as a year: the entry lasted through it
        return dt.date(int(text), 12, 31)
    return dt.date.fromisoformat(text)


def _read_table(name: str) -> list[dict[str, str]]:
    import csv
    import io
    from importlib import resources

    text = (resources.files("treatymodel") / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def _own_entries() -> tuple[CrosswalkEntry, ...]:
    return tuple(
        CrosswalkEntry(
            scheme=row["scheme"],
            key=row["key"],
            code=row["code"],
            start=_day(row["start"]),
            end=_day(row["end"]),
            source=row["source"],
            note=row["note"] or None,
        )
        for row in _read_table("crosswalk.csv")
    )


@functools.cache
def _cow_entries() -> tuple[CrosswalkEntry, ...]:
    found = []
    for row in _read_table("crosswalk_cow.csv"):
        for key in (row["ccode"], row["stateabb"]):
            found.append(
                CrosswalkEntry(
                    scheme="cow",
                    key=key,
                    code=row["code"],
                    start=_day(row["start"]),
                    end=_day(row["end"]),
                    source=COW_SOURCE,
                    note=f"COW {row['ccode']} {row['stateabb']}: {row['statenme']}"
                    + (f"; {row['note']}" if row["note"] else ""),
                )
            )
    return tuple(found)


@functools.cache
def _renamed() -> dict[str, str]:
    """Withdrawn ISO 3166-3 codes of states that were renamed -> their current code."""
    return {e.key: e.code for e in _own_entries() if e.scheme == "code" and e.key != e.code}


def _names(record: Any) -> Iterator[str]:
    for attribute in ("name", "official_name", "common_name"):
        value = getattr(record, attribute, None)
        if value:
            yield value


@functools.cache
def _iso_entries() -> tuple[CrosswalkEntry, ...]:
    import pycountry  # loaded on first use: `import treatymodel` does not pay for it

    found = [
        CrosswalkEntry(scheme="iso", key=key, code=c.alpha_3, source=ISO_SOURCE)
        for c in pycountry.countries
        for key in (c.alpha_2, c.alpha_3, c.numeric, *_names(c))
    ]
    renamed = _renamed()
    for c in pycountry.historic_countries:
        if c.alpha_3 in _UNINDEXED_HISTORIC:
            continue
        # Historic names are inverted ("USSR, Union of Soviet Socialist Republics"):
        # the part before the comma is the short name.
        keys = {c.alpha_2, c.alpha_3, c.alpha_4, *_names(c), *(n.split(",")[0] for n in _names(c))}
        if getattr(c, "numeric", None):
            keys.add(c.numeric)
        code = renamed.get(c.alpha_3, c.alpha_3)
        # A renamed state's former names are its names on any date: only a state
        # that ceased to exist has a last day.
        end = None if code != c.alpha_3 else _day(c.withdrawal_date)
        found += [CrosswalkEntry(scheme="iso", key=k, code=code, end=end, source=ISO_SOURCE) for k in keys]
    return tuple(found)


@functools.cache
def _current_codes() -> dict[str, str]:
    """Every code that names exactly one state whatever the date: ISO 3166-1, renamings, Kosovo."""
    import pycountry

    codes = {key: c.alpha_3 for c in pycountry.countries for key in (c.alpha_2, c.alpha_3, c.numeric)}
    codes.update({e.key: e.code for e in _own_entries() if e.scheme == "code"})
    return codes


@functools.cache
def _index(scheme: Scheme) -> dict[str, tuple[CrosswalkEntry, ...]]:
    source = _cow_entries() if scheme == "cow" else (*_iso_entries(), *_own_entries())
    index: dict[str, list[CrosswalkEntry]] = {}
    for entry in source:
        index.setdefault(normalize(entry.key), []).append(entry)
    return {key: tuple(found) for key, found in index.items()}


def entries(scheme: Scheme | None = None) -> tuple[CrosswalkEntry, ...]:
    """Every entry of the crosswalk: ISO 3166's, its own table's and the Correlates of War's.

    Args:
        scheme: ``"cow"`` for the Correlates of War entries only, ``"name"`` for
            every other; ``None`` for all.
    """
    if scheme == "cow":
        return _cow_entries()
    names = (*_iso_entries(), *_own_entries())
    return names if scheme == "name" else (*names, *_cow_entries())


def _span(on: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day of ``on``: a date, a partial or uncertain date, or its ISO text."""
    from treatymodel.dates import PartialDate, UncertainDate, parse_date

    if on is None:
        return None
    if isinstance(on, dt.datetime):
        on = on.date()
    if isinstance(on, dt.date):
        return on, on
    if isinstance(on, str):
        try:
            on = parse_date(on.strip())
        except (FieldError, ValueError) as exc:
            raise FieldError("State", "on", on, "must be a date: 2004, 2004-05 or 2004-05-17") from exc
    if isinstance(on, PartialDate | UncertainDate):
        return on.earliest(), on.latest()
    raise FieldError("State", "on", on, "must be a date: datetime.date, PartialDate or ISO text")


def _codes(found: Iterable[CrosswalkEntry], span: tuple[dt.date, dt.date] | None) -> tuple[str, ...]:
    """The codes of the entries in use on ``span`` (today, without one), else of all of them."""
    found = tuple(found)
    live = [e for e in found if (e.end is None if span is None else e.in_use(*span))]
    return tuple(dict.fromkeys(e.code for e in (live or found)))


def _contained(wanted: str, scheme: Scheme) -> list[CrosswalkEntry]:
    """Entries whose name holds ``wanted`` as whole words ("Russia" in "Russian Federation" does not)."""
    if scheme == "cow" or len(wanted) < _MIN_CONTAINED:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    return [e for key, found in _index(scheme).items() if pattern.search(key) for e in found]


def candidates(query: str, *, on: object = None, scheme: Scheme = "name") -> tuple[str, ...]:
    """Every state code ``query`` may stand for on ``on``; empty when it names none.

    In order: an ISO 3166-1 code (alpha-2, alpha-3, numeric), a renamed state's
    withdrawn code or Kosovo's; then a name or withdrawn code known to ISO 3166 or
    to the crosswalk's table; then, for four letters or more, the names that hold
    ``query`` as whole words. Of the entries found, those in use on ``on`` count
    (today's, without a date); when none is, all of them.

    Args:
        query: A code or a name.
        on: A ``datetime.date``, `PartialDate`,
            `UncertainDate` or ISO text (``"1980"``).
        scheme: ``"name"`` (ISO codes and names), or ``"cow"``.

    Example:
        >>> from treatymodel.crosswalk import candidates
        >>> candidates("Congo"), candidates("Congo", on="1980"), candidates("Atlantis")
        (('COG', 'COD'), ('COG',), ())
    """
    if not isinstance(query, str):
        raise FieldError("State", "code", query, "must be a code or a country name, as text")
    span = _span(on)
    text = query.strip()
    if scheme == "name":
        code = _current_codes().get(text.upper())
        if code is not None:
            return (code,)
    elif scheme != "cow":
        raise FieldError("State", "scheme", scheme, "must be 'name' or 'cow'")
    wanted = normalize(text)
    if not wanted:
        return ()
    found = _index(scheme).get(wanted) or _contained(wanted, scheme)
    return _codes(found, span)


def _label(code: str) -> str:
    from treatymodel._validators import country_record

    record = country_record(code)
    return f"{code} ({record.name})" if record is not None else code


def resolve(query: str, *, on: object = None, scheme: Scheme = "name") -> str:
    """The code of the one state ``query`` names (on ``on``, when given).

    Args:
        query: A code or a name (see `candidates`).
        on: The date the name is used on: a ``datetime.date``,
            `PartialDate`, `UncertainDate`
            or ISO text.
        scheme: ``"name"`` (ISO codes and names), or ``"cow"`` (Correlates of War
            numbers and abbreviations).

    Raises:
        FieldError: ``query`` names no state, a state without an ISO code, or
            several states; the message names every candidate.

    Example:
        >>> from treatymodel.crosswalk import resolve
        >>> resolve("Ivory Coast"), resolve("Zaire"), resolve("BUR"), resolve("UKG", scheme="cow")
        ('CIV', 'COD', 'MMR', 'GBR')
    """
    found = candidates(query, on=on, scheme=scheme)
    if len(found) == 1 and found[0]:
        return found[0]
    when = "" if on is None else f" on {on}"
    if not found:
        what = "a Correlates of War state number or abbreviation" if scheme == "cow" else "ISO 3166-1 state"
        raise FieldError("State", "code", query, f"must name exactly one {what}; it names none")
    if found == ("",):
        raise FieldError("State", "code", query, "is a Correlates of War state without an ISO 3166 code")
    shown = [code for code in found if code]
    names = ", ".join(_label(code) for code in shown[:_SHOWN])
    if len(shown) > _SHOWN:
        names += f" and {len(shown) - _SHOWN} more"
    raise FieldError(
        "State",
        "code",
        query,
        f"must name exactly one ISO 3166-1 state{when}; candidates: {names} (give the code, or a date)",
    )
