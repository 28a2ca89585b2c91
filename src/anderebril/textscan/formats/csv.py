"""``--format csv``: one row per finding, for spreadsheets."""

from __future__ import annotations

import csv
from io import StringIO
from typing import Any, TextIO

from anderebril.textscan.formats import Rendered, Result, Summary
from anderebril.textscan.tokenize import words

COLUMNS = words(
    "path line column page paragraph section category rule severity start "
    "end text message suggestions error"
)


class CsvFormatter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.writer = csv.writer(out, lineterminator="\n")

    def begin(self) -> None:
        self.writer.writerow(COLUMNS)

    def add(self, result: Result) -> None:
        _write_file(self.writer, result)

    def render(self, result: Result) -> str:
        buffer = StringIO()
        _write_file(csv.writer(buffer, lineterminator="\n"), result)
        return buffer.getvalue()

    def add_rendered(self, rendered: Rendered) -> None:
        self.out.write(rendered.body)

    def end(self, summary: Summary) -> None:
        pass


def _write_file(writer: Any, result: Result) -> None:
    if result.error is not None:
        writer.writerow([result.path, *[""] * (len(COLUMNS) - 2), result.error])
        return
    for f in result.findings:
        loc = f.location
        writer.writerow(
            [
                result.path,
                loc.line,
                loc.column,
                "" if loc.page is None else loc.page,
                "" if loc.paragraph is None else loc.paragraph,
                loc.section or "",
                f.category,
                f.rule,
                f.severity,
                f.start,
                f.end,
                f.text,
                f.message,
                " | ".join(f.suggestions),
                "",
            ]
        )
