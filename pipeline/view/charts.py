"""Charts of the report, drawn by matplotlib as SVG to be put inline in the page.

Each function takes plain data and returns one `<svg>` element (no XML prolog). Text stays text
(`svg.fonttype` "none": small, selectable, drawn in the browser's sans-serif font); the output is
the same, byte for byte, for the same data (fixed id salt per chart, no date in the metadata).
A mark may carry a tooltip and a link: `Tip`s are attached through matplotlib's SVG links and
become an SVG `<title>` (the browser shows it on hover) inside an `<a>` to the source.
For speed with matplotlib's look, a chart is laid out once before the draw that writes it, a small
multiple's title is fixed where matplotlib would put it, and a log panel's unlabelled minor ticks
are one line of tick markers (tests/test_charts.py compares each with matplotlib's own drawing).

matplotlib is imported by the first chart drawn (the `report` extra); without it,
`MissingExtra` says what to install.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.view.formatting import escape


class MissingExtra(Exception):
    """A package of an optional extra is not installed; the message says what to install."""


@dataclass(frozen=True)
class Tip:
    """What one chart mark says on hover, and where a click on it goes (None: nowhere)."""

    text: str
    url: str | None = None


@dataclass(frozen=True)
class Series:
    """Points of one panel of `figures_over_time`: x (years), y (values), a tip per point."""

    title: str
    unit: str
    x: Sequence[float]
    y: Sequence[float]
    tips: Sequence[Tip]
    colour: str = "#2b6cb0"
    log: bool = False


_STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial"],
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#e4e4e4",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "legend.fontsize": 8,
}
# colours for the other categories (event kinds, in order of frequency)
PALETTE = (
    "#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b",
    "#b279a2", "#ff9da6", "#9d755d", "#bab0ac", "#7f7f7f",
)  # fmt: skip


def _matplotlib():
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise MissingExtra(
            "the report's charts need matplotlib: pip install 'speechfacts[report]'"
        ) from None
    return matplotlib, Figure


class _Chart:
    """One figure, drawn under the report's style, and written as SVG with its tips."""

    def __init__(self, name: str, width: float, height: float, **subplots: Any):
        matplotlib, figure = _matplotlib()
        self.name = name
        self.context = matplotlib.rc_context({**_STYLE, "svg.hashsalt": f"speechfacts-{name}"})
        self.context.__enter__()
        self.figure = figure(figsize=(width, height), layout="constrained")
        self.axes = self.figure.subplots(**subplots) if subplots else self.figure.subplots()
        self.tips: list[Tip] = []

    def tip(self, tip: Tip) -> str:
        """The placeholder link of a mark that will carry `tip`."""
        self.tips.append(tip)
        return f"#sf-{self.name}-{len(self.tips) - 1}"

    def lay_out(self) -> None:
        """Place the axes (constrained layout), once: the file is then drawn without a layout."""
        # savefig would lay out in a draw of its own before the draw that writes the file (a fifth
        # of a chart's time); laid out here, with the same SVG renderer's text sizes (the canvas),
        # the file is the same, byte for byte
        if self.figure.get_layout_engine() is None:
            return
        from matplotlib.backends.backend_svg import FigureCanvasSVG

        FigureCanvasSVG(self.figure)
        self.figure.get_layout_engine().execute(self.figure)
        self.figure.set_layout_engine(None)

    def svg(self) -> str:
        """The chart as one `<svg>` element with its tips (and the end of its style context)."""
        buffer = io.StringIO()
        try:
            self.lay_out()
            self.figure.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            self.context.__exit__(None, None, None)
        text = buffer.getvalue()
        text = text[text.index("<svg") :]
        text = re.sub(r"\s*<metadata>.*?</metadata>", "", text, count=1, flags=re.S)
        text = text.replace("<svg ", f'<svg class="chart" data-chart="{self.name}" ', 1)

        def link(match: re.Match) -> str:
            tip = self.tips[int(match.group(1))]
            title = f"<title>{escape(tip.text)}</title>"
            if tip.url:
                return f'<a xlink:href="{escape(tip.url)}" target="_blank">{title}'
            return f"<a>{title}"

        return re.sub(
            rf'<a xlink:href="#sf-{re.escape(self.name)}-(\d+)" target="_blank">', link, text
        )


def _years_axis(ax, years: Sequence[int], ticks: int = 12) -> None:
    """Whole years on the x axis, at most about `ticks` of them labelled."""
    if not years:
        return
    step = max(1, math.ceil(len(range(min(years), max(years) + 1)) / ticks))
    ax.set_xticks(range(min(years), max(years) + 1, step))
    ax.xaxis.set_major_formatter("{x:.0f}")


def _title_height(ax) -> float | None:
    """Where the title of `ax` goes: 1.0 (the top of the axes) when nothing is drawn above the
    axes, else None (matplotlib places it above what is there, or where the style says)."""
    # matplotlib moves a title up, at each layout pass and draw, above what may be over the axes
    # (here only the y axis' offset text, such as "1e6": the x ticks are at the bottom); that
    # measuring is a fifth of the chart's time. With no offset text the title stays at 1.0 and
    # may be fixed there
    import matplotlib

    # a matplotlibrc may fix the title's height (axes.titley) or put the x tick labels on top,
    # which matplotlib's placement would heed: then it is left to matplotlib
    xaxis = ax.xaxis
    if (
        matplotlib.rcParams["axes.titley"] is not None
        or xaxis.get_ticks_position() in ("top", "unknown")
        or xaxis.get_label_position() == "top"
    ):
        return None
    return None if _y_offset_shown(ax) else 1.0


def _y_offset_shown(ax) -> bool:
    """Whether the y axis of `ax`, with its ticks as they now are, shows an offset text."""
    ax.yaxis.get_majorticklabels()  # formats the ticks, which sets the offset
    return bool(ax.yaxis.get_major_formatter().get_offset())


def _unlabelled_minor_ticks(ax):
    """The minor tick locator of the y axis of `ax`, taken off the axis when its ticks carry no
    label (then `_minor_marks` draws them after the layout), else None (the axis keeps it)."""
    # a log axis has 8 minor ticks a decade, each a Tick of two lines and two texts that every
    # layout pass and draw measures: nearly half the time of a chart of log panels. Unlabelled,
    # they are only marks, drawn the same by one line of tick markers
    from matplotlib.ticker import NullLocator

    axis = ax.yaxis
    locator = axis.get_minor_locator()
    if (
        isinstance(locator, NullLocator)
        or not _plain_minor_ticks()
        or any(axis.get_minor_formatter().format_ticks(axis.get_minorticklocs()))
    ):
        return None
    axis.set_minor_locator(NullLocator())
    return locator


def _plain_minor_ticks() -> bool:
    """Whether the style's minor y ticks are what `_minor_marks` draws: a mark on the left only,
    out or in, without grid lines (matplotlib's defaults; a matplotlibrc may say otherwise)."""
    import matplotlib

    rc = matplotlib.rcParams
    return (
        rc["ytick.left"]
        and rc["ytick.minor.left"]
        and not (rc["ytick.right"] and rc["ytick.minor.right"])
        and rc["ytick.direction"] in ("out", "in")
        and not (rc["axes.grid"] and rc["axes.grid.which"] in ("minor", "both"))
    )


def _minor_marks(ax, locator) -> None:
    """Draw, as one line of markers, the minor ticks `locator` (taken off the y axis of the laid
    out `ax`) puts within the axis' limits, less those on a major tick: where, how long, how
    thick and in which colour matplotlib's own minor ticks are drawn."""
    import matplotlib
    from matplotlib.lines import Line2D
    from matplotlib.markers import TICKLEFT, TICKRIGHT

    axis, rc = ax.yaxis, matplotlib.rcParams
    transform = axis.get_transform()
    locs = locator()
    lo, hi = sorted(transform.transform(axis.get_view_interval()))
    major = transform.transform(axis.get_majorticklocs())
    # the tolerances of matplotlib's Axis: 1e-10 of the view to be inside it, 1e-5 to be a major
    inside, tolerance = (hi - lo) * 1e-10, (hi - lo) * 1e-5
    ys = [
        y
        for y, t in zip(locs, transform.transform(locs), strict=True)
        if lo - inside <= t <= hi + inside and not any(abs(t - m) <= tolerance for m in major)
    ]
    if not ys:
        return
    marker = {"out": TICKLEFT, "in": TICKRIGHT}[rc["ytick.direction"]]
    colour = rc["ytick.color"]
    marks = Line2D(
        [0] * len(ys), ys, transform=ax.get_yaxis_transform("tick1"), linestyle="none",
        marker=marker, markersize=rc["ytick.minor.size"], markeredgewidth=rc["ytick.minor.width"],
        color=colour, markeredgecolor=colour, zorder=axis.get_zorder(), clip_on=False,
    )  # fmt: skip
    ax.add_artist(marks)


def stacked_bars(
    name: str,
    years: Sequence[int],
    stacks: dict[str, Sequence[int]],
    colours: dict[str, str] | None = None,
    ylabel: str = "facts",
    width: float = 11.5,
    height: float = 3.4,
) -> str:
    """Bars per year, one stacked segment per category (in the order of `stacks`); each segment
    says on hover its category, year and count."""
    chart = _Chart(name, width, height)
    ax = chart.axes
    bottom = [0] * len(years)
    for index, (label, counts) in enumerate(stacks.items()):
        colour = (colours or {}).get(label) or PALETTE[index % len(PALETTE)]
        bars = ax.bar(years, counts, bottom=bottom, color=colour, label=label, width=0.8)
        for bar, year, count in zip(bars, years, counts, strict=True):
            if count:
                bar.set_url(chart.tip(Tip(f"{label}, {year}: {count:,}")))
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    _years_axis(ax, years)
    ax.set_ylabel(ylabel)
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper left", ncols=min(len(stacks), 6))
    ax.set_ylim(0, max(bottom, default=1) * 1.18 or 1)
    return chart.svg()


def horizontal_bars(
    name: str,
    labels: Sequence[str],
    stacks: dict[str, Sequence[int]],
    colours: dict[str, str] | None = None,
    xlabel: str = "facts",
    width: float = 11.5,
) -> str:
    """One horizontal bar per label (first on top), stacked by category."""
    chart = _Chart(name, width, 0.9 + 0.28 * max(len(labels), 1))
    ax = chart.axes
    positions = list(range(len(labels)))[::-1]
    left = [0] * len(labels)
    for index, (category, counts) in enumerate(stacks.items()):
        colour = (colours or {}).get(category) or PALETTE[index % len(PALETTE)]
        bars = ax.barh(positions, counts, left=left, color=colour, label=category, height=0.7)
        for bar, label, count in zip(bars, labels, counts, strict=True):
            if count:
                bar.set_url(chart.tip(Tip(f"{label}: {count:,} {category}")))
        left = [a + c for a, c in zip(left, counts, strict=True)]
    ax.set_yticks(positions, labels)
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right")
    return chart.svg()


def figures_over_time(name: str, panels: Sequence[Series], columns: int = 2) -> str:
    """Small multiples: a panel per series, value against year, a point per statement (hover:
    its tip; click: its source)."""
    drawn = _over_time(name, panels, columns, fix_titles=True)
    # a title fixed at the top of its axes (no offset text before the layout) would overlap an
    # offset text that the laid out axis shows (shorter, it has other ticks: values close to a
    # power of ten, such as 99.95 to 100.01, get "+1e2"): then drawn again, matplotlib placing
    # every title
    return drawn if drawn is not None else _over_time(name, panels, columns, fix_titles=False)


def _over_time(name: str, panels: Sequence[Series], columns: int, fix_titles: bool) -> str | None:
    """The chart of `figures_over_time`, or None when a title fixed by `_title_height` turns out
    to have an offset text under it after the layout."""
    rows = math.ceil(len(panels) / columns)
    chart = _Chart(name, 11.5, 2.6 * rows, nrows=rows, ncols=columns, squeeze=False)
    all_axes = [ax for row in chart.axes for ax in row]
    minor, fixed = [], []
    for ax, series in zip(all_axes, panels, strict=False):
        points = ax.scatter(series.x, series.y, s=22, alpha=0.7, color=series.colour, linewidths=0)
        points.set_urls([chart.tip(t) for t in series.tips])
        if series.log:
            ax.set_yscale("log")
        ax.set_ylabel(series.unit)
        years = [int(x) for x in series.x]
        lo, hi = min(years), max(years)
        ax.set_xlim(lo - 0.8, hi + 0.8)
        _years_axis(ax, range(lo, hi + 1), ticks=6)
        minor.append((ax, _unlabelled_minor_ticks(ax)))  # before any tick is made
        height = _title_height(ax) if fix_titles else None
        if height is not None:
            fixed.append(ax)
        ax.set_title(series.title, loc="left", y=height)
    for ax in all_axes[len(panels) :]:
        ax.set_visible(False)
    chart.lay_out()
    for ax in fixed:
        if _y_offset_shown(ax):  # the laid out axis' ticks, and so its offset
            chart.context.__exit__(None, None, None)
            return None
    for ax, locator in minor:
        if locator is not None:
            _minor_marks(ax, locator)
    return chart.svg()


__all__ = ["MissingExtra", "Series", "Tip", "figures_over_time",
           "horizontal_bars", "stacked_bars"]  # fmt: skip
