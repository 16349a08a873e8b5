"""A paper signed the evening it was issued is signed that day, in the facilitator's time zone.

Instants are stored in UTC: in Colombia (UTC−5) an agreement issued at 8 p.m. on 30 November
is stored as 1 December. Registering the paper as signed on 30 November must not be refused
as "before the issue".
"""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest

from alianzas_desktop.domain.vocabulary import VersionStatus
from alianzas_desktop.services import agreements, nacimiento
from alianzas_desktop.services.errors import ValidationFailed
from tests.factories import nacimiento_data


@pytest.fixture
def bogota(monkeypatch):
    monkeypatch.setenv("TZ", "America/Bogota")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _issued_at_8_pm_bogota(db, monkeypatch) -> tuple[str, str]:
    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    [version] = agreements.list_versions(db, alliance_id)
    # 1 December 01:00 UTC is 30 November 8 p.m. in Bogotá.
    monkeypatch.setattr(agreements, "utcnow", lambda: datetime(2026, 12, 1, 1, 0))
    agreements.issue_version(db, version.id)
    return alliance_id, version.id


def test_signed_the_evening_it_was_issued(db, monkeypatch, bogota):
    alliance_id, version_id = _issued_at_8_pm_bogota(db, monkeypatch)
    agreements.sign_version(db, version_id, date(2026, 11, 30))
    [version] = agreements.list_versions(db, alliance_id)
    assert version.status == VersionStatus.SIGNED.value


def test_signed_the_day_before_it_was_issued_is_refused(db, monkeypatch, bogota):
    _alliance_id, version_id = _issued_at_8_pm_bogota(db, monkeypatch)
    with pytest.raises(ValidationFailed) as refused:
        agreements.sign_version(db, version_id, date(2026, 11, 29))
    assert "signed_on" in refused.value.errors
