"""Score extracted fact records against gold annotations.

Implements the section "How a system's output is scored" of the annotation guideline
(shared/gold/GUIDELINE.md) as pure functions:

- :func:`load_jsonl` and :func:`read_doc_list` read the inputs;
- :func:`evaluate` matches predicted facts to gold facts and computes the scores;
- :func:`format_report` renders the result of :func:`evaluate` as a readable table.

Choices where the guideline is silent (each is also noted where it is implemented):

- Matching is deterministic and greedy, best pair first. money / percentage / country_count:
  compatible pairs are ranked by (shared content words desc, Dice desc, gold order, predicted
  order). Events: pairs with Dice >= 0.5 are ranked by (Dice desc, gold order, predicted order).
- Optional gold facts take part in matching exactly like the others; only afterwards is a pair
  with an optional gold fact made neutral (neither TP nor FP), and an unmatched optional gold fact
  is not a FN. Neutral pairs are not used for field accuracy or strict scores.
- Events are compared (dedup and Dice) on the record's ``text`` field, for gold and predictions.
- Predicted duplicates of an event are dropped before matching: they are not FPs.
- Value tolerances include a tiny floating-point slack, so that 0.51 vs 0.50 is "within 0.01".
- Records of a type outside the four scored types are ignored (counted under ``ignored``).
- An event's ``kind`` is not among the guideline's scored fields. It is compared on matched
  event pairs all the same (where the gold kind is given) and reported apart, under
  ``kind`` of the event scores and in ``kind_errors``: never part of the field accuracy table
  or of the strict scores. A researcher who counts summits by year relies on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TYPES = ("money", "percentage", "country_count", "event")
VALUE_TYPES = ("money", "percentage", "country_count")

# Fields whose accuracy is measured on matched pairs (where the gold field is not null).
FIELDS = ("qualifier", "speaker", "period", "change", "date")
# An event's kind, compared on matched event pairs but outside the guideline's scores.
EVENT_KIND = "kind"

MONEY_REL_TOLERANCE = 0.005  # value within 0.5 % of the gold value
PERCENTAGE_ABS_TOLERANCE = 0.01  # value within 0.01 of the gold value
EVENT_MIN_DICE = 0.5
_FLOAT_SLACK = 1e-9

STOP_WORDS = frozenset(
    """
    a an the of in on at by to for from with and or as into onto upon than
    's s this that these those its it is are was were be been our your their his her
    """.split()
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_POSSESSIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+|_")


# --------------------------------------------------------------------------- input


def load_jsonl(path: str | Path, facts: bool = False) -> list[dict[str, Any]]:
    """Read a JSON-lines file of objects; blank lines are skipped, a byte-order mark allowed.

    A line that is not valid JSON, or not a JSON object, raises ValueError naming the file and
    the (1-based) line number; with `facts`, so does an object without "doc_id" and "type" (a
    document or error record, which would otherwise be scored as nothing at all).
    """
    from pipeline.schemas import json_objects

    path = Path(path)
    records: list[dict[str, Any]] = []
    for lineno, record in json_objects(path):
        if facts and not ("doc_id" in record and "type" in record):
            raise ValueError(
                f"{path}:{lineno}: not a fact record (no 'doc_id' or 'type'); GOLD and FACTS "
                "hold fact records, as `extract -o FACTS` writes them"
            )
        records.append(record)
    return records


def read_doc_list(spec: str) -> list[str]:
    """Document ids from ``"@path"`` (one per line; blank lines and ``#`` comments ignored) or
    from a comma-separated list. Order is kept; repeated ids are dropped."""
    if spec.startswith("@"):
        lines = Path(spec[1:]).read_text(encoding="utf-8").splitlines()
        items = [line.split("#", 1)[0] for line in lines]
    else:
        items = spec.split(",")
    return _unique(item.strip() for item in items if item.strip())


DEV_HALVES = ("tune", "held")


def split_halves(doc_ids: Iterable[str]) -> dict[str, list[str]]:
    """The two fixed halves of a development set: the ids sorted (numerically where they are
    numbers), then dealt alternately, the first to ``tune`` and the second to ``held``.

    Rules are written from the errors of ``tune`` only; ``held`` is never looked at while writing
    them, so its scores estimate accuracy on unseen pages. The split depends on the ids alone:
    the same set always gives the same halves.
    """
    ordered = sorted(_unique(doc_ids), key=lambda i: (0, int(i), "") if i.isdigit() else (1, 0, i))
    return {"tune": ordered[0::2], "held": ordered[1::2]}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --------------------------------------------------------------------------- words


def content_words(text: str | None) -> frozenset[str]:
    """Lowercased words of ``text`` with punctuation removed and stop words dropped."""
    if not text:
        return frozenset()
    text = _POSSESSIVE.sub(" ", text.translate(_APOSTROPHES).lower())
    return frozenset(w for w in _NON_WORD.split(text) if w and w not in STOP_WORDS)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap of two word sets; 0.0 when both are empty."""
    if not a and not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


# --------------------------------------------------------------------------- matching


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"not a numeric value: {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"not a numeric value: {value!r}") from exc


def values_compatible(fact_type: str, gold: dict, pred: dict) -> bool:
    """Whether a predicted value fact may be matched with a gold one (guideline tolerances)."""
    if gold.get("value") is None or pred.get("value") is None:
        return False
    g, p = _number(gold["value"]), _number(pred["value"])
    if fact_type == "money":
        return gold.get("unit") == pred.get("unit") and abs(p - g) <= (
            MONEY_REL_TOLERANCE * abs(g) * (1 + _FLOAT_SLACK)
        )
    if fact_type == "percentage":
        return (
            gold.get("unit") == pred.get("unit")
            and abs(p - g) <= PERCENTAGE_ABS_TOLERANCE + _FLOAT_SLACK
        )
    if fact_type == "country_count":
        return p == g
    raise ValueError(f"not a value type: {fact_type!r}")


def _match_values(fact_type: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) for money / percentage / country_count.

    All compatible pairs (same unit, value within tolerance) are ranked by (shared content
    words desc, Dice of content words desc, gold order, prediction order) and taken greedily,
    best first. Ranking pairs rather than walking gold facts in file order keeps an earlier gold
    fact from taking the prediction that shares more words with a later one (in dev.jsonl an
    optional "4 percent" would otherwise take the prediction "over 4 percent").
    """
    gold_words = [content_words(g.get("text")) for g in gold]
    pred_words = [content_words(p.get("text")) for p in pred]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if values_compatible(fact_type, g, p):
                shared = len(gold_words[gi] & pred_words[pi])
                candidates.append((-shared, -dice(gold_words[gi], pred_words[pi]), gi, pi))
    return _greedy(candidates)


def _greedy(candidates: list[tuple]) -> list[tuple[int, int]]:
    """Take (…, gold index, pred index) candidates best first (smallest key), one to one."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, gi, pi in sorted(candidates):
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def dedup_events(events: list[dict]) -> tuple[list[dict], int]:
    """Keep the first of predicted events with the same set of content words in ``text``.

    Returns the kept events (in order) and the number dropped.
    """
    seen: set[frozenset[str]] = set()
    kept = []
    for event in events:
        words = content_words(event.get("text"))
        if words in seen:
            continue
        seen.add(words)
        kept.append(event)
    return kept, len(events) - len(kept)


def _match_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs by Dice of content words, best first, Dice >= 0.5.

    Ties are broken by gold order, then prediction order.
    """
    gold_words = [content_words(g.get("text")) for g in gold]
    pred_words = [content_words(p.get("text")) for p in pred]
    candidates = []
    for gi, gw in enumerate(gold_words):
        for pi, pw in enumerate(pred_words):
            score = dice(gw, pw)
            if score >= EVENT_MIN_DICE:
                candidates.append((-score, gi, pi))
    return _greedy(candidates)


# --------------------------------------------------------------------------- fields


def _last_name(name: Any) -> str | None:
    if name is None:
        return None
    tokens = str(name).split()
    return tokens[-1].casefold() if tokens else None


def _same_int(gold: Any, pred: Any) -> bool:
    try:
        return pred is not None and int(gold) == int(pred)
    except (TypeError, ValueError):
        return gold == pred


def field_correct(field: str, gold_value: Any, pred_value: Any) -> bool:
    """Whether a predicted field is right, given a non-null gold value."""
    if field == "speaker":
        # compared by last name (last whitespace-separated token), case-insensitively;
        # a null predicted speaker is wrong
        pred_last = _last_name(pred_value)
        return pred_last is not None and pred_last == _last_name(gold_value)
    if field == "period":
        return _same_int(gold_value, pred_value)
    if field == "date":
        # a prediction that refines the gold date ("2019-10-08" for "2019-10") is right
        if pred_value is None:
            return False
        g, p = str(gold_value), str(pred_value)
        return p == g or p.startswith(g + "-")
    return pred_value == gold_value


# --------------------------------------------------------------------------- scoring


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _new_counts() -> dict[str, Any]:
    return {
        "tp": 0,
        "fp": 0,
        "fn": 0,
        "neutral": 0,
        "strict_tp": 0,
        "fields": {f: {"correct": 0, "total": 0} for f in FIELDS},
    }


def _finish(counts: dict[str, Any]) -> dict[str, Any]:
    tp, fp, fn, strict_tp = counts["tp"], counts["fp"], counts["fn"], counts["strict_tp"]
    precision, recall, f1 = _prf(tp, fp, fn)
    s_precision = strict_tp / (tp + fp) if tp + fp else 0.0
    s_recall = strict_tp / (tp + fn) if tp + fn else 0.0
    s_f1 = 2 * s_precision * s_recall / (s_precision + s_recall) if s_precision + s_recall else 0.0
    fields = {
        f: {
            "correct": c["correct"],
            "total": c["total"],
            "accuracy": c["correct"] / c["total"] if c["total"] else 0.0,
        }
        for f, c in counts["fields"].items()
    }
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "neutral": counts["neutral"],
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "strict_tp": strict_tp,
        "strict_precision": s_precision,
        "strict_recall": s_recall,
        "strict_f1": s_f1,
        "fields": fields,
    }


def _error_entry(record: dict) -> dict[str, Any]:
    return {
        "doc_id": str(record.get("doc_id")),
        "type": record.get("type"),
        "text": record.get("text"),
        "value": record.get("value"),
        "unit": record.get("unit"),
    }


def _by_doc_and_type(records: list[dict], docs: set[str]) -> dict[tuple[str, str], list[dict]]:
    grouped: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        doc_id = str(record.get("doc_id"))
        if doc_id in docs and record.get("type") in TYPES:
            grouped.setdefault((doc_id, record["type"]), []).append(record)
    return grouped


def evaluate(
    gold: list[dict],
    predicted: list[dict],
    doc_ids: list[str] | None = None,
) -> dict[str, Any]:
    """Score ``predicted`` fact records against ``gold`` over a list of documents.

    ``doc_ids`` defaults to the documents appearing in ``gold``; records of other documents are
    ignored, and documents without gold facts count (anything predicted there is a FP).

    Returns a dict with keys:

    - ``documents``: the document ids scored;
    - ``scores``: per type (``money``, ``percentage``, ``country_count``, ``event``) and ``all``:
      ``tp, fp, fn, neutral, precision, recall, f1, strict_tp, strict_precision, strict_recall,
      strict_f1`` and ``fields`` = {field: {correct, total, accuracy}} for ``qualifier, speaker,
      period, change, date``; the ``event`` scores also hold ``kind`` = {correct, total,
      accuracy}: the event kind on scored matches whose gold gives one (not in strict scores);
    - ``false_positives`` / ``false_negatives``: lists of {doc_id, type, text, value, unit};
    - ``field_errors``: list of {doc_id, type, field, gold, predicted, gold_text, predicted_text}
      for wrong fields on scored matches;
    - ``kind_errors``: the same for event kinds;
    - ``ignored``: counts of predicted records not scored, by reason (``outside_docs``,
      ``unknown_type``, ``null_value``, ``duplicate_event``).
    """
    if doc_ids is None:
        docs = _unique(str(g.get("doc_id")) for g in gold)
    else:
        docs = _unique(str(d) for d in doc_ids)
    doc_set = set(docs)

    ignored = {"outside_docs": 0, "unknown_type": 0, "null_value": 0, "duplicate_event": 0}
    scored_pred = []
    for record in predicted:
        if str(record.get("doc_id")) not in doc_set:
            ignored["outside_docs"] += 1
        elif record.get("type") not in TYPES:
            ignored["unknown_type"] += 1
        elif record["type"] in VALUE_TYPES and record.get("value") is None:
            # predicted value facts with a null value are not scored
            ignored["null_value"] += 1
        else:
            scored_pred.append(record)

    gold_groups = _by_doc_and_type(gold, doc_set)
    pred_groups = _by_doc_and_type(scored_pred, doc_set)

    counts = {t: _new_counts() for t in TYPES}
    false_positives: list[dict[str, Any]] = []
    false_negatives: list[dict[str, Any]] = []
    field_errors: list[dict[str, Any]] = []
    kind_errors: list[dict[str, Any]] = []
    kind_counts = {"correct": 0, "total": 0}

    for doc_id in docs:
        for fact_type in TYPES:
            g_facts = gold_groups.get((doc_id, fact_type), [])
            p_facts = pred_groups.get((doc_id, fact_type), [])
            if fact_type == "event":
                p_facts, dropped = dedup_events(p_facts)
                ignored["duplicate_event"] += dropped
                pairs = _match_events(g_facts, p_facts)
            else:
                pairs = _match_values(fact_type, g_facts, p_facts)

            c = counts[fact_type]
            matched_gold = {gi for gi, _ in pairs}
            matched_pred = {pi for _, pi in pairs}
            # Optional gold facts were matched like any other (the guideline is silent on
            # preferring non-optional gold); a pair with an optional gold fact is neutral.
            for gi, pi in pairs:
                g, p = g_facts[gi], p_facts[pi]
                if g.get("optional"):
                    c["neutral"] += 1
                    continue
                c["tp"] += 1
                all_right = True
                for field in FIELDS:
                    if g.get(field) is None:
                        continue
                    right = field_correct(field, g[field], p.get(field))
                    c["fields"][field]["total"] += 1
                    c["fields"][field]["correct"] += int(right)
                    if not right:
                        all_right = False
                        field_errors.append(
                            {
                                "doc_id": doc_id,
                                "type": fact_type,
                                "field": field,
                                "gold": g[field],
                                "predicted": p.get(field),
                                "gold_text": g.get("text"),
                                "predicted_text": p.get("text"),
                            }
                        )
                c["strict_tp"] += int(all_right)
                if fact_type == "event" and g.get(EVENT_KIND) is not None:
                    kind_counts["total"] += 1
                    if p.get(EVENT_KIND) == g[EVENT_KIND]:
                        kind_counts["correct"] += 1
                    else:
                        kind_errors.append(
                            {
                                "doc_id": doc_id,
                                "type": fact_type,
                                "field": EVENT_KIND,
                                "gold": g[EVENT_KIND],
                                "predicted": p.get(EVENT_KIND),
                                "gold_text": g.get("text"),
                                "predicted_text": p.get("text"),
                            }
                        )
            for gi, g in enumerate(g_facts):
                if gi not in matched_gold and not g.get("optional"):
                    c["fn"] += 1
                    false_negatives.append(_error_entry(g))
            for pi, p in enumerate(p_facts):
                if pi not in matched_pred:
                    c["fp"] += 1
                    false_positives.append(_error_entry(p))

    total = _new_counts()
    for c in counts.values():
        for key in ("tp", "fp", "fn", "neutral", "strict_tp"):
            total[key] += c[key]
        for field in FIELDS:
            for key in ("correct", "total"):
                total["fields"][field][key] += c["fields"][field][key]

    scores = {t: _finish(counts[t]) for t in TYPES}
    scores["all"] = _finish(total)
    scores["event"][EVENT_KIND] = {
        **kind_counts,
        "accuracy": kind_counts["correct"] / kind_counts["total"] if kind_counts["total"] else 0.0,
    }
    return {
        "documents": docs,
        "scores": scores,
        "false_positives": false_positives,
        "false_negatives": false_negatives,
        "field_errors": field_errors,
        "kind_errors": kind_errors,
        "ignored": ignored,
    }


# --------------------------------------------------------------------------- report


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of the result of :func:`evaluate`."""
    scores = result["scores"]
    names = [*TYPES, "all"]
    lines = [f"Documents scored: {len(result['documents'])}", ""]

    header = (
        f"{'type':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'neut':>6}"
        f"{'P':>8}{'R':>8}{'F1':>8}{'strictP':>9}{'strictR':>9}{'strictF1':>9}"
    )
    lines += [header, "-" * len(header)]
    for name in names:
        s = scores[name]
        lines.append(
            f"{name:<14}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}{s['neutral']:>6}"
            f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}"
            f"{s['strict_precision']:>9.3f}{s['strict_recall']:>9.3f}{s['strict_f1']:>9.3f}"
        )

    lines += ["", "Field accuracy on matched pairs (correct/total):"]
    header = f"{'type':<14}" + "".join(f"{f:>16}" for f in FIELDS)
    lines += [header, "-" * len(header)]
    for name in names:
        cells = []
        for field in FIELDS:
            f = scores[name]["fields"][field]
            cell = f"{f['correct']}/{f['total']} {f['accuracy']:.2f}" if f["total"] else "-"
            cells.append(f"{cell:>16}")
        lines.append(f"{name:<14}" + "".join(cells))

    kind = scores["event"].get(EVENT_KIND)
    if kind and kind["total"]:
        lines += [
            "",
            f"Event kind on matched events (not in the guideline's scores): "
            f"{kind['correct']}/{kind['total']} {kind['accuracy']:.2f}",
        ]
    ignored = result.get("ignored") or {}
    if any(ignored.values()):
        lines += [
            "",
            "Predictions not scored: " + ", ".join(f"{k}={v}" for k, v in ignored.items()),
        ]
    lines += [
        "",
        f"False positives: {len(result['false_positives'])}; "
        f"false negatives: {len(result['false_negatives'])}; "
        f"field errors: {len(result.get('field_errors', []))}",
    ]
    return "\n".join(lines) + "\n"
