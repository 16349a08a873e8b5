"""The quick look at a records file (``sync.fast_check``) says yes to a good one and never to
what the schema refuses: then the validator runs and says why."""

from __future__ import annotations

import copy
import json

import pytest

from alianzas_desktop.sync import fast_check, schema
from alianzas_desktop.sync.records import travelling_tables
from tests.sync.bundle_tools import members_of

WRONG = [[], {}, 1.5, True, "x" * 5_000_000, "no es una fecha", 2**64, {"attachment": 1}]


def _records_files(bundle: bytes) -> dict[str, dict]:
    return {
        name: json.loads(content)
        for name, content in members_of(bundle).items()
        if name.startswith("records/")
    }


def test_every_table_has_its_quick_look():
    assert all(fast_check._generated(t.name) is not None for t in travelling_tables())


def test_a_good_file_fits_and_no_refused_one_does(templates):
    documents = _records_files(templates.bundle)
    assert len(documents) > 10
    looked = 0
    for document in documents.values():
        table = document["table"]
        assert fast_check.records_fit(document, table)
        document = {"table": table, "records": document["records"][:1]}
        for name in document["records"][0]["fields"]:
            for value in WRONG:
                broken = copy.deepcopy(document)
                broken["records"][0]["fields"][name] = value
                try:
                    schema.validate(broken, schema.records_schema(table))
                except schema.SchemaViolation:
                    assert not fast_check.records_fit(broken, table), (table, name, value)
                    looked += 1
        for change in (
            lambda r: r.update(key="k" * 81),
            lambda r: r.update(hash="0" * 63),
            lambda r: r["versions"].update({"no-es-un-equipo": 1}),
            lambda r: r["versions"].update({"0" * 8 + "-0000-4000-8000-" + "0" * 12: 0}),
            lambda r: r["fields"].pop(next(iter(r["fields"]))),
            lambda r: r["fields"].update(sobrante=1),
            lambda r: r.update(sobrante=1),
        ):
            broken = copy.deepcopy(document)
            change(broken["records"][0])
            with pytest.raises(schema.SchemaViolation):
                schema.validate(broken, schema.records_schema(table))
            assert not fast_check.records_fit(broken, table)
    assert looked > 100
