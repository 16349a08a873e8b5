"""domain/folding: the Latin-1 byte table folds exactly as the per-character rule."""

from __future__ import annotations

import random
import unicodedata

from alianzas_desktop.domain.folding import fold


def by_the_rule(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_every_latin1_character_and_mixed_text_fold_by_the_rule():
    latin1 = [chr(code) for code in range(256)]
    for character in latin1:
        assert fold(character) == by_the_rule(character), hex(ord(character))
    assert fold("Sonsón ÑAMBÍ") == "sonson nambi"
    assert fold("Straße µ") == "strasse μ"  # the two that leave Latin-1
    others = ["ő", "€", "😀", "ﬁ", "İ", "ǅ", "\n", "<", "&"]
    chooser = random.Random(13)
    for _ in range(3000):
        text = "".join(chooser.choice(latin1 + others) for _ in range(chooser.randint(1, 24)))
        assert fold(text) == by_the_rule(text), repr(text)
