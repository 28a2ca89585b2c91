"""Applying unambiguous fixes."""

from __future__ import annotations

import pytest

from anderebril.textscan import rewrite_text, scan_text

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_applies_only_fixes_with_one_suggestion() -> None:
    text = "Installatievakman (m/v) gezocht. Ook een schoonmaakster."
    assert rewrite_text(text, scan_text(text)) == (
        "Installatievakkracht (m/v/x) gezocht. Ook een schoonmaakster."
    )


def test_it_follows_the_strategy() -> None:
    text = "De student regelt zelf zijn stage."
    report = scan_text(text, strategy="paarvorm")
    assert rewrite_text(text, report) == "De student regelt zelf zijn of haar stage."


def test_it_never_rewrites_stereotypes_or_coded_words() -> None:
    text = "Techniek is een mannenwereld voor competitieve mensen."
    assert rewrite_text(text, scan_text(text)) == text


def test_it_keeps_line_breaks_around_a_fix() -> None:
    text = "Een vak-\nman en een VAKMAN."
    assert rewrite_text(text, scan_text(text)) == "Een vakkracht en een VAKKRACHT."
