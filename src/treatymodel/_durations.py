"""ISO 8601 durations and clock times in the exchange format.

Durations are written ``PnDTnHnMnS`` with only the non-zero parts (``PT3H``,
``PT1H30M``, ``P1DT2H``, ``P2D``). Years, months and weeks are not accepted: their
length in seconds depends on the calendar, and the model stores exact
`datetime.timedelta` values. Fractions are not accepted either: the model
keeps whole seconds. Times of day are ``HH:MM``, or ``HH:MM:SS`` when the seconds
are not zero.
"""

from __future__ import annotations

import datetime as dt
import re

#: What the exchange format accepts as a duration (the schema uses the same text).
DURATION_PATTERN = (
    r"^P(?:[0-9]{1,9}D(?:T(?:[0-9]{1,9}H(?:[0-9]{1,9}M)?(?:[0-9]{1,9}S)?"
    r"|[0-9]{1,9}M(?:[0-9]{1,9}S)?|[0-9]{1,9}S))?"
    r"|T(?:[0-9]{1,9}H(?:[0-9]{1,9}M)?(?:[0-9]{1,9}S)?|[0-9]{1,9}M(?:[0-9]{1,9}S)?|[0-9]{1,9}S))$"
)
_DURATION_RE = re.compile(DURATION_PATTERN)
_PARTS_RE = re.compile(r"([0-9]+)([DHMS])")

#: What the exchange format accepts as a time of day.
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$"
_TIME_RE = re.compile(TIME_PATTERN)


def format_duration(value: dt.timedelta) -> str:
    """The canonical ISO 8601 form of a positive ``timedelta`` of whole seconds."""
    days = value.days
    seconds = value.seconds
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    out = ["P"]
    if days:
        out.append(f"{days}D")
    if hours or minutes or secs:
        out.append("T")
        if hours:
            out.append(f"{hours}H")
        if minutes:
            out.append(f"{minutes}M")
        if secs:
            out.append(f"{secs}S")
    if len(out) == 1:  # zero; the model rejects it, but the text stays valid ISO 8601
        out.append("T0S")
    return "".join(out)


def parse_duration(text: str) -> dt.timedelta | None:
    """The ``timedelta`` of an ISO 8601 duration in days, hours, minutes and seconds.

    Returns ``None`` when ``text`` is not in that form or is too large.
    """
    if _DURATION_RE.fullmatch(text) is None:
        return None
    units = {"D": 0, "H": 0, "M": 0, "S": 0}
    for number, unit in _PARTS_RE.findall(text):
        units[unit] = int(number)
    try:
        return dt.timedelta(days=units["D"], hours=units["H"], minutes=units["M"], seconds=units["S"])
    except OverflowError:
        return None


def format_time(value: dt.time) -> str:
    """``HH:MM``, or ``HH:MM:SS`` when the seconds are not zero."""
    if value.second:
        return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_time(text: str) -> dt.time | None:
    """The naive ``time`` of ``HH:MM`` or ``HH:MM:SS``; ``None`` if not in that form."""
    if _TIME_RE.fullmatch(text) is None:
        return None
    return dt.time(int(text[0:2]), int(text[3:5]), int(text[6:8]) if len(text) > 5 else 0)
