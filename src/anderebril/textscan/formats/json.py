"""``--format json``: the contract in TAALSCAN.md, written finding by finding."""

from __future__ import annotations

import json
from typing import TextIO

from anderebril.textscan.formats import Result, Summary

_ENCODER = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps would make one per call


def _dump(value: object) -> str:
    return _ENCODER.encode(value)


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
        write = self.out.write
        write("\n" if self.first else ",\n")
        self.first = False
        write(f'{{"path": {_dump(result.path)}, "language": {_dump(result.language)}, ')
        write('"findings": [')
        separator = "\n"
        for finding in result.findings:
            write(separator)
            write(_dump(finding.to_dict()))
            separator = ",\n"
        write(f'], "score": {_dump(result.score().to_dict())}}}')

    def end(self, summary: Summary) -> None:
        self.out.write(f'\n], "errors": {_dump(self.errors)}}}\n')
