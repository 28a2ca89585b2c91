"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any, Final, TextIO

from anderebril import __version__
from anderebril.textscan.formats import Result, Summary

LEVELS: Final = {"must-fix": "error", "should-fix": "warning", "consider": "note"}
SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"


class SarifFormatter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.rules: dict[str, dict[str, Any]] = {}
        self.results: list[dict[str, Any]] = []
        self.notifications: list[dict[str, Any]] = []

    def begin(self) -> None:
        pass

    def add(self, result: Result) -> None:
        uri = PurePath(result.path).as_posix()
        if result.error is not None:
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": result.error},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
                }
            )
            return
        for f in result.findings:
            if f.rule not in self.rules:
                self.rules[f.rule] = {
                    "id": f.rule,
                    "name": f.rule.split(".")[-1],
                    "shortDescription": {"text": f.category},
                    "fullDescription": {"text": f.explanation or f.message},
                    "help": {"text": f"{f.explanation}\nBron: {f.source}"},
                    "defaultConfiguration": {"level": LEVELS[f.severity]},
                }
            region: dict[str, Any] = {"charOffset": f.start, "charLength": f.end - f.start}
            if f.location.line is not None:
                region["startLine"] = f.location.line
                region["startColumn"] = f.location.column
            fixes = " / ".join(f.suggestions)
            self.results.append(
                {
                    "ruleId": f.rule,
                    "level": LEVELS[f.severity],
                    "message": {
                        "text": f"{f.message} Alternatief: {fixes}" if fixes else f.message
                    },
                    "locations": [
                        {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}
                    ],
                    "properties": {"category": f.category, "suggestions": f.suggestions},
                }
            )

    def end(self, summary: Summary) -> None:
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": "anderebril-taalscan",
                    "version": __version__,
                    "rules": list(self.rules.values()),
                }
            },
            "results": self.results,
        }
        if self.notifications:
            run["invocations"] = [
                {"executionSuccessful": True, "toolExecutionNotifications": self.notifications}
            ]
        document = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
        json.dump(document, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
