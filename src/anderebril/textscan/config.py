"""User configuration: ``anderebril.toml``, or ``[tool.anderebril]`` in ``pyproject.toml``.

```toml
strategy = "paarvorm"                    # overkoepelend | paarvorm | direct
language = "auto"                        # nl | en | auto
allow = ["nl.gendered-term.vakmanschap"] # rule ids (or a prefix: "nl.coded-word") never reported
deny = []                                # when set, only these rules are reported
ignore-words = ["Eerste Monteur Elektrotechnische Installaties"]  # official names, as phrases
skip-paths = ["archief/**", "*.min.html"]                         # globs, when walking folders
```
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Final

from anderebril.textscan.model import LANGUAGES, STRATEGIES

CONFIG_NAME: Final = "anderebril.toml"
KEYS: Final = {"strategy", "language", "allow", "deny", "ignore-words", "skip-paths"}


class ConfigError(ValueError):
    """The configuration file cannot be used; the message is Dutch and names the file."""


@dataclass(frozen=True, slots=True)
class Config:
    allow: frozenset[str] = frozenset()
    deny: frozenset[str] = frozenset()
    ignore_words: tuple[str, ...] = ()
    strategy: str | None = None
    language: str | None = None
    skip_paths: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)

    def reports(self, rule: str) -> bool:
        """Whether findings of ``rule`` are reported under this configuration."""
        if any(_covers(pattern, rule) for pattern in self.allow):
            return False
        return not self.deny or any(_covers(pattern, rule) for pattern in self.deny)

    def skips(self, path: PurePath | str) -> bool:
        """Whether a path (relative to the folder being walked) is to be skipped."""
        text = PurePath(path).as_posix()
        parts = PurePath(path).parts
        for pattern in self.skip_paths:
            if fnmatch.fnmatch(text, pattern) or any(fnmatch.fnmatch(p, pattern) for p in parts):
                return True
            if pattern.endswith("/**") and (text + "/").startswith(pattern[:-2]):
                return True
        return False


def _covers(pattern: str, rule: str) -> bool:
    """``nl.coded-word`` covers ``nl.coded-word.dominant``; a bare category covers its rules."""
    if rule == pattern or rule.startswith(pattern + "."):
        return True
    parts = rule.split(".")
    return "." not in pattern and len(parts) > 1 and parts[1] == pattern


def _strings(raw: dict[str, Any], key: str, source: Path) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: '{key}' moet een lijst met teksten zijn")
    return tuple(value)


def parse_config(raw: dict[str, Any], source: Path) -> Config:
    """Check a configuration table and turn it into a :class:`Config`."""
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: onbekende instelling(en): {', '.join(unknown)} "
            f"(bekend: {', '.join(sorted(KEYS))})"
        )
    strategy = raw.get("strategy")
    if strategy is not None and strategy not in STRATEGIES:
        raise ConfigError(f"{source}: 'strategy' moet een van {', '.join(STRATEGIES)} zijn")
    language = raw.get("language")
    if language is not None and language not in (*LANGUAGES, "auto"):
        raise ConfigError(f"{source}: 'language' moet nl, en of auto zijn")
    return Config(
        allow=frozenset(_strings(raw, "allow", source)),
        deny=frozenset(_strings(raw, "deny", source)),
        ignore_words=tuple(w for w in _strings(raw, "ignore-words", source) if w.strip()),
        strategy=strategy,
        language=language,
        skip_paths=_strings(raw, "skip-paths", source),
        path=source,
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ConfigError(f"{path}: kan het configuratiebestand niet lezen ({error})") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: geen geldige TOML ({error})") from error


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """Load the given file, or find ``anderebril.toml`` / ``pyproject.toml`` with a
    ``[tool.anderebril]`` table in ``start`` (default: the current folder) or its parents.
    No file found means the default configuration."""
    if path is not None:
        file = Path(path)
        raw = _read(file)
        if file.name == "pyproject.toml":
            raw = raw.get("tool", {}).get("anderebril", {})
        return parse_config(raw, file)
    folder = Path(start) if start is not None else Path.cwd()
    for candidate in _parents(folder.resolve()):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return parse_config(_read(own), own)
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("anderebril")
            if table is not None:
                return parse_config(table, project)
    return Config()


def _parents(folder: Path) -> Iterable[Path]:
    yield folder
    yield from folder.parents
