"""The event gazetteer: what the archive knows about dates, mined from pages (ours here)."""

import json
from pathlib import Path

import pytest
from conftest import kremlin_page, load_script

from pipeline.nlp import event_gazetteer
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners

ROOT = Path(__file__).resolve().parents[2]

# (date, text) of made-up pages: an anniversary of the "Northern Fleet Victory" of 1721, spoken
# of in its year, the year before ("next year") and a year late; games held once in Oslo, a
# championship held every year, and generic subjects that differ from page to page
PAGES = [
    ("2021-05-09", "Today we celebrate the 300th anniversary of the Northern Fleet Victory."),
    ("2020-11-02", "Next year we mark the 300th anniversary of the Northern Fleet Victory."),
    ("1996-05-09", "We celebrated the 275th anniversary of the Northern Fleet Victory."),
    ("2011-05-09", "It is the 290th anniversary of the Northern Fleet Victory."),
    ("2012-03-01", "We remember the 290th anniversary of the Northern Fleet Victory."),
    ("2019-04-01", "The plant marked the 50th anniversary of its founding."),
    ("2019-04-02", "The plant marked the 60th anniversary of its founding."),
    ("2020-04-03", "The plant marked the 10th anniversary of its founding."),
    ("2029-01-10", "Our team trains in Oslo for the 2031 Winter Games in Oslo."),
    ("2030-01-10", "The 2031 Winter Games in Oslo will be held in Oslo."),
    ("2031-03-10", "Athletes met in Oslo after the 2031 Winter Games in Oslo."),
    ("2017-01-10", "The 2017 World Curling Championships in Oslo were held in Oslo."),
    ("2018-01-10", "The 2018 World Curling Championships in Oslo went well in Oslo."),
    ("2019-01-10", "The 2019 World Curling Championships in Oslo are in Oslo."),
    ("2031-07-01", "The 2031 Arctic Summit in Oslo was in Oslo."),
    ("2031-07-02", "The 2031 Arctic Summit in Oslo met in Oslo."),
    ("2031-07-03", "The 2031 Arctic Summit in Oslo sat in Oslo."),
]


def test_mine_finds_anniversary_bases_and_one_off_years():
    tables = event_gazetteer.mine(RULES, PAGES)
    assert tables["anniversary_bases"] == {"fleet northern victory": 1721}
    # the championship recurs (three years), the summit is no one-off kind
    assert tables["event_years"] == {"games oslo": 2031}


def test_mine_is_deterministic_and_order_free():
    assert event_gazetteer.mine(RULES, PAGES) == event_gazetteer.mine(RULES, list(reversed(PAGES)))


def test_too_few_pages_teach_nothing():
    assert event_gazetteer.mine(RULES, PAGES[:2]) == {
        "anniversary_bases": {},
        "event_years": {},
        "acronyms": {},  # round ident54
    }


def test_disagreeing_pages_teach_nothing():
    pages = [
        ("2020-01-01", "We mark the 100th anniversary of the Polar Station."),
        ("2010-01-01", "We mark the 100th anniversary of the Polar Station."),
        ("2000-01-01", "We mark the 100th anniversary of the Polar Station."),
    ]
    assert event_gazetteer.mine(RULES, pages)["anniversary_bases"] == {}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Peace in the Great Northern War of 1700–1721", "great northern peace war"),
        ("the 2031 Winter Games in Oslo", "games oslo winter"),
        ("XXII Winter Games in Oslo", "games oslo winter"),
    ],
)
def test_name_key(name, key):
    assert event_gazetteer.name_key(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the Olympic Games in Bergen", "bergen olympics"),
        ("Bergen Winter Olympics", "bergen olympics"),
        ("XXX Olympic Winter Games in Bergen", "bergen olympics"),
        ("the 2031 Summer Olympics in Bergen", "bergen olympics"),
        ("the Paralympic Games in Bergen", "bergen paralympics"),
        ("the 2031 Winter Games in Oslo", "games oslo"),
        ("Expo 2030 in Bergen", "bergen expo"),
    ],
)
def test_one_off_key_makes_the_ways_of_naming_one_event_one(name, key):
    assert event_gazetteer.one_off_key(RULES, name) == key


# games in Bergen that no page names with a year: the sentences date them
CLAUSE_DATED = [
    ("2029-03-01", "We build stadiums in Bergen for the Olympics in Bergen in February 2031."),
    ("2030-06-01", "The Bergen Winter Olympics will open next February, in Bergen."),
    ("2031-02-20", "The Olympic Games in Bergen have closed this week; we flew in Bergen."),
    ("2031-09-01", "Athletes who won medals in Bergen at the Olympics in Bergen this year."),
]


def test_mine_learns_a_one_off_year_from_the_dates_its_sentences_give():
    assert event_gazetteer.mine(RULES, CLAUSE_DATED)["event_years"] == {"bergen olympics": 2031}


def test_sentences_that_disagree_on_the_year_teach_nothing():
    pages = [
        ("2029-03-01", "We met in Bergen: the Bergen Olympics in February 2031 are near."),
        ("2030-06-01", "The Bergen Olympics opened last year in Bergen."),
        ("2031-02-20", "Teams in Bergen train for the Bergen Olympics in 2033."),
    ]
    assert event_gazetteer.mine(RULES, pages)["event_years"] == {}


@pytest.mark.parametrize(
    ("name", "doc_year", "year"),
    [
        ("Bergen Winter Olympics", 2030, 2031),
        ("the Olympic Games in Bergen", 2035, 2031),
        ("the Olympics in Bergen", 2040, None),  # outside the years a page may speak of it
        ("the Bergen Forum", 2030, None),  # not a one-off kind
    ],
)
def test_known_year_looks_names_up_by_their_one_off_key(monkeypatch, name, doc_year, year):
    monkeypatch.setattr(event_gazetteer, "tables", lambda ruleset: ({}, {"bergen olympics": 2031}))
    kind = "forum" if "Forum" in name else "sports"
    assert event_gazetteer.known_year(RULES, name, kind, doc_year) == year


def test_write_gives_the_same_bytes(tmp_path):
    tables = event_gazetteer.mine(RULES, PAGES)
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    event_gazetteer.write(tables, a, "our pages")
    event_gazetteer.write(event_gazetteer.mine(RULES, list(reversed(PAGES))), b, "our pages")
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text())["anniversary_bases"] == tables["anniversary_bases"]


def test_build_model_mines_the_archive_leaving_out_excluded_pages(tmp_path):
    build_model = load_script("build_model")
    archive = tmp_path / "news"
    archive.mkdir()
    for i, (date, text) in enumerate(PAGES, start=1):
        (archive / f"{i}.html").write_text(kremlin_page(i, date, text), encoding="utf-8")
    out_a, out_b = tmp_path / "a.json", tmp_path / "b.json"
    tables = build_model.build_gazetteer(archive, exclude=set(), out=out_a)
    assert tables == event_gazetteer.mine(RULES, PAGES)
    build_model.build_gazetteer(archive, exclude=set(), out=out_b)
    assert out_a.read_bytes() == out_b.read_bytes()
    assert json.loads(out_a.read_text())["source"].startswith("17 pages of")
    # leaving out the pages of the games leaves too few to learn their year
    without = build_model.build_gazetteer(archive, exclude={"9", "10"}, out=out_b)
    assert without["event_years"] == {}


def test_the_committed_gazetteer_is_what_the_archive_gives(archive_dir, shared_gold, tmp_path):
    """`scripts/build_model.py --archive` on the shared archive (the dev pages left out, its
    default) writes models/rules/event_gazetteer.json again, byte for byte: the committed file
    is reproducible, and the mining runs with every rule file the event grammar reads."""
    build_model = load_script("build_model")
    _, dev_docs = shared_gold
    out = tmp_path / "event_gazetteer.json"
    build_model.build_gazetteer(archive_dir, build_model._read_ids(f"@{dev_docs}"), out=out)
    committed = ROOT / "models" / "rules" / "event_gazetteer.json"
    assert out.read_bytes() == committed.read_bytes(), (
        "the committed gazetteer is stale: run python scripts/build_model.py --archive ARCHIVE"
    )
