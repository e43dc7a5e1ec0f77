"""Names that a bracketed gloss interrupts (issue 12, round ev90).

A page writes a body's initials or a translation in round brackets inside a gathering's
capitalised name: "the 5th International Lake (Lake State Institute) Alumni Forum", "the Pine
Energy Week (PEW) Energy Efficiency Forum", "the 12th meeting of the Pobeda (Victory)
Organising Committee". The finder walks a name back from its head and stops at the bracket, so
it gives the part after the bracket ("Alumni Forum", a cut name), or two names (the part before
the bracket is an event of its own), or ends an "of" tail at the bracket ("the 12th meeting of
the Pobeda"). `bridge_bracketed_glosses` runs such a name on across the bracket:

- back: a name that starts with a capitalised word right after "(gloss) ", where a run of
  capitalised words (ordinals and years included) ends right before the bracket, starts at the
  run (a name found inside the run is taken into it);
- on: a name with an "of" tail that ends with a capitalised word right before " (gloss) " and
  a run of capitalised words runs on to the end of that run.

The gloss holds no bracket or line break and at most `max_gloss_chars` characters; the run's
words are not `not_run_words` (a sentence's first word such as "On" or "The" starts no name),
and a run of `not_run_words` alone leaves the name as it was. The gloss's words start with a
capital or are `gloss_lowercase_words` (a clause or a date in brackets is no gloss), and a run
right after a capitalised word and one of `joiners_before_run` ("the Union of Free Lake States
(UFLS) ...") is the tail of a longer name: taken alone it would cut that name, so the name is
left as found (both review90).

The bracketed initials right before a head ("Lake Union (LU) summit") are round bo's rule
(`bracketed_initials_before_head`): the finder keeps those inside the name already.
Rules: events.json's `bracketed_glosses`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["bridge_bracketed_glosses"]

_SP = r"[^\S\n]"  # one white space inside a line
# a capitalised word, an ordinal in digits or a year ("5th", "2031"): a word of a name's run
_RUN_WORD = r"(?:[A-Z][\w’'-]*(?<![’'-])|\d+(?:st|nd|rd|th)|\d{4})"


@dataclass(frozen=True)
class _Glosses:
    """The compiled rule: the bracket and run before a name, the bracket and run after one."""

    before: re.Pattern
    after: re.Pattern
    not_run_words: frozenset[str]
    gloss_lowercase_words: frozenset[str]
    # the end of the text before a run that makes it the tail of a longer name ("Union of ")
    joined_before: re.Pattern | None


@compiled_from_rules
def _glosses(ruleset: Rules) -> _Glosses | None:
    """events.json's `bracketed_glosses`, compiled; None when off (no `max_gloss_chars`)."""
    rule = ruleset.get("events", required=("heads",)).get("bracketed_glosses") or {}
    most = int(rule.get("max_gloss_chars", 0))
    if most <= 0:
        return None
    gloss = rf"\((?P<gloss>[^()\n]{{1,{most}}})\)"
    return _Glosses(
        # searched in the text before a name: the run, the gloss, one space, the name's start
        before=re.compile(
            rf"(?<![\w’'-])(?P<run>{_RUN_WORD}(?:{_SP}{_RUN_WORD})*){_SP}{gloss}{_SP}\Z"
        ),
        # matched at a name's end: one space, the gloss, one space, the run
        after=re.compile(
            rf"{_SP}{gloss}{_SP}(?P<run>[A-Z][\w’'-]*(?<![’'-])(?:{_SP}[A-Z][\w’'-]*(?<![’'-]))*)"
            r"(?![\w’'-])"
        ),
        not_run_words=frozenset(w.lower() for w in rule.get("not_run_words", [])),
        gloss_lowercase_words=frozenset(rule.get("gloss_lowercase_words", [])),
        joined_before=(
            re.compile(rf"[A-Z][\w’'-]*{_SP}(?:{phrase_alternation(joiners)}){_SP}\Z")
            if (joiners := rule.get("joiners_before_run"))
            else None
        ),
    )


def _is_gloss(g: _Glosses, gloss: str) -> bool:
    """Whether the bracket's text reads as initials or a name's translation: each word starts
    with a capital (after an opening quote) or is one of `gloss_lowercase_words` (so no word
    is a bare number). A clause ("founded in 2030", "see above") or a date ("2030", "May 5") is
    no gloss of the name around it (review90)."""
    for word in gloss.split():
        word = word.strip("“”‘’\"'.,;:")
        if word in g.gloss_lowercase_words:
            continue
        if not word[:1].isupper():  # (a digit is not upper case: "2030", "5" refuse)
            return False
    return True


def _run_start(g: _Glosses, text: str, run: re.Match) -> int | None:
    """Where the run before a bracket starts once `not_run_words` are dropped from its front
    ("On Lake Energy Week": at "Lake"); None when nothing is left."""
    words = list(re.finditer(r"\S+", run.group("run")))
    while words and words[0].group(0).lower() in g.not_run_words:
        words.pop(0)
    return run.start("run") + words[0].start() if words else None


def bridge_bracketed_glosses(ruleset: Rules, text: str, found: list[dict]) -> list[dict]:
    """`found` (in text order) with each name a bracketed gloss cut run on across it, back to
    the capitalised run before the bracket or on to the run after it (module docstring); a
    name found inside the run before is taken into the bridged name. Other names are as they
    were. A bridged name carries `bridged_kinds`, the other kinds of the names it took in: a
    later mention of one of them is grouped with it (`events._Groups`)."""
    g = _glosses(ruleset)
    if g is None or not found:
        return found
    out: list[dict] = []
    bridged: set[int] = set()  # ids of the names run on
    for f in found:
        start, end = f["start"], f["end"]
        inner: list[str] = []  # the kinds of the names taken in
        if text[start : start + 1].isupper() and text[max(0, start - 2) : start] == ") ":
            # back: "... International Lake (Lake State Institute) Alumni Forum"
            m = g.before.search(text, max(0, start - 300), start)
            begin = None
            if m and _is_gloss(g, m.group("gloss")):
                begin = _run_start(g, text, m)
            if (
                begin is not None
                and g.joined_before is not None
                and g.joined_before.search(text, max(0, begin - 60), begin)
            ):
                # "the Union of Free Lake States (UFLS) Heads ... meeting": the run is the
                # tail of a longer name; taken alone it would cut that name (review90)
                begin = None
            if begin is not None:
                # a name inside the run ("Pine Energy Week" before "(PEW) Energy ... Forum") is
                # part of the bridged one; one that starts before the run ends it there
                taken = 0
                while taken < len(out) and out[-1 - taken]["start"] >= begin:
                    taken += 1
                if not (taken < len(out) and out[-1 - taken]["end"] > begin):
                    inner = [out.pop()["kind"] for _ in range(taken)]
                    start = begin
        words = f["name"].split()
        if " of " in f["name"] and words and words[-1][:1].isupper():
            # on: "the 12th meeting of the Pobeda (Victory) Organising Committee"
            m = g.after.match(text, end)
            if (
                m
                and _is_gloss(g, m.group("gloss"))
                and m.group("run").split()[0].lower() not in g.not_run_words
            ):
                end = m.end("run")
        if (start, end) == (f["start"], f["end"]):
            out.append(f)
        else:
            out.append({**f, "start": start, "end": end, "name": text[start:end]})
            if start != f["start"] and inner:
                # a later mention of a name taken in is this event ("the Pine Week" again)
                out[-1]["bridged_kinds"] = tuple(k for k in inner if k != f["kind"])
            bridged.add(id(out[-1]))
    # a name run on over the next one's start takes it ("... (Victory) Organising Committee")
    kept: list[dict] = []
    for f in out:
        if kept and f["start"] < kept[-1]["end"] and id(kept[-1]) in bridged:
            continue
        kept.append(f)
    return kept
