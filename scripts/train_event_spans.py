"""Issue 12, round az: an experiment, not part of the pipeline. Does a trained span model (spaCy
`ner`, one label EVENT) add event recall that generalises beyond the rule pipeline?

    python scripts/train_event_spans.py prepare --gold G.jsonl [--gold G2.jsonl] --docs @P.txt
        [--docs @P2.txt] --out /tmp/12az/data.jsonl
    python scripts/train_event_spans.py train --data /tmp/12az/data.jsonl --out /tmp/12az/model
        [--val-share 0.2] [--seed 12] [--epochs 6] [--neg-share 0.3] --gold G.jsonl ...
        --rules /tmp/m55/facts.jsonl
    python scripts/train_event_spans.py predict --model /tmp/12az/model/best --docs @P.txt
        --rules /tmp/m55/facts.jsonl --out /tmp/12az/pred [--gate]
    python scripts/train_event_spans.py timing --model DIR --docs @P.txt

`prepare` places each gold event name of the given pages in the page text as the tool reads it
(`pipeline.ingest.load_source`, the Speech's paragraphs): every exact occurrence (case
sensitive, else case insensitive), else the best Dice window of words inside one sentence
(Dice >= 0.5, the scorer's threshold); names it cannot place are dropped and counted. It writes
one line per sentence: doc_id, start (offset in Speech.text), text, spans (sentence offsets).
The file holds archive sentences: keep it under /tmp, never in the repository.

`train` splits the pages (seeded) into train and val, trains on every positive sentence of the
train pages and a seeded share of the negative ones, and after each epoch scores on the val
pages (a) the rules alone, (b) rules + model spans matching no rule event, (c) the model alone;
the epoch with the best (b) event F1 is saved as `best`.

`predict` writes three facts files for the pages: rules.jsonl, rules_model.jsonl, model.jsonl.
With `--gate` the model only reads sentences holding an event head word (models/rules/events.json
"heads") or a capitalised word after the first token.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import filter_spans, minibatch  # noqa: E402

from pipeline.evaluate import content_words, dice, evaluate, load_jsonl, read_doc_list  # noqa: E402
from pipeline.ingest import load_source  # noqa: E402
from pipeline.speech import PARAGRAPH_SEPARATOR, Speech  # noqa: E402

ARCHIVE = "/tmp/kremlin/kremlin-en/news"
LABEL = "EVENT"
_WORD = re.compile(r"\S+")


def speech_of(doc_id: str, archive: str = ARCHIVE) -> Speech | None:
    items = [i for i in load_source(f"{archive}/{doc_id}.html") if isinstance(i, Speech)]
    return items[0] if items else None


def sentences(nlp, speech: Speech):
    """(start offset in Speech.text, sentence text) for each sentence of each paragraph."""
    off = 0
    paras = list(speech.paragraphs)
    for para, doc in zip(paras, nlp.pipe(paras), strict=True):
        for sent in doc.sents:
            yield off + sent.start_char, sent.text
        off += len(para) + len(PARAGRAPH_SEPARATOR)


def splitter():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# --------------------------------------------------------------------------- prepare


def place(name: str, sents: list[tuple[int, str]]) -> list[tuple[int, int]] | None:
    """Spans (offsets in Speech.text) of one gold name; None when it cannot be placed."""
    found = []
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", flags)
        for start, text in sents:
            found += [(start + m.start(), start + m.end()) for m in pattern.finditer(text)]
        if found:
            return found
    gold = content_words(name)
    if not gold:
        return None
    n = len(name.split())
    best = (0.0, 0, None)
    for start, text in sents:
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for i in range(len(words)):
            for length in range(max(1, n - 3), n + 4):
                if i + length > len(words):
                    break
                s, e = words[i][0], words[i + length - 1][1]
                window = text[s:e]
                score = dice(gold, content_words(window))
                key = (score, -length)
                if key > best[:2]:
                    # trim punctuation at the window's edges
                    ws = len(window) - len(window.lstrip("\"'(«“"))
                    we = len(window.rstrip(".,;:!?\"')»”"))
                    best = (score, -length, (start + s + ws, start + s + we))
    return [best[2]] if best[0] >= 0.5 and best[2] else None


def cmd_prepare(args) -> None:
    gold = [r for g in args.gold for r in load_jsonl(g) if r.get("type") == "event"]
    docs = [d for spec in args.docs for d in read_doc_list(spec)]
    by_doc: dict[str, list[str]] = {}
    for r in gold:
        by_doc.setdefault(str(r["doc_id"]), []).append(r["text"])
    nlp = splitter()
    stats = {"pages": 0, "names": 0, "exact": 0, "dice": 0, "dropped": 0, "sentences": 0, "pos": 0}
    with open(args.out, "w", encoding="utf-8") as out:
        for doc_id in dict.fromkeys(docs):
            speech = speech_of(doc_id)
            if speech is None:
                continue
            stats["pages"] += 1
            sents = list(sentences(nlp, speech))
            spans: list[tuple[int, int]] = []
            for name in by_doc.get(doc_id, []):
                stats["names"] += 1
                placed = place(name, sents)
                if placed is None:
                    stats["dropped"] += 1
                    continue
                exact = speech.text[placed[0][0] : placed[0][1]].lower() == name.lower()
                stats["exact" if exact else "dice"] += 1
                spans += placed
            for start, text in sents:
                end = start + len(text)
                own = sorted({(s - start, e - start) for s, e in spans if s >= start and e <= end})
                stats["sentences"] += 1
                stats["pos"] += bool(own)
                row = {"doc_id": doc_id, "start": start, "text": text, "spans": own}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps(stats))


# --------------------------------------------------------------------------- model use


def load_heads() -> frozenset[str]:
    rules = json.loads((ROOT / "models" / "rules" / "events.json").read_text(encoding="utf-8"))
    return frozenset(h.lower() for h in rules["heads"])


def gate_ok(text: str, heads: frozenset[str]) -> bool:
    words = text.split()
    if any(w.strip(".,;:!?\"'()").lower() in heads for w in words):
        return True
    return any(w[:1].isupper() for w in words[1:])


def model_spans(nlp, sents: list[tuple[str, int, str]], gate: frozenset[str] | None):
    """(doc_id, start, end, text) of every EVENT entity in the sentences (doc_id, start, text)."""
    chosen = [s for s in sents if gate is None or gate_ok(s[2], gate)]
    out = []
    for (doc_id, start, _), doc in zip(
        chosen, nlp.pipe([s[2] for s in chosen], batch_size=256), strict=True
    ):
        for ent in doc.ents:
            out.append((doc_id, start + ent.start_char, start + ent.end_char, ent.text))
    return out, sum(len(s[2].split()) for s in chosen)


def event_record(doc_id: str, start: int, end: int, text: str) -> dict:
    return {
        "doc_id": doc_id,
        "type": "event",
        "text": text,
        "start": start,
        "end": end,
        "name": text,
        "kind": None,
        "date": None,
        "speaker": None,
        "period": None,
        "source": "span_model",
    }


def combine(
    rules: list[dict], spans, docs: set[str], max_words: int = 0
) -> tuple[list, list, list]:
    """(rules only, rules + unmatched model spans, model only) as record lists for the docs;
    model spans longer than `max_words` words (when not 0) are dropped."""
    if max_words:
        spans = [s for s in spans if len(s[3].split()) <= max_words]
    rule_facts = [r for r in rules if str(r.get("doc_id")) in docs]
    rule_events: dict[str, list[dict]] = {}
    for r in rule_facts:
        if r.get("type") == "event":
            rule_events.setdefault(str(r["doc_id"]), []).append(r)
    model = [event_record(*s) for s in spans]
    added = []
    for rec in model:
        words = content_words(rec["text"])
        clash = False
        for r in rule_events.get(rec["doc_id"], []):
            overlap = (
                r.get("start") is not None and r["start"] < rec["end"] and rec["start"] < r["end"]
            )
            if overlap or dice(words, content_words(r.get("text"))) >= 0.5:
                clash = True
                break
        if not clash:
            added.append(rec)
    return rule_facts, rule_facts + added, model


def event_score(gold, pred, docs) -> dict:
    s = evaluate(gold, pred, docs)["scores"]["event"]
    return {k: s[k] for k in ("tp", "fp", "fn", "precision", "recall", "f1")}


# --------------------------------------------------------------------------- train


def cmd_train(args) -> None:
    rows = load_jsonl(args.data)
    gold = [r for g in args.gold for r in load_jsonl(g)]
    rules = load_jsonl(args.rules)
    pages = sorted({r["doc_id"] for r in rows}, key=lambda d: (len(d), d))
    rng = random.Random(args.seed)
    val = set(rng.sample(pages, round(len(pages) * args.val_share))) if args.val_share else set()
    train_rows = [r for r in rows if r["doc_id"] not in val]
    val_rows = [r for r in rows if r["doc_id"] in val]
    pos = [r for r in train_rows if r["spans"]]
    neg = [r for r in train_rows if not r["spans"]]
    neg = rng.sample(neg, round(len(neg) * args.neg_share))
    chosen = pos + neg
    print(
        f"pages {len(pages)} train {len(pages) - len(val)} val {len(val)}; sentences "
        f"{len(train_rows)} (pos {len(pos)}, neg kept {len(neg)}); val sentences {len(val_rows)}",
        flush=True,
    )

    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    ner.add_label(LABEL)
    examples = []
    for r in chosen:
        doc = nlp.make_doc(r["text"])
        ents = [doc.char_span(s, e, label=LABEL, alignment_mode="expand") for s, e in r["spans"]]
        doc.ents = filter_spans([e for e in ents if e is not None])
        examples.append(Example(nlp.make_doc(r["text"]), doc))
    optimizer = nlp.initialize(lambda: examples)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    val_sents = [(r["doc_id"], r["start"], r["text"]) for r in val_rows]
    best = -1.0
    log = []
    for epoch in range(1, args.epochs + 1):
        t0 = time.process_time()
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=spacy.util.compounding(8.0, 64.0, 1.001)):
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
        took = time.process_time() - t0
        entry = {
            "epoch": epoch,
            "loss": round(float(losses.get("ner", 0.0)), 1),
            "cpu_s": round(took, 1),
        }
        if val:
            spans, _ = model_spans(nlp, val_sents, None)
            a, b, c = combine(rules, spans, val)
            entry.update(
                rules=event_score(gold, a, val),
                rules_model=event_score(gold, b, val),
                model=event_score(gold, c, val),
            )
            gated, _ = model_spans(nlp, val_sents, load_heads())
            entry["rules_model_gated"] = event_score(gold, combine(rules, gated, val)[1], val)
            score = entry["rules_model"]["f1"]
        else:
            score = epoch
        print(json.dumps(entry), flush=True)
        log.append(entry)
        nlp.to_disk(out / f"epoch{epoch}")
        if score > best:
            best = score
            nlp.to_disk(out / "best")
    (out / "log.json").write_text(json.dumps(log, indent=1))


def cmd_select(args) -> None:
    """Score each saved epoch on the val pages of `train` (same seed and share) for each
    `--max-words` cap: rules + model and model alone."""
    rows = load_jsonl(args.data)
    gold = [r for g in args.gold for r in load_jsonl(g)]
    rules = load_jsonl(args.rules)
    pages = sorted({r["doc_id"] for r in rows}, key=lambda d: (len(d), d))
    val = set(random.Random(args.seed).sample(pages, round(len(pages) * args.val_share)))
    val_sents = [(r["doc_id"], r["start"], r["text"]) for r in rows if r["doc_id"] in val]
    base = event_score(gold, combine(rules, [], val)[0], val)
    print(f"val pages {len(val)}; rules alone: {base}")
    for model_dir in args.model:
        spans, _ = model_spans(spacy.load(model_dir), val_sents, None)
        for cap in args.max_words:
            _, b, c = combine(rules, spans, val, cap)
            added = len(b) - len(combine(rules, [], val)[0])
            sb, sc = event_score(gold, b, val), event_score(gold, c, val)
            print(
                f"{Path(model_dir).name} cap {cap}: added {added}; rules+model "
                f"P {sb['precision']:.3f} R {sb['recall']:.3f} F1 {sb['f1']:.3f} "
                f"(tp {sb['tp']} fp {sb['fp']} fn {sb['fn']}); model "
                f"P {sc['precision']:.3f} R {sc['recall']:.3f} F1 {sc['f1']:.3f}",
                flush=True,
            )


# --------------------------------------------------------------------------- predict / timing


def page_sentences(doc_ids):
    nlp = splitter()
    sents = []
    for doc_id in doc_ids:
        speech = speech_of(doc_id)
        if speech is not None:
            sents += [(doc_id, s, t) for s, t in sentences(nlp, speech)]
    return sents


def cmd_predict(args) -> None:
    docs = list(dict.fromkeys(d for spec in args.docs for d in read_doc_list(spec)))
    nlp = spacy.load(args.model)
    spans, _ = model_spans(nlp, page_sentences(docs), load_heads() if args.gate else None)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    parts = combine(load_jsonl(args.rules), spans, set(docs), args.max_words)
    for name, recs in zip(
        ("rules", "rules_model", "model"),
        parts,
        strict=True,
    ):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, sum(r.get("type") == "event" for r in recs), "events")


def cmd_timing(args) -> None:
    """CPU seconds and words/s: the model (all sentences, gated sentences) vs the rule
    pipeline (`build_pipeline` + `prepare_doc`), on the same pages, alternated."""
    from pipeline.nlp import build_pipeline, prepare_doc

    docs = list(dict.fromkeys(d for spec in args.docs for d in read_doc_list(spec)))
    speeches = [s for s in (speech_of(d) for d in docs) if s is not None]
    words = sum(len(s.text.split()) for s in speeches)
    model = spacy.load(args.model)
    rules = build_pipeline()
    heads = load_heads()
    split = splitter()
    results: dict[str, list[float]] = {"pipeline": [], "model_all": [], "model_gated": []}
    for _ in range(args.repeat):
        t0 = time.process_time()
        for s in speeches:
            rules(prepare_doc(rules, s))
        results["pipeline"].append(time.process_time() - t0)
        for name, gate in (("model_all", None), ("model_gated", heads)):
            t0 = time.process_time()
            sents = [(s.doc_id, a, t) for s in speeches for a, t in sentences(split, s)]
            model_spans(model, sents, gate)
            results[name].append(time.process_time() - t0)
    for name, times in results.items():
        best = min(times)
        print(
            f"{name}: cpu s {[round(t, 2) for t in times]}, words {words}, "
            f"{words / best:,.0f} words/s (best)"
        )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("prepare")
    a.add_argument("--gold", action="append", required=True)
    a.add_argument("--docs", action="append", required=True)
    a.add_argument("--out", required=True)
    t = sub.add_parser("train")
    t.add_argument("--data", required=True)
    t.add_argument("--gold", action="append", required=True)
    t.add_argument("--rules", required=True)
    t.add_argument("--out", required=True)
    t.add_argument("--val-share", type=float, default=0.2)
    t.add_argument("--neg-share", type=float, default=0.3)
    t.add_argument("--epochs", type=int, default=6)
    t.add_argument("--dropout", type=float, default=0.2)
    t.add_argument("--seed", type=int, default=12)
    r = sub.add_parser("predict")
    r.add_argument("--model", required=True)
    r.add_argument("--docs", action="append", required=True)
    r.add_argument("--rules", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--gate", action="store_true")
    r.add_argument("--max-words", type=int, default=0)
    e = sub.add_parser("select")
    e.add_argument("--data", required=True)
    e.add_argument("--gold", action="append", required=True)
    e.add_argument("--rules", required=True)
    e.add_argument("--model", action="append", required=True)
    e.add_argument("--max-words", type=int, action="append", required=True)
    e.add_argument("--val-share", type=float, default=0.2)
    e.add_argument("--seed", type=int, default=12)
    m = sub.add_parser("timing")
    m.add_argument("--model", required=True)
    m.add_argument("--docs", action="append", required=True)
    m.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    commands = {"prepare": cmd_prepare, "train": cmd_train, "select": cmd_select}
    commands.update(predict=cmd_predict, timing=cmd_timing)
    commands[args.cmd](args)


if __name__ == "__main__":
    main()
