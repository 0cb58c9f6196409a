"""Size and nesting limits on the documents `from_json` reads.

Both checks run on the raw text, before any parsing, and are linear in its length
with no recursion in Python, so a hostile document (gigabytes, or 100,000 nested
arrays) is refused quickly with a message that says why.

- ``MAX_BYTES``: the largest document, in bytes of UTF-8 (per line for JSON Lines).
- ``MAX_DEPTH``: the deepest nesting of arrays and objects; the document's own
  object is level 1. The model's deepest legitimate nesting is through sections
  (``$.agreements[i].sections[j].subsections[k]...``, two levels per section); the
  bundled records use at most 8, and 64 leaves room for sections 28 deep.
- ``HARD_MAX_DEPTH``: ``max_depth`` may be raised up to this. Beyond it the parser
  (orjson reads at most 1024 levels, writes at most 255) and Python's recursion
  limit would fail with their own errors instead of ours.
- ``MAX_ERRORS``: the most problems one `DecodeError` lists; the
  rest are counted in one last item, so a document with a million bad values costs
  no more memory than one with a thousand.

The depth check keeps only the quotes and brackets of the text, removes the strings
(in C; a regular expression only when the text has escaped quotes), then removes
innermost ``[]`` pairs, one round per level, while a round removes at least an
eighth of what is left: every step runs in C, with no per-value Python work, and a
usual document is done in a few rounds. What is left after that is deep nesting
in long runs of one bracket (a hostile document, or sections nested deep), whose
depth is read from the lengths of its runs in one more pass, instead of one round
per level: so the work is linear in the size whatever the depth (at most about
ten passes over the brackets), where one round per level made a 20 MB document
nested 62 deep take 62 passes. It only has to be exact for valid JSON; on invalid
JSON it may answer "too deep" where the parser would say "invalid", so a document
it refuses is parsed once to tell which (cheaply: orjson stops at depth 1024).
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate
from typing import NamedTuple

import orjson

from treatymodel.errors import DecodeError, DecodeErrorItem

MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
HARD_MAX_DEPTH = 200
MAX_ERRORS = 1000


class Limits(NamedTuple):
    """The limits of one read, defaults filled in and checked (`settings`)."""

    max_bytes: int
    max_depth: int
    max_errors: int


DEFAULTS = Limits(MAX_BYTES, MAX_DEPTH, MAX_ERRORS)

_DROP = bytes(b for b in range(256) if b not in b'[]{}"')
_SQUARE = bytes.maketrans(b"{}", b"[]")


def mib(n: int) -> str:
    """A size in MiB when it is a whole number of them, else in bytes."""
    if n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MiB"
    return f"{n:,} bytes"


def check_settings(max_bytes: int, max_depth: int, max_errors: int = MAX_ERRORS) -> None:
    """Refuse limits that are not positive integers, or a depth above ``HARD_MAX_DEPTH``."""
    if type(max_bytes) is not int or max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive integer, got {max_bytes!r}")
    if type(max_depth) is not int or not 1 <= max_depth <= HARD_MAX_DEPTH:
        raise ValueError(f"max_depth must be an integer from 1 to {HARD_MAX_DEPTH}, got {max_depth!r}")
    if type(max_errors) is not int or max_errors < 1:
        raise ValueError(f"max_errors must be a positive integer, got {max_errors!r}")


def settings(max_bytes: int | None, max_depth: int | None, max_errors: int | None) -> Limits:
    """The limits a call asked for, ``None`` meaning the default; checked."""
    if max_bytes is None and max_depth is None and max_errors is None:
        return DEFAULTS
    limits = Limits(
        MAX_BYTES if max_bytes is None else max_bytes,
        MAX_DEPTH if max_depth is None else max_depth,
        MAX_ERRORS if max_errors is None else max_errors,
    )
    check_settings(*limits)
    return limits


def too_large(
    size: int, max_bytes: int, line: int | None, *, exact: bool = True, last: bool = False
) -> DecodeError:
    """The error for a document (or JSON Lines line) of ``size`` bytes (at least, unless ``exact``).

    ``last``: the reading stopped there (a line too long to find its end).
    """
    what = "line" if line is not None else "document"
    amount = f"{size:,} bytes" if exact else f"at least {size:,} bytes"
    message = f"{what} too large: {amount}, the limit is {mib(max_bytes)} (raise it with max_bytes=)"
    if last:
        message += "; the lines after it are not read"
    return DecodeError([DecodeErrorItem("$", message, line)])


def too_deep(max_depth: int, line: int | None) -> DecodeError:
    """The error for a document nested deeper than ``max_depth``."""
    message = (
        f"nesting too deep: more than {max_depth} levels of arrays and objects "
        f"(the limit; raise it with max_depth=, up to {HARD_MAX_DEPTH})"
    )
    return DecodeError([DecodeErrorItem("$", message, line)])


def utf8_size(data: str | bytes, max_bytes: int) -> int:
    """The size of ``data`` in UTF-8 bytes, or a lower bound above ``max_bytes``."""
    if isinstance(data, bytes | bytearray | memoryview):
        return len(data)
    if len(data) > max_bytes or len(data) * 4 <= max_bytes:
        return len(data)  # a bound good enough: too large, or certainly small enough
    return len(data.encode("utf-8", "surrogatepass"))


def _outside_strings(stream: bytes) -> bytes:
    """The brackets of a document outside its strings, ``{}`` written as ``[]``.

    ``stream`` holds the quotes and brackets of a document whose escaped quotes were
    removed, so that every quote left opens or closes a string. Removing adjacent
    quote pairs from left to right removes every string that holds no bracket, and
    only those: if no quote is left, no string held a bracket (the usual case, in C,
    without splitting). Otherwise the strings are cut out exactly.
    """
    fast = stream.replace(b'""', b"")
    if b'"' not in fast:
        return fast
    return b"".join(stream.split(b'"')[0::2])


def _without_escapes(raw: bytes) -> bytes:
    """``raw`` with its escaped backslashes and escaped quotes taken out.

    In valid JSON a backslash appears only in a string, and starts an escape of two
    characters (or six, ``\\uXXXX``, whose last four hold no quote or backslash).
    Removing the escaped backslashes first, left to right, leaves at most one
    backslash of each run: the one that escapes the character after it. Then every
    quote left delimits a string. Two passes in C, where a regular expression over the
    strings took a tenth of a second on a 7 MB document with quoted titles.
    """
    return raw.replace(b"\\\\", b"").replace(b'\\"', b"")


#: The deepest nesting orjson reads.
_PARSER_MAX_DEPTH = 1024
#: What orjson says when it stops for depth (or runs out of memory on the way): "depth
#: limit exceeded" from 3.12, "array and object recursion depth exceeded" in 3.10 and 3.11
#: (https://github.com/ijl/orjson/issues/493 quotes 3.10.3).
_PARSER_TOO_DEEP = ("depth limit", "recursion depth", "allocate")
_OPEN = b"[" * _PARSER_MAX_DEPTH
_CLOSE = b"]" * _PARSER_MAX_DEPTH
#: Peeling stops when a round removes less than this fraction of the brackets left.
_PEEL_AT_LEAST = 8
_OPENS = re.compile(rb"\[+")
_CLOSES = re.compile(rb"\]+")


def _peel(brackets: bytes) -> bytes:
    """One round: the innermost pairs removed, every nesting one level shallower."""
    return brackets.replace(b"[]", b"")


def _deeper_than(brackets: bytes, max_depth: int) -> bool:
    """Whether ``brackets`` (``[`` and ``]`` only) nest deeper than ``max_depth``.

    ``True`` also when they do not pair up (invalid JSON: the parser then says which).
    """
    rounds = 0
    while brackets:
        if rounds == max_depth:
            return True
        shorter = _peel(brackets)
        removed = len(brackets) - len(shorter)
        if not removed:
            return True  # unbalanced
        brackets = shorter
        rounds += 1
        if brackets and removed * _PEEL_AT_LEAST < len(brackets):
            # Few innermost pairs for the length: long runs of one bracket, which
            # peeling would take one round per level to remove. Measure the runs.
            return _deepest(brackets) > max_depth - rounds
    return False


def _deepest(brackets: bytes) -> int:
    """The deepest nesting of ``brackets``, in one pass over their runs (in C).

    The depth is greatest at the end of a run of ``[``: the sum of the runs of ``[``
    so far less the runs of ``]`` before it. Exact when the brackets pair up; an
    unbalanced stream may give any answer, and the parser is asked then.
    """
    if brackets[:1] != b"[":
        return HARD_MAX_DEPTH + 1  # unbalanced
    opens = accumulate(map(len, _OPENS.findall(brackets)))
    closes = accumulate(map(len, _CLOSES.findall(brackets)), initial=0)
    deepest: int = max(map(operator.sub, opens, closes))
    return deepest


def deeper_than(raw: bytes, max_depth: int) -> bool:
    """Whether JSON text ``raw`` nests deeper than ``max_depth`` (or, if invalid, may).

    Exact for valid JSON, such as what `to_json` writes.
    """
    if len(raw) <= 2 * max_depth:
        return False  # each level takes two bytes at least
    if raw.find(b"\\") != -1:
        raw = _without_escapes(raw)
    return _deeper_than(_outside_strings(raw.translate(_SQUARE, _DROP)), max_depth)


def check(data: str | bytes, *, max_bytes: int, max_depth: int, line: int | None = None) -> None:
    """Raise a `DecodeError` if ``data`` is larger or nested deeper than the limits.

    Args:
        data: The raw document.
        max_bytes: The largest size allowed, in UTF-8 bytes.
        max_depth: The deepest nesting of arrays and objects allowed.
        line: The JSON Lines line number, for the error.
    """
    size = utf8_size(data, max_bytes)
    if size > max_bytes:
        exact = not isinstance(data, str) or size != len(data) or data.isascii()
        raise too_large(size, max_bytes, line, exact=exact)
    if isinstance(data, memoryview | bytearray):
        data = bytes(data)
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    if len(raw) <= 2 * max_depth or not deeper_than(raw, max_depth):
        return  # the length test first: a short line is done without a call
    # Deeper than allowed, or invalid JSON whose brackets do not pair up. The parser
    # tells which, and stops where the document first goes too deep: orjson refuses
    # depth 1,025, and the document is read inside 1,024 - max_depth arrays.
    wrap = _PARSER_MAX_DEPTH - max_depth
    try:
        orjson.loads(_OPEN[:wrap] + raw + _CLOSE[:wrap])
    except orjson.JSONDecodeError as exc:
        reason = str(exc)
        if not any(words in reason for words in _PARSER_TOO_DEEP):
            return  # invalid JSON: the parser reports it itself
    else:
        return  # brackets that pair up only inside the arrays around it: invalid JSON
    raise too_deep(max_depth, line)


# ---------------------------------------------------------------------------
# Clearer messages for invalid JSON. Only on failure: the parser's message is
# replaced when the bytes tell a more useful story (an encoding other than UTF-8,
# a byte-order mark, NaN or Infinity).

_CHAR = re.compile(r"\(char (\d+)\)")
_CONSTANT = re.compile(r"-?(?:NaN|Infinity)")
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line} column {column} (char {pos})"


def _explain(data: str | bytes, message: str) -> str | None:
    """A clearer message for invalid JSON, or ``None`` to keep the parser's."""
    if isinstance(data, str):
        try:
            text = data
            data.encode("utf-8")
        except UnicodeEncodeError as exc:
            return (
                f"the text holds a lone surrogate {data[exc.start]!r} at char {exc.start}, "
                "which is not Unicode text and has no UTF-8 form"
            )
    else:
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            return (
                "the document starts with a UTF-8 byte order mark (BOM, EF BB BF): the format is "
                "UTF-8 without a BOM (RFC 8259); remove the first three bytes"
            )
        for bom, encoding in _BOMS:
            if raw.startswith(bom):
                return (
                    f"the document is {encoding} (it starts with a {encoding} byte order mark): "
                    "the format is UTF-8"
                )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = raw[: exc.start].decode("utf-8", "replace")
            line = before.count("\n") + 1
            column = len(before) - (before.rfind("\n") + 1) + 1
            return (
                f"not valid UTF-8 at line {line} column {column} (byte {exc.start}): "
                f"byte 0x{raw[exc.start]:02X}, {exc.reason}; the format is UTF-8"
            )
        if "\x00" in text[:4] and len(text) >= 2:
            return "the document looks like UTF-16 or UTF-32 (NUL bytes at the start): the format is UTF-8"
    found = _CHAR.search(message)
    if found is not None:
        pos = int(found[1])
        if 0 < pos <= len(text) and text[pos - 1] == "-":
            pos -= 1
        constant = _CONSTANT.match(text, pos)
        if constant is not None:
            return (
                f"{constant[0]} is not a JSON number (JSON has no NaN or Infinity; "
                f"write null, or leave the field out): {_where(text, pos)}"
            )
    return None


def refine(exc: DecodeError, data: str | bytes) -> DecodeError:
    """``exc``, or a copy with a clearer message when it is about invalid JSON."""
    if len(exc.errors) != 1 or not exc.errors[0].message.startswith("invalid JSON: "):
        return exc
    item = exc.errors[0]
    better = _explain(data, item.message)
    if better is None:
        return exc
    return DecodeError([DecodeErrorItem(item.path, f"invalid JSON: {better}", item.line)])
