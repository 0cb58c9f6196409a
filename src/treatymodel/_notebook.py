"""HTML cards in IPython and Jupyter for the records that carry no display code.

The record modules import nothing above the records layer (docs/architecture.md), so
`Agreement` and `Visit` have no ``_repr_html_`` method. Their cards are registered
with IPython's HTML formatter instead, by the module and name of the class
(``for_type_by_name``): IPython matches them when it first shows one, and neither
the records nor `treatymodel.display` is imported to register them.
`treatymodel.Dossier`, which sits above the display, keeps its own ``_repr_html_``.

``import treatymodel`` registers the cards in the IPython shell it runs in, if any;
`register` does it for another formatter.
"""

from __future__ import annotations

import sys
from typing import Any

#: The record classes shown as cards by the formatter, by module and class name.
CARDS = (("treatymodel.agreements", "Agreement"), ("treatymodel.visits", "Visit"))


def card(record: object) -> str:
    """The HTML card of a record, as `treatymodel.display.render_html` draws it alone."""
    from treatymodel.display import render_html

    return render_html(record)


def register(formatter: Any) -> None:
    """Show agreements and visits as HTML cards wherever ``formatter`` displays objects.

    Args:
        formatter: An IPython ``DisplayFormatter``: a shell's ``display_formatter``.

    Example:
        >>> from IPython.core.formatters import DisplayFormatter
        >>> import treatymodel as tm
        >>> formatter = DisplayFormatter()
        >>> register(formatter)
        >>> declaration = tm.datasets.load("ru-kz-2025").agreement("ru-kz-declaration-2025")
        >>> "tm-card" in formatter.format(declaration)[0]["text/html"]
        True
    """
    html = formatter.formatters["text/html"]
    for module, name in CARDS:
        html.for_type_by_name(module, name, card)


def register_running() -> None:
    """`register` the cards in the IPython shell this process runs, if it runs one.

    Called on ``import treatymodel``; it imports nothing: IPython is looked for only
    among the modules already imported, so a script outside IPython pays a dict lookup.
    """
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        register(shell.display_formatter)
