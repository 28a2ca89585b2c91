"""The scanned text as HTML with every shown finding marked.

Each mark is a link to its finding in the list (``#vondst-N``) and carries a visible number and
category letter plus visually hidden text naming the category, so it never relies on colour.
The text is shown with ``white-space: pre-wrap``; it is escaped piece by piece.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from anderebril.taalscan.constants import MAX_SHOWN_CHARACTERS, MAX_SHOWN_FINDINGS
from anderebril.taalscan.services import FindingView


@dataclass(frozen=True)
class Highlighted:
    html: SafeString
    #: Numbers of the findings that are marked in the shown text.
    marked: frozenset[int]
    #: Characters shown (less than the text's length when it was cut off).
    shown_characters: int
    truncated: bool


def shown_end(text: str, findings: list[FindingView]) -> int:
    """Where the shown text stops: after the line of the last listed finding, within a cap."""
    end = len(text)
    if len(findings) > MAX_SHOWN_FINDINGS:
        last = findings[MAX_SHOWN_FINDINGS - 1].end
        newline = text.find("\n", last)
        end = len(text) if newline == -1 else newline
    if end > MAX_SHOWN_CHARACTERS:
        # Cut at a line or word boundary near the cap rather than inside a word.
        cut = max(
            text.rfind("\n", 0, MAX_SHOWN_CHARACTERS), text.rfind(" ", 0, MAX_SHOWN_CHARACTERS)
        )
        end = cut if cut > MAX_SHOWN_CHARACTERS // 2 else MAX_SHOWN_CHARACTERS
    return end


def highlight(text: str, findings: list[FindingView]) -> Highlighted:
    end = shown_end(text, findings)
    parts: list[str] = []
    marked: set[int] = set()
    position = 0
    for finding in findings[:MAX_SHOWN_FINDINGS]:
        if finding.start < position or finding.end > end:
            continue  # overlaps a mark already made, or lies beyond the shown text
        parts.append(conditional_escape(text[position : finding.start]))
        parts.append(_mark(finding, text[finding.start : finding.end]))
        marked.add(finding.number)
        position = finding.end
    parts.append(conditional_escape(text[position:end]))
    return Highlighted(
        html=mark_safe("".join(parts)),  # every part is escaped above
        marked=frozenset(marked),
        shown_characters=end,
        truncated=end < len(text),
    )


def _mark(finding: FindingView, words: str) -> str:
    hidden = gettext("vondst %(number)s: %(category)s") % {
        "number": finding.number,
        "category": finding.category_label.lower(),
    }
    return format_html(
        '<a class="ts-mark ts-mark--{category}" href="#{item}" id="{anchor}">{words}'
        '<span class="ts-mark__tag" aria-hidden="true">{number}{marker}</span>'
        '<span class="ts-visually-hidden"> ({hidden})</span></a>',
        category=finding.category,
        item=finding.item_id,
        anchor=finding.anchor,
        words=words,
        number=finding.number,
        marker=finding.marker,
        hidden=hidden,
    )
