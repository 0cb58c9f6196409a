"""Write the generated part of the bad-input corpus, ``tests/bad_inputs/``.

A deterministic mutator over the bundled records (``src/treatymodel/data/``): for
every field of every record type that appears in them (the first occurrence, by
JSON path with the indices left out), it writes documents where the field has the
wrong JSON type, is null, empty, out of range (impossible dates, bad partial dates,
unknown codes, wrong enumeration values and tags), is missing, or sits next to an
unknown key; plus truncated, badly encoded and duplicated-key variants.

To keep the files small, every array on the way to the mutated value is cut down to
the one element on the way (when the cut document is still valid), and the
dossier's other lists are left out.

Each candidate is then classified by the library itself, so the corpus never holds
a document that is in fact valid:

- ``from_json`` raises ``DecodeError``: ``tests/bad_inputs/generated/``;
- it decodes, and ``validate`` reports errors: ``tests/bad_inputs/semantic/generated/``
  (these mutate the whole, uncut record, which has no issues to begin with);
- otherwise (a null or empty optional field is valid): dropped.

``tests/test_bad_inputs.py`` fails when the committed files differ from this
script's output. Run ``python scripts/make_bad_inputs.py`` to refresh them.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

import treatymodel as tm
from treatymodel import datasets

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "bad_inputs"
GENERATED = CORPUS / "generated"
SEMANTIC = CORPUS / "semantic" / "generated"

#: The bundled records the mutator starts from (the smallest first: a field is
#: mutated in the first record that has it).
BASES = ("ru-kz-2022", "ru-kz-1998", "ru-kz-1992", "ru-kz-2013", "ru-kz-2025")
#: Whole records are mutated (semantic mutations, byte-level damage) only in these.
SMALL_BASES = BASES[:2]
ENVELOPE = ("format", "version")
Path_ = tuple[str | int, ...]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DURATION = re.compile(r"P(\d+D)?(T.*)?")
_TIME = re.compile(r"\d{2}:\d{2}(:\d{2})?")
_CODE = re.compile(r"[A-Z]{3}")


def _walk(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every value of a JSON tree with its path, depth first, in document order."""
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, (*path, index))


def _shape(path: Path_) -> str:
    """The path without indices, as a file-name stem: ``agreements.signatures.date``."""
    keys = [str(p) for p in path if isinstance(p, str)]
    return ".".join(keys) if keys else "document"


def _decodes(doc: Any) -> bool:
    try:
        tm.from_json(orjson.dumps(doc), tm.Dossier)
    except tm.DecodeError:
        return False
    return True


def _cut(doc: dict[str, Any], path: Path_) -> tuple[dict[str, Any], Path_]:
    """A smaller document holding ``path``: other lists dropped, arrays cut to one element."""
    top = path[0] if path else None
    small: dict[str, Any] = {
        key: value
        for key, value in doc.items()
        if key in (*ENVELOPE, "id", "title") or key == top or not isinstance(value, list)
    }
    small = copy.deepcopy(small)
    if not _decodes(small):
        small, path = copy.deepcopy(doc), path
    new_path: list[str | int] = []
    node: Any = small
    for step in path:
        if isinstance(step, int) and isinstance(node, list):
            parent_list = node
            kept = [parent_list[step]]
            before = list(parent_list)
            parent_list[:] = kept
            if _decodes(small):
                step = 0
            else:
                parent_list[:] = before
        new_path.append(step)
        node = node[step]
    return small, tuple(new_path)


def _set(doc: Any, path: Path_, value: Any) -> None:
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value


def _delete(doc: Any, path: Path_) -> None:
    node = doc
    for step in path[:-1]:
        node = node[step]
    del node[path[-1]]


def _wrong_type(value: Any) -> Any:
    if isinstance(value, bool):
        return 1
    if isinstance(value, str):
        return 12345
    if isinstance(value, int | float):
        return "12"
    if isinstance(value, list):
        return {"0": value[0] if value else "x"}
    return [value]


def _empty(value: Any) -> Any:
    if isinstance(value, str):
        return ""
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {}
    return None


def _string_mutations(value: str, kinds: set[str]) -> list[tuple[str, Any]]:
    """Mutations of a string; those of a kind of value (date, code...) only once per kind."""
    out: list[tuple[str, Any]] = [("bad-value", "NOT a valid value!")]
    kind = _kind(value)
    if kind in kinds:
        return out
    kinds.add(kind)
    out.append(("padded", f" {value} "))
    if kind == "text":
        out += [("control-char", value[:1] + "\x00" + value[1:]), ("only-whitespace", " \t\n")]
    elif kind == "date":
        out += [
            ("impossible-2025-02-30", "2025-02-30"),
            ("impossible-2023-02-29", "2023-02-29"),
            ("impossible-2025-04-31", "2025-04-31"),
            ("month-13", "2025-13"),
            ("month-00", "2025-00"),
            ("day-00", "2025-11-00"),
            ("year-0000", "0000"),
            ("two-digit-year", "25-11-12"),
            ("unpadded", "2025-1-5"),
            ("datetime", value + "T12:00:00Z"),
            ("slashes", value.replace("-", "/") if "-" in value else value + "/01"),
            ("us-format", "11/12/2025"),
            ("year-10000", "10000"),
            ("negative-year", "-0500"),
        ]
    elif kind == "duration":
        out += [
            ("zero-duration", "PT0S"),
            ("negative-duration", "-PT3H"),
            ("years", "P1Y"),
            ("weeks", "P2W"),
            ("fraction", "PT1.5H"),
            ("words", "3 hours"),
        ]
    elif kind == "time":
        out += [("hour-25", "25:00"), ("minute-60", "12:60"), ("with-zone", value + "Z")]
    elif kind == "code":
        out += [("unknown-code-XXX", "XXX"), ("alpha-2", "RU"), ("lowercase", value.lower())]
    elif kind == "url":
        out += [("relative-url", "/path/only"), ("ftp-url", "ftp://example.org/x")]
        out.append(("no-scheme", "example.org"))
    return out


def _kind(value: str) -> str:
    if _DATE.fullmatch(value):
        return "date"
    if _DURATION.fullmatch(value):
        return "duration"
    if _TIME.fullmatch(value):
        return "time"
    if _CODE.fullmatch(value):
        return "code"
    if value.startswith("http"):
        return "url"
    return "text"


def _value_mutations(value: Any, kinds: set[str]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [("wrong-type", _wrong_type(value)), ("null", None)]
    empty = _empty(value)
    if empty is not None:
        out.append(("empty", empty))
    if isinstance(value, str):
        out += _string_mutations(value, kinds)
    elif isinstance(value, bool):
        out += [("string-true", "true"), ("number-0", 0)]
    elif isinstance(value, int):
        out += [("float", float(value) + 0.5), ("negative", -1), ("huge-int", 10**30)]
    elif isinstance(value, list) and value:
        out += [("item-null", [None]), ("item-nested-array", [value[:1]])]
    elif isinstance(value, dict):
        out += [("number", 42), ("string", "object")]
        if "type" in value:
            out += [("tag-unknown", {**value, "type": "country"}), ("tag-missing", {})]
            tagless = {k: v for k, v in value.items() if k != "type"}
            out.append(("tag-missing-keep-fields", tagless))
    return out


def _candidates(doc: dict[str, Any], kinds: set[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(name, document)`` for every structural mutation of ``doc``, first occurrence of each field."""
    seen: set[str] = set()
    for path, value in list(_walk(doc)):
        shape = _shape(path)
        if not path or path[-1] in ENVELOPE or isinstance(path[-1], int):
            if isinstance(value, dict) and f"{shape}:object" not in seen:
                seen.add(f"{shape}:object")
                small, at = _cut(doc, path)
                extra = copy.deepcopy(small)
                node: Any = extra
                for step in at:
                    node = node[step]
                node["bogus"] = 1
                yield f"{shape}--unknown-key", extra
                nested = copy.deepcopy(small)
                node = nested
                for step in at:
                    node = node[step]
                node["format" if at else "extra"] = "treatymodel" if at else {"nested": True}
                yield f"{shape}--{'envelope-inside' if at else 'unknown-key-object'}", nested
            continue
        if shape in seen:
            continue
        seen.add(shape)
        small, at = _cut(doc, path)
        for name, replacement in _value_mutations(value, kinds):
            mutated = copy.deepcopy(small)
            _set(mutated, at, replacement)
            yield f"{shape}--{name}", mutated
        missing = copy.deepcopy(small)
        _delete(missing, at)
        yield f"{shape}--missing", missing


def _semantic_candidates(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Mutations that keep the format but break the facts: dangling ids, repeated entries."""
    seen: set[str] = set()
    for path, value in list(_walk(doc)):
        shape = _shape(path)
        if not path or path[-1] in ENVELOPE:
            continue
        if isinstance(value, str) and shape not in seen and not isinstance(path[-1], int):
            seen.add(shape)
            dangling = copy.deepcopy(doc)
            _set(dangling, path, "no-such-id")
            yield f"{shape}--dangling-id", dangling
        if isinstance(value, list) and value and f"{shape}:dup" not in seen:
            seen.add(f"{shape}:dup")
            repeated = copy.deepcopy(doc)
            _set(repeated, path, [*value, value[0]])
            yield f"{shape}--repeated-entry", repeated


def _raw_variants(name: str, text: bytes) -> Iterator[tuple[str, bytes]]:
    """Byte-level damage to one whole record."""
    yield f"{name}--truncated-1-byte", text[:-1]
    yield f"{name}--truncated-half", text[: len(text) // 2]
    yield f"{name}--truncated-10-bytes", text[:10]
    yield f"{name}--bom", b"\xef\xbb\xbf" + text
    yield f"{name}--utf16", text.decode("utf-8").encode("utf-16")
    yield f"{name}--latin1-byte", text.replace(b'"title":"', b'"title":"\xe9', 1)
    yield f"{name}--invalid-utf8-ff", text.replace(b'"title":"', b'"title":"\xff', 1)
    yield f"{name}--overlong-utf8", text.replace(b'"title":"', b'"title":"\xc0\xaf', 1)
    yield f"{name}--lone-surrogate-escape", text.replace(b'"title":"', b'"title":"\\ud800', 1)
    yield f"{name}--trailing-comma", text[:-1] + b",}"
    yield f"{name}--two-documents", text + b"\n" + text
    yield f"{name}--as-array", b"[" + text + b"]"
    yield f"{name}--nul-byte", text[:20] + b"\x00" + text[20:]
    yield f"{name}--duplicate-id", text.replace(b'"id":', b'"id":"first","id":', 1)
    pretty = orjson.dumps(orjson.loads(text), option=orjson.OPT_INDENT_2)
    yield f"{name}--duplicate-id-pretty", pretty.replace(b'"id": ', b'"id": "first",\n  "id": ', 1)
    yield f"{name}--duplicate-title-spaced", text.replace(b'"title":', b'"title" :  "first" ,\t"title":', 1)


def outputs() -> dict[Path, bytes]:
    """Every generated corpus file, by path, with its bytes."""
    files: dict[Path, bytes] = {}
    seen: set[str] = set()
    kinds: set[str] = set()
    for base in BASES:
        text = tm.to_json(datasets.load(base)).encode("utf-8")
        doc = orjson.loads(text)
        for name, mutated in _candidates(doc, kinds):
            if name in seen:
                continue
            seen.add(name)
            data = orjson.dumps(mutated) + b"\n"
            if not _decodes(mutated):
                files[GENERATED / f"{name}.json"] = data
        for name, mutated in _semantic_candidates(doc) if base in SMALL_BASES else ():
            if f"semantic:{name}" in seen:
                continue
            seen.add(f"semantic:{name}")
            try:
                record = tm.from_json(orjson.dumps(mutated), tm.Dossier)
            except tm.DecodeError:
                continue  # a structural error: the first loop covers those
            if tm.validate(record).errors:
                files[SEMANTIC / f"{base}--{name}.json"] = orjson.dumps(mutated) + b"\n"
        for name, data in _raw_variants(base, text) if base == BASES[0] else ():
            files[GENERATED / f"{name}.json"] = data
    return dict(sorted(files.items()))


def main() -> None:
    """Write every output file, and remove generated files this script no longer writes."""
    files = outputs()
    for folder in (GENERATED, SEMANTIC):
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.json"):
            if stale not in files:
                stale.unlink()
    for path, data in files.items():
        path.write_bytes(data)
    print(f"wrote {len(files)} files under {CORPUS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
