"""The lists' own description of the columns they read agrees with the models."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.types import NullType

from alianzas_desktop.services import listings
from alianzas_desktop.storage.models import Base

# Read without a type only to sort by: what the driver returns is never shown.
SORTED_ONLY = {("meetings", "start_time")}


def test_every_listed_column_is_the_models_and_converts_as_the_models_would():
    for light in listings.TABLES:
        model = Base.metadata.tables[light.name]
        for column in light.columns:
            assert column.name in model.c, (light.name, column.name)
            real = model.c[column.name].type
            if isinstance(column.type, NullType):
                # Untyped, a value comes as the driver gives it: right only for text.
                assert isinstance(real, String) or (light.name, column.name) in SORTED_ONLY, (
                    light.name,
                    column.name,
                    real,
                )
            else:
                assert type(column.type) is type(real), (light.name, column.name, real)
