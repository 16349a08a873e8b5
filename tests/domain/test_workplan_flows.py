"""How information moves in the plan: each flow's checks, at their limits."""

from __future__ import annotations

import pytest

from alianzas_desktop.domain.workplan import FlowEntry, WorkplanData, validate_flows

TOO_LONG = "El texto es demasiado largo: máximo 200 caracteres."


def _flow(key: str = "f1", **values) -> FlowEntry:
    fields = dict(frequency="Mensual", informs="Comité", informed="Socios")
    fields.update(values)
    return FlowEntry(key=key, **fields)


def test_a_complete_flow():
    assert validate_flows(WorkplanData(flows=[_flow()])) == {}


def test_no_flows():
    assert validate_flows(WorkplanData()) == {
        "flows": "Agregue al menos una forma de intercambiar información."
    }


def test_fifty_flows_at_most():
    flows = [_flow(f"f{n}") for n in range(50)]
    assert validate_flows(WorkplanData(flows=flows)) == {}
    flows.append(_flow("f50"))
    assert validate_flows(WorkplanData(flows=flows)) == {
        "flows": "Se admiten hasta 50 formas de intercambio."
    }


@pytest.mark.parametrize(
    "channel", ["reunion", "whatsapp", "correo", "llamada", "cartelera", "otro"]
)
def test_every_channel(channel):
    assert validate_flows(WorkplanData(flows=[_flow(channel=channel)])) == {}


def test_an_empty_flow():
    flow = FlowEntry(key="f1", channel="paloma")
    assert validate_flows(WorkplanData(flows=[flow])) == {
        "flows.f1.channel": "Elija el canal.",
        "flows.f1.frequency": "Escriba con qué frecuencia.",
        "flows.f1.informs": "Escriba quién informa.",
        "flows.f1.informed": "Escriba a quién se informa.",
    }


@pytest.mark.parametrize("attr", ["frequency", "informs", "informed", "records_kept_at"])
def test_flow_text_limits(attr):
    assert validate_flows(WorkplanData(flows=[_flow(**{attr: "x" * 200})])) == {}
    assert validate_flows(WorkplanData(flows=[_flow(**{attr: "x" * 201})])) == {
        f"flows.f1.{attr}": TOO_LONG
    }
