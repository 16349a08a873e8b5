"""What the refusal tests call «unchanged» notices one changed value, on either back end."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alianzas_desktop.storage.models import Alliance
from tests.sync.conftest import stored_state


def test_one_changed_value_is_seen_and_a_rolled_back_one_is_not(receiver):
    before = stored_state(receiver)
    with pytest.raises(RuntimeError), receiver.transaction() as session:
        session.scalars(select(Alliance)).one().purpose += "."
        session.flush()
        raise RuntimeError("deshecho")
    assert stored_state(receiver) == before

    with receiver.transaction() as session:
        session.scalars(select(Alliance)).one().purpose += "."

    assert stored_state(receiver) != before
