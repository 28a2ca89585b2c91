"""Loading and validating the YAML lexicon (format: ``docs/lexicon.md``).

``load_lexicon("nl")`` reads every ``data/nl/*.yml`` file, checks it strictly and returns a
:class:`Lexicon`. Every problem is reported with its file, entry id and field, all at once::

    LexiconError: beroepen.yml: entry 'vakman': field 'alternatives.paarvorm.plural': required
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml

from anderebril.textscan.model import LANGUAGES, SEVERITIES, STRATEGIES

DATA_DIR: Final = Path(__file__).parent / "data"
FILE_CATEGORIES: Final = ("gendered-term", "stereotype", "coded-word", "role-noun", "exception")
DEFAULT_SEVERITY: Final = {
    "gendered-term": "should-fix",
    "stereotype": "should-fix",
    "coded-word": "consider",
}
NUMBERS: Final = ("singular", "plural")
_ID_RE: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WORD_RE: Final = re.compile(r"^[^\W_](?:[\w'-]*[^\W_])?$")
_COMMON: Final = {"id", "note", "source", "condition", "severity"}
_FIELDS: Final = {
    "gendered-term": _COMMON
    | {"gender", "forms", "head", "compound-only", "alternatives", "context"},
    "exception": _COMMON | {"words", "handled"},
    "role-noun": _COMMON | {"forms", "head", "kind"},
    "stereotype": _COMMON | {"patterns", "alternatives", "head"},
    "coded-word": _COMMON | {"coding", "forms", "evidence", "alternatives"},
}

try:  # the C loader is several times faster; fall back when libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class LexiconError(ValueError):
    """The lexicon data is malformed. ``problems`` lists every problem found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Common:
    rule: str
    id: str
    category: str
    note: str
    source: str
    condition: str | None
    severity: str
    file: str


@dataclass(frozen=True, slots=True)
class TermEntry:
    meta: Common
    gender: str
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    head: bool
    #: strategy -> number -> alternatives
    alternatives: Mapping[str, Mapping[str, tuple[str, ...]]]
    #: Only the last part of a compound (*sjouwerman*, *cv-man*), never the word alone.
    compound_only: bool = False
    #: Words one of which must stand near the form for it to be this term (*meester* is a
    #: teacher near *klas* or *juf*, and a craft's master elsewhere); empty: always.
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExceptionEntry:
    meta: Common
    words: tuple[str, ...]
    handled: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleNoun:
    meta: Common
    kind: str  # person | thing | organisation
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    head: bool


@dataclass(frozen=True, slots=True)
class PatternToken:
    words: frozenset[str]  # empty for the wildcard ``*``
    optional: bool

    @property
    def wildcard(self) -> bool:
        return not self.words


@dataclass(frozen=True, slots=True)
class StereotypeEntry:
    meta: Common
    patterns: tuple[tuple[PatternToken, ...], ...]
    alternatives: Mapping[str, tuple[str, ...]]
    head: bool


@dataclass(frozen=True, slots=True)
class CodedEntry:
    meta: Common
    coding: str  # masculine | feminine
    forms: tuple[str, ...]
    evidence: str
    alternatives: Mapping[str, tuple[str, ...]]


@dataclass(slots=True)
class Lexicon:
    language: str
    terms: list[TermEntry] = field(default_factory=list)
    exceptions: list[ExceptionEntry] = field(default_factory=list)
    roles: list[RoleNoun] = field(default_factory=list)
    stereotypes: list[StereotypeEntry] = field(default_factory=list)
    coded: list[CodedEntry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def rules(self) -> list[Common]:
        """Every rule that can produce findings, in file order."""
        out: list[Common] = [t.meta for t in self.terms]
        out += [s.meta for s in self.stereotypes]
        out += [c.meta for c in self.coded]
        return out


def parse_pattern(pattern: str) -> tuple[PatternToken, ...]:
    """``"ook zeer? geschikt voor meisjes|meiden"`` -> tokens; ``*`` is any one word."""
    tokens: list[PatternToken] = []
    for raw in pattern.split():
        optional = raw.endswith("?")
        body = raw[:-1] if optional else raw
        words = frozenset() if body == "*" else frozenset(w for w in body.split("|") if w)
        tokens.append(PatternToken(words, optional))
    return tuple(tokens)


class _Checker:
    """Collects problems while converting raw YAML into entries."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[str] = []

    def fail(self, entry: str | None, name: str, message: str) -> None:
        where = f"{self.file}: entry '{entry}'" if entry is not None else self.file
        self.problems.append(f"{where}: field '{name}': {message}")

    def text(self, raw: Mapping[str, Any], entry: str, name: str, *, required: bool = True) -> str:
        value = raw.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(entry, name, "required, a non-empty text")
            return ""
        return value

    def words(self, value: Any, entry: str, name: str, *, required: bool = True) -> tuple[str, ...]:
        if value is None and not required:
            return ()
        if not isinstance(value, list) or (required and not value):
            self.fail(entry, name, "required, a non-empty list of words")
            return ()
        out: list[str] = []
        for word in value:
            if not isinstance(word, str) or not _WORD_RE.match(word) or word != word.lower():
                self.fail(entry, name, f"{word!r} is not a lowercase whole word")
            else:
                out.append(word)
        return tuple(out)

    def phrases(self, value: Any, entry: str, name: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.fail(entry, name, "required, a non-empty list")
            return ()
        if not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(entry, name, "every item must be a non-empty text")
            return ()
        return tuple(value)

    def choice(self, raw: Mapping[str, Any], entry: str, name: str, options: Iterable[str]) -> str:
        value = raw.get(name)
        options = tuple(options)
        if value not in options:
            self.fail(entry, name, f"must be one of {', '.join(options)}, not {value!r}")
            return options[0]
        return str(value)

    def flag(self, raw: Mapping[str, Any], entry: str, name: str) -> bool:
        value = raw.get(name, False)
        if not isinstance(value, bool):
            self.fail(entry, name, "must be true or false")
            return False
        return value

    def numbered_forms(self, raw: Mapping[str, Any], entry: str) -> tuple[tuple[str, ...], ...]:
        forms = raw.get("forms")
        if not isinstance(forms, dict) or set(forms) - set(NUMBERS):
            self.fail(entry, "forms", "required, a mapping with 'singular' and/or 'plural'")
            return (), ()
        singular = self.words(forms.get("singular"), entry, "forms.singular", required=False)
        plural = self.words(forms.get("plural"), entry, "forms.plural", required=False)
        if not singular and not plural:
            self.fail(entry, "forms", "needs at least one singular or plural form")
        return singular, plural


def _common(check: _Checker, raw: Mapping[str, Any], language: str, category: str) -> Common:
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID_RE.match(entry_id):
        check.fail(str(entry_id), "id", "required, lowercase ASCII with hyphens")
        entry_id = str(entry_id)
    for unknown in sorted(set(raw) - _FIELDS[category]):
        check.fail(entry_id, unknown, "unknown field")
    severity = raw.get("severity", DEFAULT_SEVERITY.get(category, "consider"))
    if severity not in SEVERITIES:
        check.fail(entry_id, "severity", f"must be one of {', '.join(SEVERITIES)}")
        severity = "consider"
    condition = raw.get("condition")
    if condition is not None and not isinstance(condition, str):
        check.fail(entry_id, "condition", "must be a text")
        condition = None
    return Common(
        rule=f"{language}.{category}.{entry_id}",
        id=entry_id,
        category=category,
        note=check.text(raw, entry_id, "note"),
        source=check.text(raw, entry_id, "source"),
        condition=condition,
        severity=str(severity),
        file=check.file,
    )


def _term(check: _Checker, raw: Mapping[str, Any], meta: Common) -> TermEntry:
    singular, plural = check.numbered_forms(raw, meta.id)
    compound_only = check.flag(raw, meta.id, "compound-only")
    alternatives: dict[str, dict[str, tuple[str, ...]]] = {}
    raw_alts = raw.get("alternatives")
    if not isinstance(raw_alts, dict):
        check.fail(meta.id, "alternatives", "required, a mapping per strategy")
        raw_alts = {}
    for strategy in STRATEGIES:
        per_number = raw_alts.get(strategy)
        if not isinstance(per_number, dict):
            check.fail(meta.id, f"alternatives.{strategy}", "required, singular/plural lists")
            continue
        alternatives[strategy] = {}
        for number, forms in (("singular", singular), ("plural", plural)):
            if forms:
                name = f"alternatives.{strategy}.{number}"
                alternatives[strategy][number] = check.phrases(
                    per_number.get(number), meta.id, name
                )
    return TermEntry(
        meta=meta,
        gender=check.choice(raw, meta.id, "gender", ("m", "f")),
        singular=singular,
        plural=plural,
        head=check.flag(raw, meta.id, "head") or compound_only,
        alternatives=alternatives,
        compound_only=compound_only,
        context=check.words(raw.get("context"), meta.id, "context", required=False),
    )


def _plain_alternatives(
    check: _Checker, raw: Mapping[str, Any], entry: str, required: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    raw_alts = raw.get("alternatives")
    if not isinstance(raw_alts, dict):
        check.fail(entry, "alternatives", "required, a list per strategy")
        return {}
    for unknown in sorted(set(raw_alts) - set(STRATEGIES)):
        check.fail(entry, f"alternatives.{unknown}", "unknown strategy")
    out: dict[str, tuple[str, ...]] = {}
    for strategy in STRATEGIES:
        if strategy in raw_alts or strategy in required:
            out[strategy] = check.phrases(raw_alts.get(strategy), entry, f"alternatives.{strategy}")
    return out


def _entry(
    check: _Checker, raw: Mapping[str, Any], language: str, category: str, lex: Lexicon
) -> None:
    meta = _common(check, raw, language, category)
    if category == "gendered-term":
        lex.terms.append(_term(check, raw, meta))
    elif category == "exception":
        words = check.words(raw.get("words"), meta.id, "words")
        handled = check.words(raw.get("handled"), meta.id, "handled", required=False)
        lex.exceptions.append(ExceptionEntry(meta, words, handled))
    elif category == "role-noun":
        singular, plural = check.numbered_forms(raw, meta.id)
        kind = raw.get("kind", "person")
        if kind not in ("person", "thing", "organisation"):
            check.fail(meta.id, "kind", "must be person, thing or organisation")
        head = check.flag(raw, meta.id, "head")
        lex.roles.append(RoleNoun(meta, str(kind), singular, plural, head))
    elif category == "stereotype":
        patterns = []
        for text in check.phrases(raw.get("patterns"), meta.id, "patterns"):
            tokens = parse_pattern(text.lower())
            if not any(not t.optional and not t.wildcard for t in tokens):
                check.fail(meta.id, "patterns", f"{text!r} needs at least one required word")
            else:
                patterns.append(tokens)
        alternatives = _plain_alternatives(check, raw, meta.id, STRATEGIES)
        head = check.flag(raw, meta.id, "head")
        lex.stereotypes.append(StereotypeEntry(meta, tuple(patterns), alternatives, head))
    else:
        forms = check.words(raw.get("forms"), meta.id, "forms")
        coding = check.choice(raw, meta.id, "coding", ("masculine", "feminine"))
        evidence = check.choice(raw, meta.id, "evidence", ("strong", "moderate", "weak"))
        alternatives = _plain_alternatives(check, raw, meta.id, ("overkoepelend",))
        lex.coded.append(CodedEntry(meta, coding, forms, evidence, alternatives))


def _check_duplicates(lex: Lexicon, problems: list[str]) -> None:
    seen: dict[str, str] = {}
    for meta in [*lex.rules(), *(r.meta for r in lex.roles), *(e.meta for e in lex.exceptions)]:
        if meta.rule in seen:
            problems.append(
                f"{meta.file}: entry '{meta.id}': field 'id': duplicate of {seen[meta.rule]}"
            )
        seen[meta.rule] = meta.file
    owners: dict[tuple[str, str], str] = {}

    def claim(kind: str, word: str, meta: Common) -> None:
        key = (kind, word)
        if key in owners and owners[key] != meta.rule:
            problems.append(
                f"{meta.file}: entry '{meta.id}': field 'forms': {word!r} also in {owners[key]}"
            )
        owners[key] = meta.rule

    for term in lex.terms:
        for word in (*term.singular, *term.plural):
            claim("term", word, term.meta)
    for coded in lex.coded:
        for word in coded.forms:
            claim("coded", word, coded.meta)
    for role in lex.roles:
        for word in (*role.singular, *role.plural):
            claim("role", word, role.meta)
    excepted = {w: e.meta.rule for e in lex.exceptions for w in e.words}
    for term in lex.terms:
        for word in (*term.singular, *term.plural):
            if word in excepted:
                problems.append(
                    f"{term.meta.file}: entry '{term.meta.id}': field 'forms': {word!r} is "
                    f"an exception in {excepted[word]}; list it under 'handled' there instead"
                )


def read_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """Read and validate ``<root>/<language>/*.yml``; raise :class:`LexiconError` on problems."""
    if language not in LANGUAGES:
        raise LexiconError([f"unknown language {language!r}"])
    folder = (root or DATA_DIR) / language
    lex = Lexicon(language)
    problems: list[str] = []
    for path in sorted(folder.glob("*.yml")):
        check = _Checker(path.name)
        lex.files.append(path.name)
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        except yaml.YAMLError as error:
            problems.append(f"{path.name}: not valid YAML: {error}")
            continue
        if not isinstance(raw, dict):
            problems.append(f"{path.name}: must be a mapping with language, theme, category")
            continue
        for unknown in sorted(set(raw) - {"language", "theme", "category", "entries"}):
            check.fail(None, unknown, "unknown field")
        if raw.get("language") != language:
            check.fail(None, "language", f"must be {language!r}, the folder it is in")
        if raw.get("theme") != path.stem:
            check.fail(None, "theme", f"must be {path.stem!r}, the file name")
        category = raw.get("category")
        entries = raw.get("entries")
        if category not in FILE_CATEGORIES:
            check.fail(None, "category", f"must be one of {', '.join(FILE_CATEGORIES)}")
        elif not isinstance(entries, list):
            check.fail(None, "entries", "required, a list")
        else:
            for item in entries:
                if isinstance(item, dict):
                    _entry(check, item, language, category, lex)
                else:
                    check.fail(None, "entries", f"every entry must be a mapping, not {item!r}")
        problems += check.problems
    _check_duplicates(lex, problems)
    if problems:
        raise LexiconError(problems)
    return lex


@lru_cache(maxsize=8)
def load_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """Cached :func:`read_lexicon`."""
    return read_lexicon(language, root)
