"""Loading and validating the rule data files (JSON) kept under models/rules.

Rules are data, code is mechanism: a new currency or qualifier is a line in a rule file. Every file
is checked when loaded, and a problem names the file and the key at fault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

RULE_FILES = (
    "numbers",
    "currencies",
    "qualifiers",
    "percentages",
    "countries",
    "temporal",
    "events",
    "subjects",
    "measures",
    "scopes",
    "units",
    "event_gazetteer",
)

# A saved pipeline (models/speechfacts_en) carries its own copy of the rule files; loading it makes
# that copy the process-wide rule set, so that spacy.load() extracts with the rules it was built
# with.
_overrides: dict[str, Path] = {}
_caches: list[Callable] = []


def rule_cache(func: Callable) -> Callable:
    """functools.cache for things compiled from rule files, cleared when the rule set changes."""
    cached = cache(func)
    _caches.append(cached)
    return cached


def use_rules_from(directory: Path | None) -> None:
    """Read the rule files found in `directory` (a saved pipeline's copy) instead of the installed
    ones; `None` goes back to the installed rules."""
    if directory is None:
        _overrides.clear()
    else:
        for path in sorted(Path(directory).glob("*.json")):
            _overrides[path.stem] = path
    for cached in _caches:
        cached.cache_clear()


def read_rule_text(name: str) -> str:
    if name in _overrides:
        return _overrides[name].read_text(encoding="utf-8")
    return (rules_dir() / f"{name}.json").read_text(encoding="utf-8")


class RuleError(ValueError):
    """A rule file is missing, not valid JSON, or lacks a required key."""


def rules_dir():
    """The installed rule files (package `pipeline.rules`, mapped from models/rules by the build);
    from a source tree that shadows the installed package, models/rules itself."""
    try:
        return resources.files("pipeline.rules")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "models" / "rules"


@rule_cache
def load_rules(name: str, required: tuple[str, ...] = ()) -> dict[str, Any]:
    """Load `<name>.json` from the rules package, checking that `required` keys exist."""
    try:
        data = json.loads(read_rule_text(name))
    except FileNotFoundError as exc:
        raise RuleError(f"rule file {name}.json is missing from {rules_dir()}") from exc
    except json.JSONDecodeError as exc:
        raise RuleError(
            f"rule file {name}.json is not valid JSON: line {exc.lineno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise RuleError(f"rule file {name}.json must hold a JSON object")
    missing = [key for key in required if key not in data]
    if missing:
        raise RuleError(f"rule file {name}.json lacks the key(s): {', '.join(missing)}")
    return data


def normalise_phrase(text: str, *, lower: bool = True) -> str:
    """A matched phrase as its rule-file key: white space folded (the inverse of the flexible
    white space that `phrase_alternation` allows), lowercased unless told otherwise."""
    folded = " ".join(text.split())
    return folded.lower() if lower else folded


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
