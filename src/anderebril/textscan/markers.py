"""Inline markers that silence the scan in Markdown and HTML, configured ignore words, and
web and e-mail addresses (a URL slug such as ``…/werken-in-mannenwereldje/`` is not prose).

```markdown
<!-- anderebril-disable-next-line -->
<!-- anderebril-disable nl.gendered-term.vakman -->  …  <!-- anderebril-enable -->
```
A marker may name rule ids (or prefixes); without ids it silences every rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from anderebril.textscan.matching import lowered
from anderebril.textscan.model import Finding
from anderebril.textscan.tokenize import is_word_char

MARKER_RE: Final = re.compile(
    r"<!--\s*anderebril-(disable-next-line|disable|enable)((?:\s+[\w.\-]+)*)\s*-->"
)


@dataclass(slots=True)
class Silenced:
    """Ranges where rules are silenced; ``rules`` empty means every rule."""

    ranges: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    open_rules: frozenset[str] | None = None  # a disable still open at the end of a chunk
    #: A ``disable-next-line`` whose next line is in the next chunk: its rules, and how many
    #: line ends of the next chunk come before that line (1 when the marker's own line goes on).
    next_line: tuple[frozenset[str], int] | None = None

    def covers(self, finding: Finding) -> bool:
        for start, end, rules in self.ranges:
            if start <= finding.start < end and (
                not rules
                or any(finding.rule == r or finding.rule.startswith(r + ".") for r in rules)
            ):
                return True
        return False


def find_silenced(
    text: str,
    carried: frozenset[str] | None = None,
    next_line: tuple[frozenset[str], int] | None = None,
) -> Silenced:
    """Silenced ranges in ``text``; ``carried`` is a disable left open by the previous chunk,
    ``next_line`` a ``disable-next-line`` of the previous chunk whose line is in this one."""
    silenced = Silenced()
    open_at: int | None = 0 if carried is not None else None
    open_rules = carried or frozenset()
    if next_line is not None:
        rules, skip = next_line
        line_start = 0
        for _ in range(skip):
            line_start = text.find("\n", line_start) + 1
            if line_start == 0:
                break
        if line_start or not skip:
            line_end = text.find("\n", line_start)
            silenced.ranges.append((line_start, len(text) if line_end == -1 else line_end, rules))
    if "anderebril-" in text:
        for match in MARKER_RE.finditer(text):
            kind, rules = match.group(1), frozenset(match.group(2).split())
            silenced.ranges.append((match.start(), match.end(), frozenset()))  # the marker itself
            if kind == "disable-next-line":
                line_start = text.find("\n", match.end())
                if line_start == -1 or line_start + 1 == len(text):
                    silenced.next_line = (rules, 1 if line_start == -1 else 0)
                    continue
                line_end = text.find("\n", line_start + 1)
                silenced.ranges.append(
                    (line_start + 1, len(text) if line_end == -1 else line_end, rules)
                )
            elif kind == "disable" and open_at is None:
                open_at, open_rules = match.end(), rules
            elif kind == "enable" and open_at is not None:
                silenced.ranges.append((open_at, match.start(), open_rules))
                open_at = None
    if open_at is not None:
        silenced.ranges.append((open_at, len(text), open_rules))
        silenced.open_rules = open_rules
    return silenced


def ignored_ranges(text: str, low: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the configured ignore words (official names) occur, as whole words."""
    out: list[tuple[int, int]] = []
    for phrase in phrases:
        needle = lowered(phrase)  # as ``low`` was made: "Aydın" is "aydin" in both
        pos = low.find(needle)
        while pos != -1:
            end = pos + len(needle)
            left_ok = pos == 0 or not is_word_char(low[pos - 1])
            right_ok = end == len(low) or not is_word_char(low[end])
            if left_ok and right_ok:
                out.append((pos, end))
            pos = low.find(needle, pos + 1)
    return out


#: What marks a whitespace-delimited piece of text as an address, not words.
_ADDRESS_MARKS: Final = ("://", "www.", "@")
_ADDRESS_TRIM: Final = "\"'()<>[]{}.,;:!?"


def address_ranges(low: str) -> list[tuple[int, int]]:
    """Web and e-mail addresses in ``low`` (the lowercased text): every whitespace-delimited
    piece that contains ``://``, starts with ``www.`` or has an ``@`` between word
    characters, without the brackets, quotes and punctuation around it. Sorted, merged."""
    if not any(mark in low for mark in _ADDRESS_MARKS):
        return []
    spans: list[tuple[int, int]] = []
    for mark in _ADDRESS_MARKS:
        pos = low.find(mark)
        while pos != -1:
            start = _piece_start(low, pos)
            end = _NON_SPACE_RE.match(low, pos + len(mark)).end()  # type: ignore[union-attr]
            if mark == "://":  # "[tekst](https://…)", 'href="https://…"': start at the scheme
                scheme = _SCHEME_RE.search(low, start, pos + 3)
                if scheme is not None:
                    start = scheme.start()
            piece = low[start:end]
            lead = len(piece) - len(piece.lstrip(_ADDRESS_TRIM))
            trimmed = piece.strip(_ADDRESS_TRIM)
            if _is_address(trimmed, mark):
                spans.append((start + lead, start + lead + len(trimmed)))
            pos = low.find(mark, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_SCHEME_RE: Final = re.compile(r"[a-z][a-z0-9+.-]*://")
_NON_SPACE_RE: Final = re.compile(r"\S*")
_SPACE_RE: Final = re.compile(r"\s")


def _piece_start(low: str, pos: int) -> int:
    """Where the whitespace-delimited piece around ``pos`` starts: after the nearest space,
    newline or tab found with ``rfind``, or after a rarer space (no-break, carriage return)
    between that one and ``pos``."""
    lo = max(0, pos - 400)
    start = max(low.rfind(" ", lo, pos), low.rfind("\n", lo, pos), low.rfind("\t", lo, pos))
    if start == -1:  # no common space near: walk back
        start = pos
        while start > 0 and not low[start - 1].isspace():
            start -= 1
        return start
    start += 1
    for rarer in _SPACE_RE.finditer(low, start, pos):
        start = rarer.end()
    return start


def _is_address(piece: str, mark: str) -> bool:
    if mark == "://":
        scheme = piece.split("://", 1)[0]
        return scheme.isascii() and scheme.isalpha()
    if mark == "www.":
        return piece.startswith("www.") and "." in piece[4:]
    user, _at, host = piece.partition("@")
    return bool(user) and "." in host and host.rsplit(".", 1)[1].isalpha() and "/" not in user
