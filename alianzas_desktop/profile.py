"""The facilitator's profile on this laptop: the name the audit trail and documents use."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from alianzas_desktop import paths
from alianzas_desktop.domain.vocabulary import PaperSize
from alianzas_desktop.files import replace_durably

logger = logging.getLogger(__name__)

NO_PROFILE = "Sin perfil"
FILE_NAME = "perfil.json"


@dataclass
class Profile:
    name: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""
    document_number: str = ""  # the facilitator's cédula, for the documents they sign
    departamento: str = ""  # offered when a new alliance is registered
    paper_size: str = PaperSize.LETTER.value

    @property
    def is_known(self) -> bool:
        """True once the facilitator said who they are (the name the audit trail records)."""
        return bool(self.name.strip())


# The audit trail asks for the actor on every flush: read the file again only when it changed.
_cache: dict[Path, tuple[int, Profile]] = {}


def load_profile() -> Profile:
    path = paths.data_dir() / FILE_NAME
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return Profile()
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return replace(cached[1])
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("Perfil ilegible en %s; se usa uno vacío", path)
        return Profile()
    if not isinstance(data, dict):
        logger.warning("Perfil ilegible en %s; se usa uno vacío", path)
        return Profile()
    known = Profile.__dataclass_fields__
    profile = Profile(**{k: str(v) for k, v in data.items() if k in known})
    _cache[path] = (stamp, profile)
    return replace(profile)


def save_profile(profile: Profile) -> None:
    path = paths.data_dir() / FILE_NAME
    partial = path.with_suffix(".tmp")
    partial.write_text(json.dumps(asdict(profile), ensure_ascii=False, indent=2), encoding="utf-8")
    replace_durably(partial, path)
    _cache.pop(path, None)


def paper_size() -> str:
    """The paper the facilitator prints on: letter (carta) unless the profile says A4."""
    code = load_profile().paper_size
    return code if code in {p.value for p in PaperSize} else PaperSize.LETTER.value


def actor_name() -> str:
    """The name the audit trail records for changes made on this laptop."""
    return load_profile().name.strip() or NO_PROFILE
