"""Content lines as iCalendar (RFC 5545) and vCard (RFC 6350) want them.

Both formats escape text the same way, end lines with CRLF and fold lines longer than 75 octets
by continuing them on a line that starts with one space, never splitting a UTF-8 character.
"""

from __future__ import annotations

from collections.abc import Iterable

CRLF = "\r\n"
MAX_OCTETS = 75


def escape(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets, joined by CRLF and a space."""
    chunks: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # the leading space counts
        current += char
        size += width
    chunks.append(current)
    return (CRLF + " ").join(chunks)


def render(lines: Iterable[str]) -> str:
    """Join content lines, folded, each ending with CRLF."""
    return "".join(fold(line) + CRLF for line in lines)
