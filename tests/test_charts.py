"""The report's charts (pipeline.view.charts) drawn faster look the same: each shortcut gives the
file matplotlib's own layout and placement give, on invented panels and bars."""

from __future__ import annotations

import re

import pytest

from pipeline.view import charts
from pipeline.view.charts import Series, Tip

pytest.importorskip("matplotlib")

YEARS = [2014, 2015, 2016, 2017]


def series(title: str, values: list[float], unit: str = "%", log: bool = False) -> Series:
    """A panel of one invented point per year."""
    tips = [Tip(f"{title} {year}", f"https://example.org/{year}") for year in YEARS]
    return Series(title, unit, YEARS, values, tips, log=log)


PANELS = {
    # three decades: the minor ticks of matplotlib, drawn for comparison, are slow to draw
    "money on a log scale": series("invented budget", [3e8, 4e9, 2e10, 7e10], "USD", log=True),
    "money within a decade": series("invented fund", [2e9, 3e9, 5e9, 8e9], "RUB", log=True),
    "percentages": series("invented growth", [1.5, 12.0, 7.25, 3.0]),
    "large counts (offset text)": series("invented visitors", [2e7, 3.5e7, 5e7, 4e7], "people"),
    "close counts (added offset)": series("invented seats", [100001, 100003, 100002, 100004]),
}


def draw_all() -> dict[str, str]:
    """Every kind of chart, on panels above (a log one, one with an offset text) and invented
    bars."""
    stacks = {"first kind": [3, 0, 5, 2], "second kind": [1, 4, 0, 6]}
    labels = ["Invented Speaker With A Long Name", "Second Speaker", "Third", "Fourth"]
    panels = [PANELS["money on a log scale"], PANELS["large counts (offset text)"]]
    return {
        "over-time": charts.figures_over_time("over-time", panels),
        "bars": charts.stacked_bars("bars", YEARS, stacks),
        "speakers": charts.horizontal_bars("speakers", labels, stacks),
    }


def test_the_layout_done_before_saving_gives_the_file_of_the_layout_done_by_savefig(monkeypatch):
    ours = draw_all()
    # without lay_out, savefig lays the figure out itself (in a draw of its own)
    monkeypatch.setattr(charts._Chart, "lay_out", lambda self: None)
    assert draw_all() == ours


@pytest.mark.parametrize("panel", [p for p in PANELS if p != "money within a decade"])
def test_a_fixed_title_height_gives_the_file_of_matplotlibs_placement(panel, monkeypatch):
    ours = charts.figures_over_time("t", [PANELS[panel]])
    monkeypatch.setattr(charts, "_title_height", lambda ax: None)
    assert charts.figures_over_time("t", [PANELS[panel]]) == ours


@pytest.mark.parametrize(
    "style",
    [{"axes.titley": 1.1}, {"xtick.top": True, "xtick.labeltop": True}],
)
def test_a_title_is_left_to_matplotlib_under_a_style_that_places_it(style, monkeypatch):
    """A matplotlibrc that fixes the titles' height, or puts the x tick labels above the axes
    (matplotlib lifts the title over them): the title stays where matplotlib puts it."""
    import matplotlib

    drawn = [PANELS["percentages"]]
    with matplotlib.rc_context(style):
        ours = charts.figures_over_time("t", drawn)
        monkeypatch.setattr(charts, "_title_height", lambda ax: None)
        assert charts.figures_over_time("t", drawn) == ours


def placed(svg: str) -> list[tuple[str, str, str]]:
    """Every text of a chart with its x and y, sorted: plain texts and math (such as 10^9, drawn
    as a group moved to its place)."""
    plain = re.findall(r'<text [^>]*?x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<', svg)
    math = re.findall(r'<!-- (.*?) -->\s*<g transform="translate\(([\d.]+) ([\d.]+)\)">', svg)
    return sorted([(t, x, y) for x, y, t in plain] + math)


def texts(svg: str) -> dict[str, float]:
    """The y of each text of a chart, by its words."""
    return {
        m.group(2): float(m.group(1))
        for m in re.finditer(r'<text [^>]*?y="([\d.]+)"[^>]*>([^<]*)<', svg)
    }


@pytest.mark.parametrize(
    ("panel", "offset"),
    [("large counts (offset text)", "1e7"), ("close counts (added offset)", "+1e5")],
)
def test_a_title_stays_above_the_offset_text(panel, offset):
    placed = texts(charts.figures_over_time("t", [PANELS[panel]]))
    # SVG's y grows downwards: the title's baseline is a line of 9-point text above the offset's
    assert placed[offset] - placed[PANELS[panel].title] >= 9


def test_a_title_over_an_offset_text_that_only_the_layout_brings_is_matplotlibs(monkeypatch):
    """Values close to a power of ten: before the layout the y axis has ticks 99.94 ... 100.02
    and no offset text, laid out (shorter) it has more ticks and "+1e2" above the axes. The title
    was fixed at the top of the axes, over that text: the chart is drawn again as matplotlib
    places titles, above the offset text."""
    close = [99.948, 99.981, 100.015, 99.968]  # the layout changes the ticks of these three panels
    drawn = [series(f"invented share {n}", close) for n in range(3)]
    ours = charts.figures_over_time("t", drawn)
    placed = texts(ours)
    # the last offset text is the last panel's (texts keeps the last of equal words)
    assert "+1e2" not in placed or placed["+1e2"] - placed["invented share 2"] >= 9
    monkeypatch.setattr(charts, "_title_height", lambda ax: None)
    assert charts.figures_over_time("t", drawn) == ours


MINOR_TICK = (  # a marker of 0.6 points: the minor ticks (major ones are 0.8)
    r'<use xlink:href="#(\w+)" x="([\d.]+)" y="([\d.]+)" '
    r'style="stroke: #000000; stroke-width: 0.6"/>'
)


def minor_ticks(svg: str) -> tuple[list[tuple[str, str]], set[str]]:
    """Where the minor tick marks of a chart are (sorted), and the paths of their markers."""
    marks = re.findall(MINOR_TICK, svg)
    paths = {re.search(rf'<path id="{m}" d="([^"]*)"', svg).group(1) for m, _, _ in marks}
    return sorted((x, y) for _, x, y in marks), paths


@pytest.mark.parametrize(
    "panels",
    [["money on a log scale"], ["money on a log scale", "percentages", "money within a decade"]],
)
def test_unlabelled_minor_ticks_are_marked_where_matplotlib_marks_them(panels, monkeypatch):
    drawn = [PANELS[p] for p in panels]
    ours = charts.figures_over_time("t", drawn)
    monkeypatch.setattr(charts, "_unlabelled_minor_ticks", lambda ax: None)
    theirs = charts.figures_over_time("t", drawn)
    assert minor_ticks(ours) == minor_ticks(theirs)
    assert placed(ours) == placed(theirs)  # the layout does not move: no text moves


def test_log_panels_have_minor_ticks_and_labelled_ones_stay_matplotlibs(monkeypatch):
    assert len(minor_ticks(charts.figures_over_time("t", [PANELS["money on a log scale"]]))[0]) > 8
    # within a decade the minor ticks carry labels (2x10^9 ...): matplotlib draws them itself
    within = charts.figures_over_time("t", [PANELS["money within a decade"]])
    monkeypatch.setattr(charts, "_unlabelled_minor_ticks", lambda ax: None)
    assert charts.figures_over_time("t", [PANELS["money within a decade"]]) == within


@pytest.mark.parametrize(
    "style",
    [{"ytick.direction": "inout"}, {"ytick.right": True}, {"axes.grid.which": "both"}],
)
def test_minor_ticks_of_another_style_stay_matplotlibs(style, monkeypatch):
    import matplotlib

    drawn = [PANELS["money on a log scale"]]
    with matplotlib.rc_context(style):
        ours = charts.figures_over_time("t", drawn)
        monkeypatch.setattr(charts, "_unlabelled_minor_ticks", lambda ax: None)
        assert charts.figures_over_time("t", drawn) == ours


def test_minor_ticks_pointing_in_are_marked_where_matplotlib_marks_them(monkeypatch):
    import matplotlib

    drawn = [PANELS["money on a log scale"]]
    with matplotlib.rc_context({"ytick.direction": "in"}):
        ours = charts.figures_over_time("t", drawn)
        monkeypatch.setattr(charts, "_unlabelled_minor_ticks", lambda ax: None)
        theirs = charts.figures_over_time("t", drawn)
    assert minor_ticks(ours) == minor_ticks(theirs) and placed(ours) == placed(theirs)


def test_minor_ticks_on_a_major_tick_are_not_marked():
    """A locator whose minor ticks include the decades (1, 2 and 5 a decade): matplotlib leaves
    out those on a major tick, and so do the marks."""
    from matplotlib.ticker import LogLocator

    def draw(take: bool) -> str:
        chart = charts._Chart("t", 4, 3)
        chart.axes.scatter(YEARS, [3e8, 4e9, 2e10, 7e10])
        chart.axes.set_yscale("log")
        chart.axes.yaxis.set_minor_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        locator = charts._unlabelled_minor_ticks(chart.axes) if take else None
        chart.lay_out()
        if locator is not None:
            charts._minor_marks(chart.axes, locator)
        return chart.svg()

    ours, theirs = draw(True), draw(False)
    assert ours != theirs and minor_ticks(ours) == minor_ticks(theirs)
    assert minor_ticks(ours)[0]  # some 2s and 5s are within the view
