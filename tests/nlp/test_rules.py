"""Rule files as data a component owns (`pipeline.nlp.rules`): keys checked at load time, compiled
tables per rule set, and the word lists that used to sit in code read from their rule files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nlp.event_names import find_events
from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import KNOWN_KEYS, RuleError, Rules, installed_rules
from pipeline.nlp.speakers import quote_speaker

RULES = installed_rules()  # the installed rule files, passed to the scanners

INSTALLED = Rules.installed()


@pytest.mark.parametrize("name", sorted(KNOWN_KEYS))
def test_an_unknown_key_names_the_file_and_the_key(name):
    with pytest.raises(RuleError, match=rf"{name}\.json .*unknown key\(s\): made_up_key"):
        INSTALLED.edited(name, made_up_key=[])


@pytest.mark.parametrize("key", ["description", "note", "note_anything", "_anything"])
def test_comment_keys_are_allowed(key):
    assert INSTALLED.edited("numbers", **{key: "why the rules are as they are"}).get("numbers")


def test_not_valid_json_is_an_error():
    with pytest.raises(RuleError, match="numbers.json .*not valid JSON"):
        Rules({"numbers": "{"})


def test_a_file_not_owned_is_an_error():
    with pytest.raises(RuleError, match="currencies"):
        Rules.installed(["numbers"]).get("currencies")


def test_a_scanner_reads_only_the_rule_set_it_is_given():
    """Rules are an argument: an edited rule set changes what it is passed to, nothing else."""
    own = INSTALLED.edited("numbers", negative=["minus", "below"])
    text = "Output was below 5 percent."
    assert [c.negative for c in scan(own, text)] == [True]
    assert [c.negative for c in scan(RULES, text)] == [False]
    assert [c.negative for c in scan(own, text)] == [True]


def _per(text: str, rules: Rules = RULES) -> list:
    return [c.per for c in scan(rules, text) if c.type == "money"]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Oil sold at $60 per barrel.", "barrel"),
        ("Flats cost 90,000 rubles per square metre.", "square metre"),
        ("The grant is 5,000 rubles a month.", "month"),
        ("They paid $40 per thousand cubic metres of gas.", "thousand cubic metres"),
        ("The fund holds $60 billion.", None),
    ],
)
def test_per_units_come_from_the_rule_file(text, per):
    assert [p.lower() if p else p for p in _per(text)] == [per]


def test_per_units_edited():
    units = [u for u in json.loads(INSTALLED.texts["currencies"])["per_units"] if u != "barrel"]
    rules = INSTALLED.edited("currencies", per_units=units)
    assert _per("Oil sold at $60 per barrel.", rules) == [None]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ivan Petrov stated that exports reached $5 billion.", None),
        ("Ivan Petrov maintained that exports reached $5 billion.", "maintained"),
    ],
)
def test_attribution_verbs_come_from_the_rule_file(text, verb):
    start = text.index("$5")
    expected = "Ivan Petrov"
    assert quote_speaker(RULES, text, start, start + 10) == (expected if verb is None else None)
    verbs = json.loads(INSTALLED.texts["speakers"])["attribution_verbs"]
    more = INSTALLED.edited("speakers", attribution_verbs=[*verbs, "maintained"])
    assert quote_speaker(more, text, start, start + 10) == expected


def _counts(text: str, rules: Rules = RULES) -> list[int]:
    return [c.value for c in scan(rules, text) if c.type == "country_count"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Twelve countries signed the treaty.", [12]),
        ("One country signed the treaty.", []),
        ("Ten more countries signed the treaty.", []),
    ],
)
def test_country_words_come_from_the_rule_file(text, counted):
    assert _counts(text) == counted


def test_blocked_between_edited():
    words = json.loads(INSTALLED.texts["countries"])["blocked_between"]
    fewer = INSTALLED.edited("countries", blocked_between=[w for w in words if w != "more"])
    assert _counts("Ten more countries signed the treaty.", fewer) == [10]


def test_singular_nouns_edited():
    rules = INSTALLED.edited("countries", singular_nouns=[])
    assert _counts("Two nation signed the treaty.", rules) == [2]


@pytest.mark.parametrize(("switch", "found"), [(True, ["ZUBR-2031"]), (False, [])])
def test_acronym_with_year_is_a_switch(switch, found):
    rules = INSTALLED.edited("events", acronym_with_year=switch)
    text = "Visitors came to ZUBR-2031 in large numbers."
    assert [e["name"] for e in find_events(rules, text)] == found


@pytest.mark.parametrize(("switch", "found"), [(True, []), (False, ["global Summit of Asia"])])
def test_lowercase_heads_need_name_is_a_switch(switch, found):
    """A name that starts with a lower-case word is no name, unless the rule file says so."""
    text = "Leaders came to the global Summit of Asia in May."
    rules = INSTALLED.edited("events", lowercase_heads_need_name=switch)
    assert [e["name"] for e in find_events(rules, text)] == found


def test_ingestion_reads_the_installed_rules_whatever_component_runs():
    """Ingestion's tables are built on first use: when that use comes from inside a component
    (the context component looks up full names), they are still the installed files'."""
    from pipeline.ingest import language, speakers

    language._rules.cache_clear()
    speakers.rules.cache_clear()
    # the context component runs with its own rules: the full-name look-up takes no rule set
    assert "the" in language.function_words()
    assert speakers.full_name("Petrov", [], "Minister Ivan Petrov spoke. Petrov said so.")


def test_compiled_once_per_rule_set_with_and_without_arguments():
    """A compiled function is computed once per rule set and arguments, also when a parameter
    with a default is left out."""
    from pipeline.nlp.rules import compiled_from_rules

    calls = []

    @compiled_from_rules
    def table(ruleset: Rules, glued: bool = False):
        calls.append(glued)
        return object()

    own = INSTALLED.edited("numbers", negative=["minus", "below"])
    for rules in (INSTALLED, own):
        first = table(rules)
        assert table(rules) is first
        assert table(rules, True) is table(rules, True) and table(rules, True) is not first
    assert calls == [False, True, False, True]


def test_edited_drops_and_sets_keys_of_one_file_in_a_new_rule_set():
    rules = INSTALLED.edited("events", drop=["recent_event_cues"], outcome_cues=["fruits of"])
    events = rules.get("events")
    assert "recent_event_cues" not in events and events["outcome_cues"] == ["fruits of"]
    assert "recent_event_cues" in INSTALLED.get("events")  # the rules edited stay as they were
    assert rules.get("numbers") == INSTALLED.get("numbers")
    assert rules.fingerprint != INSTALLED.fingerprint


def test_edited_checks_the_file_and_its_keys():
    with pytest.raises(RuleError, match="not among the rules in force"):
        Rules.installed(["numbers"]).edited("events", drop=["heads"])
    with pytest.raises(RuleError, match=r"events\.json .*unknown key\(s\): made_up_key"):
        INSTALLED.edited("events", made_up_key=[])


def _copy_of_the_source_tree(root: Path) -> Path:
    here = Path(__file__).resolve().parents[2]
    shutil.copytree(
        here / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(here / "models" / "rules", root / "models" / "rules")
    shutil.copy(here / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.mark.parametrize("file_name", ["units.json", "events.json"])
def test_a_source_tree_on_pythonpath_reads_its_own_rule_files(tmp_path, file_name):
    """A second checkout put first on PYTHONPATH (a git worktree) runs with its own rule files,
    not those of the tree the package was installed from."""
    tree = _copy_of_the_source_tree(tmp_path / "checkout")
    probe = "import pipeline.nlp.rules as r; print(r.rules_dir())"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    found = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=tmp_path,  # not the repository: "-c" puts the working folder first on sys.path
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found).resolve() == (tree / "models" / "rules").resolve()
    assert (Path(found) / file_name).is_file()
