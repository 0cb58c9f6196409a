r"""Check the built documentation site: no raw docstring markup, no broken internal link.

Run by ``make docs`` after ``mkdocs build --strict``, offline:

- no reStructuredText role shown as text (``:meth:`state```, which mkdocstrings does
  not render) and no backslash-escaped pipe (``int \| None``) on any page;
- every internal link (``href`` and ``src`` that are not absolute URLs) names a file of
  the site, and its ``#fragment``, if any, an id on that page.

    python scripts/check_site.py [SITE_DIR]      # default: site

Exits 1 and lists every problem, one a line, when it finds any.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

#: A reStructuredText role as Markdown leaves it: the role, then the code span it became.
RAW_ROLE = re.compile(r":(?:class|meth|func|data|attr|mod|exc|obj|ref|doc):(?:<code>|`)")
#: A pipe escaped for a Markdown table but shown with its backslash.
ESCAPED_PIPE = re.compile(r"\\\|")


class _Page(HTMLParser):
    """The ids, links and visible text of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        for key in ("href", "src"):
            if values.get(key) and tag in ("a", "img", "link", "script"):
                self.links.append(values[key] or "")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> _Page:
    """The ids, links and text of a page."""
    page = _Page()
    page.feed(html)
    page.close()
    return page


def markup_problems(html: str) -> list[str]:
    """What a page shows of docstring markup it should have rendered: raw roles, escaped pipes."""
    problems = [f"raw role {m[0]!r} in {_around(html, m.start())!r}" for m in RAW_ROLE.finditer(html)]
    text = "".join(parse(html).text)
    problems += [f"escaped pipe in {_around(text, m.start())!r}" for m in ESCAPED_PIPE.finditer(text)]
    return problems


def _around(text: str, at: int) -> str:
    return text[max(0, at - 30) : at + 40].replace("\n", " ")


def link_problems(site: Path) -> list[str]:
    """Every internal link of the site that names no file, or no id on its page."""
    pages = {path: parse(path.read_text(encoding="utf-8")) for path in sorted(site.rglob("*.html"))}
    problems = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:", "javascript:")):
                continue  # external: not checked offline
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # from the site's root (the 404 page links so)
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{path.relative_to(site)}: broken link {link!r}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target.read_text(encoding="utf-8")).ids
                if fragment not in ids:
                    problems.append(f"{path.relative_to(site)}: no #{fragment} on {target.relative_to(site)}")
    return problems


def check(site: Path) -> list[str]:
    """Every problem of the built site."""
    problems = []
    for path in sorted(site.rglob("*.html")):
        problems += [
            f"{path.relative_to(site)}: {p}" for p in markup_problems(path.read_text(encoding="utf-8"))
        ]
    return problems + link_problems(site.resolve())


def main(argv: list[str]) -> int:
    """Check the site in ``argv[1]`` (default ``site``); 1 if anything is wrong."""
    site = Path(argv[1] if len(argv) > 1 else "site")
    if not (site / "index.html").exists():
        print(f"{site}: no built site (run mkdocs build first)", file=sys.stderr)
        return 1
    problems = check(site)
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(list(site.rglob("*.html")))
    print(f"{pages} pages checked: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
