"""A quick yes-or-no look at a records file before the validator: one function per table,
generated from its schema, that says whether every record surely fits.

``schema.validate`` walks a document node by node and can say where and why it breaks the
schema; on a 100,000-record bundle that walk was a large part of reading it. A valid
bundle does not need the words: the function generated here checks the same rules in a
single pass, without a call per field. It is never more lenient than the schema (a type
is its exact class, a pattern the same regular expression); when it answers no, or the
schema has a shape it does not know, the validator runs and gives the answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any

from alianzas_desktop.sync import schema

logger = logging.getLogger(__name__)

_NULL = {"type": "null"}


def records_fit(document: Any, table_name: str) -> bool:
    """True when ``document`` surely fits ``records/<table_name>.json``'s schema."""
    check = _generated(table_name)
    return check is not None and check(document)


@cache
def _generated(table_name: str) -> Callable[[Any], bool] | None:
    whole = schema.records_schema(table_name)
    try:
        source, names = _source(whole)
    except _Unknown as exc:
        logger.info("Sin revisión rápida para %s: %s", table_name, exc)
        return None
    namespace: dict[str, Any] = dict(names)
    exec(compile(source, f"<revisión rápida de {table_name}>", "exec"), namespace)  # noqa: S102
    return namespace["fits"]


class _Unknown(Exception):
    """A schema shape the generator does not know: the validator alone decides."""


class _Names:
    """The constants the generated code refers to (patterns, key sets), by name."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def add(self, value: Any) -> str:
        name = f"_c{len(self.values)}"
        self.values[name] = value
        return name


def _source(whole: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    names = _Names()
    _expect(whole, {"$schema", "title", "definitions", "type", "required"} | _OBJECT)
    if whole["type"] != "object" or whole["additionalProperties"] is not False:
        raise _Unknown("documento")
    properties = whole["properties"]
    table = properties["table"]
    _expect(table, {"const"})
    items = properties["records"]
    _expect(items, {"type", "items"})
    record = items["items"]
    _expect(record, {"type", "required"} | _OBJECT)
    record_properties = record["properties"]
    versions = record_properties["versions"]
    _expect(versions, {"type", "additionalProperties", "patternProperties"})
    if versions["additionalProperties"] is not False or len(versions["patternProperties"]) != 1:
        raise _Unknown("versions")
    ((device_pattern, count),) = versions["patternProperties"].items()
    fields = record_properties["fields"]
    _expect(fields, {"type", "required"} | _OBJECT)
    if set(fields["required"]) != set(fields["properties"]):
        raise _Unknown("fields")
    kinds = (items["type"], record["type"], versions["type"], fields["type"])
    if kinds != ("array", "object", "object", "object"):
        raise _Unknown("tipos")
    if record["additionalProperties"] is not False or fields["additionalProperties"] is not False:
        raise _Unknown("miembros de más")
    envelope = {"key", "hash", "versions", "fields"}
    if set(record["required"]) != envelope or set(record_properties) != envelope:
        raise _Unknown("registro")
    lines = [
        "def fits(document):",
        "    if document.__class__ is not dict"
        f" or document.keys() != {names.add(frozenset(whole['required']))}:",
        "        return False",
        f"    if document['table'] != {names.add(table['const'])}:",
        "        return False",
        "    records = document['records']",
        "    if records.__class__ is not list:",
        "        return False",
        "    for record in records:",
        "        if record.__class__ is not dict"
        f" or record.keys() != {names.add(frozenset(record['required']))}:",
        "            return False",
        f"        v = record['key']\n        if not {_test(record_properties['key'], names)}:",
        "            return False",
        f"        v = record['hash']\n        if not {_test(record_properties['hash'], names)}:",
        "            return False",
        "        versions = record['versions']",
        "        if versions.__class__ is not dict:",
        "            return False",
        "        for device, v in versions.items():",
        f"            if not {names.add(schema._pattern(device_pattern).search)}(device)"
        f" or not {_test(count, names)}:",
        "                return False",
        "        fields = record['fields']",
        "        if fields.__class__ is not dict"
        f" or fields.keys() != {names.add(frozenset(fields['required']))}:",
        "            return False",
    ]
    for name, field_schema in fields["properties"].items():
        lines.append(f"        v = fields[{name!r}]")
        lines.append(f"        if not {_test(field_schema, names, whole)}:")
        lines.append("            return False")
    lines.append("    return True")
    return "\n".join(lines) + "\n", names.values


_OBJECT = {"properties", "additionalProperties"}


def _expect(node: dict[str, Any], keys: set[str]) -> None:
    if not node.keys() <= keys:
        raise _Unknown(", ".join(sorted(node.keys() - keys)))


def _test(node: dict[str, Any], names: _Names, root: dict[str, Any] | None = None) -> str:
    """A Python expression over ``v``, true only when ``v`` fits ``node``."""
    if "anyOf" in node:
        options = node["anyOf"]
        if len(node) != 1 or len(options) != 2 or options[1] != _NULL:
            raise _Unknown("anyOf")
        return f"(v is None or {_test(options[0], names, root)})"
    if "$ref" in node:
        if root is None or len(node) != 1:
            raise _Unknown("$ref")
        target = root["definitions"][node["$ref"].rsplit("/", 1)[-1]]
        _expect(target, {"type", "required"} | _OBJECT)
        if (
            target["type"] != "object"
            or target["additionalProperties"] is not False
            or set(target["required"]) != set(target["properties"])
        ):
            raise _Unknown("definición")
        check = _members_check(target, names)
        return f"(v.__class__ is dict and {check}(v))"
    kind = node.get("type")
    if kind == "string":
        _expect(node, {"type", "minLength", "maxLength", "pattern"})
        parts = ["v.__class__ is str"]
        if "minLength" in node:
            parts.append(f"len(v) >= {int(node['minLength'])}")
        if "maxLength" in node:
            parts.append(f"len(v) <= {int(node['maxLength'])}")
        if "pattern" in node:
            parts.append(f"{names.add(schema._pattern(node['pattern']).search)}(v) is not None")
        return "(" + " and ".join(parts) + ")"
    if kind == "integer":
        _expect(node, {"type", "minimum", "maximum"})
        parts = ["v.__class__ is int"]
        if "minimum" in node:
            parts.append(f"v >= {int(node['minimum'])}")
        if "maximum" in node:
            parts.append(f"v <= {int(node['maximum'])}")
        return "(" + " and ".join(parts) + ")"
    if kind == "boolean" and len(node) == 1:
        return "(v.__class__ is bool)"
    raise _Unknown(str(kind))


def _members_check(target: dict[str, Any], names: _Names) -> str:
    """A generated function checking an object's members (a file's ``{"attachment": …}``)."""
    lines = ["def members(value):"]
    lines.append(f"    if value.keys() != {names.add(frozenset(target['required']))}:")
    lines.append("        return False")
    for name, member in target["properties"].items():
        lines.append(f"    v = value[{name!r}]")
        lines.append(f"    if not {_test(member, names)}:")
        lines.append("        return False")
    lines.append("    return True")
    namespace: dict[str, Any] = dict(names.values)
    exec("\n".join(lines) + "\n", namespace)  # noqa: S102
    return names.add(namespace["members"])
