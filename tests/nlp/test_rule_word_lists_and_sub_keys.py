"""Word lists and the sub-keys of records are checked when the rules load (round shape71,
`pipeline/nlp/rule_shapes.py`): a key registered nowhere holds a list of strings (a string there
was read letter by letter), and a sub-key no reader knows inside an object read by name (a typo
such as `min_leters`) is a RuleError naming the file, the key path and the known sub-keys, where
before it was silently ignored. The names of phrase -> value tables are data: never refused. An
object lacking a sub-key its reader indexes directly fails to load too (it raised KeyError at the
first document reaching the reader)."""

import copy
import json
import re

import pytest

from pipeline.nlp.rule_shapes import (
    DEFAULT_SHAPE,
    NESTED_SHAPES,
    OWN_TABLE_FILES,
    REQUIRED_SUB_KEYS,
    _objects_at,
    is_comment,
    key_shape,
    misshapen,
    missing_sub_key,
    sub_key_fault,
    unknown_sub_key,
    word_list_fault,
)
from pipeline.nlp.rules import RULE_FILES, RuleError, Rules, installed_rules


@pytest.fixture(scope="module")
def shipped():
    return {name: json.loads(text) for name, text in installed_rules().texts.items()}


def _shipped_data():
    return {name: json.loads(text) for name, text in installed_rules().texts.items()}


# --- 1. word lists --------------------------------------------------------------------------

WORD_LIST_KEYS = [
    (name, key)
    for name, data in _shipped_data().items()
    for key in data
    if key_shape(name, key) == DEFAULT_SHAPE
    and key not in NESTED_SHAPES.get(name, {})
    and name not in OWN_TABLE_FILES
]


def test_most_keys_of_the_shipped_files_are_word_lists():
    assert len(WORD_LIST_KEYS) > 400


@pytest.mark.parametrize(
    ("name", "key"), [pytest.param(n, k, id=f"{n}:{k}") for n, k in WORD_LIST_KEYS]
)
@pytest.mark.parametrize(
    ("value", "shown"), [("pine lake", '"pine lake"'), (["pine", 3], '["pine", 3]')]
)
def test_a_word_list_given_another_value_fails_to_load(shipped, name, key, value, shown):
    data = {**shipped[name], key: value}
    expected = f"rule file {name}.json (given): '{key}' must be a list of strings, not {shown}"
    with pytest.raises(RuleError) as raised:
        Rules({name: json.dumps(data)})
    assert str(raised.value) == expected


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_top_level_key_of_the_shipped_files_has_a_registered_shape(shipped, name):
    """Registered in NESTED_SHAPES or SCALAR_SHAPES, a list of strings by default, or (the two
    files of OWN_TABLE_FILES) in the component's own table; and the shipped value fits it (so a
    new nested key left unregistered fails here and as its file loads)."""
    from pipeline.nlp.event_keys import SHAPES as EVENT_KEY_SHAPES
    from pipeline.nlp.subject.country_roles import SHAPES as COUNTRY_ROLE_SHAPES

    own = {"event_keys": EVENT_KEY_SHAPES, "country_roles": COUNTRY_ROLE_SHAPES}.get(name)
    for key, value in shipped[name].items():
        if is_comment(key):
            assert key_shape(name, key) is None
        elif own is not None:
            assert key in own and key_shape(name, key) is None
        else:
            assert misshapen(value, key_shape(name, key), key) is None, key
    assert word_list_fault(name, shipped[name]) is None


@pytest.mark.parametrize(
    ("name", "key", "shape"),
    [
        ("series", "clause_breaks", "words"),  # no KNOWN_KEYS there: every key is checked
        ("events", "acronym_aliases", NESTED_SHAPES["events"]["acronym_aliases"]),
        ("subjects", "max_words", "count"),
        ("events", "description", None),
        ("events", "_acronym_aliases", None),
        ("event_keys", "drop_words", None),  # checked by event_keys.SHAPES
    ],
)
def test_key_shape(name, key, shape):
    assert key_shape(name, key) == shape


# --- 2. sub-keys of records -----------------------------------------------------------------


def _records(shape, path):
    """(path as a list, sub-key names) for every record (an object read by name) in `shape`;
    a "*" step is a new name, a list step item 0."""
    if isinstance(shape, str):
        return
    if isinstance(shape, list):
        yield from _records(shape[0], [*path, 0])
    elif set(shape) == {"*"}:
        yield from _records(shape["*"], [*path, "lakeland"])
    else:
        yield path, shape
        for key, inner in shape.items():
            yield from _records(inner, [*path, key])


def _free_maps(shape, path):
    """The path of every object of any names in `shape` (`{"*": ...}` and the table leaves)."""
    if isinstance(shape, str):
        if shape in ("table", "lists", "tables"):
            yield path, shape
        return
    if isinstance(shape, list):
        yield from _free_maps(shape[0], [*path, 0])
    elif set(shape) == {"*"}:
        yield path, shape
        yield from _free_maps(shape["*"], [*path, "lakeland"])
    else:
        for key, inner in shape.items():
            yield from _free_maps(inner, [*path, key])


def _shown(path):
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _at(data, path):
    """The object at `path` of `data`, made on the way (a new "*" name, item 0 of a list)."""
    here = data
    for step, after in zip(path, [*path[1:], None], strict=True):
        empty = [] if isinstance(after, int) else {}
        if isinstance(step, int):
            if not here:
                here.append(empty)
        elif step not in here:
            here[step] = empty
        here = here[step]
    return here


RECORDS = [
    pytest.param(name, path, record, id=f"{name}:{_shown(path)}")
    for name, keys in NESTED_SHAPES.items()
    for key, shape in keys.items()
    for path, record in _records(shape, [key])
]


def _misspelt(record):
    """A name close to one of `record`'s sub-keys and not one of them: a letter left out."""
    for known in sorted(record, key=len, reverse=True):
        for i in range(len(known) - 1, 0, -1):
            typo = known[:i] + known[i + 1 :]
            if typo not in record and not is_comment(typo):
                return typo, known
    raise AssertionError(record)


@pytest.mark.parametrize(("name", "path", "record"), RECORDS)
def test_a_misspelt_sub_key_fails_to_load_naming_it_and_the_known_ones(shipped, name, path, record):
    data = copy.deepcopy(shipped[name])
    typo, meant = _misspelt(record)
    _at(data, path)[typo] = ["pine"]
    with pytest.raises(RuleError) as raised:
        Rules({name: json.dumps(data)})
    message = str(raised.value)
    assert message.startswith(
        f"rule file {name}.json (given): '{_shown(path)}' has an unknown key '{typo}' "
    )
    assert f"(did you mean '{meant}'?)" in message
    assert message.endswith(f"; known: {', '.join(sorted(record))}")


FREE_MAPS = [
    pytest.param(name, path, shape, id=f"{name}:{_shown(path)}")
    for name, keys in NESTED_SHAPES.items()
    for key, shape in keys.items()
    for path, shape in _free_maps(shape, [key])
]

# a value of each leaf shape, to give a new name in an object of any names
FITTING = {
    "words": ["pine"],
    "text": "pine",
    "count": 1,
    "integer": -1,
    "number": 0.5,
    "flag": True,
    "year_window": [1, 1],
    "table": {},
    "lists": {},
    "tables": {},
}


@pytest.mark.parametrize(("name", "path", "shape"), FREE_MAPS)
def test_a_new_name_in_a_phrase_table_is_data_and_loads(shipped, name, path, shape):
    """Objects of any names (phrase -> value) take any new name: their keys are data."""
    data = copy.deepcopy(shipped[name])
    leaf_values = {"table": "text", "lists": "words", "tables": "lists"}
    inner = leaf_values[shape] if isinstance(shape, str) else shape["*"]
    value = FITTING[inner] if isinstance(inner, str) else ([] if isinstance(inner, list) else {})
    table = _at(data, path)
    shipped_values = [v for k, v in table.items() if not is_comment(k)]
    if shipped_values and isinstance(inner, dict):  # a record: one as shipped, all it needs
        value = copy.deepcopy(shipped_values[0])
    table["pine lake minimum"] = value
    assert sub_key_fault(name, data) is None
    Rules({name: json.dumps(data)})


@pytest.mark.parametrize("comment", ["description", "note", "source", "_heads", "note_heads"])
def test_a_comment_key_inside_a_record_is_allowed_as_at_the_top(shipped, comment):
    data = copy.deepcopy(shipped["events"])
    data["acronym_aliases"][comment] = "why the letters are counted"
    data["undated_event_classes"]["classes"][0][comment] = "a note"
    assert sub_key_fault("events", data) is None
    Rules({"events": json.dumps(data)})


@pytest.mark.parametrize("name", RULE_FILES)
def test_the_shipped_files_have_no_unknown_sub_key(shipped, name):
    assert sub_key_fault(name, shipped[name]) is None


@pytest.mark.parametrize(
    ("value", "shape", "fault"),
    [
        ({"a": 1, "b": 2}, {"a": "count"}, ("k", "b", ("a",))),
        ({"a": 1, "note_b": "x"}, {"a": "count"}, None),  # a comment key
        ({"any name": {"a": 1}}, {"*": {"a": "count"}}, None),  # a name of a free map
        ({"x": {"a": 1, "c": 1}}, {"*": {"a": "count"}}, ("k.x", "c", ("a",))),
        ({"description": {"c": 1}}, {"*": {"a": "count"}}, None),  # a comment, not walked
        ([{"a": 1}, {"b": 1}], [{"a": "count", "c": "flag"}], ("k[1]", "b", ("a", "c"))),
        ({"a": {"b": {"c": 1}}}, {"a": {"b": {"d": "count"}}}, ("k.a.b", "c", ("d",))),
        ({"x": "not an object"}, {"x": {"a": "count"}}, None),  # misshapen's fault, not this
        ({"pine": ["a"]}, "lists", None),  # a leaf table: names are data
    ],
)
def test_unknown_sub_key(value, shape, fault):
    assert unknown_sub_key(value, shape, "k") == fault


def test_no_close_name_gives_no_guess(shipped):
    data = copy.deepcopy(shipped["events"])
    data["acronym_aliases"]["zzz"] = 1
    with pytest.raises(RuleError) as raised:
        Rules({"events": json.dumps(data)})
    assert "unknown key 'zzz'; known: capitalised_rest," in str(raised.value)


# --- 3. required sub-keys -------------------------------------------------------------------

REQUIRED = [
    pytest.param(name, where, key, id=f"{name}:{where}.{key}")
    for name, table in REQUIRED_SUB_KEYS.items()
    for where, keys in table.items()
    for key in keys
]


def _first_object(data, where):
    """(key path, object) of the first object at `where` ("a[]", "a.*") of `data`."""
    return next(_objects_at(data, re.findall(r"\[\]|[^.\[\]]+", where), ""))


@pytest.mark.parametrize(("name", "where", "key"), REQUIRED)
def test_an_object_lacking_a_sub_key_its_reader_needs_fails_to_load(shipped, name, where, key):
    data = copy.deepcopy(shipped[name])
    path, obj = _first_object(data, where)
    del obj[key]
    with pytest.raises(RuleError) as raised:
        Rules({name: json.dumps(data)})
    assert str(raised.value) == (
        f"rule file {name}.json (given): '{path}' lacks the key '{key}', which its reader needs"
    )


@pytest.mark.parametrize(("name", "where", "key"), REQUIRED)
def test_a_required_sub_key_is_a_registered_one_and_shipped(shipped, name, where, key):
    steps = re.findall(r"\[\]|[^.\[\]]+", where)
    shape = NESTED_SHAPES[name][steps[0]]
    for step in steps[1:]:
        shape = shape[0] if step == "[]" else shape[step]
    assert key in shape
    assert _first_object(shipped[name], where) is not None


@pytest.mark.parametrize("name", RULE_FILES)
def test_the_shipped_files_lack_no_required_sub_key(shipped, name):
    assert missing_sub_key(name, shipped[name]) is None


def test_an_absent_object_needs_nothing(shipped):
    data = copy.deepcopy(shipped["currencies"])
    del data["carry_unscaled"]
    assert missing_sub_key("currencies", data) is None
    Rules({"currencies": json.dumps(data)})
