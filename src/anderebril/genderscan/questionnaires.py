"""Questionnaires as versioned YAML data: loading and validation.

A questionnaire lives in ``data/questionnaires/<key>-v<version>.yaml``; the sources its questions
cite are in ``data/sources.yaml``. A round stores the key and version it used, so improving a
questionnaire means adding a new version; old rounds keep being scored with their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from anderebril.genderscan.constants import QuestionType, RespondentGroup

DATA_DIR = Path(__file__).parent / "data"
QUESTIONNAIRE_DIR = DATA_DIR / "questionnaires"
_FILE_NAME = re.compile(r"^(?P<key>[a-z][a-z0-9_-]*)-v(?P<version>[0-9]+)\.yaml$")
_KEY = re.compile(r"^[a-z][a-z0-9-]*$")
#: Likert answers 1..5 are scored 0, 25, 50, 75, 100.
LIKERT_SCORES = {1: 0.0, 2: 25.0, 3: 50.0, 4: 75.0, 5: 100.0}


class QuestionnaireError(ValueError):
    """A questionnaire or source file that does not follow the format."""


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    origin: str
    url: str = ""


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    score: float | None


@dataclass(frozen=True)
class Theme:
    key: str
    title: str
    description: str


@dataclass(frozen=True)
class Question:
    key: str
    theme: str
    type: str
    groups: tuple[str, ...]
    text: str
    source: Source
    texts: dict[str, str] = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    reverse: bool = False

    def text_for(self, group: str) -> str:
        return self.texts.get(group, self.text)

    @property
    def is_scored(self) -> bool:
        return self.type != QuestionType.OPEN

    def score(self, value: Any) -> float | None:
        """The 0–100 score of one answer, or ``None`` for no answer, "weet ik niet" or text."""
        if self.type == QuestionType.LIKERT:
            if not isinstance(value, int) or value not in LIKERT_SCORES:
                return None
            score = LIKERT_SCORES[value]
            return 100.0 - score if self.reverse else score
        if self.type == QuestionType.CHOICE:
            for option in self.options:
                if option.key == value:
                    return option.score
        return None

    def option_label(self, value: Any) -> str:
        return next((o.label for o in self.options if o.key == value), "")


@dataclass(frozen=True)
class Questionnaire:
    key: str
    version: int
    title: str
    audience: str
    introduction: str
    groups: tuple[str, ...]
    themes: tuple[Theme, ...]
    questions: tuple[Question, ...]

    def questions_for(self, group: str) -> list[Question]:
        return [q for q in self.questions if group in q.groups]

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)

    def theme(self, key: str) -> Theme | None:
        return next((t for t in self.themes if t.key == key), None)

    @property
    def label(self) -> str:
        return f"{self.title} (versie {self.version})"


def _require(data: dict[str, Any], name: str, where: str) -> Any:
    if name not in data or data[name] in (None, ""):
        raise QuestionnaireError(f"{where}: '{name}' ontbreekt")
    return data[name]


@cache
def load_sources() -> dict[str, Source]:
    raw = yaml.safe_load((DATA_DIR / "sources.yaml").read_text(encoding="utf-8"))
    sources: dict[str, Source] = {}
    for key, item in (raw.get("sources") or {}).items():
        where = f"sources.yaml, bron {key}"
        sources[key] = Source(
            key=key,
            title=str(_require(item, "title", where)),
            origin=str(_require(item, "origin", where)),
            url=str(item.get("url", "")),
        )
    return sources


def _parse_question(item: dict[str, Any], themes: set[str], groups: tuple[str, ...]) -> Question:
    where = f"vraag {item.get('key', '?')}"
    key = str(_require(item, "key", where))
    if not _KEY.match(key):
        raise QuestionnaireError(
            f"{where}: sleutel mag alleen kleine letters, cijfers en - bevatten"
        )
    theme = str(_require(item, "theme", where))
    if theme not in themes:
        raise QuestionnaireError(f"{where}: onbekend thema '{theme}'")
    kind = str(_require(item, "type", where))
    if kind not in QuestionType.values:
        raise QuestionnaireError(f"{where}: onbekend type '{kind}'")
    question_groups = tuple(_require(item, "groups", where))
    unknown = [g for g in question_groups if g not in groups]
    if unknown:
        raise QuestionnaireError(f"{where}: groep(en) {unknown} horen niet bij deze vragenlijst")
    texts = dict(item.get("texts") or {})
    if any(g not in question_groups for g in texts):
        raise QuestionnaireError(f"{where}: 'texts' noemt een groep die de vraag niet krijgt")
    source_key = str(_require(item, "source", where))
    source = load_sources().get(source_key)
    if source is None:
        raise QuestionnaireError(f"{where}: onbekende bron '{source_key}'")
    options: tuple[Option, ...] = ()
    if kind == QuestionType.CHOICE:
        raw_options = _require(item, "options", where)
        options = tuple(
            Option(
                str(o["key"]),
                str(o["label"]),
                None if o.get("score") is None else float(o["score"]),
            )
            for o in raw_options
        )
        if len(options) < 2 or len({o.key for o in options}) != len(options):
            raise QuestionnaireError(f"{where}: een keuzevraag heeft minstens twee unieke opties")
        if any(o.score is not None and not 0 <= o.score <= 100 for o in options):
            raise QuestionnaireError(f"{where}: de score van een optie ligt tussen 0 en 100")
    return Question(
        key=key,
        theme=theme,
        type=kind,
        groups=question_groups,
        text=str(_require(item, "text", where)),
        texts={str(k): str(v) for k, v in texts.items()},
        source=source,
        options=options,
        reverse=bool(item.get("reverse", False)),
    )


def parse_questionnaire(raw: dict[str, Any], name: str = "vragenlijst") -> Questionnaire:
    """Build and validate a questionnaire from its YAML data; raise QuestionnaireError."""
    if not isinstance(raw, dict):
        raise QuestionnaireError(f"{name}: geen YAML-woordenboek")
    groups = tuple(str(g) for g in _require(raw, "groups", name))
    bad_groups = [g for g in groups if g not in RespondentGroup.values]
    if bad_groups:
        raise QuestionnaireError(f"{name}: onbekende respondentgroep(en) {bad_groups}")
    themes = tuple(
        Theme(
            str(_require(t, "key", name)),
            str(_require(t, "title", name)),
            str(t.get("description", "")),
        )
        for t in _require(raw, "themes", name)
    )
    theme_keys = {t.key for t in themes}
    if len(theme_keys) != len(themes):
        raise QuestionnaireError(f"{name}: een thema komt twee keer voor")
    questions = tuple(
        _parse_question(q, theme_keys, groups) for q in _require(raw, "questions", name)
    )
    keys = [q.key for q in questions]
    if len(set(keys)) != len(keys):
        raise QuestionnaireError(f"{name}: een vraagsleutel komt twee keer voor")
    for theme in themes:
        if not any(q.theme == theme.key and q.is_scored for q in questions):
            raise QuestionnaireError(f"{name}: thema '{theme.key}' heeft geen scorende vraag")
    for group in groups:
        if not any(group in q.groups for q in questions):
            raise QuestionnaireError(f"{name}: groep '{group}' krijgt geen enkele vraag")
    return Questionnaire(
        key=str(_require(raw, "key", name)),
        version=int(_require(raw, "version", name)),
        title=str(_require(raw, "title", name)),
        audience=str(_require(raw, "audience", name)),
        introduction=str(raw.get("introduction", "")).strip(),
        groups=groups,
        themes=themes,
        questions=questions,
    )


def available() -> dict[str, list[int]]:
    """Every questionnaire key with its versions, oldest first."""
    found: dict[str, list[int]] = {}
    for path in QUESTIONNAIRE_DIR.glob("*.yaml"):
        match = _FILE_NAME.match(path.name)
        if match:
            found.setdefault(match["key"], []).append(int(match["version"]))
    return {key: sorted(versions) for key, versions in sorted(found.items())}


def latest_version(key: str) -> int:
    versions = available().get(key)
    if not versions:
        raise QuestionnaireError(f"onbekende vragenlijst '{key}'")
    return versions[-1]


@cache
def load_questionnaire(key: str, version: int) -> Questionnaire:
    path = QUESTIONNAIRE_DIR / f"{key}-v{version}.yaml"
    if not _FILE_NAME.match(path.name) or not path.is_file():
        raise QuestionnaireError(f"vragenlijst {key} versie {version} bestaat niet")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    questionnaire = parse_questionnaire(raw, path.name)
    if questionnaire.key != key or questionnaire.version != version:
        raise QuestionnaireError(f"{path.name}: sleutel of versie klopt niet met de bestandsnaam")
    return questionnaire


def questionnaire_key_for(organisation_kind: str) -> str | None:
    """Which questionnaire an organisation of this kind uses, or None if it has no scan."""
    for key in available():
        versions = available()[key]
        if load_questionnaire(key, versions[-1]).audience == organisation_kind:
            return key
    return None
