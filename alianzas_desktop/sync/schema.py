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
from collections.abc import Callable
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
    """Raise SchemaViolation at the first place ``value`` breaks ``schema``.

    The schema is compiled into one small check per node first; a check that fails raises
    with the reason only, and the path is put together on the way out (paths were once
    formatted for every field of every record: most of the time of reading a bundle).
    """
    check = _Compiler(root or schema).compile(schema, at_root=True)
    try:
        check(value)
    except _Failure as failure:
        raise SchemaViolation(failure.path(), failure.reason) from None


class _Failure(Exception):
    """A check that failed: its reason, and the steps (names, indexes) from the failing
    value up to the node that catches it, collected as the exception goes up."""

    def __init__(self, reason: str, steps: list[str | int] | None = None):
        super().__init__(reason)
        self.reason = reason
        self.steps: list[str | int] = steps if steps is not None else []

    def path(self) -> str:
        path = ""
        for step in reversed(self.steps):
            if isinstance(step, int):
                path = f"{path}[{step}]"
            else:
                path = f"{path}.{step}" if path else str(step)
        return path

    def depth(self) -> int:
        """How long the path below the catching node is (a name counts its dot)."""
        return sum(len(f"[{s}]") if isinstance(s, int) else len(s) + 1 for s in self.steps)


Check = Callable[[Any], None]


def _type_guard(schema: dict[str, Any]) -> tuple[Check, str] | None:
    """(test, reason) when the first thing ``schema`` checks is its type: a value of
    another type fails it with that reason, no need to run it."""
    if "type" not in schema or {"$ref", "anyOf", "const", "enum"} & schema.keys():
        return None
    kind = schema["type"]
    return (lambda value: _is_type(value, kind)), f"debe ser {_TYPE_WORDS[kind]}"


class _Compiler:
    def __init__(self, root: dict[str, Any]):
        self.root = root
        self.definitions: dict[str, Check] = {}

    def compile(self, schema: dict[str, Any], *, at_root: bool = False) -> Check:
        """``at_root``: the node checks the document itself, whose path is empty."""
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if at_root:
                return self.compile(self.root["definitions"][name], at_root=True)
            return self._reference(name)
        if "anyOf" in schema:
            return self._any_of(schema["anyOf"], at_root)
        return self._node(schema)

    def _reference(self, name: str) -> Check:
        if name not in self.definitions:
            target: list[Check] = []
            self.definitions[name] = lambda value: target[0](value)  # a schema may recurse
            target.append(self.compile(self.root["definitions"][name]))
            self.definitions[name] = target[0]
        return self.definitions[name]

    def _any_of(self, schemas: list[dict[str, Any]], at_root: bool) -> Check:
        if (
            len(schemas) == 2
            and _type_guard(schemas[0]) is not None
            and schemas[0]["type"] != "null"
            and schemas[1] == {"type": "null"}
        ):
            # [something, null]: None passes, anything else is the first option's to judge
            # (its failure is never shallower than null's, so it is the one reported).
            return self._node(schemas[0], nullable=True)
        options = [(self.compile(o, at_root=at_root), _type_guard(o)) for o in schemas]
        # The deepest failure is reported: the longest path (below the root, where every
        # path starts with the same non-empty prefix, the longest tail).
        depth = (lambda failure: len(failure.path())) if at_root else _Failure.depth

        def any_of(value: Any) -> None:
            failures: list[_Failure] = []
            for check, guard in options:
                if guard is not None and not guard[0](value):
                    failures.append(_Failure(guard[1]))
                    continue
                try:
                    check(value)
                    return
                except _Failure as failure:
                    failures.append(failure)
            raise max(failures, key=depth)

        return any_of

    def _node(self, schema: dict[str, Any], *, nullable: bool = False) -> Check:
        """One node's check; ``nullable``: None passes too (``anyOf`` [node, null])."""
        simple = _simple_check(schema, nullable)
        if simple is not None:
            return simple
        has_const, const = "const" in schema, schema.get("const")
        has_enum, enum = "enum" in schema, schema.get("enum")
        kind = schema.get("type")
        min_length, max_length = schema.get("minLength"), schema.get("maxLength")
        pattern = _pattern(schema["pattern"]).search if "pattern" in schema else None
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        max_items = schema.get("maxItems")
        items = self.compile(schema["items"]) if schema.get("items") is not None else None
        members = self._object(schema)

        def check(value: Any) -> None:
            if nullable and value is None:
                return
            if has_const and value != const:
                raise _Failure(f"se esperaba «{const}»")
            if has_enum and value not in enum:
                raise _Failure("valor no previsto en el formato")
            if kind is not None and not _is_type(value, kind):
                raise _Failure(f"debe ser {_TYPE_WORDS[kind]}")
            if isinstance(value, str):
                if min_length is not None and len(value) < min_length:
                    raise _Failure("texto vacío")
                if max_length is not None and len(value) > max_length:
                    raise _Failure(f"texto de más de {max_length} caracteres")
                if pattern is not None and not pattern(value):
                    raise _Failure("formato no válido")
            elif isinstance(value, int) and not isinstance(value, bool):
                if minimum is not None and value < minimum:
                    raise _Failure(f"menor que {minimum}")
                if maximum is not None and value > maximum:
                    raise _Failure(f"mayor que {maximum}")
            elif isinstance(value, list):
                if max_items is not None and len(value) > max_items:
                    raise _Failure(f"más de {max_items} elementos")
                if items is not None:
                    index = 0
                    try:
                        for index, item in enumerate(value):  # noqa: B007 - read on failure
                            items(item)
                    except _Failure as failure:
                        failure.steps.append(index)
                        raise
            elif isinstance(value, dict):
                members(value)

        return check

    def _object(self, schema: dict[str, Any]) -> Check:
        required = tuple(schema.get("required", ()))
        needed = frozenset(required)
        properties = {name: self.compile(s) for name, s in schema.get("properties", {}).items()}
        patterns = [
            (_pattern(text).search, self.compile(s))
            for text, s in schema.get("patternProperties", {}).items()
        ]
        extra = schema.get("additionalProperties", True)
        extra_check = self.compile(extra) if isinstance(extra, dict) else None

        def unforeseen(name: str, item: Any) -> bool:
            """Check a member the properties do not name; True when it may not be there."""
            matched = [check for search, check in patterns if search(name)]
            for check in matched:
                check(item)
            if matched:
                return False
            if extra_check is not None:
                extra_check(item)
            return extra is False

        property_check = properties.get

        def members(value: dict) -> None:
            if not needed <= value.keys():
                missing = next(name for name in required if name not in value)
                raise _Failure(f"falta «{missing}»")
            name = ""
            try:
                for name, item in value.items():  # noqa: B007 - read after the loop
                    check = property_check(name)
                    if check is not None:
                        check(item)
                    elif unforeseen(name, item):
                        break
                else:
                    return
            except _Failure as failure:
                failure.steps.append(name)
                raise
            # Said of the object, not of the member.
            raise _Failure(f"«{name[:60]}» no está previsto en el formato")

        return members


def _simple_check(schema: dict[str, Any], nullable: bool) -> Check | None:
    """A faster check for the nodes every record repeats: a text, a number, a flag."""
    if not schema.keys() <= {"type", "minLength", "maxLength", "pattern", "minimum", "maximum"}:
        return None
    kind = schema.get("type")
    if kind == "string":
        min_length, max_length = schema.get("minLength", 0), schema.get("maxLength")
        pattern = _pattern(schema["pattern"]).search if "pattern" in schema else None
        if max_length is None:
            max_length = float("inf")

        def text(value: Any) -> None:
            if not isinstance(value, str):
                if nullable and value is None:
                    return
                raise _Failure("debe ser un texto")
            if len(value) < min_length:
                raise _Failure("texto vacío")
            if len(value) > max_length:
                raise _Failure(f"texto de más de {max_length} caracteres")
            if pattern is not None and not pattern(value):
                raise _Failure("formato no válido")

        return text
    if kind == "integer":
        minimum, maximum = schema.get("minimum"), schema.get("maximum")

        def number(value: Any) -> None:
            if not isinstance(value, int) or isinstance(value, bool):
                if nullable and value is None:
                    return
                raise _Failure("debe ser un número entero")
            if minimum is not None and value < minimum:
                raise _Failure(f"menor que {minimum}")
            if maximum is not None and value > maximum:
                raise _Failure(f"mayor que {maximum}")

        return number
    if kind == "boolean" and len(schema) == 1:

        def flag(value: Any) -> None:
            if not isinstance(value, bool) and not (nullable and value is None):
                raise _Failure("debe ser verdadero o falso")

        return flag
    return None


def full_schema() -> dict[str, Any]:
    """Everything the docs print: the manifest and each table's records file."""
    return {
        "manifest.json": manifest_schema(),
        "records": {t.name: records_schema(t.name) for t in travelling_tables()},
        "tombstones.json": tombstones_schema(),
    }


if __name__ == "__main__":
    print(json.dumps(full_schema(), ensure_ascii=False, indent=2))
