"""Train and measure the "is this event on the page's date, and how precisely" step (issue 12v).

For each judged event (docs/judgements/events-*.jsonl) that a run's rules leave undated or date
only to the page's year or month, general features are read from the run's document records
(`features`: the tense and time words of its sentence and paragraph, where other dates stand,
whether the page title names the event's head, the page's kind, the rule-given precision, the
event's kind; closed classes of English words, none fitted to one page), and a multinomial
logistic regression (numpy, zero start, full-batch gradient descent, fixed step and iteration
count: deterministic) learns whether the event is on the page's day, month or year, finer than
the rules put it ("keep" otherwise). Measured, it does not win (docs/accuracy.md, "Issue 12v"):
the pipeline does not use it.

    python scripts/page_date_model.py loso FACTS DOCS JUDGEMENTS...   # leave one sample out
    python scripts/page_date_model.py build FACTS DOCS JUDGEMENTS... -o /tmp/page_date.json

`loso` trains on every file but one, chooses the probability threshold by an inner
leave-one-out over the training files only, applies the model to the held-out file and counts:
dates made right, dates made wrong (a right date changed, also a right month or year refined
further), dates given to events the judges left undated, and the right dates by the guideline's
measure (`sample_facts.date_is_right`) before and after. Its "pooled" part is the optimistic
view: every file's out-of-fold probabilities at each threshold, as if the threshold had been
chosen on the held-out files themselves.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

from pipeline.evaluate import field_correct

# the precisions a date can have against the page's own date, coarsest first
PRECISIONS = ("none", "year", "month", "day")

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_DATE = re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b")
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WORD = re.compile(r"[A-Za-z]+")

# closed classes of time and tense words, each a feature of the sentence (and of the paragraph)
_CUES = {
    "today": r"\b(?:today|tonight|this morning|this evening|this afternoon|now)\b",
    "yesterday": r"\b(?:yesterday|the day before)\b",
    "tomorrow": r"\b(?:tomorrow|the day after)\b",
    "future": r"\b(?:will|shall|is to|are to|going to|plans? to|intends? to)\b",
    "upcoming": r"\b(?:upcoming|forthcoming|coming|next|future|preparations?|preparing|ahead)\b",
    "past_aux": r"\b(?:was|were|had|took place|was held|were held|took part)\b",
    "present": r"\b(?:is|are|am|being)\b",
    "progressive": (
        r"\b(?:is taking place|are taking place|is being held|under way|underway|ongoing)\b"
    ),
    "took_part": (
        r"\b(?:took part|takes part|taking part|participated|attended|attends|attending)\b"
    ),
    "opened": r"\b(?:opened|opens|opening|launched|began|begins|started|closed|closing)\b",
    "greeted": (
        r"\b(?:greeted|greets|greeting|greetings|congratulated|congratulates"
        r"|congratulations?|message)\b"
    ),
    "spoke": r"\b(?:spoke|speaks|speaking|addressed|addresses|remarks|speech)\b",
    "this_word": r"\bthis\s+(?:year|month|week)\b",
    "this_det": r"\b(?:this|today's|the current|the present)\s+\w+",
    "last": r"\b(?:last|previous|past|recent|recently|earlier|ago|former)\b",
    "anniversary": r"\b(?:anniversary|years since|jubilee)\b",
    "annual": r"\b(?:annual|annually|every year|each year|regular|traditional)\b",
    "since": r"\b(?:since|after|before|following|during|until)\b",
    "visit": r"\b(?:visit|visiting|arrived|trip)\b",
    "we_i": r"\b(?:we|I|us|our)\b",
    "participants": r"\b(?:participants|guests|delegates|organisers|organizers|attendees)\b",
}
_CUE_PATTERNS = {name: re.compile(pattern) for name, pattern in _CUES.items()}
_TITLE_CUES = {
    "t_meeting": r"\b(?:meeting|talks|conversation|telephone)\b",
    "t_visit": r"\b(?:visit|trip)\b",
    "t_took_part": r"\b(?:took part|takes part|attended|attends|participat\w*|at the|at a)\b",
    "t_greeting": r"\b(?:greeting|greetings|congratulat\w*|message|condolences)\b",
    "t_opening": r"\b(?:opening|opened|opens|launch\w*|start)\b",
    "t_speech": r"\b(?:speech|address|remarks|statement|interview|news conference|press)\b",
    "t_order": r"\b(?:executive order|decree|law|signed|instruction)\b",
}
_TITLE_PATTERNS = {name: re.compile(pattern, re.I) for name, pattern in _TITLE_CUES.items()}
_STOP = frozenset("the of and in on at for to a an with by from".split())


def _bucket(chars: int | None) -> str:
    """A distance in characters as a coarse bucket (a date said near the name counts more)."""
    if chars is None:
        return "none"
    for limit in (80, 300, 1000):
        if chars <= limit:
            return f"le{limit}"
    return "far"


def _nearest(pattern: re.Pattern, text: str, start: int, end: int) -> int | None:
    """Characters from the name to the nearest match of `pattern` in the text, or None."""
    best = None
    for match in pattern.finditer(text):
        if match.end() <= start:
            gap = start - match.end()
        elif match.start() >= end:
            gap = match.start() - end
        else:
            gap = 0
        best = gap if best is None else min(best, gap)
    return best


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph (text between blank-line or newline breaks) holding the name."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right >= 0 else len(text)]


def _content(words: str) -> set[str]:
    """Lower-cased words of a text without the function words, plurals folded."""
    found = set()
    for word in _WORD.findall(words.lower()):
        if word not in _STOP and len(word) > 2:
            found.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return found


def rule_precision(date: str | None, page_date: str) -> str | None:
    """The rule-given date's precision against the page's own date: "none" (undated), "year" or
    "month" (the page's year or month), or None when the date is another one or already the
    page's day (the step leaves those alone)."""
    if date is None:
        return "none"
    if date == page_date[:4]:
        return "year"
    if date == page_date[:7]:
        return "month"
    return None


def features(
    text: str,
    title: str,
    page_date: str,
    start: int,
    end: int,
    sentence: str,
    name: str,
    kind: str,
    precision: str,
    transcript: bool,
    in_speech: bool,
) -> dict[str, float]:
    """The feature values of one event mention (names to numbers; absent names are 0)."""
    found: dict[str, float] = {"bias": 1.0, f"prec={precision}": 1.0, f"kind={kind}": 1.0}
    found["transcript"] = float(transcript)
    found["in_speech"] = float(in_speech)
    for name_, pattern in _CUE_PATTERNS.items():
        if pattern.search(sentence):
            found[f"s_{name_}"] = 1.0
    paragraph = _paragraph(text, start, end)
    for name_, pattern in _CUE_PATTERNS.items():
        if pattern.search(paragraph):
            found[f"p_{name_}"] = 1.0
    for name_, pattern in _TITLE_PATTERNS.items():
        if pattern.search(title):
            found[name_] = 1.0
    head = _content(name)
    title_words = _content(title)
    if head:
        shared = len(head & title_words) / len(head)
        found["title_names_all"] = float(shared == 1.0)
        found["title_names_some"] = float(0 < shared < 1.0)
        last = sorted(_content(name.split()[-1])) if name.split() else []
        found["title_names_head"] = float(bool(last) and last[0] in title_words)
    page_year = page_date[:4]
    years = _YEAR.findall(text)
    found["other_years_page"] = float(any(y != page_year for y in years))
    found["other_years_sentence"] = float(any(y != page_year for y in _YEAR.findall(sentence)))
    found["page_year_sentence"] = float(page_year in _YEAR.findall(sentence))
    found["year_in_name"] = float(bool(_YEAR.search(name)))
    found["page_year_in_name"] = float(page_year in _YEAR.findall(name))
    found[f"day_date_{_bucket(_nearest(_DAY_DATE, text, start, end))}"] = 1.0
    found[f"month_{_bucket(_nearest(_MONTH_WORD, text, start, end))}"] = 1.0
    found["day_date_sentence"] = float(bool(_DAY_DATE.search(sentence)))
    found["first_mention"] = float(text.find(name) >= start if name else True)
    found["mentions_many"] = float(name and text.count(name) > 2)
    found["in_lead"] = float(start < max(400, len(text) // 10))
    found["position"] = start / max(1, len(text))
    found["short_page"] = float(len(text) < 1500)
    return found


def date_is_right(predicted: str | None, right: str | None) -> bool:
    """The guideline's rule (as `sample_facts.date_is_right`): equal, or a refinement of the
    right date; with no right date, right only when none is given either."""
    if right is None:
        return predicted is None
    return field_correct("date", right, predicted)


CLASSES = ("keep", "year", "month", "day")
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(18))  # 0.10 .. 0.95
ITERATIONS = 400
STEP = 0.5
L2 = 0.01


def _relation(date: str | None, page_date: str) -> str:
    """A date's relation to the page's date: "day", "month", "year", "undated" or "other"."""
    if date is None:
        return "undated"
    for precision, size in (("day", 10), ("month", 7), ("year", 4)):
        if len(date) == size and date == page_date[:size]:
            return precision
    return "other"


def _label(precision: str, right: str | None, page_date: str) -> str:
    """The class to learn: the judges' precision when it is the page's date and finer than the
    rules give, else "keep"."""
    relation = _relation(right, page_date)
    if relation in CLASSES and PRECISIONS.index(relation) > PRECISIONS.index(precision):
        return relation
    return "keep"


def load_rows(facts_path: str, docs_path: str, judgement_paths: list[str]) -> list[dict]:
    """One row per judged event the step may act on: its features, label and judgement."""
    docs = {}
    with open(docs_path, encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            docs[doc["doc_id"]] = doc
    events = {}
    with open(facts_path, encoding="utf-8") as handle:
        for line in handle:
            fact = json.loads(line)
            if fact["type"] == "event":
                events[fact["fact_id"]] = fact
                events[(fact["doc_id"], fact["start"])] = fact
    rows = []
    for path in judgement_paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                judged = json.loads(line)
                fact = events.get(judged["fact_id"]) or events.get(
                    (judged["doc_id"], judged["start"])
                )
                if fact is None:
                    continue
                doc = docs[fact["doc_id"]]
                precision = rule_precision(fact["date"], doc["date"])
                if precision is None:
                    continue
                values = features(
                    doc["text"],
                    doc.get("title") or "",
                    doc["date"],
                    fact["start"],
                    fact["end"],
                    fact["sentence"],
                    fact["name"] or fact["text"],
                    fact["kind"] or "",
                    precision,
                    bool(doc.get("speakers")),
                    fact.get("speaker") is not None,
                )
                rows.append(
                    {
                        "file": Path(path).name,
                        "doc_id": fact["doc_id"],
                        "fact_id": fact["fact_id"],
                        "page_date": doc["date"],
                        "date": fact["date"],
                        "precision": precision,
                        "features": values,
                        "label": _label(precision, judged["right_date"], doc["date"]),
                        "right": judged["right_date"],
                        "scored": bool(judged.get("scored")),
                        "is_event": bool(judged.get("is_event")),
                    }
                )
    return rows


def _matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name, value in row["features"].items():
            if name in index:
                x[r, index[name]] = value
    return x


def _allowed(rows: list[dict]) -> np.ndarray:
    """Which classes each row may take: keep, or a precision finer than its rule's."""
    mask = np.zeros((len(rows), len(CLASSES)), dtype=bool)
    for r, row in enumerate(rows):
        for c, cls in enumerate(CLASSES):
            mask[r, c] = cls == "keep" or PRECISIONS.index(cls) > PRECISIONS.index(row["precision"])
    return mask


def _softmax(logits: np.ndarray, mask: np.ndarray) -> np.ndarray:
    logits = np.where(mask, logits, -1e9)
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits) * mask
    return exp / exp.sum(axis=1, keepdims=True)


def train(rows: list[dict], iterations: int = ITERATIONS, l2: float = L2) -> dict:
    """A softmax regression over the rows (weights start at zero: the same rows give the same
    weights)."""
    names = sorted({name for row in rows for name in row["features"]})
    x = _matrix(rows, names)
    mask = _allowed(rows)
    y = np.zeros((len(rows), len(CLASSES)))
    for r, row in enumerate(rows):
        y[r, CLASSES.index(row["label"])] = 1.0
    weights = np.zeros((len(names), len(CLASSES)))
    for _ in range(iterations):
        probs = _softmax(x @ weights, mask)
        gradient = x.T @ (probs - y) / len(rows) + l2 * weights
        weights -= STEP * gradient
    return {
        "classes": list(CLASSES),
        "weights": {name: [round(float(w), 6) for w in weights[i]] for i, name in enumerate(names)},
    }


def probabilities(model: dict, rows: list[dict]) -> np.ndarray:
    """Each row's class probabilities under a model (only classes finer than the rule's)."""
    names = sorted(model["weights"])
    weights = np.array([model["weights"][name] for name in names])
    return _softmax(_matrix(rows, names) @ weights, _allowed(rows))


def decide(probs: np.ndarray, threshold: float) -> list[str]:
    """The class each row is moved to: the likeliest finer class when its probability reaches
    the threshold, else "keep"."""
    chosen = []
    for row in probs:
        best = 1 + int(np.argmax(row[1:]))
        chosen.append(CLASSES[best] if row[best] >= threshold else "keep")
    return chosen


def outcome(rows: list[dict], chosen: list[str]) -> dict:
    """What the decisions do to the judged dates."""
    counts = dict.fromkeys(
        ("changed", "made_right", "made_wrong", "wrong_to_wrong", "undated_dated", "non_event"),
        0,
    )
    counts.update(right_before=0, right_after=0, scored=0)
    for row, cls in zip(rows, chosen, strict=True):
        new = (
            row["date"]
            if cls == "keep"
            else row["page_date"][: {"year": 4, "month": 7, "day": 10}[cls]]
        )
        if row["scored"]:
            counts["scored"] += 1
            counts["right_before"] += date_is_right(row["date"], row["right"])
            counts["right_after"] += date_is_right(new, row["right"])
        if cls == "keep":
            continue
        counts["changed"] += 1
        if not row["is_event"]:
            counts["non_event"] += 1
        elif row["right"] is None:
            counts["undated_dated"] += 1
        elif new == row["right"]:
            counts["made_right"] += 1
        elif date_is_right(row["date"], row["right"]):
            counts["made_wrong"] += 1
        else:
            counts["wrong_to_wrong"] += 1
    counts["net"] = counts["made_right"] - counts["made_wrong"] - counts["undated_dated"]
    return counts


def choose_threshold(rows: list[dict], **settings) -> float:
    """The threshold with the best net count over a leave-one-file-out inside `rows` (ties go
    to the higher threshold: fewer changes)."""
    files = sorted({row["file"] for row in rows})
    nets = dict.fromkeys(THRESHOLDS, 0)
    for held in files:
        train_rows = [row for row in rows if row["file"] != held]
        test_rows = [row for row in rows if row["file"] == held]
        probs = probabilities(train(train_rows, **settings), test_rows)
        for threshold in THRESHOLDS:
            nets[threshold] += outcome(test_rows, decide(probs, threshold))["net"]
    return max(THRESHOLDS, key=lambda t: (nets[t], t))


def loso(rows: list[dict], **settings) -> dict:
    """Leave one judgement file out: train and choose the threshold on the others."""
    report = {}
    pooled_rows, pooled_probs = [], []
    for held in sorted({row["file"] for row in rows}):
        train_rows = [row for row in rows if row["file"] != held]
        test_rows = [row for row in rows if row["file"] == held]
        threshold = choose_threshold(train_rows, **settings)
        probs = probabilities(train(train_rows, **settings), test_rows)
        report[held] = {"threshold": threshold, **outcome(test_rows, decide(probs, threshold))}
        pooled_rows += test_rows
        pooled_probs.append(probs)
        print(held, report[held], file=sys.stderr, flush=True)
    total = {}
    for counts in report.values():
        for key, value in counts.items():
            if key != "threshold":
                total[key] = total.get(key, 0) + value
    report["total"] = total
    probs = np.vstack(pooled_probs)
    report["pooled"] = {
        str(threshold): outcome(pooled_rows, decide(probs, threshold)) for threshold in THRESHOLDS
    }
    return report


def main() -> None:
    """Command line: `loso` or `build`."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("loso", "build"))
    parser.add_argument("facts")
    parser.add_argument("docs")
    parser.add_argument("judgements", nargs="+")
    parser.add_argument("-o", "--output")
    parser.add_argument("--iterations", type=int, default=ITERATIONS, help="gradient steps")
    parser.add_argument("--l2", type=float, default=L2, help="weight penalty")
    args = parser.parse_args()
    settings = {"iterations": args.iterations, "l2": args.l2}
    rows = load_rows(args.facts, args.docs, args.judgements)
    if args.command == "loso":
        print(json.dumps(loso(rows, **settings), indent=1))
        return
    model = train(rows, **settings)
    model["threshold"] = choose_threshold(rows, **settings)
    Path(args.output).write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
