"""A money or percentage figure's `outlook` (schema 1.5, round out60): whether the sentence
gives it as what is or was (None), as what the speaker expects (`"forecast"`) or as a goal or a
plan (`"target"`).

It reads the cue lists the subject finder already reads to refuse a target's subject, through
the same clause logic (`pipeline.nlp.subject.targets`), over the figure's own clause, the
units between the marks of `target_clause_marks` around it:

- **target**: a phrase of `target_modals` before the figure in its clause ("the target is",
  "we must reach", "plan to", "aim to"; not "I must say"), or an aim named by a gerund
  ("the task of raising exports to 30 percent", `aimed_by_a_gerund`);
- **forecast**: a phrase of `forecast_modals` ("will", "is expected to") or of
  `outlook_forecast_words` ("forecast", "projected", "expected") before the figure in its
  clause, not one inside a turn of speech of series.json's `not_hypothetical` (a speaker's
  "would like to say", "would note");
- then, after the figure in its clause, a word of `outlook_target_words_after` makes a target
  ("$30 billion as a target for 2024", "the sums planned for roads") and one of
  `outlook_forecast_words` or `forecast_modals` a forecast ("growth of 3 percent is expected",
  "40 billion rubles will be spent on roads");
- **forecast** at last for a deadline in a later year than the page's (`deadline_before`, "by
  2030") or a year after the page's year in the clause ("in 2030 exports reach $60 billion");
- after the figure its clause also stops at a word of `outlook_clause_joiners` ("and"): "grew
  by 5 percent last year and is expected to rise" gives the next figure as a forecast;
- **none** for a figure that follows a word of `outlook_starting_words` ("from", maybe after
  `outlook_starting_skip`: "from the current 21 percent"): the level a forecast or a goal
  starts from (not a range's own "from": "we plan to invest from $5 to $9 billion");
- the cue lists are shared with the subject rules; the outlook narrows them on its own (round
  out62, `_sets_outlook`): no phrase of `outlook_cues_refused` ("the budget can handle a price
  of $40"), no modal that governs a verb of `outlook_verbs_refused` ("we should check the
  wages of 10,000 rubles"), no cue ending in "to" before a word of `outlook_to_refused` ("is to
  the left by 30 percent"), no cue after "as" (`outlook_as_words`: "as we want it", "as we
  predicted");
- **none** for a hypothetical (series.json's `hypothetical_cues`, as `speechfacts series`
  reads them: "if ... would", "will mean"): what something would do, not an outlook.

It reads only the figure's sentence (the subject component's units, which the paragraph
prefilter keeps whole), once per figure: no per-word work over the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.nlp.subject.phrase_index import _first_words
from pipeline.series_checks import HypotheticalRules, is_hypothetical

if TYPE_CHECKING:
    from pipeline.nlp.subject.finder import _Finder

FORECAST = "forecast"
TARGET = "target"
OUTLOOK_TYPES = ("money", "percentage")


def outlook(
    finder: _Finder,
    hypothetical: HypotheticalRules | None,
    sentence: str,
    sentence_start: int,
    start: int,
    end: int,
    is_range: bool = False,
) -> str | None:
    """The outlook of the finder's figure: "target", "forecast" or None. `sentence` is the
    figure's sentence, `sentence_start` its offset in the document and [start, end) the
    figure's offsets in the sentence (for the hypothetical test and the turns of speech,
    skipped when `hypothetical` is None). `is_range`: the figure is a range ("from $5 to $9
    billion"), whose "from" is its own, no starting point."""
    if finder.fact_type not in OUTLOOK_TYPES:
        return None
    if hypothetical is not None and is_hypothetical(hypothetical, sentence, start, end):
        return None
    r = finder.rules
    if not is_range and _a_starting_point(finder):
        return None  # "set to climb from 15 to 23 percent": 15 is where it stands now
    first, stop = finder.clause_start() + 1, finder.clause_end()
    # after the figure, its clause stops at a joiner too ("grew by 5 percent last year and is
    # expected to rise by 6 percent": the forecast is the next figure's)
    after = finder.fe
    while after < stop and not (
        finder.free_word(after) and finder.u[after].lower in r.outlook_clause_joiners
    ):
        after += 1
    if _target_cue(finder, first) or finder.aimed_by_a_gerund():
        return TARGET
    # "I would like to note that trade grew by 5 percent": a turn of speech of series.json's
    # `not_hypothetical`, no forecast
    # (read at the first cue found, a pure test: most clauses have no cue, and then the
    # sentence is not scanned for turns of speech at all)
    spared: list[tuple[int, int]] | None = None
    # the words a cue can open with, looked up once per word before the phrases are tried (a
    # word that opens none has no cue: `phrase_ends_at` would find nothing there)
    opens = _first_words((r.forecast_modals, r.outlook_forecast_words))
    for k in range(max(first, 0), finder.fs):
        if opens is not None and finder.u[k].lower not in opens:
            continue
        ends = _forecast_ends(finder, k, finder.fs, turns=True)
        if not ends:
            continue
        if spared is None:
            spared = _turns_of_speech(hypothetical, sentence, sentence_start)
        if any(a <= finder.u[k].start < b for a, b in spared):
            continue
        if any(_sets_outlook(finder, k, e, finder.fs) for e in ends):
            return FORECAST
    opens = _first_words(
        (r.outlook_target_words_after, r.forecast_modals, r.outlook_forecast_words)
    )
    for k in range(finder.fe, after):
        if opens is not None and finder.u[k].lower not in opens:
            continue
        if finder.phrase_ends_at(k, r.outlook_target_words_after, after):
            return TARGET
        if any(_sets_outlook(finder, k, e, after) for e in _forecast_ends(finder, k, after)):
            return FORECAST
    if r.deadline_prepositions and (finder.deadline_before() or finder.deadline_at(finder.fe)):
        return FORECAST
    if finder.doc_year is not None and any(_later_year(finder, k) for k in range(first, after)):
        return FORECAST
    return None


def _target_cue(finder: _Finder, first: int) -> bool:
    """A phrase of `target_modals` before the figure in its clause that sets a goal: as the
    subject rules read it (`modal_between`: not "I must say"), and, for the outlook only, not
    one of `outlook_cues_refused` ("the budget can handle a price of $40") nor one that
    `_sets_outlook` refuses."""
    r = finder.rules
    opens = _first_words((r.target_modals,))
    for k in range(max(first, 0), finder.fs):
        if opens is not None and finder.u[k].lower not in opens:
            continue
        for end in finder.phrase_ends_at(k, r.target_modals, finder.fs):
            phrase = " ".join(finder.u[i].lower for i in range(k, end))
            if phrase in r.outlook_cues_refused:
                continue
            if finder.said_not_meant(end, finder.fs):
                continue
            if _sets_outlook(finder, k, end, finder.fs):
                return True
    return False


def _forecast_ends(finder: _Finder, k: int, stop: int, turns: bool = False) -> list[int]:
    """The ends of the phrases of `forecast_modals` and `outlook_forecast_words` at `k`; with
    `turns`, no modal of a speaker's turn of speech ("I will say that ...": `_a_speakers_turn`)."""
    r = finder.rules
    modals = () if turns and _a_speakers_turn(finder, k) else r.forecast_modals
    return finder.phrase_ends_at(k, modals, stop) + finder.phrase_ends_at(
        k, r.outlook_forecast_words, stop
    )


def _sets_outlook(finder: _Finder, k: int, end: int, stop: int) -> bool:
    """Whether the cue phrase [k, end) gives the figure as an outlook, by the outlook's own
    narrowing (the subject rules' lists are shared and stay as they are):

    - not a modal that governs a verb of `outlook_verbs_refused`, maybe after words of
      `outlook_modal_skip_words`: "we should check the wages of 10,000 rubles", "we will have
      to check", "he will tell you about the 30 percent growth": the plan is to check or to
      tell, the figure is what is;
    - not a phrase ending in "to" before a word of `outlook_to_refused` ("the", "about"): its
      "to" is a preposition, no infinitive ("the party is to the left by 20 percent");
    - not a cue after a word of `outlook_as_words` ("as"), maybe after words of
      `outlook_as_skip` ("we"): a comparison of what is with a wish or an expectation
      ("exactly as we want it, with growth of 15 percent", "as expected, prices rose"); not
      one before an infinitive, a causal "as" ("as we plan to raise wages by 8 percent")."""
    r = finder.rules
    nxt = end
    while nxt < stop and finder.free_word(nxt) and finder.u[nxt].lower in r.outlook_modal_skip:
        nxt += 1
    if nxt < stop and finder.free_word(nxt) and finder.u[nxt].lower in r.outlook_verbs_refused:
        return False
    if (
        finder.u[end - 1].lower == "to"
        and end < stop
        and finder.free_word(end)
        and finder.u[end].lower in r.outlook_to_refused
    ):
        return False
    if finder.u[end - 1].lower == "to" or (end < stop and finder.u[end].lower == "to"):
        return True  # "as we plan to raise wages by 8 percent": a causal "as", the goal stands
    j = k - 1
    while j >= 0 and finder.free_word(j) and finder.u[j].lower in r.outlook_as_skip:
        j -= 1
    return not (j >= 0 and finder.free_word(j) and finder.u[j].lower in r.outlook_as_words)


def _a_starting_point(finder: _Finder) -> bool:
    """The figure follows a word of `outlook_starting_words` ("from"), maybe after words of
    `outlook_starting_skip` ("the current"): where a forecast or a goal starts from, the level
    of now ("will climb from 15 to 23 percent", "cut it from the current 21 percent")."""
    r = finder.rules
    k = finder.fs - 1
    while k >= 0 and finder.free_word(k) and finder.u[k].lower in r.outlook_starting_skip:
        k -= 1
    return finder.free_word(k) and finder.u[k].lower in r.outlook_starting_words


def _a_speakers_turn(finder: _Finder, k: int) -> bool:
    """The phrase of `forecast_modals` at `k` follows a word of `outlook_turn_subjects` ("I")
    and comes before a word of `target_modal_not_before` ("say", "note", "remind"), as a
    target's modal does in "I must say": "I will say that exports grew by 5 percent" is a turn
    of speech, no forecast (review61)."""
    before = finder.u[k - 1] if k > 0 else None
    return (
        before is not None
        and finder.free_word(k - 1)
        and before.lower in finder.rules.outlook_turn_subjects
        and not finder.modal_at(k, finder.fs, finder.rules.forecast_modals)
    )


def _turns_of_speech(
    hypothetical: HypotheticalRules | None, sentence: str, sentence_start: int
) -> list[tuple[int, int]]:
    """The character spans (in the document) of the sentence's turns of speech that look like
    a hypothetical or a forecast and are neither (series.json's `not_hypothetical`: "I would
    like to", "I would say")."""
    if hypothetical is None:
        return []
    return [
        (sentence_start + m.start(), sentence_start + m.end())
        for m in hypothetical.not_hypothetical.finditer(sentence)
    ]


def _later_year(finder: _Finder, k: int) -> bool:
    """A year of four digits at `k`, in no figure, after the page's year. Only ASCII digits:
    "²⁰²⁵" is digits to `str.isdigit` but no number to `int`."""
    unit = finder.u[k]
    return (
        unit.fact is None
        and len(unit.text) == 4
        and unit.text.isascii()
        and unit.text.isdigit()
        and int(unit.text) > finder.doc_year
    )
