"""The command line's help speaks Spanish too: no «usage», «options» or «show this help»."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import alianzas

ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "show program")


@pytest.mark.parametrize(
    "command",
    [[], ["demo"], ["list"], ["export"], ["print"], ["backup"], ["restore"], ["verify"]],
)
def test_help_is_spanish(tmp_path, command):
    result = alianzas(*command, "--help", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("uso: alianzas")
    assert not [word for word in ENGLISH if word in result.stdout]
