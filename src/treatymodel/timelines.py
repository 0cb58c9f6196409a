"""Timelines: a visit's program day by day, and an agreement's lifecycle as one lane per party.

Each timeline is computed once as plain data (`visit_days`,
`lifecycle_lanes`) and drawn two ways: as SVG text with no dependency
(`visit_svg`, `lifecycle_svg`, which the HTML cards of
`treatymodel.display` embed), and as a matplotlib figure for notebooks,
papers and the docs (`plot_visit`, `plot_lifecycle`; matplotlib is
the optional extra ``pip install 'treatymodel[plot]'``).

The lanes read the lifecycle engine (`treatymodel.lifecycle.Lifecycle.changes`
through `treatymodel.Dossier.lifecycle`): each party's standing from one
change to the next, unsettled stretches drawn hatched and labelled as such, and
the recorded acts as marks (signature, consent, entry into force for the party,
suspension, withdrawal). A partial date is drawn as the range of days it may be;
an undated act is not drawn, nor is any time of day a record does not give: a
visit's program is laid out in program order unless every event has a start time.

Example:
    >>> from treatymodel import datasets
    >>> from treatymodel.timelines import lifecycle_lanes
    >>> skies = datasets.load("open-skies-1992")
    >>> usa = next(l for l in lifecycle_lanes(skies, "open-skies-treaty-1992") if l.party == "USA")
    >>> standings = [(str(s.start), s.status) for s in usa.segments]
    >>> tuple(standings[2:])
    (('2002-01-01', 'in_force'), ('2020-11-22', 'withdrawn'))
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from treatymodel._fielddocs import documented
from treatymodel._optional import require
from treatymodel.agreements import Agreement, PartyActionKind
from treatymodel.dates import DateValue
from treatymodel.dossier import Dossier
from treatymodel.lifecycle import ACTION_EFFECTS, Effect, Lifecycle, Status, lifecycle
from treatymodel.parties import StateRef
from treatymodel.visits import Event, EventKind, Visit

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "EVENT_COLOURS",
    "LIFECYCLE_WIDTH",
    "STATUS_COLOURS",
    "VISIT_DAY_WIDTH",
    "Day",
    "Lane",
    "Mark",
    "Segment",
    "event_group",
    "lifecycle_lanes",
    "lifecycle_size",
    "lifecycle_svg",
    "plot_lifecycle",
    "plot_visit",
    "visit_days",
    "visit_size",
    "visit_svg",
    "visit_title",
]

# --------------------------------------------------------------------------- the data


@documented
@attrs.frozen(kw_only=True)
class Segment:
    """A stretch of a party's lane: one standing, from ``start`` to the day before ``end``."""

    start: dt.date
    """Its first day."""
    end: dt.date | None
    """The first day of the next standing; ``None`` if it lasts."""
    status: str | None
    """The status; ``None`` when unsettled."""
    possible: tuple[str, ...]
    """The statuses the record allows (``"none"`` for no standing yet)."""


@documented
@attrs.frozen(kw_only=True)
class Mark:
    """A recorded act on a lane, over the days its partial date may be."""

    kind: str
    """What kind of mark: ``signature``, ``consent``, ``entry_into_force``, ``suspension``, ``resumption``,
    ``withdrawal`` or ``revocation``.
    """
    earliest: dt.date
    """The first day it may be."""
    latest: dt.date
    """The last day it may be."""
    label: str
    """What it was (``ratification``, ``accession``...)."""


@documented
@attrs.frozen(kw_only=True)
class Lane:
    """One party's lane of an agreement's lifecycle."""

    party: str
    """State code or organization id."""
    name: str
    """Display name."""
    segments: tuple[Segment, ...]
    """Its standings, in order, from its first act on."""
    marks: tuple[Mark, ...]
    """Its recorded acts."""


# What each effect is drawn as; acts that change no standing are not drawn.
_MARK_OF_EFFECT = {
    Effect.SIGN: "signature",
    Effect.CONSENT: "consent",
    Effect.PROVISIONAL: "consent",
    Effect.SUSPEND: "suspension",
    Effect.RESUME: "resumption",
    Effect.WITHDRAW: "withdrawal",
    Effect.REVOKE: "revocation",
    Effect.NON_INTENT: "revocation",
    Effect.CEASE: "withdrawal",
}
_ORDER = {s: n for n, s in enumerate([None, *Status])}
_NOTHING: frozenset[Status | None] = frozenset({None})


def _life(dossier: Dossier, agreement: Agreement) -> Lifecycle:
    if dossier.has("agreement", agreement.id) and dossier.agreement(agreement.id) is agreement:
        return dossier.lifecycle(agreement.id)
    return lifecycle(agreement)


def lifecycle_lanes(dossier: Dossier, agreement: str | Agreement) -> tuple[Lane, ...]:
    """One lane per party of ``agreement``, in the order of its parties, from the lifecycle engine.

    Args:
        dossier: The dossier that names the parties (and holds the agreement).
        agreement: The agreement or its id.

    Raises:
        RecordNotFoundError: no agreement of the dossier has that id.
    """
    record = dossier.agreement(agreement) if isinstance(agreement, str) else agreement
    life = _life(dossier, record)
    lanes = []
    for party in dict.fromkeys(record.participants):
        changes = life.changes(party)
        segments = []
        for (start, standing), following in zip(changes, (*changes[1:], None), strict=True):
            if start == dt.date.min and standing.possible == _NOTHING:
                continue  # before its first act: nothing to draw
            possible = tuple(
                "none" if s is None else s.value for s in sorted(standing.possible, key=_ORDER.__getitem__)
            )
            segments.append(
                Segment(
                    start=start,
                    end=None if following is None else following[0],
                    status=None if standing.status is None else standing.status.value,
                    possible=possible,
                )
            )
        marks = [
            Mark(kind="signature", earliest=s.date.earliest(), latest=s.date.latest(), label="signature")
            for s in record.signatures
            if s.party == party and s.date is not None
        ]
        for act in record.party_actions:
            kind = _MARK_OF_EFFECT.get(ACTION_EFFECTS[act.kind])
            if act.party != party or kind is None or act.date is None:
                continue
            marks.append(
                Mark(
                    kind=kind, earliest=act.date.earliest(), latest=act.date.latest(), label=_words(act.kind)
                )
            )
        entry = life.entry_into_force(party)
        # Drawn only where the engine has the party in force at some time: it computes a
        # date for a party that consented and then ceased to exist before that date.
        ever = any("in_force" in s.possible for s in segments)
        if ever and entry is not None and entry.latest != dt.date.max:
            marks.append(
                Mark(kind="entry_into_force", earliest=entry.earliest, latest=entry.latest, label="in force")
            )
        marks.sort(key=lambda m: (m.earliest, m.latest))
        lanes.append(
            Lane(
                party=str(party), name=dossier.party_name(party), segments=tuple(segments), marks=tuple(marks)
            )
        )
    return tuple(lanes)


def _words(kind: PartyActionKind | EventKind | str) -> str:
    return str(kind).replace("_", " ")


@documented
@attrs.frozen(kw_only=True)
class Day:
    """One day of a visit's program."""

    date: DateValue
    """The day (or the precision known)."""
    events: tuple[Event, ...]
    """Its program items, in order."""


def visit_days(visit: Visit) -> tuple[Day, ...]:
    """The visit's program day by day, in date order, each day's events in program order.

    Undated items are left out: no day can hold them (the text and HTML views list
    them under "date unknown").
    """
    return tuple(Day(date=day, events=visit.events_on(day)) for day in visit.days())


# --------------------------------------------------------------------------- shared layout

#: Colours of the standings (and of unsettled stretches), for the SVG and the figures.
STATUS_COLOURS = {
    "signed": "#a5c8e4",
    "consented": "#f6c57a",
    "provisionally_applied": "#f3e37c",
    "in_force": "#5fb878",
    "suspended": "#e0776b",
    "withdrawn": "#b8b8b8",
    "terminated": "#6e6e6e",
    "unsettled": "#d9d9d9",
}
_MARK_SYMBOLS = {
    "signature": ("|", "#1f4e79"),
    "consent": ("^", "#8a4b00"),
    "entry_into_force": ("D", "#1e6b35"),
    "suspension": ("x", "#9b1c1c"),
    "resumption": ("+", "#1e6b35"),
    "withdrawal": ("s", "#333333"),
    "revocation": ("v", "#9b1c1c"),
}
_EVENT_GROUPS = {
    EventKind.ARRIVAL: "protocol",
    EventKind.DEPARTURE: "protocol",
    EventKind.WELCOME_CEREMONY: "protocol",
    EventKind.WREATH_LAYING: "protocol",
    EventKind.PRIVATE_MEETING: "talks",
    EventKind.TALKS: "talks",
    EventKind.MEETING: "talks",
    EventKind.FORUM: "talks",
    EventKind.SIGNING_CEREMONY: "signing",
    EventKind.PRESS_STATEMENTS: "press",
    EventKind.PRESS_CONFERENCE: "press",
    EventKind.STATE_DINNER: "meal",
    EventKind.MEAL: "meal",
    EventKind.CULTURAL_EVENT: "culture",
    EventKind.SITE_VISIT: "culture",
    EventKind.OTHER: "protocol",
}
#: Colours of the program items by group.
EVENT_COLOURS = {
    "protocol": "#dfe6ee",
    "talks": "#a5c8e4",
    "signing": "#5fb878",
    "press": "#f6c57a",
    "meal": "#f3e37c",
    "culture": "#d7b8e8",
}

_DPI = 100
LIFECYCLE_WIDTH = 10.0
"""Width of a lifecycle figure, in inches."""
VISIT_DAY_WIDTH = 4.0
"""Width of one day of a visit figure, in inches."""


def lifecycle_size(lanes: int) -> tuple[float, float]:
    """The size in inches of a lifecycle figure of ``lanes`` lanes: 10 wide, 1.75 + 0.25 per lane high.

    At 100 dots per inch, Open Skies' 36 lanes make 1000 by 1075 pixels.
    """
    return LIFECYCLE_WIDTH, 1.75 + 0.25 * max(lanes, 1)


def visit_size(days: int, events: int) -> tuple[float, float]:
    """The size in inches of a visit figure: 4 wide per day (at least 6); 1 + 0.5 per item of its fullest day.

    At 100 dots per inch, two days with at most nine items make 800 by 550 pixels.
    """
    return max(6.0, VISIT_DAY_WIDTH * max(days, 1)), 1.0 + 0.5 * max(events, 1)


def _span(lanes: Sequence[Lane]) -> tuple[dt.date, dt.date]:
    """The days a lifecycle figure shows: from the first standing or act to a year after the last."""
    # A standing from the beginning of time (undated acts) starts where the figure does.
    days = [s.start for lane in lanes for s in lane.segments if s.start != dt.date.min]
    days += [s.end for lane in lanes for s in lane.segments if s.end is not None]
    days += [d for lane in lanes for m in lane.marks for d in (m.earliest, m.latest)]
    if not days:
        today = dt.date(2000, 1, 1)
        return today, dt.date(2001, 1, 1)
    first, last = min(days), max(days)
    return dt.date(first.year, 1, 1), dt.date(last.year + 2, 1, 1)


def _from(day: dt.date) -> str:
    return "the start (undated acts)" if day == dt.date.min else day.isoformat()


def _colour(segment: Segment) -> str:
    return STATUS_COLOURS.get(segment.status or "unsettled", STATUS_COLOURS["unsettled"])


def event_group(kind: EventKind) -> str:
    """The group of a kind of program item, which gives its colour (`EVENT_COLOURS`)."""
    return _EVENT_GROUPS.get(kind, "protocol")


def _event_text(event: Event) -> tuple[str, str]:
    """The two lines of an event's box: what, and where / how long."""
    what = event.title or _words(event.kind).capitalize()
    if event.talks_format is not None:
        what += f" ({_words(event.talks_format)})"
    if event.start_time is not None:
        what = f"{event.start_time:%H:%M} {what}"
    more = []
    if event.duration is not None:
        more.append(f"{event.duration.total_seconds() / 3600:g} h")
    if event.closed_to_press:
        more.append("closed to press")
    if event.venue is not None:
        more.append(event.venue.name)
    return what, ", ".join(more)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- SVG


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def lifecycle_svg(dossier: Dossier, agreement: str | Agreement, *, width: int = 760) -> str:
    """The lifecycle lanes of ``agreement`` as an inline SVG element (every text escaped)."""
    lanes = lifecycle_lanes(dossier, agreement)
    label_w, lane_h, top = 150, 16, 22
    first, last = _span(lanes)
    total = max((last - first).days, 1)
    plot_w = width - label_w - 10

    def x(day: dt.date) -> float:
        return label_w + plot_w * (day - first).days / total

    height = top + lane_h * len(lanes) + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" font-size="10" '
        f'role="img" aria-label="lifecycle by party">',
        '<defs><pattern id="tm-unsettled" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#999999" stroke-width="2"/></pattern></defs>',
    ]
    for year in range(first.year, last.year + 1, max(1, (last.year - first.year) // 8 or 1)):
        tick = x(dt.date(year, 1, 1))
        out.append(
            f'<line x1="{tick:.1f}" y1="{top - 4}" x2="{tick:.1f}" y2="{height - 28}" stroke="#e5e5e5"/>'
        )
        out.append(f'<text x="{tick:.1f}" y="{top - 8}" text-anchor="middle" fill="#57606a">{year}</text>')
    for n, lane in enumerate(lanes):
        y = top + n * lane_h
        out.append(
            f'<text x="{label_w - 6}" y="{y + 11}" text-anchor="end">{_e(_short(lane.name, 26))}</text>'
        )
        for s in lane.segments:
            start, end = max(s.start, first), s.end or last
            fill = _colour(s) if s.status is not None else "url(#tm-unsettled)"
            title = s.status or ("unsettled: " + " or ".join(s.possible))
            out.append(
                f'<rect x="{x(start):.1f}" y="{y + 2}" width="{max(x(end) - x(start), 1):.1f}" '
                f'height="{lane_h - 4}" fill="{fill}"><title>{_e(lane.party)}: {_e(_words(title))} '
                f"from {_from(s.start)}</title></rect>"
            )
        for m in lane.marks:
            colour = _MARK_SYMBOLS[m.kind][1]
            left, right = x(m.earliest), x(m.latest)
            centre = (left + right) / 2
            if right - left > 2:
                out.append(
                    f'<line x1="{left:.1f}" y1="{y + 8}" x2="{right:.1f}" y2="{y + 8}" stroke="{colour}" '
                    'stroke-width="1"/>'
                )
            out.append(
                f'<circle cx="{centre:.1f}" cy="{y + 8}" r="2.5" fill="{colour}"><title>{_e(m.label)} '
                f"{m.earliest.isoformat()}{'' if m.earliest == m.latest else ' to ' + m.latest.isoformat()}"
                "</title></circle>"
            )
    legend_y = height - 12
    cursor = 10.0
    for status, colour in STATUS_COLOURS.items():
        fill = "url(#tm-unsettled)" if status == "unsettled" else colour
        out.append(f'<rect x="{cursor:.0f}" y="{legend_y - 8}" width="10" height="10" fill="{fill}"/>')
        out.append(f'<text x="{cursor + 13:.0f}" y="{legend_y}">{_e(_words(status))}</text>')
        cursor += 24 + 5.5 * len(status)
    out.append("</svg>")
    return "".join(out)


def visit_svg(visit: Visit, *, day_width: int = 260) -> str:
    """The visit's program as an inline SVG element: one column per day, items in program order."""
    days = visit_days(visit)
    box_h, gap, top = 30, 4, 20
    rows = max((len(d.events) for d in days), default=1)
    width = day_width * max(len(days), 1)
    height = top + rows * (box_h + gap) + 4
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="system-ui,sans-serif" font-size="10" '
        f'role="img" aria-label="program day by day">'
    ]
    for n, day in enumerate(days):
        left = n * day_width + 4
        out.append(f'<text x="{left}" y="13" font-weight="bold">Day {n + 1}: {_e(day.date)}</text>')
        for k, event in enumerate(day.events):
            y = top + k * (box_h + gap)
            what, more = _event_text(event)
            colour = EVENT_COLOURS[event_group(event.kind)]
            out.append(
                f'<rect x="{left}" y="{y}" width="{day_width - 12}" height="{box_h}" rx="3" fill="{colour}"/>'
            )
            out.append(f'<text x="{left + 5}" y="{y + 12}">{_e(_short(what, 44))}</text>')
            if more:
                out.append(f'<text x="{left + 5}" y="{y + 25}" fill="#57606a">{_e(_short(more, 48))}</text>')
    out.append("</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- matplotlib


def _num(day: dt.date) -> float:
    """A day as the number the figures' x axis uses: its ordinal."""
    return float(day.toordinal())


def _new_figure(size: tuple[float, float]) -> Figure:
    """A new figure of ``size`` inches at 100 dpi, made by pyplot and closed again at once.

    Made by pyplot so that, in a notebook, the inline backend is loaded and shows the
    figure when it is the value of a cell; closed so that pyplot keeps no reference
    to it (and does not show it a second time).
    """
    require("matplotlib", extra="plot", feature="Timelines as images")
    import matplotlib.pyplot as plt

    figure = plt.figure(figsize=size, dpi=_DPI, layout="constrained")
    plt.close(figure)
    return figure


def plot_lifecycle(dossier: Dossier, agreement: str | Agreement, *, title: str | None = None) -> Figure:
    """The lifecycle of ``agreement`` as a matplotlib figure: one lane per party, the acts as marks.

    The figure is `lifecycle_size` inches at 100 dpi; save it with
    ``figure.savefig(path)`` (no ``bbox_inches``, to keep the size).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install 'treatymodel[plot]'``).
    """
    record = dossier.agreement(agreement) if isinstance(agreement, str) else agreement
    lanes = lifecycle_lanes(dossier, record)
    first, last = _span(lanes)
    figure = _new_figure(lifecycle_size(len(lanes)))
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    ax = figure.add_subplot()
    for n, lane in enumerate(lanes):
        for s in lane.segments:
            start, end = max(s.start, first), s.end or last
            settled = s.status is not None
            ax.broken_barh(
                [(_num(start), _num(end) - _num(start))],
                (n - 0.35, 0.7),
                facecolors=_colour(s),
                hatch=None if settled else "////",
                edgecolor="#999999" if not settled else "none",
                linewidth=0.5,
            )
        for m in lane.marks:
            symbol, colour = _MARK_SYMBOLS[m.kind]
            centre = _num(m.earliest) + (_num(m.latest) - _num(m.earliest)) / 2
            if m.latest != m.earliest:
                ax.plot(
                    [_num(m.earliest), _num(m.latest)],
                    [n, n],
                    color=colour,
                    linewidth=1,
                )
            ax.plot([centre], [n], marker=symbol, color=colour, markersize=5, linestyle="none")
    ax.set_yticks(range(len(lanes)), [_short(lane.name, 28) for lane in lanes], fontsize=7)
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    ax.set_xlim(_num(first), _num(last))
    step = max(1, (last.year - first.year) // 10)
    years = range(first.year, last.year + 1, step)
    ax.set_xticks([_num(dt.date(y, 1, 1)) for y in years], [str(y) for y in years])
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(axis="x", labelsize=8)
    ax.set_title(title or record.title, fontsize=10, loc="left")
    handles: list[Any] = [
        Patch(
            facecolor=colour,
            hatch="////" if status == "unsettled" else None,
            edgecolor="#999999" if status == "unsettled" else "none",
            label=_words(status),
        )
        for status, colour in STATUS_COLOURS.items()
    ]
    handles += [
        Line2D([], [], marker=symbol, color=colour, linestyle="none", markersize=5, label=_words(kind))
        for kind, (symbol, colour) in _MARK_SYMBOLS.items()
    ]
    figure.legend(handles=handles, loc="outside lower center", ncols=8, fontsize=7, frameon=False)
    return figure


def plot_visit(visit: Visit, *, title: str | None = None) -> Figure:
    """The visit's program day by day as a matplotlib figure: a column per day, items in program order.

    The figure is `visit_size` inches at 100 dpi. Items are placed in
    program order (a record rarely gives times of day, and none is invented).

    Raises:
        MissingDependencyError: matplotlib is not installed (``pip install 'treatymodel[plot]'``).
    """
    days = visit_days(visit)
    rows = max((len(d.events) for d in days), default=1)
    figure = _new_figure(visit_size(len(days), rows))
    from matplotlib.patches import FancyBboxPatch

    axes = figure.subplots(1, max(len(days), 1), squeeze=False)[0]
    for ax, (n, day) in zip(axes, enumerate(days), strict=False):
        ax.set_xlim(0, 1)
        ax.set_ylim(rows, 0)
        ax.axis("off")
        ax.set_title(f"Day {n + 1}: {day.date}", fontsize=9, loc="left")
        for k, event in enumerate(day.events):
            what, more = _event_text(event)
            colour = EVENT_COLOURS[event_group(event.kind)]
            ax.add_patch(
                FancyBboxPatch(
                    (0.01, k + 0.06), 0.98, 0.88, boxstyle="round,pad=0,rounding_size=0.05", facecolor=colour
                )
            )
            ax.text(0.04, k + 0.38, _short(what, 46), fontsize=7.5, va="center")
            if more:
                ax.text(0.04, k + 0.72, _short(more, 52), fontsize=6.5, va="center", color="#57606a")
    for ax in axes[len(days) :]:
        ax.axis("off")
    figure.suptitle(title or _visit_title(visit), fontsize=10, x=0.01, ha="left")
    return figure


def _visit_title(visit: Visit) -> str:
    return f"{_words(visit.kind).capitalize()} visit {visit.start} to {visit.end}: {visit.id}"


def visit_title(dossier: Dossier, visit: Visit) -> str:
    """A title for a visit's figure with the guest's and host's names."""
    guest = dossier.person(visit.guest).name if dossier.has("person", visit.guest) else visit.guest
    if visit.host is None:  # no source names the host: the host state stands for it
        host = dossier.party_name(StateRef(code=visit.host_state))
    else:
        host = dossier.person(visit.host).name if dossier.has("person", visit.host) else visit.host
    return f"{_words(visit.kind).capitalize()} visit of {guest} to {host}, {visit.start} to {visit.end}"
