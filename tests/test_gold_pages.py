"""Accuracy on the held-out gold pages: random archive pages annotated by two annotators each,
alone and without seeing the tool's output (docs/judgements/gold-SET.jsonl and pages-SET.txt;
docs/accuracy.md "Pages 20121226", "Held-out pages 20121229 and 20130101", "Fresh random pages
20130112-20130120" and "Fresh random pages 20130121-20130123"). No event rule is written from
these pages' errors: they are held out, and the floors below hold what they show of pages
nobody tuned to. (Pages 20121227,
20121228, 20121231, 20130102-20130114 were made the same way but are the sources of rounds:
fitted, not tested here. The three money figures pages 20130115-20130117 missed were read and
fixed in round aq: their money figures are no longer unseen, their events are.)

Short news pages (40-149 words: greetings, messages, brief reports) are a population of their
own: sets 20130124, 20130126, 20130127, 20130129, 20130131 (300 pages each) and 20130130 (287)
are held out the same way and scored as a group of their own, with their own floors (set
20130125, drawn with the first two, is a source, and so is 20130128, drawn with 20130129 at the
start of the ninth session; 20130127, 20130129 and 20130130 were drawn at the start of a
session, before its rounds, and 20130131 in the eleventh session, after two of its rounds, from
pages no round had read; the 13 pages of 20130130 that the tenth session's surveys happened to
read were dropped from it). "Fresh short pages 20130124-20130126", "The eighth session", "The
ninth session", "The tenth session", "The eleventh session" and "The twelfth session" in
docs/accuracy.md. (The twelfth session's blind sets 20130203 and 20130204 have one annotator a
page and are sources: docs/judgements/single-SET.jsonl, not scored here.)

Set 20130205 (thirteenth session, "The thirteenth session" in docs/accuracy.md) is a group of
its own: 120 archive pages of any length over 150 words (median 982, up to 16,000: whole
transcripts, which the long sets above, 150 to 3,000 words, do not hold), two annotators a page,
blind, drawn and annotated before the session's rounds were merged; merged by
scripts/merge_annotators.py. It holds ten times the long sets' money and percentage facts.
Set 20130206 (fourteenth session, "The fourteenth session") is the rest of the same pool, 61
pages, made the same way before that session's rounds were merged; it joins the group.

Set 20130210 (sixteenth session, "The sixteenth session" in docs/accuracy.md) is a group of its
own: 100 archive pages that no earlier set or survey had drawn (mostly news items, median about
100 words), two annotators a page, blind, **events only**, drawn and annotated after the session's
first rounds were merged and before its last; no rule was written from it (set 20130209, drawn
with it, is a source). Only event measures are asserted: its gold holds no figures. Set 20130213
(eighteenth session, "The eighteenth session") joins it: 100 more such pages (80-600 words, from
the last unannotated pool), made the same way, drawn and annotated at the session's start and
scored before any of its rounds was merged (set 20130214, drawn with it, is a source).

The floors sit about two errors below the figures they were set from (main at the end of
2026-12-05's session, below), so that noise of one error is tolerated and a real loss is not.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate, load_jsonl, read_doc_list

JUDGEMENTS = Path(__file__).resolve().parents[1] / "docs" / "judgements"
HELD_OUT = (
    "20121226",
    "20121229",
    "20130101",
    "20130115",
    "20130116",
    "20130117",
    "20130118",
    "20130119",
    "20130120",
    "20130121",
    "20130122",
    "20130123",
)

# 2026-12-05, main at the end of the sixth session (rounds 12au-12ba, 16y), the twelve sets
# together (689 pages): event P 0.904, R 0.824, F1 0.862 (206 matched, 22 false positives, 44
# misses); all types F1 0.887 (287, 25, 48); strict F1 over all types 0.788; event date 143/170 =
# 0.841; at the end of the seventh session (rounds 12bb-12be, 16aa, 16ab) the same but for one
# more right date, 144/170 = 0.847, and strict F1 0.791; at the end of the eighth session (rounds
# 12bf-12bk, 16ad): event P 0.904, R 0.828, F1 0.864 (207, 22, 43), all types F1 0.889 (288, 25,
# 47), strict F1 0.796, event date 146/171 = 0.854; at the end of the ninth session (rounds
# 12bm-12bq, 16ae, 16af): event P 0.901, R 0.836, F1 0.867 (209, 23, 41), all types F1 0.891
# (290, 26, 45), strict F1 0.802, event date 148/172 = 0.860; at the end of the twelfth session
# (rounds 12cg-12cm): event P 0.909, R 0.836, F1 0.871 (209, 21, 41), all types F1 0.894 (290, 24,
# 45), strict F1 0.807, event date 148/172 = 0.860; at the end of the fourteenth session (rounds
# 12cw-12dh; 12cy was reverted after these pages showed it 3 false positives): event P 0.899, R
# 0.852, F1 0.875 (213, 24, 37), all types F1 0.896 (294, 27, 41), strict F1 0.811, event date
# 152/176 = 0.864; the floors are set from these. (The first nine sets alone, 510 pages,
# at the end of the fifth session: event F1 0.843, strict 0.773; the first three, 150 pages, at
# the end of 2026-12-04: event F1 0.852.)
FLOORS = {
    ("event", "f1"): 0.87,  # two more misses give 0.870
    ("event", "precision"): 0.89,  # two more false positives give 0.891
    ("all", "f1"): 0.89,  # two more misses give 0.893
    ("all", "strict_f1"): 0.80,  # two fewer fully right facts give 0.805
}
EVENT_DATE_FLOOR = 0.85  # two fewer right dates give 150/176 = 0.852

HELD_OUT_SHORT = ("20130124", "20130126", "20130127", "20130129", "20130130", "20130131")
# 2026-12-05, main at the end of the seventh session, sets 20130124 and 20130126 together (600
# short pages, 79 firm events): event P 0.983, R 0.747, F1 0.849 (59 matched, 1 false positive,
# 20 misses); all types F1 0.874 (76, 2, 20); strict F1 over all types 0.770; event date 40/48.
# At the end of the eighth session, with set 20130127 (drawn before its rounds), 900 pages, 103
# firm events: event P 0.963, R 0.767, F1 0.854 (79, 3, 24); all types F1 0.877 (100, 4, 24);
# strict F1 0.781; event date 55/65 = 0.846. At the end of the ninth session, with set 20130129
# (drawn before its rounds; scored alone at its first scoring: event F1 0.711, 24 firm events),
# 1,200 pages, 127 firm events, main at the start of the ninth session: event P 0.922, R 0.748,
# F1 0.826 (95, 8, 32); all types F1 0.855 (121, 9, 32); strict F1 0.749; event date 66/79 =
# 0.835. At its end (rounds 12bm-12bq, 16ae, 16af): event P 0.923, R 0.756, F1 0.831 (96, 8,
# 31); all types F1 0.859 (122, 9, 31); strict F1 0.761; event date 68/80 = 0.850. At the end
# of the tenth session, with set 20130130 (drawn before its rounds; 287 pages, event F1 0.909 at
# its first scoring, 40 firm events), 1,487 pages, 167 firm events: event P 0.930, R 0.790, F1
# 0.854 (132, 10, 35); all types F1 0.877 (164, 11, 35); strict F1 0.775; event date 96/112 =
# 0.857. In the eleventh session set 20130131 (300 pages drawn after two of its rounds from
# pages no round had read; 27 firm events: event F1 0.857, dates 11/18 at its first scoring, the
# same at the end) joined: 1,787 pages, 194 firm events, at the end of the session event P
# 0.933, R 0.789, F1 0.855 (153, 11, 41); all types F1 0.876 (188, 12, 41); strict F1 0.755;
# event date 107/130 = 0.823. At the end of the twelfth session (rounds 12cg-12cm): event P 0.934,
# R 0.804, F1 0.864 (156, 11, 38); all types F1 0.884 (191, 12, 38); strict F1 0.769; event date
# 111/133 = 0.835. The floors below were raised from these figures.
SHORT_FLOORS = {
    ("event", "f1"): 0.85,  # two more misses give 0.858
    ("event", "precision"): 0.92,  # two more false positives give 0.923
    ("all", "f1"): 0.87,  # two more misses give 0.879
    ("all", "strict_f1"): 0.75,  # two fewer fully right facts give 0.759
}
SHORT_EVENT_DATE_FLOOR = 0.81  # two fewer right dates give 109/133 = 0.820

HELD_OUT_WHOLE = ("20130205", "20130206")
# 2026-12-05, the thirteenth session: main at its start (21e4531) event P 0.929, R 0.812, F1
# 0.867 (52 matched, 4 false positives, 12 misses; 64 firm events); event date 25/32; money F1
# 0.966 (286, 2, 18); percentage F1 0.996 (419, 0, 3; period 88/101, change 182/189); all types
# F1 0.975; strict F1 0.914. At its end (rounds 12co-12cv): event P 0.930, R 0.828, F1 0.876
# (53, 4, 11), event date 26/33; money unchanged; percentage F1 0.999 (421, 0, 1; period 89/101,
# change 183/189); all types F1 0.977; strict F1 0.920. In the fourteenth session the pool's
# other 61 pages, set 20130206 (two annotators a page, blind, annotated before that session's
# rounds were merged), joined the group: 181 pages. Main at the session's start: event P 0.945, R
# 0.821, F1 0.879 (69, 4, 15), event date 34/42; at its end (rounds 12cw-12dh): event P 0.948, R
# 0.869, F1 0.907 (73, 4, 11), event date 38/46; money F1 0.970 (467, 4, 25); percentage F1
# 0.998 (635, 0, 3; period 130/144, change 253/263); all types F1 0.980 (1192, 8, 40); strict F1
# 0.936. The floors are set from these.
WHOLE_FLOORS = {
    ("event", "f1"): 0.89,  # two more misses give 0.893
    ("event", "precision"): 0.92,  # two more false positives give 0.924
    ("money", "f1"): 0.96,  # two more misses give 0.968
    ("percentage", "f1"): 0.99,  # two more misses give 0.996
    ("all", "f1"): 0.97,  # two more misses give 0.979
    ("all", "strict_f1"): 0.93,  # two fewer fully right facts give 0.934
}
WHOLE_EVENT_DATE_FLOOR = 0.78  # two fewer right dates give 36/46 = 0.783


HELD_OUT_FRESH_EVENTS = ("20130210", "20130213")
# 2026-12-06, main at the end of the sixteenth session, set 20130210: event P 0.861, R 0.921, F1
# 0.890 (93 matched, 15 false positives, 8 misses; 101 firm events), event date 48/53 = 0.906. At
# the end of the seventeenth: P 0.877, R 0.921, F1 0.899 (13 false positives), date 49/53 =
# 0.925. In the eighteenth, set 20130213 joined (alone, main at the session's start: P 0.910, R
# 0.888, F1 0.899; date 60/71); both sets, 200 pages, 226 firm events, at the session's start and
# end: P 0.895, R 0.903, F1 0.899 (204 matched, 24 false positives, 22 misses), date 109/124 =
# 0.879. The floors are set from these, two errors below.
FRESH_EVENTS_FLOORS = {
    ("event", "f1"): 0.89,  # two more misses give 0.894
    ("event", "precision"): 0.88,  # two more false positives give 0.887
}
FRESH_EVENTS_DATE_FLOOR = 0.86  # two fewer right dates give 107/124 = 0.863


def _gold_and_pages(name: str) -> tuple[list[dict], list[str]]:
    return (
        load_jsonl(JUDGEMENTS / f"gold-{name}.jsonl"),
        read_doc_list(f"@{JUDGEMENTS / f'pages-{name}.txt'}"),
    )


def _score_sets(names, facts: list[dict], extracted: set[str]) -> dict:
    """The gold sets `names` scored together, on their pages' records among `facts` (a run
    that extracted the documents `extracted`)."""
    gold: list[dict] = []
    ids: list[str] = []
    for name in names:
        set_gold, set_ids = _gold_and_pages(name)
        gold += set_gold
        ids += set_ids
    missing = sorted(set(ids) - extracted)
    assert not missing, f"pages of the sets with no document record: {missing[:5]}"
    return evaluate(gold, facts, ids)


# each group of held-out sets with its floors: (sets, floors by measure, event-date floor, the
# fewest dated events the date measure may rest on)
GROUPS = {
    "long": (HELD_OUT, FLOORS, EVENT_DATE_FLOOR, 150),  # about 170 dated events
    "short": (HELD_OUT_SHORT, SHORT_FLOORS, SHORT_EVENT_DATE_FLOOR, 100),  # about 110
    "whole": (HELD_OUT_WHOLE, WHOLE_FLOORS, WHOLE_EVENT_DATE_FLOOR, 40),  # 46
    # 124 dated events
    "fresh events": (HELD_OUT_FRESH_EVENTS, FRESH_EVENTS_FLOORS, FRESH_EVENTS_DATE_FLOOR, 100),
}
ALL_HELD_OUT = HELD_OUT + HELD_OUT_SHORT + HELD_OUT_WHOLE + HELD_OUT_FRESH_EVENTS


@pytest.fixture(scope="module")
def held_out_result(archive_run):
    """A group's held-out sets scored together (the long ones: 689 pages; the short: 1,787; the
    whole transcripts: 181; the fresh events-only sets: 200), each group once for the module,
    from the session's run over the whole archive: a page's records do not depend on the other
    pages of a run (when this fixture stopped running the groups' pages alone, in the
    thirty-first session, each group's records from the two runs were the same, and so were its
    scores), and the archive is extracted once per session, not once more for 2,857 pages."""
    facts = load_jsonl(archive_run.path("facts"))
    extracted = {str(doc["doc_id"]) for doc in load_jsonl(archive_run.path("docs"))}

    @functools.cache
    def score(group: str) -> dict:
        return _score_sets(GROUPS[group][0], facts, extracted)

    return score


@pytest.mark.parametrize("name", ALL_HELD_OUT)
def test_every_gold_fact_is_on_a_listed_page_and_no_page_twice(name):
    gold, ids = _gold_and_pages(name)
    assert len(ids) == len(set(ids))
    assert {str(f["doc_id"]) for f in gold} <= set(ids)


def test_the_held_out_sets_share_no_page():
    seen: set[str] = set()
    for name in ALL_HELD_OUT:
        ids = set(_gold_and_pages(name)[1])
        assert not ids & seen
        seen |= ids
    assert len(seen) == 2857


@pytest.mark.parametrize(
    ("group", "fact_type", "measure"),
    [(group, *key) for group, (_, floors, _, _) in GROUPS.items() for key in sorted(floors)],
)
def test_accuracy_on_pages_nobody_tuned_to(held_out_result, group, fact_type, measure):
    floors = GROUPS[group][1]
    assert held_out_result(group)["scores"][fact_type][measure] >= floors[(fact_type, measure)]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_event_dates_on_pages_nobody_tuned_to(held_out_result, group):
    _, _, floor, fewest = GROUPS[group]
    dates = held_out_result(group)["scores"]["event"]["fields"]["date"]
    assert dates["total"] >= fewest  # the measure rests on dozens of dated events, not a handful
    assert dates["accuracy"] >= floor
