"""Loading and validating the rule data files (JSON) kept under models/rules.

Rules are data, code is mechanism: a new currency or qualifier is a line in a rule file. Every file is
checked when loaded, and a problem names the file and the key at fault.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class RuleError(ValueError):
    """A rule file is missing, not valid JSON, or lacks a required key."""


def rules_dir():
    return resources.files("pipeline.rules")


@cache
def load_rules(name: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """Load `<name>.json` from the rules package, checking that `required` keys exist."""
    path = rules_dir() / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuleError(f"rule file {name}.json is missing from {rules_dir()}") from exc
    except json.JSONDecodeError as exc:
        raise RuleError(f"rule file {name}.json is not valid JSON: line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"rule file {name}.json must hold a JSON object")
    missing = [key for key in required if key not in data]
    if missing:
        raise RuleError(f"rule file {name}.json lacks the key(s): {', '.join(missing)}")
    return data


def phrase_alternation(phrases, *, escape: bool = True) -> str:
    """A regex alternation of phrases, longest first, with flexible white space inside phrases."""
    import re

    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    parts = []
    for phrase in items:
        text = re.escape(phrase) if escape else phrase
        # re.escape turns a space into "\ "; any run of white space may stand for it
        parts.append(text.replace("\\ ", r"\s+"))
    return "(?:" + "|".join(parts) + ")"
