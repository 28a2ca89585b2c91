"""``--format text``: one line per finding, like a linter, with a summary at the end.

``vacature.txt:2:5: should-fix gendered-term 'vakman' is een mannelijk woord … → vakkracht``
"""

from __future__ import annotations

from io import StringIO
from typing import Final, TextIO

from anderebril.textscan.formats import Rendered, Result, Summary

COLORS: Final = {"must-fix": "\033[31m", "should-fix": "\033[33m", "consider": "\033[36m"}
DIM: Final = "\033[2m"
RESET: Final = "\033[0m"


class TextFormatter:
    def __init__(self, out: TextIO, *, color: bool = False) -> None:
        self.out = out
        self.color = color

    def begin(self) -> None:
        pass

    def _paint(self, code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if self.color else text

    def add(self, result: Result) -> None:
        self._write_file(self.out, result)

    def render(self, result: Result) -> str:
        buffer = StringIO()
        self._write_file(buffer, result)
        return buffer.getvalue()

    def add_rendered(self, rendered: Rendered) -> None:
        self.out.write(rendered.body)

    def _write_file(self, out: TextIO, result: Result) -> None:
        if result.error is not None:
            out.write(f"{result.path}: {self._paint(COLORS['must-fix'], 'fout')}: ")
            out.write(f"{result.error}\n")
            return
        for f in result.findings:
            loc = f.location
            where = f"{result.path}:{loc.line}:{loc.column}"
            if loc.page is not None:
                where += f" (p. {loc.page}{', ' + loc.section if loc.section else ''})"
            elif loc.section:
                where += f" ({loc.section})"
            severity = self._paint(COLORS[f.severity], f.severity)
            hint = " → " + " / ".join(f.suggestions) if f.suggestions else ""
            rule = self._paint(DIM, f"[{f.rule}]")
            out.write(f"{where}: {severity} {f.category} {f.message}{hint} {rule}\n")

    def end(self, summary: Summary) -> None:
        self.out.write(summary.line() + "\n")
