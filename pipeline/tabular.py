"""Records as table rows: one column per record field, its type derived from the JSON Schema.

The JSON Schemas (`pipeline/schema/*.schema.json`) are the one description of the record fields;
the column list and types of `speechfacts export` come from them, so a field added to a schema
is a column of the Parquet and CSV files without any other change. A property becomes:

- `"type": "integer"` -> int64; `"number"` -> float64; `"boolean"` -> bool; `"string"` -> string,
  or date32 with `"format": "date"`; a `const`/`enum` of strings -> string;
- an array -> a list of its items' type; an object with `properties` -> a struct of them;
- nullable when its type or enum allows null, or (inside an object) when it is not required.

Arrow (pyarrow) is imported only when a Parquet schema is asked for: the CSV form needs nothing
beyond the standard library.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from typing import Any

from pipeline.schemas import load_schema

SCALARS = ("string", "integer", "number", "boolean", "date")


@dataclass(frozen=True)
class FieldType:
    """The type of one record field as a column: `kind` is one of SCALARS, "list" (of `items`)
    or "struct" (of `fields`)."""

    kind: str
    nullable: bool = False
    items: FieldType | None = None
    fields: tuple[tuple[str, FieldType], ...] = ()


class UnsupportedSchema(ValueError):
    """A schema property whose column type cannot be derived."""


def _types_of(prop: dict[str, Any]) -> tuple[set[str], bool]:
    """The JSON types a property allows (from `type`, else its `const`/`enum`), and whether null
    is one of them."""
    if "type" in prop:
        declared = prop["type"]
        types = {declared} if isinstance(declared, str) else set(declared)
    else:
        values = [prop["const"]] if "const" in prop else list(prop.get("enum", []))
        types = set()
        for value in values:
            if value is None:
                types.add("null")
            elif isinstance(value, bool):
                types.add("boolean")
            elif isinstance(value, int):
                types.add("integer")
            elif isinstance(value, float):
                types.add("number")
            elif isinstance(value, str):
                types.add("string")
            else:
                types.add("object")
    nullable = "null" in types
    types.discard("null")
    return types, nullable


def field_type(prop: dict[str, Any], name: str = "") -> FieldType:
    """The column type of a JSON Schema property (see the module docstring)."""
    types, nullable = _types_of(prop)
    if types == {"integer", "number"}:
        types = {"number"}
    if len(types) != 1:
        raise UnsupportedSchema(f"{name or 'property'}: no single column type for {prop}")
    (kind,) = types
    if kind == "string" and prop.get("format") == "date":
        return FieldType("date", nullable)
    if kind in SCALARS:
        return FieldType(kind, nullable)
    if kind == "array":
        if "items" not in prop:
            raise UnsupportedSchema(f"{name}: an array needs 'items' to be a column")
        return FieldType("list", nullable, items=field_type(prop["items"], f"{name}[]"))
    if kind == "object":
        required = set(prop.get("required", []))
        fields = []
        for key, sub in prop.get("properties", {}).items():
            sub_type = field_type(sub, f"{name}.{key}")
            if key not in required and not sub_type.nullable:
                sub_type = FieldType(sub_type.kind, True, sub_type.items, sub_type.fields)
            fields.append((key, sub_type))
        if not fields:
            raise UnsupportedSchema(f"{name}: an object needs 'properties' to be a column")
        return FieldType("struct", nullable, fields=tuple(fields))
    raise UnsupportedSchema(f"{name}: unknown type {kind!r}")


def record_columns(record: str) -> list[tuple[str, FieldType]]:
    """(field, type) of every field of a record kind ("fact", "document"), in the order of the
    schema's `required` list (the order records are written in)."""
    schema = load_schema(record)
    properties = schema["properties"]
    required = list(schema.get("required", []))
    order = required + [k for k in properties if k not in required]
    columns = []
    for name in order:
        column = field_type(properties[name], name)
        if name not in required and not column.nullable:
            column = FieldType(column.kind, True, column.items, column.fields)
        columns.append((name, column))
    return columns


# --- Arrow ------------------------------------------------------------------------------------


def arrow_type(column: FieldType):
    """The pyarrow DataType of a column."""
    import pyarrow as pa

    if column.kind == "list":
        return pa.list_(arrow_field("item", column.items))
    if column.kind == "struct":
        return pa.struct([arrow_field(name, sub) for name, sub in column.fields])
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }[column.kind]


def arrow_field(name: str, column: FieldType):
    import pyarrow as pa

    return pa.field(name, arrow_type(column), nullable=column.nullable)


def arrow_schema(record: str):
    """The pyarrow Schema of a record kind's table; the JSON Schema's `$id` and version are kept
    in its metadata."""
    import pyarrow as pa

    schema = load_schema(record)
    version = schema["properties"].get("schema_version", {}).get("const")
    metadata = {"speechfacts.record": record, "speechfacts.json_schema": schema.get("$id", "")}
    if version is not None:
        metadata["speechfacts.schema_version"] = str(version)
    return pa.schema([arrow_field(n, c) for n, c in record_columns(record)], metadata=metadata)


def _to_arrow_value(value: Any, column: FieldType) -> Any:
    """A JSON value as pyarrow takes it for `column` (dates parsed; numbers as floats)."""
    if value is None:
        return None
    if column.kind == "date":
        return datetime.date.fromisoformat(value)
    if column.kind == "number":
        return float(value)
    if column.kind == "integer":
        return int(value)
    if column.kind == "list":
        return [_to_arrow_value(v, column.items) for v in value]
    if column.kind == "struct":
        return {name: _to_arrow_value(value.get(name), sub) for name, sub in column.fields}
    return value


def _needs_conversion(column: FieldType) -> bool:
    return column.kind not in ("string", "boolean")


_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8_safe(value: Any) -> Any:
    """`value` with every lone surrogate (valid in JSON, "\\ud800", but not in UTF-8: they come
    from file names that are not UTF-8) replaced by U+FFFD, the replacement character."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [utf8_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: utf8_safe(v) for k, v in value.items()}
    return value


def arrow_batch(records: list[dict[str, Any]], columns: list[tuple[str, FieldType]], schema):
    """A pyarrow RecordBatch of `records` (checked against their JSON Schema) in `schema`.
    Text that is not valid UTF-8 (lone surrogates) is written with U+FFFD in their place."""
    import pyarrow as pa

    arrays = []
    for (name, column), field in zip(columns, schema, strict=True):
        values = [record.get(name) for record in records]
        if _needs_conversion(column):
            values = [_to_arrow_value(v, column) for v in values]
        try:
            arrays.append(pa.array(values, type=field.type))
        except UnicodeEncodeError:
            arrays.append(pa.array(utf8_safe(values), type=field.type))
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


# --- CSV --------------------------------------------------------------------------------------

_JSON_TEXT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def csv_cell(value: Any) -> str:
    """A JSON value as CSV cell text: null empty, true/false, numbers as JSON writes them, lists
    and objects as compact JSON text; lone surrogates as U+FFFD (the file is UTF-8)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return utf8_safe(value)
    return utf8_safe(_JSON_TEXT(value))
