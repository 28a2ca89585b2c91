"""The list of common first names (``data/nl/voornamen.txt``) that makes a capitalised word
at a sentence start a name (*Nina wilde stewardess worden*)."""

from __future__ import annotations

from anderebril.textscan.index import get_index, lexicon_root
from anderebril.textscan.names import FIRST_NAMES, NOT_NAMES


def test_the_list_is_lowercase_names_without_words_that_open_sentences() -> None:
    assert len(FIRST_NAMES) > 300
    assert all(name == name.lower() and name.replace("-", "").isalpha() for name in FIRST_NAMES)
    assert not FIRST_NAMES & NOT_NAMES
    # words that are also names but mostly words are left out on purpose
    assert not FIRST_NAMES & {"roos", "lot", "ton", "mark", "bas", "max", "noor", "els", "frans"}


def test_no_first_name_is_a_word_of_the_lexicon() -> None:
    # (a compound reading such as her-man is the lexicon's guess, not an entry)
    index = get_index("nl", lexicon_root())
    entries = [name for name in FIRST_NAMES if (info := index.classify(name)) and not info.compound]
    assert entries == []
