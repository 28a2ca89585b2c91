"""The quick code of the tagging page, and suggestions from what an image's files say.

A code lists the people shown, separated by spaces: an optional number, a gender letter and a
role letter. ``vt`` is one woman doing technical work, ``2mp vs`` two men posing with technology
and a woman as a student, ``0`` nobody. Letters: see ``GENDER_LETTERS`` and ``ROLE_LETTERS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from anderebril.imagescan.constants import GENDER_LETTERS, ROLE_LETTERS, Gender, Role

_TOKEN = re.compile(r"^(\d{1,2})?([a-z])([a-z])$")
_LETTER_OF_GENDER = {value: letter for letter, value in GENDER_LETTERS.items()}
_LETTER_OF_ROLE = {value: letter for letter, value in ROLE_LETTERS.items()}
#: People one code may list; a larger crowd is tagged as "other" in a few groups.
MAX_PEOPLE = 99


class CodeError(ValueError):
    """A code that cannot be read; ``token`` is the part that was wrong."""

    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def key(gender: str, role: str) -> str:
    return f"{gender}/{role}"


def split_key(counts_key: str) -> tuple[str, str]:
    gender, _, role = counts_key.partition("/")
    return gender, role


def parse_code(code: str) -> dict[str, int]:
    """``{"woman/technical": 1}`` for ``"vt"``; ``{}`` for ``"0"`` or ``"-"``."""
    counts: dict[str, int] = {}
    tokens = code.lower().replace(",", " ").replace(";", " ").split()
    if tokens in (["0"], ["-"]):
        return {}
    if not tokens:
        raise CodeError("")
    for token in tokens:
        match = _TOKEN.match(token)
        if not match or match[2] not in GENDER_LETTERS or match[3] not in ROLE_LETTERS:
            raise CodeError(token)
        number = int(match[1] or 1)
        if number == 0:
            raise CodeError(token)
        name = key(GENDER_LETTERS[match[2]], ROLE_LETTERS[match[3]])
        counts[name] = counts.get(name, 0) + number
    if sum(counts.values()) > MAX_PEOPLE:
        raise CodeError(code.strip())
    return counts


def format_code(counts: dict[str, int]) -> str:
    """The shortest code for ``counts``, in a fixed order (the inverse of ``parse_code``)."""
    tokens = []
    for gender in Gender:
        for role in Role:
            number = counts.get(key(gender, role), 0)
            if number:
                prefix = str(number) if number > 1 else ""
                tokens.append(f"{prefix}{_LETTER_OF_GENDER[gender]}{_LETTER_OF_ROLE[role]}")
    return " ".join(tokens) or "0"


# Words in keywords and captions that hint at who is shown and what they do. A hint, never a
# verdict: the reviewer always decides.
_WOMAN_WORDS = ("vrouw", "meisje", "dame", "woman", "women", "girl", "female", "studente")
_MAN_WORDS = ("man", "mannen", "jongen", "heer", "men", "boy", "male")
_ROLE_WORDS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    (Role.STUDENT, ("student", "leerling", "les", "klas", "pupil", "class")),
    (Role.TEACHER, ("docent", "leraar", "lerares", "instructeur", "teacher")),
    (Role.POSING, ("poseert", "poserend", "portret", "posing", "portrait")),
    (
        Role.NON_TECHNICAL,
        ("receptie", "administratie", "kantoor", "secretaresse", "office", "receptionist"),
    ),
    (
        Role.TECHNICAL,
        (
            "monteur", "lasser", "lassen", "technicus", "technisch", "installateur", "elektricien",
            "timmerman", "bouw", "werkplaats", "machine", "engineer", "technician", "welding",
            "welder", "mechanic", "programmeur", "operator", "sleutelen", "repareert",
        ),
    ),
)  # fmt: skip


def suggest_code(texts: Iterable[str]) -> str:
    """A code guessed from keywords and captions, or ``""`` when they give no hint."""
    words = set(re.findall(r"[a-zà-ÿ]+", " ".join(texts).lower()))
    genders = []
    if words & set(_WOMAN_WORDS):
        genders.append("v")
    if words & set(_MAN_WORDS):
        genders.append("m")
    role = next((r for r, hints in _ROLE_WORDS if _matches(words, hints)), None)
    if not genders:
        return ""
    role_letter = _LETTER_OF_ROLE[role or Role.TECHNICAL]
    return " ".join(f"{gender}{role_letter}" for gender in genders)


def _matches(words: set[str], hints: tuple[str, ...]) -> bool:
    return any(word.startswith(hint) for word in words for hint in hints)
