"""The nested values of the rule files are checked when the rules load (round shape70,
`pipeline/nlp/rule_shapes.py`): a value below a key of the wrong shape (a word where
`acronym_aliases.min_letters` wants a count, a string where a list is wanted) is a RuleError
naming the file and the key path, before any document; before, it raised at the first document
whose text reached the code reading it, so a broken file failed some documents and not others."""

import copy
import json
import shutil
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import pipeline.nlp.rules as rules_module
from pipeline.nlp import build_pipeline
from pipeline.nlp.event_keys import SHAPES as EVENT_KEY_SHAPES
from pipeline.nlp.rule_shapes import (
    LEAVES,
    NESTED_SHAPES,
    SCALAR_SHAPES,
    is_comment,
    misshapen,
    shape_fault,
)
from pipeline.nlp.rules import RULE_FILES, RuleError, Rules, installed_rules, rules_dir
from pipeline.nlp.subject.country_roles import SHAPES as COUNTRY_ROLE_SHAPES

# a value of another shape than each leaf wants, and how the error says what was wanted
WRONG = {
    "words": ("pine", "a list of strings"),
    "text": (["pine"], "a string"),
    "count": ("two", "a count"),
    "integer": (1.5, "a whole number"),
    "number": ("two", "a number"),
    "flag": ("yes", "true or false"),
    "year_window": ([3], "a list of two whole numbers"),
    "iso_date": ("2017-3-1", "a date written YYYY-MM-DD"),
}


def _cases(shape, path):
    """(key path as a list, a wrong value for it, what the error says) for `shape` and for
    every shape inside it."""
    if isinstance(shape, str):
        value, said = WRONG[shape.rstrip("?")]
        yield path, value, said + (" or null" if shape.endswith("?") else "")
    elif isinstance(shape, list):
        yield path, "pine", "a list"
        yield from _cases(shape[0], [*path, 0])
    else:
        yield path, ["pine"], "an object"
        for key, inner in shape.items():
            yield from _cases(inner, [*path, "lakeland" if key == "*" else key])


def _shown(path):
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


CASES = [
    pytest.param(name, path, value, said, id=f"{name}:{_shown(path)}")
    for table in (NESTED_SHAPES, SCALAR_SHAPES)
    for name, keys in table.items()
    for key, shape in keys.items()
    for path, value, said in _cases(shape, [key])
]


def _put(data, path, value):
    """`data` with `value` at `path`, making the objects and list items on the way."""
    here = data
    for step, after in zip(path, path[1:], strict=False):
        empty = [] if isinstance(after, int) else {}
        if isinstance(step, int):
            if not here:
                here.append(empty)
            if not isinstance(here[step], type(empty)):
                here[step] = empty
        elif not isinstance(here.get(step), type(empty)):
            here[step] = empty
        here = here[step]
    if isinstance(path[-1], int) and not here:
        here.append(value)
    else:
        here[path[-1]] = value
    return data


@pytest.fixture(scope="module")
def shipped():
    return {name: json.loads(text) for name, text in installed_rules().texts.items()}


@pytest.mark.parametrize(("name", "path", "value", "said"), CASES)
def test_a_wrong_nested_value_fails_to_load_naming_the_file_and_key_path(
    shipped, name, path, value, said
):
    data = _put(copy.deepcopy(shipped[name]), path, value)
    expected = f"rule file {name}.json (given): '{_shown(path)}' must be {said}, not "
    with pytest.raises(RuleError) as raised:
        Rules({name: json.dumps(data)})
    assert str(raised.value).startswith(expected)


def test_every_leaf_shape_has_a_wrong_value_here():
    assert set(WRONG) == set(LEAVES) - {"table", "lists", "tables"}


def test_every_registered_shape_names_leaves_that_exist():
    def leaves(shape):
        if isinstance(shape, str):
            return {shape.rstrip("?")}
        parts = shape if isinstance(shape, list) else list(shape.values())
        return set().union(*map(leaves, parts))

    tables = (NESTED_SHAPES, SCALAR_SHAPES)
    named = set().union(*(leaves(s) for t in tables for keys in t.values() for s in keys.values()))
    assert named <= set(LEAVES)
    assert set(NESTED_SHAPES) | set(SCALAR_SHAPES) <= set(RULE_FILES)
    assert all(not set(NESTED_SHAPES.get(n, {})) & set(SCALAR_SHAPES[n]) for n in SCALAR_SHAPES)


@pytest.mark.parametrize("name", RULE_FILES)
def test_the_shipped_rule_files_fit_their_shapes(shipped, name):
    assert shape_fault(name, shipped[name]) is None
    Rules.from_dir(rules_dir(), [name])  # loads


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_key_but_a_word_list_of_the_shipped_files_has_a_registered_shape(shipped, name):
    """A new key holding an object, a list of other than strings, or one number, flag or string
    is registered with its shape (a list of strings is read as one and checked where it is read
    when it is checked at all: `rules.check_shapes`)."""
    own = {"event_keys": EVENT_KEY_SHAPES, "country_roles": COUNTRY_ROLE_SHAPES}.get(name, {})
    registered = {*NESTED_SHAPES.get(name, {}), *SCALAR_SHAPES.get(name, {}), *own}
    unregistered = {
        key
        for key, value in shipped[name].items()
        if not is_comment(key)
        and not (isinstance(value, list) and all(isinstance(w, str) for w in value))
        and key not in registered
    }
    assert unregistered == set()


def _sub_keys(shape):
    if isinstance(shape, str):
        return set()
    if isinstance(shape, list):
        return _sub_keys(shape[0])
    return {k for k in shape if k != "*"}.union(*map(_sub_keys, shape.values()))


def test_every_registered_sub_key_is_read_somewhere():
    """As tests/nlp/test_rules.py asks of KNOWN_KEYS: no shape registered for a key no code
    reads (its name, quoted, stands in the package outside rule_shapes.py)."""
    package = Path(rules_module.__file__).resolve().parents[1]
    code = "\n".join(
        p.read_text(encoding="utf-8") for p in package.rglob("*.py") if p.name != "rule_shapes.py"
    )
    names = set().union(*(_sub_keys(s) for keys in NESTED_SHAPES.values() for s in keys.values()))
    assert {n for n in names if f'"{n}"' not in code and f"'{n}'" not in code} == set()


@pytest.mark.parametrize(
    ("value", "shape", "fault"),
    [
        (None, "text?", None),
        ("war", "text?", None),
        (3, "text?", ("k", "a string or null")),
        (None, "text", ("k", "a string")),
        (True, "count", ("k", "a count")),  # JSON true is no number
        (-1, "count", ("k", "a count")),
        (-1, "integer", None),
        (2.5, "number", None),
        ({"description": "a note", "a": ["x"]}, {"*": "words"}, None),  # a comment is skipped
        ({"a": ["x"], "b": "x"}, {"*": "words"}, ("k.b", "a list of strings")),
        ({"a": 1, "other": "x"}, {"a": "count"}, None),  # an unlisted key is not checked
        ([{"a": 1}, {"a": "x"}], [{"a": "count"}], ("k[1].a", "a count")),
        ({"a": {"b": [["x"], "y"]}}, {"a": {"b": ["words"]}}, ("k.a.b[1]", "a list of strings")),
        ([1, 2, 3], "year_window", ("k", "a list of two whole numbers")),
        # review80: a page window's bound is compared with a page's date as a string, so
        # "2020" would end the window on 2019-12-31, silently
        ("2020-12-31", "iso_date", None),
        ("2020", "iso_date", ("k", "a date written YYYY-MM-DD")),
        ("2020-02-30", "iso_date", ("k", "a date written YYYY-MM-DD")),
        ("2020-1-05", "iso_date", ("k", "a date written YYYY-MM-DD")),
    ],
)
def test_misshapen(value, shape, fault):
    assert misshapen(value, shape, "k") == fault


def test_an_error_shows_a_long_value_cut_short():
    data = {"acronym_aliases": {"skipped_words": "of the and for in on at by with " * 3}}
    with pytest.raises(RuleError, match=r"must be a list of strings, not \"of the .{29}\.\.\.$"):
        Rules({"events": json.dumps(data)})


def _set_min_letters_to_a_word(data: dict) -> None:
    data["acronym_aliases"]["min_letters"] = "two"


def _misspell_min_letters(data: dict) -> None:
    data["acronym_aliases"]["min_leters"] = data["acronym_aliases"].pop("min_letters")


def _broken_copy(folder: Path, edit=_set_min_letters_to_a_word) -> Path:
    """A copy of the installed rule files in `folder` with events.json changed by `edit`
    (by default `acronym_aliases.min_letters` a word)."""
    shutil.copytree(Path(str(rules_dir())), folder, ignore=shutil.ignore_patterns("*.py"))
    path = folder / "events.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_a_saved_pipeline_with_a_wrong_nested_value_fails_to_load(tmp_path):
    saved = tmp_path / "speechfacts_en"
    build_pipeline(("event",)).to_disk(saved)
    (path,) = saved.glob("*/rules/events.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["undated_event_classes"]["classes"][1]["before"] = "greetings"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        RuleError, match=r"'undated_event_classes\.classes\[1\]\.before' must be a list of strings"
    ):
        spacy.load(saved)


def test_a_component_given_a_wrong_nested_value_fails_as_it_is_made(tmp_path):
    folder = _broken_copy(tmp_path / "rules")
    nlp = spacy.blank("en")
    with pytest.raises(RuleError, match=r"'acronym_aliases\.min_letters' must be a count"):
        nlp.add_pipe("speechfacts_event", config={"rules_dir": str(folder)})


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        pytest.param(
            _set_min_letters_to_a_word,
            "'acronym_aliases.min_letters' must be a count, not \"two\"",
            id="a wrong nested value",
        ),
        pytest.param(
            _misspell_min_letters,
            "'acronym_aliases' has an unknown key 'min_leters' (did you mean 'min_letters'?)",
            id="a misspelt sub-key (shape71)",
        ),
    ],
)
def test_extract_with_a_broken_rule_file_stops_at_once(tmp_path, monkeypatch, edit, said):
    """The documented exit 6 (the pipeline cannot be built) and its reason, naming the file and
    the key path; no output file and no record written (only the journal is kept, as the README
    says, and empty partial files): not some documents right and others error records, nor the
    rule silently switched off."""
    from pipeline.cli import app

    folder = _broken_copy(tmp_path / "rules", edit)
    monkeypatch.setattr(rules_module, "rules_dir", lambda: folder)
    monkeypatch.setattr(rules_module, "_installed", [])  # read from the copy
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Exports grew by 3 percent at the Lake Summit last year.\n")
    out = tmp_path / "out" / "facts.jsonl"
    out.parent.mkdir()
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "-o", str(out), "--workers", "1", "-q"]
    )
    assert result.exit_code == 6, result.output
    assert "the NLP pipeline cannot be built: RuleError: rule file events.json" in result.stderr
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not (out.parent / "facts.errors.jsonl").exists()
    assert all(p.stat().st_size == 0 for p in out.parent.glob("*.partial"))


@pytest.mark.parametrize(
    ("key", "name", "value", "said"),
    [
        ("acronyms", "L.C.O.", 5, "a string"),
        ("anniversary_bases", "St. Pinegrad founding", "300", "a count"),
        ("event_years", "Lake Games [winter]", "2031", "a count"),
    ],
)
def test_a_wrong_value_under_a_name_with_a_dot_or_bracket_is_a_rule_error(key, name, value, said):
    """Review70: the names of an object of any names may hold "." or "[" (a place, initials);
    the message reads its key path, but the faulty value is not looked up by it again (that
    raised KeyError, a traceback instead of the RuleError)."""
    with pytest.raises(RuleError) as raised:
        installed_rules().edited("event_gazetteer", **{key: {name: value}})
    assert f"'{key}.{name}' must be {said}, not {json.dumps(value)}" in str(raised.value)


@pytest.mark.parametrize("sub_key", ["heads", "verbs", "between_words", "determiners"])
@pytest.mark.parametrize("value", [None, "festival", [7]])
def test_event_owned_anniversaries_is_checked_as_the_rules_load(sub_key, value):
    """Review70: the key of round ev70, merged beside shape70, was checked only when the first
    anniversary was read (a RuleError mid-run); now as the rules load."""
    rule = {"heads": ["fair"], "verbs": ["marks"], "determiners": ["the"], sub_key: value}
    with pytest.raises(RuleError, match=f"'event_owned_anniversaries.{sub_key}"):
        installed_rules().edited("events", event_owned_anniversaries=rule)


@pytest.mark.parametrize(
    ("rule_file", "key"),
    [
        ("qualifiers", "before"),
        ("qualifiers", "after"),
        ("qualifiers", "after_closing"),
        ("percentages", "inner_qualifiers"),
    ],
)
def test_qualifier_tables_take_the_names_of_the_fact_schema(rule_file, key):
    """A table whose names become facts' qualifiers takes exactly the fact schema's qualifiers
    but "exact" (the shapes list them by hand: the schema is not read when rules load)."""
    from pipeline.schemas import load_schema

    schema = set(load_schema("fact")["properties"]["qualifier"]["enum"]) - {"exact", None}
    assert set(NESTED_SHAPES[rule_file][key]) == schema
