"""scripts/page_date_model.py: features of an event mention, the labels learnt, a deterministic
softmax regression, and what its decisions count against judged dates (invented pages)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import load_script


@pytest.fixture(scope="module")
def model():
    return load_script("page_date_model")


PAGE = (
    "The President took part in the Riverside Cities Forum today.\n"
    "He recalled the Lantern Festival of 1998 and spoke about the harbour.\n"
    "The upcoming Meadow Games will be held next spring."
)


def _features(model, name, precision="none", title="Riverside Cities Forum opened"):
    start = PAGE.index(name)
    sentence = next(line for line in PAGE.split("\n") if name in line)
    return model.features(
        PAGE,
        title,
        "2015-06-03",
        start,
        start + len(name),
        sentence,
        name,
        "forum",
        precision,
        False,
        False,
    )


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, "none"),
        ("2015", "year"),
        ("2015-06", "month"),
        ("2015-06-03", None),  # already the page's day: left alone
        ("2014-06", None),  # another date: left alone
        ("2015-07", None),
    ],
)
def test_rule_precision_against_the_page_date(model, date, expected):
    assert model.rule_precision(date, "2015-06-03") == expected


@pytest.mark.parametrize(
    ("precision", "right", "label"),
    [
        ("none", "2015-06-03", "day"),
        ("none", "2015", "year"),
        ("year", "2015-06", "month"),
        ("month", "2015-06-03", "day"),
        ("month", "2015-06", "keep"),  # the month is right: never refined
        ("year", "2015", "keep"),
        ("none", None, "keep"),  # judged undated
        ("none", "2014-05", "keep"),  # another date: not the page's
        ("month", "2015", "keep"),  # coarser than the rule: never coarsened
    ],
)
def test_label_is_a_finer_precision_of_the_page_date_or_keep(model, precision, right, label):
    assert model._label(precision, right, "2015-06-03") == label


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        (
            "Riverside Cities Forum",
            ["s_today", "s_took_part", "title_names_all", "t_opening", "prec=none", "in_lead"],
            ["s_upcoming", "other_years_sentence", "s_future"],
        ),
        (
            "Lantern Festival",
            ["other_years_sentence", "other_years_page", "s_spoke"],
            ["s_today", "title_names_all", "title_names_head"],
        ),
        (
            "Meadow Games",
            ["s_upcoming", "s_future"],
            ["s_today", "s_took_part", "title_names_all"],
        ),
    ],
)
def test_features_read_the_sentence_title_and_other_dates(model, name, present, absent):
    found = _features(model, name)
    for feature in present:
        assert found.get(feature), feature
    for feature in absent:
        assert not found.get(feature), feature


def _row(precision, label, file="a", features=None, date=None, right=None, scored=True):
    return {
        "file": file,
        "precision": precision,
        "label": label,
        "features": features or {"bias": 1.0},
        "page_date": "2015-06-03",
        "date": date,
        "right": right,
        "scored": scored,
        "is_event": True,
    }


def _toy_rows():
    rows = []
    for i in range(12):
        on_day = i % 2 == 0
        rows.append(
            _row(
                "none",
                "day" if on_day else "keep",
                file="abc"[i % 3],
                features={"bias": 1.0, "s_today": float(on_day), "s_last": float(not on_day)},
                right="2015-06-03" if on_day else None,
                scored=on_day,
            )
        )
    return rows


def test_training_is_deterministic_and_learns_a_clear_cue(model):
    rows = _toy_rows()
    first, second = model.train(rows, 300, 0.001), model.train(rows, 300, 0.001)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    probs = model.probabilities(first, rows)
    assert all(p[3] > 0.5 for p, row in zip(probs, rows, strict=True) if row["label"] == "day")
    assert all(p[0] > 0.5 for p, row in zip(probs, rows, strict=True) if row["label"] == "keep")


def test_a_month_rule_may_only_become_the_day(model):
    rows = [_row("month", "keep"), _row("year", "keep")]
    probs = model.probabilities(model.train(rows, 10, 0.01), rows)
    assert probs[0][1] == 0 and probs[0][2] == 0  # no year or month for a month rule
    assert probs[1][1] == 0  # no year for a year rule


@pytest.mark.parametrize(
    ("probs", "threshold", "chosen"),
    [
        ([0.2, 0.1, 0.1, 0.6], 0.5, "day"),
        ([0.6, 0.1, 0.1, 0.2], 0.5, "keep"),
        ([0.4, 0.35, 0.1, 0.15], 0.3, "year"),
        ([0.4, 0.35, 0.1, 0.15], 0.4, "keep"),  # the finer class must reach the threshold
    ],
)
def test_decide_acts_only_above_the_threshold(model, probs, threshold, chosen):
    assert model.decide(np.array([probs]), threshold) == [chosen]


def test_outcome_counts_right_wrong_and_dates_given_to_undated_events(model):
    rows = [
        _row("none", "day", right="2015-06-03"),  # made right
        _row("month", "keep", date="2015-06", right="2015-06"),  # a right month refined: wrong
        _row("none", "keep", right=None, scored=False),  # judged undated, dated: wrong
        _row("year", "keep", date="2015", right="2015-05"),  # wrong before and after
        _row("none", "keep", right=None, scored=False),  # left alone
    ]
    counts = model.outcome(rows, ["day", "day", "year", "month", "keep"])
    assert counts["made_right"] == 1
    assert counts["made_wrong"] == 1
    assert counts["undated_dated"] == 1
    assert counts["wrong_to_wrong"] == 1
    assert counts["net"] == -1
    assert (counts["right_before"], counts["right_after"]) == (1, 2)  # the guideline's measure


def test_loso_chooses_thresholds_inside_the_training_files(model):
    report = model.loso(_toy_rows(), iterations=300, l2=0.001)
    assert set(report) == {"a", "b", "c", "total", "pooled"}
    assert all(report[f]["threshold"] in model.THRESHOLDS for f in "abc")
    assert report["total"]["made_right"] == 6
    assert report["total"]["undated_dated"] == 0
