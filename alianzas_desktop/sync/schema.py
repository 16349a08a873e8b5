"""The JSON Schema of a bundle's manifest and record files, and a small validator for it.

The schema is built from the models' metadata, so a new column travels with its type
and length; docs/bundle-format.md prints it (``python -m alianzas_desktop.sync.schema``).
The validator understands the part of JSON Schema (draft-07) the schema uses, which keeps
the app free of another dependency and working offline.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from alianzas_desktop.sync.records import json_type_of, travelling_tables

logger = logging.getLogger(__name__)

FORMAT_NAME = "alianzas-paquete"
# 2: a bundle may carry tombstones.json (deletions). A bundle without deletions is still
# written as version 1, which older installations read; version 1 is always read.
FORMAT_VERSION = 2
TOMBSTONES_SINCE = 2
SHA256_PATTERN = r"^[0-9a-f]{64}$"
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
MEMBER_PATTERN = r"^(records/[a-z_]{1,60}\.json|attachments/[0-9a-f]{64}|tombstones\.json)$"
SECONDS_PATTERN = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$"
MAX_TOMBSTONES = 1_000_000


def _versions_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "patternProperties": {UUID_PATTERN: {"type": "integer", "minimum": 1, "maximum": 2**53}},
    }


def manifest_schema() -> dict[str, Any]:
    tables = [t.name for t in travelling_tables()]
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "manifest.json de un paquete de Alianzas",
        "type": "object",
        "required": [
            "format",
            "format_version",
            "app_version",
            "bundle_id",
            "created_at",
            "device",
            "alliances",
            "counts",
            "members",
        ],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT_NAME},
            "format_version": {"type": "integer", "minimum": 1},
            "app_version": {"type": "string", "maxLength": 40},
            "bundle_id": {"type": "string", "pattern": UUID_PATTERN},
            "created_at": {"type": "string", "maxLength": 40},
            "device": {
                "type": "object",
                "required": ["id", "facilitator"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": UUID_PATTERN},
                    "facilitator": {"type": "string", "maxLength": 200},
                    # The device's Ed25519 public key for documents (base64url, 32 bytes).
                    "signing_key": {"type": "string", "pattern": "^[A-Za-z0-9_-]{43}$"},
                },
            },
            "alliances": {
                "anyOf": [
                    {"type": "null"},
                    {
                        "type": "array",
                        "maxItems": 10_000,
                        "items": {"type": "string", "pattern": UUID_PATTERN},
                    },
                ]
            },
            "counts": {
                "type": "object",
                "additionalProperties": False,
                "properties": {name: {"type": "integer", "minimum": 0} for name in tables},
            },
            # Format 2: how many tombstones tombstones.json carries (absent when none).
            "tombstones": {"type": "integer", "minimum": 1, "maximum": MAX_TOMBSTONES},
            "members": {
                "type": "object",
                "additionalProperties": False,
                "patternProperties": {
                    MEMBER_PATTERN: {
                        "type": "object",
                        "required": ["sha256", "size"],
                        "additionalProperties": False,
                        "properties": {
                            "sha256": {"type": "string", "pattern": SHA256_PATTERN},
                            "size": {"type": "integer", "minimum": 0},
                        },
                    }
                },
            },
        },
    }


def records_schema(table_name: str) -> dict[str, Any]:
    """The schema of ``records/<table>.json``: its records with their versions and fields."""
    table = next(t for t in travelling_tables() if t.name == table_name)
    fields = {column.name: json_type_of(column) for column in table.columns}
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": f"records/{table_name}.json",
        "definitions": {
            "attachment": {
                "type": "object",
                "required": ["attachment"],
                "additionalProperties": False,
                "properties": {"attachment": {"type": "string", "pattern": SHA256_PATTERN}},
            }
        },
        "type": "object",
        "required": ["table", "records"],
        "additionalProperties": False,
        "properties": {
            "table": {"const": table_name},
            "records": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["key", "hash", "versions", "fields"],
                    "additionalProperties": False,
                    "properties": {
                        "key": {"type": "string", "maxLength": 80},
                        "hash": {"type": "string", "pattern": SHA256_PATTERN},
                        "versions": _versions_schema(),
                        "fields": {
                            "type": "object",
                            "required": sorted(fields),
                            "additionalProperties": False,
                            "properties": fields,
                        },
                    },
                },
            },
        },
    }


def tombstones_schema() -> dict[str, Any]:
    """The schema of ``tombstones.json`` (format 2): records deleted on the exporting side."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "tombstones.json",
        "type": "object",
        "required": ["tombstones"],
        "additionalProperties": False,
        "properties": {
            "tombstones": {
                "type": "array",
                "maxItems": MAX_TOMBSTONES,
                "items": {
                    "type": "object",
                    "required": ["table", "key", "versions", "deleted_at", "device"],
                    "additionalProperties": False,
                    "properties": {
                        "table": {"enum": sorted(t.name for t in travelling_tables())},
                        "key": {"type": "string", "minLength": 1, "maxLength": 80},
                        "versions": _versions_schema(),
                        "deleted_at": {"type": "string", "pattern": SECONDS_PATTERN},
                        "device": {"type": "string", "pattern": UUID_PATTERN},
                    },
                },
            }
        },
    }


class SchemaViolation(ValueError):
    """Where a document breaks its schema (``path``) and how, in Spanish."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path or 'documento'}: {reason}")


_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}
_TYPE_WORDS = {
    "object": "un objeto",
    "array": "una lista",
    "string": "un texto",
    "boolean": "verdadero o falso",
    "null": "vacío",
    "integer": "un número entero",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


_compiled: dict[str, re.Pattern[str]] = {}


def _pattern(text: str) -> re.Pattern[str]:
    if text not in _compiled:
        _compiled[text] = re.compile(text)
    return _compiled[text]


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None) -> None:
    """Raise SchemaViolation at the first place ``value`` breaks ``schema``."""
    _check(value, schema, root or schema, "")


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        _check(value, root["definitions"][name], root, path)
        return
    if "anyOf" in schema:
        failures = []
        for option in schema["anyOf"]:
            try:
                _check(value, option, root, path)
                return
            except SchemaViolation as exc:
                failures.append(exc)
        raise failures[-1] if len(failures) == 1 else _deepest(failures)
    if "const" in schema and value != schema["const"]:
        raise SchemaViolation(path, f"se esperaba «{schema['const']}»")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaViolation(path, "valor no previsto en el formato")
    kind = schema.get("type")
    if kind is not None and not _is_type(value, kind):
        raise SchemaViolation(path, f"debe ser {_TYPE_WORDS[kind]}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise SchemaViolation(path, "texto vacío")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise SchemaViolation(path, f"texto de más de {schema['maxLength']} caracteres")
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            raise SchemaViolation(path, "formato no válido")
    if _is_type(value, "integer"):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaViolation(path, f"menor que {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaViolation(path, f"mayor que {schema['maximum']}")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaViolation(path, f"más de {schema['maxItems']} elementos")
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                _check(item, items, root, f"{path}[{index}]")
    if isinstance(value, dict):
        _check_object(value, schema, root, path)


def _check_object(value: dict, schema: dict[str, Any], root: dict[str, Any], path: str) -> None:
    for name in schema.get("required", ()):
        if name not in value:
            raise SchemaViolation(path, f"falta «{name}»")
    properties = schema.get("properties", {})
    patterns = schema.get("patternProperties", {})
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        where = f"{path}.{name}" if path else str(name)
        if name in properties:
            _check(item, properties[name], root, where)
            continue
        matched = [p for p in patterns if _pattern(p).search(name)]
        for pattern in matched:
            _check(item, patterns[pattern], root, where)
        if matched:
            continue
        if extra is False:
            raise SchemaViolation(path, f"«{name[:60]}» no está previsto en el formato")
        if isinstance(extra, dict):
            _check(item, extra, root, where)


def _deepest(failures: list[SchemaViolation]) -> SchemaViolation:
    return max(failures, key=lambda f: len(f.path))


def full_schema() -> dict[str, Any]:
    """Everything the docs print: the manifest and each table's records file."""
    return {
        "manifest.json": manifest_schema(),
        "records": {t.name: records_schema(t.name) for t in travelling_tables()},
        "tombstones.json": tombstones_schema(),
    }


if __name__ == "__main__":
    print(json.dumps(full_schema(), ensure_ascii=False, indent=2))
