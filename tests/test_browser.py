"""The page view and the report opened in a real browser: the system's Chromium, headless, driven
by Playwright (never `playwright install`: no browser is downloaded). Every chart is drawn with a
size, nothing is logged as an error, nothing is requested but the file itself, and the highlights'
text is the facts' text. Screenshots go to $SPEECHFACTS_SCREENSHOTS (else a temporary folder).

Without Chromium (or Playwright) these tests skip, except in CI (CI=true), where they fail:
`.ci/run` installs Debian's chromium package.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ENV = "SPEECHFACTS_CHROMIUM"
# flags that work in a container without a display, a GPU or a network
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHARTS = ("per-year", "over-time", "events-per-year", "speakers")


def _unavailable(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI: {reason}; .ci/run installs it (apt-get install chromium)")
    pytest.skip(reason)


def chromium_path() -> str | None:
    """The system's Chromium: $SPEECHFACTS_CHROMIUM, else chromium on PATH (Debian's package)."""
    for candidate in (os.environ.get(CHROMIUM_ENV), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile (a new --user-data-dir)."""
    executable = chromium_path()
    if executable is None:
        _unavailable(f"no Chromium found (chromium on PATH, or ${CHROMIUM_ENV})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed (the test extra)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            headless=True,
            args=FLAGS,
            viewport={"width": 1200, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    folder = os.environ.get("SPEECHFACTS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return Path(folder)
    return tmp_path_factory.mktemp("screenshots")


class Visit:
    """A page opened from a file, with what the browser logged and requested meanwhile."""

    def __init__(self, context, path: Path):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page = context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on(
            "console",
            lambda m: (
                self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
            ),
        )
        # anything but the file itself is refused, and recorded above
        self.page.route(
            "**/*",
            lambda route: route.continue_() if route.request.url == self.url else route.abort(),
        )
        self.page.goto(self.url, wait_until="load")

    def check_quiet(self) -> None:
        assert self.problems == []
        assert self.requests == [self.url]


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, "not rendered"
    return found


def make(*args) -> None:
    result = CliRunner().invoke(app, [*map(str, args)])
    assert result.exit_code == 0, result.output


def test_page_view_in_chromium(browser, screenshots, sample_records, tmp_path):
    facts_path, _ = sample_records
    facts = {
        f["fact_id"]: f
        for f in map(json.loads, facts_path.read_text(encoding="utf-8").splitlines())
        if f["doc_id"] == "70001"
    }
    page_file = tmp_path / "page.html"
    make("show", ROOT / "corpus" / "70001.html", "-o", page_file)
    visit = Visit(browser, page_file)
    marks = visit.page.locator("mark.fact")
    assert marks.count() == len(facts)
    for i in range(marks.count()):
        mark = marks.nth(i)
        fact = facts[mark.get_attribute("data-fact-id")]
        assert mark.locator(".fact-text").text_content() == fact["text"]
        size = box(mark)
        assert size["width"] > 0 and size["height"] > 0
    card = marks.nth(0).locator(".fact-card")
    assert not card.is_visible()
    marks.nth(0).hover()
    assert card.is_visible() and "qualifier" in card.inner_text()
    visit.page.screenshot(path=str(screenshots / "show-70001.png"))
    visit.check_quiet()


# the archive's records come from the session's archive run (conftest), made once per session
@pytest.fixture(params=["synthetic", "archive"])
def report_records(request):
    if request.param == "archive":
        return "archive", request.getfixturevalue("archive_records")
    return "synthetic", request.getfixturevalue("synthetic_run")


def test_report_in_chromium(browser, screenshots, report_records, tmp_path):
    name, (facts, docs) = report_records
    report_file = tmp_path / "report.html"
    make("report", facts, "--docs", docs, "-o", report_file)
    visit = Visit(browser, report_file)
    page = visit.page
    charts = page.locator("svg.chart")
    assert sorted(charts.nth(i).get_attribute("data-chart") for i in range(charts.count())) == (
        sorted(CHARTS)
    )
    for i in range(charts.count()):
        size = box(charts.nth(i))
        assert size["width"] > 200 and size["height"] > 100
    points = page.locator('svg[data-chart="over-time"] a use')
    assert points.count() > 0
    size = box(points.first)
    assert size["width"] > 0 and size["height"] > 0
    page.screenshot(path=str(screenshots / f"report-{name}.png"), full_page=True)
    # the top of the report, down to the figures over time: the picture in the README
    bottom = box(page.locator("#over-time"))
    page.screenshot(
        path=str(screenshots / f"report-{name}-top.png"),
        clip={"x": 0, "y": 0, "width": 1200, "height": bottom["y"] + bottom["height"]},
        full_page=True,
    )
    visit.check_quiet()
