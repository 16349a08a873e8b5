"""Whatever a wizard accepts prints: every document, both paper sizes, every free-text length.

Issue 8 §2. The free-text fields are found by walking the wizards' dataclasses
(tests/documents/free_text.py), so a field added later is filled here too. Each
field's limit is not copied from the code: it is found by asking the domain's own
validators (the ones the wizards and services call) for the longest text they
accept. A field they never refuse (``KNOWN_UNLIMITED``: the attendees' cargo,
organization, document, phone and guardian, the representatives' e-mail and
witness) is filled up to ``LONG_TEXT_MAX``, the most any other field accepts. The
fe de erratas (a service limit, 20,000) is filled too.

Every render fills *all* free-text fields of the document at once, each at
``min(length, its limit)``, in one of two styles: Spanish words, or one unbroken
run of characters (which must wrap, not run off the page). Each render is read back
with pypdf: every field printed from what was typed shows its first and last
characters (markers «001 … 001», whole words so a page break never splits them),
the last as often as the first (nothing cut short), and pdftotext's word boxes all
lie on the page.

What it costs, and so what runs by default. Measured on the 2-core laptop: a render
takes 0.3 s (short texts) to 10 s (the acta with every field at 4,750), 55 s for
the acta with every field at 20,000; every length from 1 to 20,000 in steps of 250,
for 4 documents × 2 papers × 2 styles, takes hours. So:

* by default each document is rendered on each paper and style at two of 1, 200
  (the short-text limit), 2,250 and 4,750 (the lengths of the issue) — see ``PLAN``
  — and the table cells that broke in the issue (the acuerdo's commitment, the
  acta's commitment and follow-up note) alone at the limit, 20,000, on both papers
  (about 40 s of CPU; 90–125 s of wall time on the laptop shared with other work);
* with ``ALIANZAS_EVERY_LENGTH=1`` every step of 250 from 1 to 20,000 is rendered,
  for every document, paper and style, and for those cells alone (for a release).
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import string
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from alianzas_desktop.documents.acta_pdf import acta_pdf_bytes
from alianzas_desktop.documents.agreement_pdf import agreement_pdf_bytes
from alianzas_desktop.documents.attendance_sheet_pdf import attendance_sheet_pdf_bytes
from alianzas_desktop.documents.person_report_pdf import person_report_pdf_bytes
from alianzas_desktop.domain.fields import LONG_TEXT_MAX
from alianzas_desktop.domain.meeting import MeetingData, validate_for_closing
from alianzas_desktop.domain.nacimiento import NacimientoData, validate_all
from alianzas_desktop.services import agreements, meetings, nacimiento, personal_data
from alianzas_desktop.storage.database import Database
from tests.documents.free_text import free_text_fields
from tests.documents.readback import read_pdf
from tests.factories import nacimiento_data
from tests.meeting_factories import convened_meeting, hold_meeting

PAPERS = ("letter", "a4")
STYLES = ("words", "unbroken")
STEP = 250
PROBE_CAP = 100_000  # a validator that accepts this accepts anything
# ALIANZAS_EVERY_LENGTH=1 renders every length, 1, 250, …, 20,000, on every paper and
# style (hours: for a release, not for each commit).
EVERY_LENGTH = os.environ.get("ALIANZAS_EVERY_LENGTH") == "1"


def lengths_up_to(limit: int) -> list[int]:
    return [1, *range(STEP, limit, STEP), limit]


# Fields no validator limits (issue 8: they print whole up to LONG_TEXT_MAX all the same).
KNOWN_UNLIMITED = {
    "cargo",
    "organization",
    "document_number",
    "phone",
    "guardian",
    "email",
    "consent_witness",
}

# The default run: each paper and style gets two of the lengths, so together they cover
# nothing typed (1), the short-text limit (200), and the lengths of the issue (2,250, 4,750).
PLAN = {
    ("letter", "words"): (1, 4_750),
    ("letter", "unbroken"): (200, 2_250),
    ("a4", "words"): (200, 2_250),
    ("a4", "unbroken"): (1, 4_750),
}
# The cells that broke in the issue, alone at the limit itself.
LONGEST_CELLS = (
    ("acuerdo", "alliance.commitments[0].description"),
    ("acta", "meeting.new_commitments[0].description"),
    ("acta", "meeting.follow_ups[0].note"),
)

# The factories' partner names, which hold_meeting looks commitments up by.
FACTORY_PARTNERS = (
    "Alcaldía de Sonsón",
    "Comercializadora El Páramo S.A.S.",
    "Cooperativa de Productores de La Loma",
)
# Distinct one-character texts, so short values never make two partners "the same".
SHORT = string.ascii_uppercase + "ÁÉÍÓÚÑ" + string.digits + "ÀÈÌÒÙÜabcdefghijklmnopqrstuvwxyz"
WORDS = "canción del páramo y la vereda ñandú con acción "
UNBROKEN = "abcdefghijklmnñopqrstuvwxyzáéíóú0123456789"
# A value's ends, its field's number between « and », must be printed. Only those: a cell
# split across pages has the table's header repeated inside it.
MARK = 4  # characters of each marker
ADDENDUM = 999  # the fe de erratas' marker (fields are numbered from 1)


# -- texts ----------------------------------------------------------------------------------


def sample(length: int, number: int, style: str, *, email: bool = False) -> str:
    """``length`` characters, field ``number`` marked at both ends (see ``markers``).

    "words" is Spanish words; "unbroken" is one unbroken run of ``length - 10`` characters
    between the two markers (separate words, so a page break never falls inside one).
    """
    if email:  # an address has no spaces: the run and its markers in one, then a domain
        return sample(max(length - 5, 1), number, "unbroken").replace(" ", "") + "@x.co"
    if length < 4 * MARK:
        return (SHORT[number % len(SHORT)] + UNBROKEN)[:length]
    head, tail = markers(number)
    filler = WORDS if style == "words" else UNBROKEN
    middle = length - len(head) - len(tail) - 2
    body = (filler * (middle // len(filler) + 1))[:middle]
    body = body[:-1] + "z" if body.endswith(" ") else body
    return f"{head} {body} {tail}"


def markers(number: int) -> tuple[str, str]:
    """A value's first and last characters: «007 … 007» (« and » appear nowhere else)."""
    return f"«{number:03d}", f"{number:03d}»"


def _flat(text: str) -> str:
    return "".join(text.split())


# -- limits, found by asking the validators -------------------------------------------------


def _longest_accepted(validate: Callable[[], dict], owner: Any, name: str) -> int:
    """The longest text ``validate`` accepts in ``owner.name`` (PROBE_CAP: no limit)."""
    original = getattr(owner, name)
    baseline = set(validate())

    def accepts(length: int) -> bool:
        setattr(owner, name, sample(length, 1, "unbroken", email=name == "email"))
        return set(validate()) <= baseline

    try:
        if accepts(PROBE_CAP):
            return PROBE_CAP
        low, high = 0, PROBE_CAP  # accepts(low), not accepts(high)
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if accepts(middle) else (low, middle)
        return low
    finally:
        setattr(owner, name, original)


def limits_of(data: Any, validate: Callable[[Any], dict]) -> dict[str, int]:
    return {
        where: _longest_accepted(lambda: validate(data), owner, name)
        for owner, name, where in free_text_fields(data)
    }


# -- filling --------------------------------------------------------------------------------


@dataclasses.dataclass
class Filled:
    """What was written, by field path: the text printed where the document prints it."""

    texts: dict[str, str] = dataclasses.field(default_factory=dict)
    numbers: dict[str, int] = dataclasses.field(default_factory=dict)
    # Names, organizations and documents a document prints from a person's or an
    # organization's record, not from what was typed in this form.
    from_records: set[str] = dataclasses.field(default_factory=set)
    counter: int = 0

    def fill(
        self,
        data: Any,
        limits: dict[str, int],
        length: Callable[[str], int],
        style: str,
        prefix: str,
    ) -> None:
        for owner, name, where in free_text_fields(data):
            self.counter += 1
            wanted = length(f"{prefix}{where}")
            if wanted is None:
                continue  # left as the factory wrote it
            size = min(wanted, limits[where], LONG_TEXT_MAX)
            text = sample(size, self.counter, style, email=name == "email")
            setattr(owner, name, text)
            self.texts[f"{prefix}{where}"] = text
            self.numbers[f"{prefix}{where}"] = self.counter
            if (name in ("name", "document_number") and getattr(owner, "person_id", None)) or (
                name == "organization" and getattr(owner, "organization_id", None)
            ):
                self.from_records.add(f"{prefix}{where}")


def full_alliance() -> NacimientoData:
    """The factory's alliance, formal (so the legal figure prints), every representative
    authorised (so their contact data is kept and printed)."""
    data = nacimiento_data()
    data.formality, data.legal_figure = "formal", "Convenio de asociación"
    for partner in data.partners:
        rep = partner.representative
        rep.consent, rep.consent_date = True, date(2026, 3, 2)
        rep.consent_witness = "Testigo"
    return data


def consenting(data: MeetingData) -> MeetingData:
    """Every attendee authorised, so document numbers and phones are accepted."""
    for attendee in data.attendees:
        attendee.consent = True
    return data


def _partners_by_factory_name(db: Database, alliance_id: str) -> list[SimpleNamespace]:
    partners = meetings.alliance_partners(db, alliance_id)
    return [
        SimpleNamespace(organization=name, membership_id=p.membership_id)
        for name, p in zip(FACTORY_PARTNERS, partners, strict=True)
    ]


def held_meeting(db: Database, alliance_id: str) -> tuple[str, MeetingData]:
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    data = meetings.meeting_data(db, meeting_id)
    hold_meeting(data, _partners_by_factory_name(db, alliance_id))
    # Presidente and secretario print their cargo and organization too.
    present = data.present()
    data.chair_key, data.secretary_key = present[-1].key, present[-2].key
    return meeting_id, data


# -- the documents, made the way the app makes them -----------------------------------------


@dataclasses.dataclass
class Case:
    db: Database
    limits: dict[str, dict[str, int]]

    def alliance(self, filled: Filled, length: Callable[[str], int], style: str) -> str:
        data = full_alliance()
        filled.fill(data, self.limits["alliance"], length, style, "alliance.")
        return nacimiento.found_alliance(self.db, data)

    def agreement(self, length, style, paper) -> tuple[bytes, Filled]:
        filled = Filled()
        alliance_id = self.alliance(filled, length, style)
        [version] = agreements.list_versions(self.db, alliance_id)
        agreements.issue_version(self.db, version.id)
        document = agreements.agreement_document(self.db, alliance_id)
        return agreement_pdf_bytes(document, page_size=paper), filled

    def acta(self, length, style, paper) -> tuple[bytes, Filled]:
        filled = Filled()
        alliance_id = self.alliance(filled, length, style)
        meeting_id, data = held_meeting(self.db, alliance_id)
        consenting(data)
        filled.fill(data, self.limits["meeting"], length, style, "meeting.")
        meetings.close_meeting(self.db, data, meeting_id)
        addendum = sample(min(length("addendum") or 0, LONG_TEXT_MAX), ADDENDUM, style)
        if addendum:
            meetings.add_addendum(self.db, meeting_id, addendum)
            filled.texts["addendum"], filled.numbers["addendum"] = addendum, ADDENDUM
        document = meetings.acta_document(self.db, meeting_id)
        return acta_pdf_bytes(document, page_size=paper), filled

    def sheet(self, length, style, paper) -> tuple[bytes, Filled]:
        filled = Filled()
        alliance_id = self.alliance(filled, length, style)
        data = consenting(convened_meeting(self.db, alliance_id))
        filled.fill(data, self.limits["meeting"], length, style, "meeting.")
        meeting_id = meetings.save_convocation(self.db, data)
        sheet = meetings.attendance_sheet(self.db, meeting_id)
        return attendance_sheet_pdf_bytes(sheet, page_size=paper), filled

    def report(self, length, style, paper) -> tuple[bytes, Filled]:
        filled = Filled()
        alliance_id = self.alliance(filled, length, style)
        [version] = agreements.list_versions(self.db, alliance_id)
        agreements.issue_version(self.db, version.id)
        name = filled.texts["alliance.partners[0].representative.name"]
        person_id = next(p.id for p in personal_data.list_people(self.db) if p.name == name)
        report = personal_data.person_report(self.db, person_id)
        return person_report_pdf_bytes(report, page_size=paper), filled


# What each document prints of what was filled (the rest it leaves out on purpose, and the
# document tests say why: personal data, texts kept only in the content, names printed
# from a person's record, a guardian printed only for a minor).
def _printed_by_agreement(where: str) -> bool:
    if where.startswith("alliance.partners[") and where.endswith(
        ("document_number", "phone", "email", "consent_witness", "interests", "contribution")
    ):
        return False
    return where.startswith("alliance.")


_ACTA_FROM_ALLIANCE = re.compile(
    r"alliance\.(name|departamento|municipio|vereda|facilitator|commitments\[\d+\]\.description|"
    r"partners\[\d+\]\.(name|representative\.(name|document_number)))$"
)
# The last attendee of tests/meeting_factories.py is absent: the absent list has no cédula.
_MEETING_NOT_PRINTED = re.compile(r"attendees\[6\]\.document_number$|\.(phone|guardian)$")


def _printed_by_acta(where: str) -> bool:
    if where.startswith("alliance."):
        return bool(_ACTA_FROM_ALLIANCE.match(where))
    return not _MEETING_NOT_PRINTED.search(where)


def _printed_by_sheet(where: str) -> bool:
    if where.startswith("alliance."):
        return bool(
            re.match(
                r"alliance\.(name|departamento|municipio|vereda|partners\[\d+\]\.(name|representative\.name))$",
                where,
            )
        )
    return bool(
        re.match(
            r"meeting\.(place|objective|agenda\[\d+\]\.title|attendees\[\d+\]\.(name|organization|cargo))$",
            where,
        )
    ) and not _MEETING_NOT_PRINTED.search(where)


def _printed_by_report(where: str) -> bool:
    return bool(
        re.match(
            r"alliance\.(name|partners\[0\]\.(name|representative\."
            r"(name|cargo|document_number|phone|email|consent_witness)))$",
            where,
        )
    )


KINDS: dict[str, tuple[str, Callable[[str], bool]]] = {
    "acuerdo": ("agreement", _printed_by_agreement),
    "acta": ("acta", _printed_by_acta),
    "planilla": ("sheet", _printed_by_sheet),
    "reporte": ("report", _printed_by_report),
}


# -- reading back ---------------------------------------------------------------------------


WORD_BOX = re.compile(
    r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>'
)


def _words_off_the_page(pdf: bytes) -> list[str]:
    """Words whose box leaves the page, from pdftotext's bounding boxes."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        html = subprocess.run(
            ["pdftotext", "-bbox", handle.name, "-"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    off = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page[1]), float(page[2])
        for word in WORD_BOX.finditer(page[3]):
            x0, y0, x1, y1 = map(float, word.groups()[:4])
            if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
                off.append(word[5][:30])
    return off


def check(pdf: bytes, filled: Filled, printed: Callable[[str], bool]) -> None:
    readback = read_pdf(pdf)
    assert len(readback.pages) >= 1
    flat = _flat(readback.body)  # footers shorten the alliance's name on purpose
    missing = []
    for where, text in filled.texts.items():
        head, tail = markers(filled.numbers[where])
        if not printed(where) or where in filled.from_records or head not in text:
            continue  # not printed from this text, or too short to carry its markers
        if not (flat.count(tail) >= flat.count(head) >= 1):
            missing.append(where)
    assert missing == [], f"campos cortados o ausentes: {missing}"
    if shutil.which("pdftotext"):
        assert _words_off_the_page(pdf) == [], "texto fuera de la página"


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> Iterator[Case]:
    database = Database.open(tmp_path_factory.mktemp("lengths") / "alianzas.sqlite")
    alliance_limits = limits_of(full_alliance(), validate_all)
    alliance_id = nacimiento.found_alliance(database, nacimiento_data())
    _meeting_id, meeting = held_meeting(database, alliance_id)
    meeting_limits = limits_of(consenting(meeting), validate_for_closing)
    yield Case(database, {"alliance": alliance_limits, "meeting": meeting_limits})
    database.close()


# -- the tests ------------------------------------------------------------------------------


def test_the_limits_are_the_validators(case):
    """The probe finds what the wizards enforce: 200 for names, 20,000 for long texts.

    A new field the validators never refuse fails here until it is given a limit (or
    named in ``KNOWN_UNLIMITED``).
    """
    alliance, meeting = case.limits["alliance"], case.limits["meeting"]
    unlimited = {
        where.rsplit(".", 1)[-1]
        for limits in (alliance, meeting)
        for where, limit in limits.items()
        if limit == PROBE_CAP
    }
    assert unlimited <= KNOWN_UNLIMITED
    assert alliance["name"] == 200 and alliance["purpose"] == LONG_TEXT_MAX
    assert alliance["partners[0].identifier"] == 40
    assert alliance["commitments[0].description"] == LONG_TEXT_MAX
    assert meeting["place"] == 200 and meeting["new_commitments[0].description"] == LONG_TEXT_MAX
    assert meeting["follow_ups[0].note"] == LONG_TEXT_MAX


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_field_at_once_prints(case, kind, paper, style):
    make, printed = KINDS[kind]
    lengths = lengths_up_to(LONG_TEXT_MAX) if EVERY_LENGTH else PLAN[paper, style]
    for length in lengths:
        pdf, filled = getattr(case, make)(lambda _where, n=length: n, style, paper)
        check(pdf, filled, printed)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize(("kind", "field"), LONGEST_CELLS)
def test_the_longest_cell_prints(case, kind, field, paper):
    make, printed = KINDS[kind]
    style = "unbroken" if paper == "letter" else "words"
    lengths = lengths_up_to(LONG_TEXT_MAX) if EVERY_LENGTH else [LONG_TEXT_MAX]
    for length in lengths:
        pdf, filled = getattr(case, make)(
            lambda where, n=length: n if where == field else None, style, paper
        )
        assert field in filled.texts
        check(pdf, filled, printed)
