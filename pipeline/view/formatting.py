"""How a fact's normalised fields read on a page: "more than 15,200,000,000 USD", "+7 %"."""

from __future__ import annotations

import html
from typing import Any

QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about",
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
}

UNIT_WORDS = {"percent": "%", "percentage_point": "percentage points", "country": "countries"}

CHANGE_WORDS = {"increase": "rise", "decrease": "fall"}

# the fields a highlight and a fact table show, in this order
DETAIL_FIELDS = (
    "type",
    "value",
    "high",
    "unit",
    "qualifier",
    "change",
    "period",
    "outlook",  # schema 1.5
    "per",
    "speaker",
    "subject",
    "event",
    "name",
    "kind",
    "date",
    "event_key",  # schema 1.4
)


def escape(value: Any) -> str:
    """HTML text (also safe inside a double-quoted attribute); None is empty."""
    return "" if value is None else html.escape(str(value), quote=True)


def number(value: Any) -> str:
    """15200000000 -> "15,200,000,000"; 3.5 -> "3.5"; a value that is not a number as is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    if isinstance(value, float) and abs(value) >= 1e6:
        value = round(value)  # 33.3 trillion is 33300000000000.004 as a float; no cents
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,}"


def amount(fact: dict[str, Any]) -> str:
    """The normalised figure: qualifier, value (a range as low-high), unit, per unit.

    "more than 15,000,000,000 USD", "3,000,000-5,000,000 hectare", "60 USD per barrel"; "" for
    a fact without a value (an event)."""
    if fact.get("value") is None:
        return ""
    figure = number(fact["value"])
    if fact.get("high") is not None:
        figure += "\u2013" + number(fact["high"])
    unit = fact.get("unit")
    if unit:
        words = UNIT_WORDS.get(unit, unit)
        figure += words if words == "%" else f" {words}"
    if fact.get("per"):
        figure += f" per {fact['per']}"
    qualifier = QUALIFIER_WORDS.get(fact.get("qualifier") or "exact", fact.get("qualifier"))
    return f"{qualifier} {figure}" if qualifier else figure


def summary(fact: dict[str, Any]) -> str:
    """A short line for the label of a highlight: the figure (or the event's kind and date),
    the change, the period, the outlook and the subject."""
    parts = []
    if fact.get("type") == "event":
        parts += [fact.get("kind"), fact.get("date")]
    else:
        parts.append(amount(fact))
        if fact.get("change"):
            parts.append(CHANGE_WORDS.get(fact["change"], fact["change"]))
        if fact.get("period") is not None:
            parts.append(str(fact["period"]))
        if fact.get("outlook"):
            parts.append(fact["outlook"])  # a forecast or a target, not a stated level
        if fact.get("subject"):
            parts.append(fact["subject"])
        if fact.get("event"):
            parts.append(f"at {fact['event']}")
    return " \u00b7 ".join(str(p) for p in parts if p)


# one colour per fact type: light for highlights in text, strong for chart marks
HIGHLIGHT_COLOURS = {
    "money": "#bfe6b0",
    "percentage": "#b3d4f7",
    "country_count": "#f9d29c",
    "event": "#dcc3f5",
    "quantity": "#a9e4dc",
}
CHART_COLOURS = {
    "money": "#3a8d2a",
    "percentage": "#2b6cb0",
    "country_count": "#d9730d",
    "event": "#7d45bf",
    "quantity": "#17897b",
}
OTHER_COLOUR = "#cccccc"
