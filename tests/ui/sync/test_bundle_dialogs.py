"""The bundle screens driven with real events: export, preview and import, passphrases."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from alianzas_desktop.profile import Profile, save_profile
from alianzas_desktop.services import alliances, bundles
from alianzas_desktop.ui.dialogs.bundle_export_dialog import BundleExportDialog
from alianzas_desktop.ui.dialogs.bundle_import_dialog import BundleImportDialog, KindCountModel
from alianzas_desktop.ui.dialogs.exchanges_dialog import ExchangeModel, ExchangesDialog
from tests.sync.conftest import file_state
from tests.ui.nacimiento.conftest import type_into as type_text
from tests.ui.user_events import click_button, click_check_in_view

PASSPHRASE = "cacao y café 2026"


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it."""
    assert field.isVisible() and field.isEnabled()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == text


def click_choice(qtbot, button) -> None:
    """Click a radio button or check box on its indicator (its centre may be blank space)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    before = button.isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked() != before or button.autoExclusive(), button.text()


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_through_dialog(qtbot, db, target, *, passphrase: str | None = None) -> str:
    dialog = shown(qtbot, BundleExportDialog(db))
    if passphrase:
        click_choice(qtbot, dialog.passphrase_radio)
        type_into(qtbot, dialog.passphrase_edit, passphrase)
        type_into(qtbot, dialog.repeat_edit, passphrase)
    type_into(qtbot, dialog.target_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        click_button(qtbot, dialog.export_button)
    return blocker.args[0]


def test_export_only_the_alliance_found_by_search(db, alliances_on_a, tmp_path, qtbot, told):
    dialog = shown(qtbot, BundleExportDialog(db))
    assert dialog.model.rowCount() == 3
    assert not dialog.list_view.isEnabled()  # «Todas las alianzas» is the default

    click_choice(qtbot, dialog.chosen_radio)
    type_into(qtbot, dialog.search_edit, "tumaco")  # no accent, lower case
    assert dialog.proxy.rowCount() == 1
    click_check_in_view(qtbot, dialog.list_view, 0)
    type_into(qtbot, dialog.target_edit, str(tmp_path / "para la oficina"))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        click_button(qtbot, dialog.export_button)

    written = tmp_path / "para la oficina.alianzas"
    assert blocker.args == [str(written)]
    info = bundles.inspect_bundle(written)
    assert info["alliances"] == [alliances_on_a["Cacao para la Paz"]]
    assert info["counts"]["alliances"] == 1
    assert told[-1][0] == "Paquete exportado"
    assert str(written) in dialog.result_label.text()
    assert dialog.result_label.isVisible()


def test_enter_in_the_search_marks_the_alliance_found_and_does_not_export(
    db, alliances_on_a, tmp_path, qtbot, told
):
    dialog = shown(qtbot, BundleExportDialog(db))
    type_into(qtbot, dialog.target_edit, str(tmp_path / "una"))
    click_choice(qtbot, dialog.chosen_radio)
    type_into(qtbot, dialog.search_edit, "tumaco")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    assert list(dialog.model.checked_ids) == [alliances_on_a["Cacao para la Paz"]]
    assert not (tmp_path / "una.alianzas").exists() and told == []  # not exported yet
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.list_view
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        click_button(qtbot, dialog.export_button)
    assert bundles.inspect_bundle(tmp_path / "una.alianzas")["alliances"] == [
        alliances_on_a["Cacao para la Paz"]
    ]


def test_export_refuses_no_choice_and_mismatched_passphrases(
    db, alliances_on_a, tmp_path, qtbot, told
):
    dialog = shown(qtbot, BundleExportDialog(db))
    type_into(qtbot, dialog.target_edit, str(tmp_path / "p.alianzas"))
    click_choice(qtbot, dialog.chosen_radio)
    click_button(qtbot, dialog.export_button)
    assert "Marque al menos una alianza" in dialog.choice_message.message

    click_choice(qtbot, dialog.all_radio)
    click_choice(qtbot, dialog.passphrase_radio)
    type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
    type_into(qtbot, dialog.repeat_edit, PASSPHRASE + "x")
    click_button(qtbot, dialog.export_button)
    assert "no coinciden" in dialog.passphrase_message.message
    type_into(qtbot, dialog.passphrase_edit, "corta")
    click_button(qtbot, dialog.export_button)
    assert "al menos 8" in dialog.passphrase_message.message

    assert not (tmp_path / "p.alianzas").exists()
    assert bundles.list_exchanges(db) == []
    assert told == []


def test_import_previews_then_applies_into_a_second_database(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, told
):
    save_profile(Profile(name="Luz Dary Ocampo"))  # the facilitator on laptop A
    path = export_through_dialog(qtbot, db, tmp_path / "todo.alianzas")
    before = file_state(laptop_b.path)
    dialog = shown(qtbot, BundleImportDialog(laptop_b))
    assert not dialog.import_button.isEnabled()
    assert not dialog.passphrase_row.isVisible()  # not encrypted: no passphrase asked

    type_into(qtbot, dialog.path_edit, path)
    with qtbot.waitSignal(dialog.previewed, timeout=10000) as blocker:
        click_button(qtbot, dialog.preview_button)

    preview = blocker.args[0]
    assert preview.dry_run and preview.added > 0
    rows = {
        dialog.model.index(r, KindCountModel.KIND).data(): r for r in range(dialog.model.rowCount())
    }
    assert dialog.model.index(rows["Alianza"], KindCountModel.ADDED).data() == "3"
    assert dialog.model.index(rows["Alianza"], KindCountModel.UPDATED).data() == "—"
    assert "Organización" in rows
    assert dialog.origin_label.text().startswith("Paquete de Luz Dary Ocampo (equipo ")
    assert f"Se agregarán {preview.added}" in dialog.totals_label.text()
    assert file_state(laptop_b.path) == before  # the preview wrote nothing
    assert alliances.list_alliances(laptop_b) == []

    with qtbot.waitSignal(dialog.imported, timeout=10000) as blocker:
        click_button(qtbot, dialog.import_button)

    result = blocker.args[0]
    assert result.applied and result.added == preview.added
    assert {a.id for a in alliances.list_alliances(laptop_b)} == set(alliances_on_a.values())
    assert told[-1][0] == "Paquete importado"
    assert not dialog.import_button.isEnabled()  # applied: not twice from the same preview

    history = shown(qtbot, ExchangesDialog(laptop_b))
    assert history.model.rowCount() == 1
    assert history.model.index(0, ExchangeModel.DIRECTION).data() == "Importado"
    assert history.model.index(0, ExchangeModel.FILE).data() == "todo.alianzas"
    assert history.model.index(0, ExchangeModel.ADDED).data() == str(result.added)
    assert history.model.index(0, ExchangeModel.FACILITATOR).data() == "Luz Dary Ocampo"
    assert not history.empty_label.isVisible()


def test_a_wrong_passphrase_is_refused_next_to_its_field(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, told
):
    path = export_through_dialog(qtbot, db, tmp_path / "cifrado.alianzas", passphrase=PASSPHRASE)
    assert bundles.encryption_of(tmp_path / "cifrado.alianzas") == bundles.Encryption.PASSPHRASE
    before = file_state(laptop_b.path)
    dialog = shown(qtbot, BundleImportDialog(laptop_b))
    type_into(qtbot, dialog.path_edit, path)
    assert dialog.passphrase_row.isVisible()  # the file says it is encrypted

    with qtbot.waitSignal(dialog.refused, timeout=10000) as blocker:
        click_button(qtbot, dialog.preview_button)
    assert "está cifrado" in blocker.args[0]
    assert dialog.passphrase_message.message == blocker.args[0]

    type_into(qtbot, dialog.passphrase_edit, "no es esta")
    with qtbot.waitSignal(dialog.refused, timeout=10000) as blocker:
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert "la contraseña no es la correcta" in dialog.passphrase_message.message
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0
    assert file_state(laptop_b.path) == before

    type_into(qtbot, dialog.passphrase_edit, PASSPHRASE)
    assert not dialog.passphrase_message.isVisible()  # typing again clears the message
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled()


def test_a_damaged_bundle_shows_the_one_message_and_changes_nothing(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, told
):
    path = tmp_path / "todo.alianzas"
    bundles.export_bundle(db, path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    before = file_state(laptop_b.path)
    dialog = shown(qtbot, BundleImportDialog(laptop_b))
    type_into(qtbot, dialog.path_edit, str(path))

    with qtbot.waitSignal(dialog.refused, timeout=10000) as blocker:
        click_button(qtbot, dialog.preview_button)

    assert dialog.message.message == blocker.args[0]
    assert blocker.args[0].strip() and "\n" not in blocker.args[0].strip()
    assert not dialog.import_button.isEnabled()
    assert file_state(laptop_b.path) == before


def test_for_the_office_key_only_the_office_opens_it(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, told, monkeypatch
):
    laptop_data = tmp_path / "datos"
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))
    office = bundles.export_public_key(tmp_path / "oficina.pem")
    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(laptop_data))
    plain = shown(qtbot, BundleExportDialog(db))
    assert not plain.office_radio.isEnabled() and plain.plain_radio.isChecked()
    bundles.install_office_key(tmp_path / "oficina.pem")

    dialog = shown(qtbot, BundleExportDialog(db))
    assert dialog.office_radio.isChecked()  # once installed, the office key is the default
    assert office.key_id in dialog.office_radio.text()
    assert not dialog.passphrase_edit.isEnabled()
    type_into(qtbot, dialog.target_edit, str(tmp_path / "oficina.alianzas"))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        click_button(qtbot, dialog.export_button)
    assert dialog.summary.recipient == office.key_id
    assert "solo la oficina podrá abrirlo" in told[-1][1]

    before = file_state(laptop_b.path)
    importing = shown(qtbot, BundleImportDialog(laptop_b))
    type_into(qtbot, importing.path_edit, blocker.args[0])
    assert importing.key_label.isVisible() and not importing.passphrase_row.isVisible()
    with qtbot.waitSignal(importing.refused, timeout=10000) as refused:
        click_button(qtbot, importing.preview_button)
    assert "solo se abre con su clave privada" in refused.args[0]
    assert importing.message.message == refused.args[0]
    assert file_state(laptop_b.path) == before

    monkeypatch.setenv("ALIANZAS_DATA_DIR", str(tmp_path / "oficina"))  # at the office
    with qtbot.waitSignal(importing.previewed, timeout=10000):
        click_button(qtbot, importing.preview_button)
    with qtbot.waitSignal(importing.imported, timeout=10000):
        click_button(qtbot, importing.import_button)
    assert len(alliances.list_alliances(laptop_b)) == len(alliances_on_a)


def _with_many_people(path, how_many: int) -> None:
    """The bundle at ``path`` with ``how_many`` more people (a copy of its first person
    under new keys and names), hashes, counts and checksums made again: a big bundle."""
    import json
    import uuid

    from alianzas_desktop.sync.records import content_hash
    from tests.sync.bundle_tools import rebuild

    def change(members: dict[str, bytes], manifest: dict) -> None:
        name = "records/people.json"
        document = json.loads(members[name])
        model = document["records"][0]
        for n in range(how_many):
            record = json.loads(json.dumps(model))
            key = str(uuid.UUID(int=n + 1))
            record["key"] = key
            record["fields"].update(id=key, full_name=f"Persona {n}", document_number=f"9{n:07d}")
            record["hash"] = content_hash("people", record["fields"])
            document["records"].append(record)
        members[name] = json.dumps(document).encode("utf-8")
        manifest["counts"]["people"] = len(document["records"])

    path.write_bytes(rebuild(path.read_bytes(), change))


def test_an_office_sized_import_writes_its_counts_with_thousands_marked(
    db, alliances_on_a, laptop_b, tmp_path, qtbot, told
):
    path = export_through_dialog(qtbot, db, tmp_path / "grande.alianzas")
    _with_many_people(tmp_path / "grande.alianzas", 1_500)
    dialog = shown(qtbot, BundleImportDialog(laptop_b))
    type_into(qtbot, dialog.path_edit, path)
    with qtbot.waitSignal(dialog.previewed, timeout=20000) as blocker:
        click_button(qtbot, dialog.preview_button)

    preview = blocker.args[0]
    people = sum(1 for c in preview.changes if c.table == "people")
    assert 1_500 < people < 2_000 and preview.added > people
    rows = {
        dialog.model.index(r, KindCountModel.KIND).data(): r for r in range(dialog.model.rowCount())
    }
    # Colombian Spanish: «1.503», not «1503».
    shown_people = dialog.model.index(rows["Persona"], KindCountModel.ADDED).data()
    assert shown_people == f"1.{people - 1000:03d}"
    added = f"{preview.added // 1000}.{preview.added % 1000:03d}"
    assert f"Se agregarán {added}," in dialog.totals_label.text()

    with qtbot.waitSignal(dialog.imported, timeout=20000):
        click_button(qtbot, dialog.import_button)
    assert told[-1][0] == "Paquete importado"
    assert told[-1][1].startswith(f"Paquete importado: {added} agregado(s), 0 actualizado(s)")
    history = shown(qtbot, ExchangesDialog(laptop_b))
    assert history.model.index(0, ExchangeModel.ADDED).data() == added
