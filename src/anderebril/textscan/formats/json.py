"""``--format json``: the contract in TAALSCAN.md, written finding by finding."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from typing import TextIO

import orjson

from anderebril.textscan.formats import Rendered, Result, Summary


def _dump(value: object) -> str:
    """``value`` as compact JSON (orjson: several times faster than ``json`` per finding)."""
    return orjson.dumps(value).decode()


class JsonFormatter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True
        self.errors: list[dict[str, str]] = []

    def begin(self) -> None:
        self.out.write('{"version": 1, "files": [')

    def add(self, result: Result) -> None:
        if result.error is not None:
            self.errors.append({"path": result.path, "error": result.error})
            return
        self._separate()
        _write_file(self.out.write, result)

    def render(self, result: Result) -> str:
        """The file's entry of ``files`` on its own (empty for an unreadable file)."""
        if result.error is not None:
            return ""
        buffer = StringIO()
        _write_file(buffer.write, result)
        return buffer.getvalue()

    def add_rendered(self, rendered: Rendered) -> None:
        if rendered.error is not None:
            self.errors.append({"path": rendered.path, "error": rendered.error})
            return
        self._separate()
        self.out.write(rendered.body)

    def _separate(self) -> None:
        self.out.write("\n" if self.first else ",\n")
        self.first = False

    def end(self, summary: Summary) -> None:
        self.out.write(f'\n], "errors": {_dump(self.errors)}}}\n')


def _write_file(write: Callable[[str], object], result: Result) -> None:
    """One object of the ``files`` list, written finding by finding (memory stays bounded)."""
    write(f'{{"path": {_dump(result.path)}, "language": {_dump(result.language)}, ')
    write('"findings": [')
    separator = "\n"
    for finding in result.findings:
        write(separator)
        write(_dump(finding.to_dict()))
        separator = ",\n"
    write(f'], "score": {_dump(result.score().to_dict())}}}')
