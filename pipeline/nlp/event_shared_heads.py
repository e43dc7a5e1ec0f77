"""Gatherings listed by who holds them before one plural head (issue 12, round ek).

"the Lake and Pine summits", "the LU, PCO and HCO summits in Pinetown": the bodies (or pairs)
that hold them are listed, joined by commas and a joiner, before one plural head of `heads`.
Each member names a summit of its own: two or more distinct events, which the guideline
annotates once each. The finder gives one name for the whole list; `split_shared_heads` gives
each member before the last its own name (the member's words as written: "Lake", "LU"), and
the last member keeps the head and what follows it ("PCO summits in Pinetown"). Each part
carries the whole list's name as `list_name` and its member's words as `list_member`: a title
that names the list ("Statement after the Lake and Pine summits") makes each member the page's
own meeting, as it made the list, where the title holds the member's words (review53: not
"Pine" on a page titled "Lake summit", nor "Lake" on one titled "Pine summit").

A member is one to `max_member_words` capitalised words (letters, digits and hyphens: "L20",
"Lake-Pine", "Pine Cooperation Organisation"), maybe after "the". Only a name that is the list
and nothing before it is split, and only where no capitalised word follows the head ("the Lake
and Pine Summits Council": a body); a lowercase member ("the bilateral and Lake summits") or a
member that is not a name leaves it whole.
Rules: events.json's `shared_head_lists`.
"""

from __future__ import annotations

import re

from pipeline.nlp.rules import Rules, compiled_from_rules, phrase_alternation

__all__ = ["shared_head_pattern", "split_shared_heads"]

_SP = r"[^\S\n]+"  # white space inside a line
_CAP = r"[A-Z][\w’'-]*(?<![’'-])"  # a capitalised word ("L20", "Lake-Pine", "EurAsEC")


@compiled_from_rules
def shared_head_pattern(ruleset: Rules) -> re.Pattern | None:
    """events.json's `shared_head_lists`, compiled: a list of members, a joiner, the last
    member and a plural head, matched at a name's start (groups "members", "last"); None
    when the rule is off."""
    rule = ruleset.get("events", required=("heads",)).get("shared_head_lists") or {}
    heads = [h for h in rule.get("heads", []) if h]
    joiners = [j for j in rule.get("joiners", []) if j]
    if not heads or not joiners:
        return None
    words = max(1, int(rule.get("max_member_words", 1)))
    member = rf"{_CAP}(?:{_SP}{_CAP}){{0,{words - 1}}}"
    the = rf"(?:(?i:the){_SP})?"
    return re.compile(
        rf"(?P<members>{member}(?:,{_SP}{the}{member})*),?{_SP}"
        rf"(?:{phrase_alternation(joiners)}){_SP}{the}"
        rf"(?P<last>{member}){_SP}(?:{phrase_alternation(heads)})(?![\w’'-])"
        # the head ends the holders' words: "the Lake and Pine Summits Council" names a body
        rf"(?!{_SP}[A-Z])"
    )


_MEMBER_SPLIT = re.compile(rf",{_SP}(?:(?i:the){_SP})?")


def split_shared_heads(ruleset: Rules, text: str, found: list[dict]) -> list[dict]:
    """`found` with each name that lists holders before one plural head ("Lake and Pine
    summits in Pinetown") given as one name per member: the members before the last by their
    own words ("Lake"), the last with the head and the rest of the name ("Pine summits in
    Pinetown"); of the name's kind. Other names are as they were."""
    pattern = shared_head_pattern(ruleset)
    if pattern is None or not found:
        return found
    out: list[dict] = []
    for f in found:
        m = pattern.match(text, f["start"], f["end"])
        if m is None:
            out.append(f)
            continue
        listed = f["name"]  # what the page's title is read against (`list_name`)
        # each member's span from the separators' (review53: not searched for again)
        base, members = m.start("members"), m.group("members")
        at = 0
        for sep in [*_MEMBER_SPLIT.finditer(members), None]:
            end = len(members) if sep is None else sep.start()
            piece = members[at:end]
            out.append(
                {
                    "start": base + at,
                    "end": base + end,
                    "name": piece,
                    "kind": f["kind"],
                    "list_name": listed,
                    "list_member": piece,
                }
            )
            if sep is not None:
                at = sep.end()
        start = m.start("last")
        out.append(
            {
                **f,
                "start": start,
                "name": text[start : f["end"]],
                "list_name": listed,
                "list_member": m.group("last"),
            }
        )
    return out
