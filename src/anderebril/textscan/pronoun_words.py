"""What the walk of a reach (:mod:`pronouns`) needs to know of one word: its look-up key and
what the lexicon says of it, also across an apostrophe (*BHV'er*), whether *die* or *deze*
stands for a person, whether *je* owns the noun after it, and whether a noun, a thing or a
person follows an article. The answers per word are kept (``_words``) while the scanner
lives."""

from __future__ import annotations

from typing import Final

from anderebril.textscan.index import Index, WordInfo
from anderebril.textscan.pronoun_grammar import GRAMMARS, NL
from anderebril.textscan.tokenize import Token, is_sentence_start, key_of, wordset


class WordSense:
    """The word look-ups of a language's pronoun rules."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.grammar = GRAMMARS.get(index.language, NL)
        grammar = self.grammar
        self.articles = grammar.determiners | grammar.neuter
        self.reactive = grammar.stoppers | grammar.you | self.articles | frozenset(grammar.pronouns)
        self._words: dict[str, tuple[str, WordInfo | None, bool, bool]] = {}

    def _describe(self, raw: str) -> tuple[str, WordInfo | None, bool, bool]:
        """A word's key, what the index says of it, whether it is *plain* (none of the words
        the reach reacts to: a stopper, *je*, an article, a pronoun, a known noun) and whether
        it is capitalised (it may start a name)."""
        word = key_of(raw)
        info = self.index.classify(word)
        if info is None and ("'" in word or "\u2019" in word):
            info = self._joined(word)  # "BHV'er", "zzp’ers": a form across an apostrophe
        plain = info is None and word not in self.reactive
        return word, info, plain, raw[:1].isupper()

    def _joined(self, word: str) -> WordInfo | None:
        """What the index says of a word written across an apostrophe, a form the index
        keeps with the word before the apostrophe (``joined``)."""
        form = word.replace("\u2019", "'")
        head = self.index.classify(form.split("'", 1)[0])
        if head is None:
            return None
        return next((whole for joined, whole in head.joined if joined == form), None)

    def _demonstrative_subject(self, tokens: list[Token], i: int) -> bool:
        """*Deze* or *die* opening a sentence as its subject, not as an article: the word
        after it is then the verb, and an article or preposition follows (*Deze kijkt het werk
        na*, *Die zendt het naar …*), where after an article and its noun comes the verb
        (*Deze kast is …*)."""
        if self.grammar is not NL or key_of(tokens[i].text) not in ("deze", "die"):
            return False
        if i + 2 >= len(tokens):
            return False
        verb = key_of(tokens[i + 1].text)
        if not (verb.endswith("t") or verb in SHORT_VERBS) or self.index.classify(verb):
            return False  # "Deze module in …", "Deze kast in …": an article and a noun
        third = key_of(tokens[i + 2].text)
        # "Een goede slager? Die beent zelf uit, kent zijn boeren": an adverb or a possessive
        return third in self.articles or third in self.grammar.prepositions or third in _OWNING

    def _owner_of_next(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether the token after *je* is a person noun that *je* is the possessive of: *je*
        opens the sentence or follows a preposition (*Je leerling kan …*, *bij je leerling*),
        not *Als je student bent* (there *je* is the subject)."""
        if i + 1 >= len(tokens):
            return False
        opens = is_sentence_start(text, tokens[i].start)
        if not opens and (i == 0 or key_of(tokens[i - 1].text) not in self.grammar.prepositions):
            return False
        info = self.index.classify(key_of(tokens[i + 1].text))
        return info is not None and info.person_antecedent

    def _thing_next(self, tokens: list[Token], i: int) -> bool:
        """Whether the token after ``tokens[i]`` is a thing of the lexicon (*laptop*)."""
        if i + 1 >= len(tokens):
            return False
        info = self.index.classify(key_of(tokens[i + 1].text))
        return info is not None and info.role is not None and info.role.kind == "thing"

    def _noun_follows(self, token: Token) -> bool:
        """Whether the word after an article is a noun (phrase) that is not a person."""
        word = key_of(token.text)
        if word in self.grammar.verb_after or word in self.grammar.pronouns:
            return False
        if word in self.grammar.verb_before or word in SHORT_VERBS:
            return False  # "die kan hij lenen": a verb, so die stands for a thing named before
        info = self.index.classify(word)
        return info is None or not info.person_antecedent


#: Finite verbs that do not end in -t: *Deze is …*, *Die kan …*.
SHORT_VERBS: Final = wordset("is was kan mag zal zou wil moet werd")
#: Words that can follow the verb after a demonstrative subject: a possessive (*Die kent
#: zijn …*) or a common adverb (*Die beent zelf uit*), where after an article and its noun
#: comes a verb (*Die kant heeft …*).
_OWNING: Final = frozenset(
    ["zijn", "z'n", "z’n", "zelf", "ook", "altijd", "graag", "vaak", "nooit", "dan", "nog"]
)
