"""The people list in Spanish alphabetical order, a page at a time: an index over each
person's name in lower case with its accents and ñ made plain (``PERSON_SORT_KEY`` of
storage/models, spelt here as it was when written), then the id.

An office's people window read all hundred thousand people to sort them in memory; it now
reads the page it shows along this index, from where the last page ended.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SORT_KEY = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace("
    "replace(replace(replace(replace(lower(full_name), 'á', 'a'), 'é', 'e'), 'í', 'i'), "
    "'ó', 'o'), 'ú', 'u'), 'ü', 'u'), 'ñ', 'n'), 'Á', 'a'), 'É', 'e'), 'Í', 'i'), "
    "'Ó', 'o'), 'Ú', 'u'), 'Ü', 'u'), 'Ñ', 'n')"
)


def upgrade() -> None:
    op.create_index("ix_people_sort_key", "people", [sa.text(SORT_KEY), "id"])


def downgrade() -> None:
    op.drop_index("ix_people_sort_key", table_name="people")
