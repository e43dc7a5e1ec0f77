"""Refusals read from a figure's record once the finder has given a subject: the unit it is per
("20,000 rubles per month"), a share above the whole ("140 percent of"), a ceiling ("up to"),
and its key (a bare rate, a rate of one deal).
"""

from __future__ import annotations

from pipeline.nlp.subject.rule_lists import SubjectRules


def _per_unit_dropped(rules: SubjectRules, subject: str, per: str | None) -> bool:
    """The amount is given per a unit of `per_restricting_units` ("the average pension will
    reach 20,000 rubles per month", "benefits of 8,700 rubles a month", "investment of 20,000
    rubles per capita") that the subject does not name (neither the unit nor a word of
    `per_unit_words`: "monthly"): the subject would drop what the amount is per, so it is
    refused. "A year" is not listed: it is the period of a yearly amount. An amount per a unit
    of price (`per_price_units`: "per barrel", "per tonne") is refused when its subject has no
    word of `per_price_words` and does not name the unit: "an oil price of $40 per barrel" is a
    price by itself, "our premium at $11 per barrel" drops what it is per (issue 16k)."""
    if per and per.lower() in rules.per_price_units:
        # "Analysts put our discount at $9 per barrel": a price per its unit names the
        # price; any other amount per a unit of price drops the unit (seed 2038)
        words = set(subject.lower().replace("-", " ").split())
        return not words & rules.per_price_words and per.lower() not in words
    if not per or per.lower() not in rules.per_restricting:
        return False
    unit = per.lower()
    named = dict(rules.per_unit_words).get(unit, ())
    words = set(subject.lower().replace("-", " ").split())
    return unit not in words and not any(w in words for w in named)


def _beyond_a_share(rules: SubjectRules, fact: dict) -> bool:
    """A percentage read as a part of the whole after it ("N percent of X") but above
    `share_max_percent` ("stocks were restored at 140 percent of the yearly draw", "the harvest
    came to 110 percent of the target") or counted in percentage points: no part is that much of
    its whole, so the figure is a ratio of something the sentence names before it, which the
    whole alone does not name: no subject (issue 16q). "Over 100 percent" is above it too
    (`share_beyond_qualifiers`, issue 16u)."""
    if rules.share_max_percent is None or fact.get("type") != "percentage":
        return False
    if fact.get("unit") not in (None, "percent"):
        return True
    top = max(v for v in (fact.get("value"), fact.get("high"), 0) if v is not None)
    if top == rules.share_max_percent and fact.get("qualifier") in rules.share_beyond_qualifiers:
        return True  # "over 100 percent of their targets" (issue 16u)
    return top > rules.share_max_percent


def _a_ceiling(rules: SubjectRules, text: str) -> bool:
    """The figure is a ceiling: its text opens with a phrase of `ceiling_openers_refused` ("up
    to 40 percent of seed potatoes", "should not exceed 30 percent of", "trim up to 30 percent
    off capital spending"): a limit, a target or the top of a range, not the level the subject
    names: no subject (issue 16x). "A maximum of 5 percent" (a peak) is kept."""
    text = text.lower()
    return any(text.startswith(p) for p in rules.ceiling_openers_refused)


def _key_of_a_level(rules: SubjectRules, label: str, fact: dict, part_of: bool) -> str | None:
    """`fact`'s key, refused (None) or read as a rate (issue 16ad): a key of
    `bare_keys_refused` ("growth rate": of what?) is refused; a percentage whose key ends in a
    word of `measureless_percentage_heads` ("the consolidated budget grew by 12 percent": its
    revenue or its spending?) is refused; a percentage level (no change) whose key ends in a
    word of `rate_level_heads` is its rate ("an income tax of 13 percent": "income tax rate").
    A whole ("12 percent of the consolidated budget", `part_of`) is left alone."""
    key = fact["subject_key"]
    if part_of:
        return key
    if key in rules.bare_keys_refused:
        return None
    if label != "percentage":
        return key
    last = key.split()[-1]
    if last in rules.measureless_percentage_heads:
        return None
    if last in rules.rate_level_heads and not fact.get("change"):
        return f"{key} rate"
    return key


def _unnamed_deal_rate(rules: SubjectRules, key: str) -> bool:
    """Whether `key` is a rate of `deal_rate_keys` ("interest rate", "mortgage rate", "tax
    rate") with no word before it but those of `deal_rate_modifiers` ("average", "minimum",
    "today"): the rate of one loan, programme or tax, which the key does not name, so two such
    figures need not be one series (issue 16v). "Key rate", "mortgage rate for large families"
    or "interest rate on student loans" name theirs and are kept."""
    for phrase in rules.deal_rate_keys:
        if key == phrase or key.endswith(" " + phrase):
            before = key[: len(key) - len(phrase)].split()
            return all(w in rules.deal_rate_modifiers for w in before)
    return False
