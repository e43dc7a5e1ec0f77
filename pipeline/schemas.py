"""The JSON Schemas of fact and document records, and a fast check of records against them.

The schemas are data shipped in the package (`pipeline/schema/*.json`); `speechfacts schema`
prints them and `speechfacts load` refuses records that do not match them.

Why a checker of our own instead of the `jsonschema` package: loading checks every line of files
with millions of records, and a checker compiled for the few keywords these schemas use is over ten
times faster (about 15 µs against 230 µs a fact record) and needs no run-time dependency. It
understands exactly the keywords listed in `KEYWORDS` and refuses a schema that uses any other
one, so a schema edit can never be silently half-checked. The tests check that it agrees with
`jsonschema` (Draft 2020-12, formats checked) on the shipped schemas.
"""

from __future__ import annotations

import datetime
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from typing import Any

# Record kinds that have a schema, in the order `speechfacts schema` prints them.
SCHEMA_NAMES = ("fact", "document")

# Annotations (ignored when checking) and the assertions this checker implements.
ANNOTATIONS = frozenset({"$schema", "$id", "title", "description"})
KEYWORDS = ANNOTATIONS | {
    "type",
    "enum",
    "const",
    "pattern",
    "format",
    "minimum",
    "minLength",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "if",
    "then",
    "else",
}

# A check returns None when the value is valid, else a reason for a person (or FAILED, when
# compiled quiet: an `if` condition, where only whether it holds matters).
Check = Callable[[Any, str], "str | None"]
FAILED = "invalid"


class SchemaError(ValueError):
    """A schema uses something this checker does not implement."""


def schema_text(name: str) -> str:
    """The schema file exactly as shipped."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no schema named {name!r}; choose from {', '.join(SCHEMA_NAMES)}")
    return resources.files("pipeline").joinpath(f"schema/{name}.schema.json").read_text("utf-8")


@cache
def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_text(name))


@cache
def validator(name: str) -> Callable[[Any], str | None]:
    """`validator("fact")(record)` is None for a valid record, else the first reason it is not."""
    check = compile_schema(load_schema(name))
    return lambda record: check(record, "")


# --- JSON values -------------------------------------------------------------------------------


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}


def _is_type(value: Any, wanted: str) -> bool:
    actual = _json_type(value)
    if wanted == "number":
        return actual in ("integer", "number")
    if wanted == "integer":
        # JSON Schema: 3.0 is an integer (a number whose fractional part is zero)
        return actual == "integer" or (actual == "number" and float(value).is_integer())
    return actual == wanted


def _json_equal(a: Any, b: Any) -> bool:
    # JSON has no bool/number confusion: true != 1 although True == 1 in Python
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


def _show(value: Any) -> str:
    # readable (not ASCII-escaped), but printable: a lone surrogate is shown as \udXXX
    text = json.dumps(value, ensure_ascii=False).encode("utf-8", "backslashreplace").decode()
    return text if len(text) <= 60 else text[:57] + "..."


def _where(path: str) -> str:
    return f"field '{path}'" if path else "the record"


def _is_date(value: str) -> bool:
    # RFC 3339 full-date, as the `date` format of JSON Schema: exactly YYYY-MM-DD, a real day
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


FORMATS: dict[str, Callable[[str], bool]] = {"date": _is_date}


# --- compiling a schema into checks ------------------------------------------------------------


def compile_schema(schema: dict[str, Any], quiet: bool = False) -> Check:
    """The check of `schema`. A quiet check (an `if` condition: only whether it holds matters)
    returns FAILED instead of composing a reason."""
    unknown = set(schema) - KEYWORDS
    if unknown:
        raise SchemaError(f"unsupported schema keywords: {', '.join(sorted(unknown))}")
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"], quiet))
    if "const" in schema:
        checks.append(_enum_check([schema["const"]], quiet))
    if "enum" in schema:
        checks.append(_enum_check(schema["enum"], quiet))
    if "pattern" in schema:
        checks.append(_pattern_check(schema["pattern"], quiet))
    if "format" in schema:
        checks.append(_format_check(schema["format"], quiet))
    if "minimum" in schema:
        checks.append(_minimum_check(schema["minimum"], quiet))
    if "minLength" in schema:
        checks.append(_min_length_check(schema["minLength"], quiet))
    if {"required", "properties", "additionalProperties"} & set(schema):
        checks.append(_object_check(schema, quiet))
    if "items" in schema:
        checks.append(_items_check(compile_schema(schema["items"], quiet)))
    checks.extend(compile_schema(part, quiet) for part in schema.get("allOf", []))
    if "if" in schema:
        checks.append(_conditional_check(schema, quiet))
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any, path: str) -> str | None:
        for check in checks:
            reason = check(value, path)
            if reason is not None:
                return reason
        return None

    return check_all


def _type_check(spec: str | list[str], quiet: bool) -> Check:
    wanted = [spec] if isinstance(spec, str) else list(spec)
    label = " or ".join(wanted)
    # JSON parsing gives exact built-in types, so most values are checked by one set lookup
    exact = {t for name in wanted for t in _PYTHON_TYPES[name]}
    integral_floats = "integer" in wanted and "number" not in wanted

    def check(value: Any, path: str) -> str | None:
        if type(value) in exact or (integral_floats and _is_type(value, "integer")):
            return None
        if any(_is_type(value, w) for w in wanted):  # subclasses, from callers other than JSON
            return None
        if quiet:
            return FAILED
        shown = "" if value is None else " " + _show(value)
        return f"{_where(path)}: expected {label}, got {_json_type(value)}{shown}"

    return check


def _enum_key(value: Any) -> tuple[str, Any]:
    # equal as JSON values <=> equal keys: 1 and 1.0 are equal, true and 1 are not
    kind = _json_type(value)
    return ("number" if kind == "integer" else kind), value


def _enum_check(allowed: list[Any], quiet: bool) -> Check:
    label = ", ".join(_show(a) for a in allowed)
    # strings and null equal nothing but themselves: a set lookup (the usual case) is exact
    plain = {a for a in allowed if type(a) is str or a is None}
    keys = {_enum_key(a) for a in allowed if _json_type(a) not in ("array", "object")}
    compound = [a for a in allowed if _json_type(a) in ("array", "object")]

    def matches(value: Any) -> bool:
        if type(value) is str or value is None:
            return value in plain
        if isinstance(value, list | dict):
            return any(_json_equal(value, a) for a in compound)
        return _enum_key(value) in keys

    def check(value: Any, path: str) -> str | None:
        if matches(value):
            return None
        if quiet:
            return FAILED
        if len(allowed) == 1:
            return f"{_where(path)}: must be {label}, got {_show(value)}"
        return f"{_where(path)}: must be one of {label}; got {_show(value)}"

    return check


def _pattern_check(pattern: str, quiet: bool) -> Check:
    regex = re.compile(pattern)

    def check(value: Any, path: str) -> str | None:
        if not isinstance(value, str) or regex.search(value):
            return None
        if quiet:
            return FAILED
        return f"{_where(path)}: {_show(value)} does not match {pattern}"

    return check


def _format_check(name: str, quiet: bool) -> Check:
    if name not in FORMATS:
        raise SchemaError(f"unsupported format: {name}")
    test = FORMATS[name]

    def check(value: Any, path: str) -> str | None:
        if not isinstance(value, str) or test(value):
            return None
        if quiet:
            return FAILED
        return f"{_where(path)}: {_show(value)} is not a valid {name}"

    return check


def _minimum_check(minimum: float, quiet: bool) -> Check:
    def check(value: Any, path: str) -> str | None:
        if _is_type(value, "number") and value < minimum:
            return FAILED if quiet else f"{_where(path)}: {_show(value)} is less than {minimum}"
        return None

    return check


def _min_length_check(minimum: int, quiet: bool) -> Check:
    def check(value: Any, path: str) -> str | None:
        if isinstance(value, str) and len(value) < minimum:
            return FAILED if quiet else f"{_where(path)}: shorter than {minimum} character(s)"
        return None

    return check


def _object_check(schema: dict[str, Any], quiet: bool) -> Check:
    required = list(schema.get("required", []))
    properties = {
        key: compile_schema(sub, quiet) for key, sub in schema.get("properties", {}).items()
    }
    known = properties.keys()
    required_set = set(required)
    extra = schema.get("additionalProperties", True)
    if extra not in (True, False):
        raise SchemaError("additionalProperties must be true or false")

    def check(value: Any, path: str) -> str | None:
        if not isinstance(value, dict):
            return None  # only "type" says what a non-object may be
        if required and not value.keys() >= required_set:
            if quiet:
                return FAILED
            missing = [key for key in required if key not in value]
            return f"{_where(path)}: missing {', '.join(repr(k) for k in missing)}"
        if not extra and not value.keys() <= known:
            if quiet:
                return FAILED
            unknown = [key for key in value if key not in properties]
            return f"{_where(path)}: unknown field(s) {', '.join(repr(k) for k in unknown)}"
        for key, sub in properties.items():
            if key in value:
                reason = sub(value[key], f"{path}.{key}" if path else key)
                if reason is not None:
                    return reason
        return None

    return check


def _items_check(item: Check) -> Check:
    def check(value: Any, path: str) -> str | None:
        if not isinstance(value, list):
            return None
        for i, element in enumerate(value):
            reason = item(element, f"{path}[{i}]")
            if reason is not None:
                return reason
        return None

    return check


def _conditional_check(schema: dict[str, Any], quiet: bool) -> Check:
    condition = compile_schema(schema["if"], quiet=True)
    then = compile_schema(schema["then"], quiet) if "then" in schema else None
    otherwise = compile_schema(schema["else"], quiet) if "else" in schema else None
    rule = schema.get("description")

    def check(value: Any, path: str) -> str | None:
        branch = then if condition(value, path) is None else otherwise
        reason = branch(value, path) if branch is not None else None
        if reason is not None and rule and not quiet:
            return f"{reason} ({rule})"
        return reason

    return check


# --- parsing a JSON line -----------------------------------------------------------------------


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e999: valid JSON syntax, but no database can store it
        raise ValueError(f"number out of range: {text}")
    return number


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")  # NaN, Infinity: Python accepts them, JSON not


def parse_line(line: str) -> Any:
    """`json.loads` that keeps to RFC 8259: no NaN/Infinity, no numbers that overflow a double."""
    return json.loads(line, parse_float=_finite_float, parse_constant=_no_constant)


def text_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str]]:
    """(line number from 1, text) of a UTF-8 JSON-lines file, a byte-order mark allowed on the
    first line; a line that is not UTF-8 raises ValueError naming the file and the line (a file
    opened as text raised UnicodeDecodeError, which names neither)."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, 1):
            try:
                yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise ValueError(
                    f"{path}:{number}: not UTF-8 (byte {exc.start + 1}: {exc.reason})"
                ) from None


def json_objects(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of a JSON-lines file of objects (text_lines; blank lines skipped);
    a line that is not JSON, or not an object, raises ValueError naming the file and the line."""
    for number, line in text_lines(path):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON: {exc.msg}") from None
        if not isinstance(value, dict):
            raise ValueError(f"{path}:{number}: not a JSON object ({_json_type(value)})")
        yield number, value
