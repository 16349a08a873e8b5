"""Variation selectors vanish from printed text, exactly their two Unicode ranges."""

from __future__ import annotations

import pytest

from alianzas_desktop.documents.escaping import REPLACEMENT, covered_characters, printable


def test_variation_selectors_at_both_ends_of_both_ranges_vanish():
    text = "a\ufe00b\ufe0fc\U000e0100d\U000e01efe"
    assert printable(text) == "abcde"


@pytest.mark.parametrize("outside", ["\ufe10", "\U000e01f0", "\ufdff"])
def test_the_characters_just_outside_the_ranges_are_not_dropped(outside):
    assert ord(outside) not in covered_characters()  # so it prints as the replacement
    assert printable(f"a{outside}b") == f"a{REPLACEMENT}b"
