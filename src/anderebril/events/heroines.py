"""The names of heroines, compared the way people write them.

``name_key`` folds the obvious variants of one name onto one key: case, accents and letters
such as ``ł``, punctuation and hyphens, extra spaces, and titles like "dr." or "prof." in
front. "Dr. Marie Curie", "marie  curie" and "Marie Curié" share a key; "Maria
Skłodowska-Curie" does not, because only a person knows that is the same woman — a
moderator merges those. Pure Python: no Django.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# Titles and forms of address that may stand before a name; dropped from the key.
TITLES = frozenset(
    {"dr", "drs", "prof", "professor", "ir", "ing", "mr", "mrs", "ms", "miss", "mevr",
     "mevrouw", "mw", "dame", "lady", "sister", "zuster"}
)  # fmt: skip
# Degrees that may follow a name.
DEGREES = frozenset(["phd", "msc", "bsc", "mba"])
# Letters that Unicode decomposition does not reduce to a plain letter.
_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae",
     "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th"}
)  # fmt: skip
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_A_LETTER = re.compile(r"[\W_]+", re.UNICODE)
# The length of ``HeroineAlias.key``. Folding can make a name longer (NFKD turns "ﷺ" into 18
# letters), so a longer key is cut and ends in a hash of the whole key.
KEY_LENGTH = 150
_HASH_LENGTH = 40  # sha1 in hex


def display_name(name: str) -> str:
    """The name as someone typed it, with the spaces tidied."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """A key that is the same for obvious variants of one name (see the module docstring)."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = _APOSTROPHES.sub("", text)
    words = _NOT_A_LETTER.sub(" ", text).split()
    core = list(words)
    while len(core) > 1 and core[0] in TITLES:
        core.pop(0)
    while len(core) > 1 and core[-1] in DEGREES:
        core.pop()
    return " ".join(core)


def alias_key(name: str) -> str:
    """The key a name is stored and looked up under; used at runtime and in migrations.

    ``name_key`` first; a name of symbols only (key "") keeps its own tidied, case-folded
    spelling, so "🦸" and "!!!" do not share a heroine. Never longer than ``KEY_LENGTH``.
    """
    key = name_key(name) or display_name(name).casefold()
    if len(key) <= KEY_LENGTH:
        return key
    digest = hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()
    return f"{key[: KEY_LENGTH - _HASH_LENGTH - 1]}#{digest}"
