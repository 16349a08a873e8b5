"""The documented JSON Schema is the one the code validates with."""

from __future__ import annotations

import json
from pathlib import Path

from alianzas_desktop.sync.schema import full_schema, manifest_schema

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_schema_file_is_current():
    assert json.loads((DOCS / "bundle-schema.json").read_text(encoding="utf-8")) == full_schema()


def test_format_document_prints_the_manifest_schema():
    text = (DOCS / "bundle-format.md").read_text(encoding="utf-8")
    shown = text.split("```json\n")[3].split("```")[0]
    assert json.loads(shown) == manifest_schema()
