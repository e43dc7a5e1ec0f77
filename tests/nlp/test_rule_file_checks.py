"""The rule files of rounds ident54 and ccs54 (event_keys.json, country_roles.json) are checked
when a pipeline is built or loaded (round review55): a required key missing, or a key of the
wrong shape, is a RuleError naming the file and the key. Before, a missing key failed at the
first event or country count of a run, and a wrong shape raised TypeError or AttributeError
there, or was read silently ("the" as the words "t", "h", "e")."""

import json

import pytest
import spacy

from pipeline.nlp import build_pipeline
from pipeline.nlp.event_keys import event_key
from pipeline.nlp.rules import RuleError, installed_rules
from pipeline.nlp.subject.country_roles import country_role


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "speechfacts_en"
    build_pipeline().to_disk(out)
    return out


@pytest.mark.parametrize(
    ("name", "key", "said"),
    [
        ("event_keys", "drop_words", "lacks the key(s): drop_words"),
        ("event_keys", "yearless_kinds", "lacks the key(s): yearless_kinds"),
        ("country_roles", "roles", "lacks the key(s): roles"),
    ],
)
def test_a_saved_pipeline_lacking_a_required_key_fails_to_load(saved, tmp_path, name, key, said):
    import shutil

    copy = tmp_path / "speechfacts_en"
    shutil.copytree(saved, copy)
    (path,) = copy.glob(f"*/rules/{name}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    del data[key]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        RuleError, match=rf"{name}\.json {said.replace('(', '[(]').replace(')', '[)]')}"
    ):
        spacy.load(copy)


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"drop_words": "the"}, "'drop_words' must be a list of strings"),
        ({"summit_councils": 5}, "'summit_councils' must be a list of strings"),
        ({"kind_fillers": {"summit": "leaders"}}, "'kind_fillers' must be an object of lists"),
        ({"month_words": 5}, "'month_words' must be an object of lists"),
        ({"aliases": {"Pine War": 2}}, "'aliases' must be an object of strings"),
        ({"yearly_bodies": [1, 2]}, "'yearly_bodies' must be a list of strings"),
        ({"spellings": {"saint": 1}}, "'spellings' must be an object of strings"),
        ({"body_fillers": {"lu": "meeting"}}, "'body_fillers' must be an object of lists"),
        ({"war_years": ["1941"]}, "'war_years' must be an object of lists"),
        ({"letter_number_names": "yes"}, "'letter_number_names' must be true or false"),
        ({"duration_words": {"units": "day"}}, "'duration_words' must be an object of lists"),
        ({"implied_words": {"cup pine": "lakefa"}}, "'implied_words' must be an object of lists"),
    ],
)
def test_an_event_keys_file_of_the_wrong_shape_is_a_rule_error(changes, said):
    rules = installed_rules().edited("event_keys", **changes)
    with pytest.raises(RuleError, match=f"event_keys.json: {said}"):
        event_key(rules, "Pine Forum", "forum", "2031")


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"roles": "members"}, "'roles' must be a list of strings"),
        ({"cue_max_gap": "3"}, "'cue_max_gap' must be a count"),
        ({"cue_max_gap": -1}, "'cue_max_gap' must be a count"),
        ({"preposition_cues": {"members": ["of"]}}, "'preposition_cues' must be an object of"),
        ({"after_cues": {"members": "joined"}}, "'after_cues' must be an object of lists"),
    ],
)
def test_a_country_roles_file_of_the_wrong_shape_is_a_rule_error(changes, said):
    rules = installed_rules().edited("country_roles", **changes)
    text = "Lakeland has trade deals with 12 countries."
    with pytest.raises(RuleError, match=f"country_roles.json: {said}"):
        country_role(rules, text, 0, len(text), 29, 41)


def test_a_pipeline_built_with_a_broken_rule_file_fails_at_once(saved, tmp_path, monkeypatch):
    """Not at the first document: the component checks its rules as it is made."""
    import shutil

    copy = tmp_path / "speechfacts_en"
    shutil.copytree(saved, copy)
    (path,) = copy.glob("*/rules/event_keys.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["month_kinds"] = "summit"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuleError, match="'month_kinds' must be a list of strings"):
        spacy.load(copy)
