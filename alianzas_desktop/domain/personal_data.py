"""Personal data rules from Ley 1581 de 2012 and Decreto 1377 de 2013.

The authorisation text is versioned: each recorded authorisation names the
version the person was shown. Response deadlines count business days
(Saturdays, Sundays and Colombian holidays excluded).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from alianzas_desktop.domain.i18n import QT_TRANSLATE_NOOP
from alianzas_desktop.domain.vocabulary import AuthorizationMethod, RequestKind

logger = logging.getLogger(__name__)

AUTHORIZATION_TEXT_VERSION = "v1"
AUTHORIZATION_PURPOSE = (
    "Registrar los datos de contacto de quienes participan en la alianza para convocar "
    "reuniones, hacer seguimiento a los compromisos y elaborar actas y acuerdos."
)
AUTHORIZATION_TEXT = {
    "v1": (
        "Autorizo al Programa Nacional de Alianzas y a la persona facilitadora a tratar mis "
        "datos personales (nombre, documento, teléfono y correo electrónico) con la "
        "finalidad de " + AUTHORIZATION_PURPOSE[0].lower() + AUTHORIZATION_PURPOSE[1:-1] + ". "
        "Conozco que puedo consultar, corregir, actualizar y pedir la supresión de mis "
        "datos, y revocar esta autorización, conforme a la Ley 1581 de 2012 y el Decreto "
        "1377 de 2013. No estoy obligado(a) a suministrar datos sensibles."
    ),
}


# Consultas: 10 business days (art. 14); reclamos: 15 business days (art. 15).
RESPONSE_BUSINESS_DAYS = {
    RequestKind.QUERY: 10,
    RequestKind.CORRECTION: 15,
    RequestKind.ERASURE: 15,
    RequestKind.REVOCATION: 15,
}


def is_business_day(day: date) -> bool:
    import holidays

    return day.weekday() < 5 and day not in holidays.Colombia(years=day.year)


def add_business_days(start: date, days: int) -> date:
    """The date ``days`` business days after ``start`` (the day of receipt does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_business_day(current):
            remaining -= 1
    return current


def response_due(kind: str, received_on: date) -> date:
    return add_business_days(received_on, RESPONSE_BUSINESS_DAYS[RequestKind(kind)])


def authorization_errors(
    *,
    method: str,
    given_on: date | None,
    witness: str,
    is_minor: bool,
    guardian: str,
    today: date,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if method not in {m.value for m in AuthorizationMethod}:
        errors["method"] = QT_TRANSLATE_NOOP("errores", "Indique cómo se dio la autorización.")
    if given_on is None:
        errors["given_on"] = QT_TRANSLATE_NOOP("errores", "Indique la fecha de la autorización.")
    elif given_on > today or given_on.year < 1990:
        errors["given_on"] = QT_TRANSLATE_NOOP(
            "errores", "La fecha de la autorización no es razonable."
        )
    if method == AuthorizationMethod.VERBAL.value and not witness.strip():
        errors["witness"] = QT_TRANSLATE_NOOP(
            "errores", "Una autorización verbal necesita el nombre de un testigo."
        )
    if is_minor and not guardian.strip():
        errors["guardian"] = QT_TRANSLATE_NOOP(
            "errores",
            "Los datos de un menor de edad requieren la autorización de su representante legal.",
        )
    return errors
