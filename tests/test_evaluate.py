"""Tests for pipeline.evaluate, on small made-up examples (plus a self-check on the dev gold)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import (
    content_words,
    evaluate,
    format_report,
    load_jsonl,
    read_doc_list,
    split_halves,
)

GOLD_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "gold"
DEV_GOLD = GOLD_DIR / "dev.jsonl"


def money(text, value, unit="USD", doc_id="1", **extra):
    record = {
        "doc_id": doc_id,
        "type": "money",
        "text": text,
        "value": value,
        "unit": unit,
        "qualifier": None,
        "speaker": None,
        "period": None,
        "high": None,
        "optional": False,
    }
    record.update(extra)
    return record


def pct(text, value, unit="percent", doc_id="1", **extra):
    return money(text, value, unit=unit, doc_id=doc_id, type="percentage", **extra)


def countries(text, value, doc_id="1", **extra):
    return money(text, value, unit="country", doc_id=doc_id, type="country_count", **extra)


def event(text, doc_id="1", **extra):
    record = {
        "doc_id": doc_id,
        "type": "event",
        "text": text,
        "speaker": None,
        "period": None,
        "kind": "other",
        "date": None,
        "optional": False,
    }
    record.update(extra)
    return record


def counts(result, fact_type):
    s = result["scores"][fact_type]
    return s["tp"], s["fp"], s["fn"]


# --------------------------------------------------------------------------- input


def test_load_jsonl_skips_blank_lines(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n   \n{"a": 2}\n', encoding="utf-8")
    assert load_jsonl(path) == [{"a": 1}, {"a": 2}]


@pytest.mark.parametrize("bad", ['{"a": 1', "[1, 2]", "not json"])
def test_load_jsonl_malformed_line_names_file_and_line(tmp_path, bad):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\n\n' + bad + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:3"):
        load_jsonl(path)


def test_read_doc_list_from_file(tmp_path):
    path = tmp_path / "docs.txt"
    path.write_text("# dev documents\n101\n\n  202  \n303 # trailing comment\n101\n")
    assert read_doc_list(f"@{path}") == ["101", "202", "303"]


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("101", ["101"]), ("101,202", ["101", "202"]), (" 101 , 202 ,", ["101", "202"])],
)
def test_read_doc_list_inline(spec, expected):
    assert read_doc_list(spec) == expected


def test_content_words():
    assert content_words("The Summit of the G20's Leaders, 2019!") == {
        "summit",
        "g20",
        "leaders",
        "2019",
    }
    assert content_words("last year\u2019s Board meeting") == {"last", "year", "board", "meeting"}


# --------------------------------------------------------------------------- value matching


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        # money: same unit, value within 0.5 % of the gold value
        (money("$1000", 1000), money("$1005", 1005), True),
        (money("$1000", 1000), money("$995", 995), True),
        (money("$1000", 1000), money("$1005.1", 1005.1), False),
        (money("$1000", 1000), money("$994.9", 994.9), False),
        (money("$2 billion", 2e9), money("$2.01 billion", 2.01e9), True),
        (money("$2 billion", 2e9), money("$2.02 billion", 2.02e9), False),
        (money("$1000", 1000), money("1000 euros", 1000, unit="EUR"), False),
        # percentage: same unit, value within 0.01
        (pct("0.5%", 0.5), pct("0.51%", 0.51), True),
        (pct("0.5%", 0.5), pct("0.49%", 0.49), True),
        (pct("0.5%", 0.5), pct("0.52%", 0.52), False),
        (pct("3%", 3.0), pct("3 points", 3.0, unit="percentage_point"), False),
        # country_count: same value
        (countries("12 states", 12), countries("12 countries", 12.0), True),
        (countries("12 states", 12), countries("13 states", 13), False),
    ],
)
def test_value_tolerance_and_unit(gold, pred, matched):
    result = evaluate([gold], [pred])
    t = gold["type"]
    assert counts(result, t) == ((1, 0, 0) if matched else (0, 1, 1))


def test_null_value_predictions_are_not_scored():
    gold = [money("$5 million", 5e6)]
    pred = [
        money("millions of dollars", None),
        pct("a few percent", None),
        countries("dozens of countries", None),
        money("$5 million", 5e6),
    ]
    result = evaluate(gold, pred)
    assert result["scores"]["all"]["fp"] == 0
    assert counts(result, "money") == (1, 0, 0)
    assert result["ignored"]["null_value"] == 3


def test_documents_without_gold_make_false_positives():
    gold = [money("$5 million", 5e6, doc_id="1")]
    pred = [
        money("$5 million", 5e6, doc_id="1"),
        money("$7 million", 7e6, doc_id="2"),
        money("$9 million", 9e6, doc_id="3"),
    ]
    # doc 2 is in the list but has no gold: its prediction is a FP; doc 3 is outside: ignored
    result = evaluate(gold, pred, doc_ids=["1", "2"])
    assert counts(result, "money") == (1, 1, 0)
    assert result["false_positives"] == [
        {"doc_id": "2", "type": "money", "text": "$7 million", "value": 7e6, "unit": "USD"}
    ]
    assert result["ignored"]["outside_docs"] == 1
    # by default the documents are those in the gold
    assert counts(evaluate(gold, pred), "money") == (1, 0, 0)


def test_gold_outside_doc_list_is_ignored_and_doc_ids_coerced():
    gold = [money("$5 million", 5e6, doc_id=1), money("$6 million", 6e6, doc_id="2")]
    pred = [money("$5 million", 5e6, doc_id="1")]
    result = evaluate(gold, pred, doc_ids=[1])
    assert counts(result, "money") == (1, 0, 0)
    assert result["documents"] == ["1"]


def test_matching_is_per_document_and_type():
    gold = [money("$5 million", 5e6, doc_id="1"), countries("5 states", 5, doc_id="1")]
    pred = [money("$5 million", 5e6, doc_id="2"), pct("5 percent", 5, doc_id="1")]
    result = evaluate(gold, pred, doc_ids=["1", "2"])
    assert counts(result, "money") == (0, 1, 1)
    assert counts(result, "country_count") == (0, 0, 1)
    assert counts(result, "percentage") == (0, 1, 0)
    assert counts(result, "all") == (0, 2, 2)


# Gold facts carry distinct speakers and each prediction names the gold speaker it should be
# paired with, so a right pairing shows as a right speaker.
TIE_GOLD = [
    money("about $3 billion", 3e9, speaker="Ivan Alpha"),
    money("nearly $3 billion", 3e9, speaker="Ivan Beta"),
]


@pytest.mark.parametrize(
    ("gold", "pred", "fp_texts"),
    [
        # each prediction goes to the gold fact whose text shares most words, in either order
        (TIE_GOLD, [("nearly $3 billion", "Beta"), ("about $3 billion", "Alpha")], []),
        (TIE_GOLD, [("about $3 billion", "Alpha"), ("nearly $3 billion", "Beta")], []),
        # equal overlap: the earlier gold takes the earlier prediction
        (TIE_GOLD, [("$3 billion", "Alpha"), ("3bn dollars", "Beta")], []),
        # one gold, two equally good predictions: the earlier prediction wins
        (
            TIE_GOLD[:1],
            [("around $3 billion", "Alpha"), ("roughly $3 billion", "Beta")],
            ["roughly $3 billion"],
        ),
        # more shared words beats prediction order
        (
            TIE_GOLD[:1],
            [("$3 billion", "Beta"), ("about $3 billion", "Alpha")],
            ["$3 billion"],
        ),
    ],
)
def test_tie_breaking_by_shared_words(gold, pred, fp_texts):
    predicted = [money(text, 3e9, speaker=speaker) for text, speaker in pred]
    result = evaluate(gold, predicted)
    s = result["scores"]["money"]
    assert s["tp"] == len(gold)
    assert [fp["text"] for fp in result["false_positives"]] == fp_texts
    assert s["fields"]["speaker"]["correct"] == s["fields"]["speaker"]["total"] == len(gold)


def test_later_gold_sharing_more_words_wins_over_earlier_gold():
    gold = [
        pct("5 percent", 5.0, qualifier="exact"),
        pct("more than 5 percent", 5.0, qualifier="more_than"),
    ]
    pred = [pct("more than 5 percent", 5.0, qualifier="more_than")]
    result = evaluate(gold, pred)
    assert counts(result, "percentage") == (1, 0, 1)
    assert result["false_negatives"][0]["text"] == "5 percent"
    assert result["scores"]["percentage"]["fields"]["qualifier"]["correct"] == 1


# --------------------------------------------------------------------------- optional gold


@pytest.mark.parametrize(
    ("gold", "pred", "expected", "neutral"),
    [
        # a prediction matched to optional gold: neither TP nor FP
        ([money("$5 million", 5e6, optional=True)], [money("$5 million", 5e6)], (0, 0, 0), 1),
        # optional gold missed: no FN
        ([money("$5 million", 5e6, optional=True)], [], (0, 0, 0), 0),
        # an unmatched prediction next to optional gold is still a FP
        ([money("$5 million", 5e6, optional=True)], [money("$8 million", 8e6)], (0, 1, 0), 0),
        # mix of optional and required gold
        (
            [money("$5 million", 5e6, optional=True), money("$6 million", 6e6)],
            [money("$5 million", 5e6), money("$6 million", 6e6)],
            (1, 0, 0),
            1,
        ),
    ],
)
def test_optional_gold_is_neutral(gold, pred, expected, neutral):
    result = evaluate(gold, pred)
    assert counts(result, "money") == expected
    assert result["scores"]["money"]["neutral"] == neutral


def test_optional_events_are_neutral():
    gold = [event("Eastern Economic Forum", optional=True), event("Victory Day Parade")]
    pred = [event("Eastern Economic Forum"), event("Victory Day Parade")]
    assert counts(evaluate(gold, pred), "event") == (1, 0, 0)


def test_optional_pairs_not_used_for_field_accuracy():
    gold = [money("$5 million", 5e6, qualifier="exact", optional=True)]
    pred = [money("$5 million", 5e6, qualifier="approx")]
    result = evaluate(gold, pred)
    assert result["scores"]["money"]["fields"]["qualifier"]["total"] == 0
    assert result["field_errors"] == []


# --------------------------------------------------------------------------- events


@pytest.mark.parametrize(
    ("gold_text", "pred_text", "matched"),
    [
        ("Eastern Economic Forum", "the Eastern Economic Forum", True),  # stop word, Dice 1
        ("Eastern Economic Forum", "EASTERN ECONOMIC FORUM.", True),  # case, punctuation
        ("Eastern Economic Forum", "Economic Forum", True),  # 2*2/(3+2) = 0.8
        ("Russia Africa Summit", "Summit", True),  # 2*1/(3+1) = 0.5: the threshold
        ("Russia Africa Economic Summit", "Summit", False),  # 2*1/(4+1) = 0.4
        ("Russia Africa Summit", "Russia ASEAN Forum", False),  # 2*1/(3+3) = 0.33
        ("Great Patriotic War", "war of 1812", False),  # 2*1/(3+2) = 0.4
    ],
)
def test_event_dice_threshold(gold_text, pred_text, matched):
    result = evaluate([event(gold_text)], [event(pred_text)])
    assert counts(result, "event") == ((1, 0, 0) if matched else (0, 1, 1))


def test_predicted_events_are_deduplicated():
    gold = [event("St Petersburg International Economic Forum")]
    pred = [
        event("St Petersburg International Economic Forum"),
        event("the St. Petersburg International Economic Forum"),  # same content words
        event("St Petersburg International Economic Forum", doc_id="2"),  # other doc: kept
    ]
    result = evaluate(gold, pred, doc_ids=["1", "2"])
    assert counts(result, "event") == (1, 1, 0)
    assert result["ignored"]["duplicate_event"] == 1
    assert result["false_positives"][0]["doc_id"] == "2"


def test_event_greedy_best_pair_first():
    gold = [event("Army Forum"), event("Army 2019 International Forum")]
    # "Army International Forum": Dice 0.8 with "Army Forum", 0.857 with the second gold;
    # "Army Forum": Dice 1.0 with the first. Best first gives both the right partners.
    pred = [event("Army International Forum"), event("Army Forum")]
    result = evaluate(gold, pred)
    assert counts(result, "event") == (2, 0, 0)


# --------------------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "right"),
    [
        ("Vladimir Putin", "Vladimir Putin", True),
        ("Vladimir Putin", "Putin", True),
        ("Vladimir Putin", "President of Russia Vladimir PUTIN", True),
        ("Vladimir Putin", "Vladimir Medvedev", False),
        ("Vladimir Putin", None, False),
    ],
)
def test_speaker_by_last_name(gold_speaker, pred_speaker, right):
    gold = [money("$1 billion", 1e9, speaker=gold_speaker)]
    pred = [money("$1 billion", 1e9, speaker=pred_speaker)]
    fields = evaluate(gold, pred)["scores"]["money"]["fields"]
    assert fields["speaker"] == {"correct": int(right), "total": 1, "accuracy": float(right)}


def test_null_gold_field_is_not_scored():
    gold = [money("$1 billion", 1e9, speaker=None, period=None, qualifier="exact")]
    pred = [money("$1 billion", 1e9, speaker="Ivan Petrov", period=2019, qualifier="exact")]
    result = evaluate(gold, pred)
    fields = result["scores"]["money"]["fields"]
    assert fields["speaker"]["total"] == 0
    assert fields["period"]["total"] == 0
    assert fields["qualifier"]["total"] == 1
    assert result["scores"]["money"]["strict_f1"] == 1.0


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "right"),
    [
        ("2019-10", "2019-10", True),
        ("2019-10", "2019-10-08", True),
        ("2019", "2019-10-08", True),
        ("2019-10", "2019", False),  # coarser than the gold date
        ("2019-10", "2019-11-08", False),
        ("2019-1", "2019-10", False),  # prefix of the string but not a refinement
        ("2019-10", None, False),
    ],
)
def test_event_date_refinement(gold_date, pred_date, right):
    gold = [event("Valdai Club session", date=gold_date)]
    pred = [event("Valdai Club session", date=pred_date)]
    date = evaluate(gold, pred)["scores"]["event"]["fields"]["date"]
    assert (date["correct"], date["total"]) == (int(right), 1)


@pytest.mark.parametrize(
    ("field", "gold_value", "pred_value", "right"),
    [
        ("qualifier", "approx", "approx", True),
        ("qualifier", "approx", "exact", False),
        ("period", 2019, 2019, True),
        ("period", 2019, 2018, False),
        ("period", 2019, None, False),
        ("change", "increase", "increase", True),
        ("change", "increase", "decrease", False),
        ("change", "increase", None, False),
    ],
)
def test_other_fields(field, gold_value, pred_value, right):
    gold = [pct("3 percent", 3.0, **{field: gold_value})]
    pred = [pct("3 percent", 3.0, **{field: pred_value})]
    result = evaluate(gold, pred)
    f = result["scores"]["percentage"]["fields"][field]
    assert (f["correct"], f["total"]) == (int(right), 1)
    assert len(result["field_errors"]) == (0 if right else 1)


def test_strict_f1():
    gold = [
        money("$1 billion", 1e9, qualifier="exact", speaker="Anna Smirnova"),
        money("$2 billion", 2e9, qualifier="exact", speaker="Anna Smirnova"),
        money("$3 billion", 3e9, qualifier="exact"),
        money("$4 billion", 4e9, qualifier="exact"),
    ]
    pred = [
        money("$1 billion", 1e9, qualifier="exact", speaker="A. Smirnova"),  # all right
        money("$2 billion", 2e9, qualifier="approx", speaker="Smirnova"),  # qualifier wrong
        money("$3 billion", 3e9, qualifier="exact"),  # all right
        money("$9 billion", 9e9, qualifier="exact"),  # FP
    ]
    s = evaluate(gold, pred)["scores"]["money"]
    assert (s["tp"], s["fp"], s["fn"], s["strict_tp"]) == (3, 1, 1, 2)
    assert s["precision"] == pytest.approx(0.75)
    assert s["recall"] == pytest.approx(0.75)
    assert s["strict_precision"] == pytest.approx(0.5)
    assert s["strict_recall"] == pytest.approx(0.5)
    assert s["strict_f1"] == pytest.approx(0.5)
    a = evaluate(gold, pred)["scores"]["all"]
    assert a["strict_f1"] == pytest.approx(0.5)


def test_undefined_scores_are_zero():
    result = evaluate([], [])
    for s in result["scores"].values():
        assert (s["precision"], s["recall"], s["f1"], s["strict_f1"]) == (0.0, 0.0, 0.0, 0.0)
        assert all(f["accuracy"] == 0.0 for f in s["fields"].values())


def test_all_sums_types_and_report_renders():
    gold = [money("$1 billion", 1e9), pct("3%", 3.0), event("Army Forum"), countries("5 states", 5)]
    pred = [money("$1 billion", 1e9), pct("4%", 4.0), event("Army Forum")]
    result = evaluate(gold, pred)
    assert counts(result, "all") == (2, 1, 2)
    report = format_report(result)
    for name in ("money", "percentage", "country_count", "event", "all", "qualifier", "strict"):
        assert name in report


# --------------------------------------------------------------------------- dev gold


@pytest.mark.skipif(not DEV_GOLD.exists(), reason=f"dev gold not found at {DEV_GOLD}")
def test_dev_gold_against_itself():
    gold = load_jsonl(DEV_GOLD)
    predicted = [dict(g) for g in gold if not g.get("optional")]
    docs_file = GOLD_DIR / "dev_docs.txt"
    doc_ids = read_doc_list(f"@{docs_file}") if docs_file.exists() else None
    result = evaluate(gold, predicted, doc_ids)
    for fact_type in ("money", "percentage", "country_count", "event", "all"):
        s = result["scores"][fact_type]
        assert s["f1"] == 1.0, (fact_type, result["false_positives"], result["false_negatives"])
        assert s["strict_f1"] == 1.0, (fact_type, result["field_errors"])


@pytest.mark.parametrize(
    "ids, tune, held",
    [
        (["10", "9", "100", "2"], ["2", "10"], ["9", "100"]),  # numeric order, not text order
        (["5", "3", "5", "1", "4"], ["1", "4"], ["3", "5"]),  # a repeated id counts once
        (["b", "7", "a"], ["7", "b"], ["a"]),  # numbers first, then other ids as text
        ([], [], []),
    ],
)
def test_split_halves_deals_sorted_ids_alternately(ids, tune, held):
    assert split_halves(ids) == {"tune": tune, "held": held}
    assert split_halves(list(reversed(ids))) == {"tune": tune, "held": held}


@pytest.mark.parametrize(
    "gold_kind, pred_kind, correct, total",
    [
        ("summit", "summit", 1, 1),
        ("summit", "meeting", 0, 1),
        ("summit", None, 0, 1),
        (None, "summit", 0, 0),  # no gold kind: not compared
    ],
)
def test_event_kind_is_compared_apart_from_strict_scores(gold_kind, pred_kind, correct, total):
    gold = [{"doc_id": "1", "type": "event", "text": "Lake Summit", "kind": gold_kind}]
    pred = [{"doc_id": "1", "type": "event", "text": "Lake Summit", "kind": pred_kind}]
    result = evaluate(gold, pred)
    kind = result["scores"]["event"]["kind"]
    assert (kind["correct"], kind["total"]) == (correct, total)
    assert len(result["kind_errors"]) == total - correct
    # the guideline's scores leave the kind out: a wrong kind is still a strict match
    assert result["scores"]["event"]["strict_tp"] == 1
    assert "kind" not in result["scores"]["event"]["fields"]
    assert result["field_errors"] == []
    report = format_report(result)
    assert ("Event kind on matched events" in report) == bool(total)


def test_optional_events_do_not_count_for_kind():
    gold = [
        {"doc_id": "1", "type": "event", "text": "Pine Forum", "kind": "forum", "optional": True}
    ]
    pred = [{"doc_id": "1", "type": "event", "text": "Pine Forum", "kind": "other"}]
    result = evaluate(gold, pred)
    assert result["scores"]["event"]["kind"]["total"] == 0
    assert result["kind_errors"] == []
