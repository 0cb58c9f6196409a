"""``python -m treatymodel.validation``: print or write the rules' documentation (``docs/rules.md``).

Usage::

    python -m treatymodel.validation                         # print the Markdown
    python -m treatymodel.validation --write docs/rules.md   # write it
    python -m treatymodel.validation --check docs/rules.md   # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from treatymodel.validation._doc import rules_markdown


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m treatymodel.validation", description=__doc__.splitlines()[0]
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="PATH", type=pathlib.Path, help="write the Markdown to PATH")
    group.add_argument("--check", metavar="PATH", type=pathlib.Path, help="fail if PATH is not up to date")
    args = parser.parse_args(argv)
    text = rules_markdown()
    if args.write is not None:
        args.write.write_text(text, encoding="utf-8")
    elif args.check is not None:
        current = args.check.read_text(encoding="utf-8") if args.check.exists() else ""
        if current != text:
            print(
                f"{args.check} is stale; run: python -m treatymodel.validation --write {args.check}",
                file=sys.stderr,
            )
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
