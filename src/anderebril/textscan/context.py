"""Small views on the words around a candidate: the tokens before and after it in its sentence,
and the tests the rules share on them (a pair form, a number nearby). Whether a noun stands for
one specific person is :mod:`people`'s question."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.tokenize import (
    Token,
    extend_over_hyphens,
    is_word_char,
    key_of,
    tokens_between,
    wordset,
)

WINDOW: Final = 160
_ENDS: Final = ".!?\n;:"  # what ends a sentence for before() and after()
_ENDS_RE: Final = re.compile("[" + re.escape(_ENDS) + "]")
#: What ends a clause: a sentence end or a comma (*iemand die …, …*; *een bakker die …,*).
CLAUSE_END_RE: Final = re.compile(r"[,.;:!?\n]")
#: Endings of person nouns elided after a dash: "–broeders", "–verzorgers", "–hulpen".
_PERSON_ENDS: Final = ("ers", "er", "ster", "sters", "eurs", "eur", "ders", "en", "s", "e")
_LETTERS_RE: Final = re.compile(r"[^\W\d_]+")
#: The other sex's nouns after a dash: *ambachtsman – of vrouw*, *kapster – of kapper*.
_OTHER_SEX: Final = {
    "m": frozenset(["vrouw", "vrouwen", "meisje", "meisjes", "meid", "meiden", "dame", "dames"]),
    "f": frozenset(["man", "mannen", "jongen", "jongens", "heer", "heren"]),
}
#: "ambachtsman – of vrouw": a pair whose second half follows a dash.
_DASHED_PAIR_RE: Final = re.compile(r"[ \t]+[–—-][ \t]*(?P<link>(?:of|en)[ \t]+)?[–-]?([^\W\d_]+)")


def _other_form(noun: str, word: str, partners: frozenset[str]) -> bool:
    """Whether ``word`` is the noun's other form, with the same first part: *secretaris* for
    *secretaresse*, *directiesecretaris* for *directiesecretaresse*."""
    for partner in partners:
        if word.endswith(partner) and noun.startswith(word[: len(word) - len(partner)]):
            return True
    pairs = enumerate(zip(noun, word, strict=False))
    shared = next((i for i, (a, b) in pairs if a != b), min(len(noun), len(word)))
    return (
        word != noun
        and shared >= max(5, len(word) - 3)  # "directiesecretar-esse" / "-is"
        and word.endswith(_PERSON_ENDINGS)  # not "huishoudster, huishouding"
    )


_PERSON_ENDINGS: Final = ("er", "eur", "is", "ier", "ent", "ant", "or", "aar", "ist", "man")


#: The other form after a comma, ending a list item: *secretaresse, secretaris (Code 828);*.
_LISTED_PAIR_RE: Final = re.compile(r",[ \t]*([^\W\d_]+)[ \t]*(?:\(|;)")
LINKERS: Final = frozenset(["en", "of", "én", "óf", "en/of", "and", "or"])
_ARTICLES: Final = frozenset(["de", "het", "een", "the", "a", "an"])
#: Words between a linker and the other half of a pair: "een man of juist een vrouw".
_FILLERS: Final = frozenset(["juist", "ook", "zelfs", "eventueel", "liever"])


def before(text: str, start: int, limit: int = WINDOW) -> list[Token]:
    """Tokens before ``start`` in the same sentence (nearest last)."""
    lo = max(0, start - limit)
    segment = text[lo:start]
    cut = max(map(segment.rfind, _ENDS))
    if cut >= 0:
        lo += cut + 1
    return tokens_between(text, lo, start)


def after(text: str, end: int, limit: int = WINDOW, count: int | None = None) -> list[Token]:
    """Tokens after ``end`` in the same sentence; only the first ``count`` when given."""
    hi = min(len(text), end + limit)
    cut = _ENDS_RE.search(text, end, hi)
    if cut is not None:
        hi = cut.start()
    return tokens_between(text, end, hi, count)


def paired_with(
    text: str,
    start: int,
    end: int,
    gender: str,
    counterpart: object,
    partners: frozenset[str] = frozenset(),
) -> bool:
    """Whether the noun is half of an inclusive pair: *vakmannen en vakvrouwen*, *dames en
    heren*, *de monteur (man of vrouw)*, or with one of its ``partners`` (the words its entry
    pairs it with: *ober of serveerster*). ``counterpart(key) -> gender | None``."""
    item = _LISTED_PAIR_RE.match(text, end)
    if item is not None and _other_form(text[start:end].lower(), key_of(item[1]), partners):
        return True  # "• secretaresse, secretaris (Code 828);": a job list's two forms
    nxt = after(text, end, 60)
    prev = before(text, start, 60)
    checks: list[Token] = []
    # "de man of de vrouw": past an article only the sex nouns and the entry's partners
    # count (not a shared first part: "de gastvrouw en de gasten")
    across: list[Token] = []
    # "een man of juist een vrouw": a word of emphasis after the linker is left out
    if len(nxt) >= 3 and key_of(nxt[0].text) in LINKERS and key_of(nxt[1].text) in _FILLERS:
        nxt = [nxt[0], *nxt[2:]]
    if len(prev) >= 3 and key_of(prev[-2].text) in _FILLERS and key_of(prev[-3].text) in LINKERS:
        prev = [*prev[:-2], prev[-1]]  # "… of juist een vrouw"
    elif len(prev) >= 2 and key_of(prev[-1].text) in _FILLERS and key_of(prev[-2].text) in LINKERS:
        prev = prev[:-1]  # "… of juist vrouwen"
    if len(nxt) >= 2 and key_of(nxt[0].text) in LINKERS:
        checks.append(nxt[1])
        if len(nxt) >= 3 and key_of(nxt[1].text) in _ARTICLES:
            across.append(nxt[2])
    if len(prev) >= 2 and key_of(prev[-1].text) in LINKERS:
        checks.append(prev[-2])
    # "niet alleen verpleegster maar ook verpleger": a pair joined by "maar ook"
    if len(nxt) >= 3 and [key_of(t.text) for t in nxt[:2]] == ["maar", "ook"]:
        checks.append(nxt[2])
    if len(prev) >= 3 and [key_of(t.text) for t in prev[-2:]] == ["maar", "ook"]:
        checks.append(prev[-3])
    elif len(prev) >= 3 and key_of(prev[-1].text) in _ARTICLES and key_of(prev[-2].text) in LINKERS:
        across.append(prev[-3])
    slashed = text[end : end + 3].lstrip(" ").startswith("/")
    if slashed and nxt:
        checks.append(nxt[0])  # vakman/vakvrouw, gastheer / gastvrouw
    if text[max(0, start - 3) : start].rstrip(" ").endswith("/") and prev:
        checks.append(prev[-1])
    if text[end : end + 1] == "-" and nxt and key_of(nxt[0].text) in LINKERS:
        return True  # "brandweerman- of vrouw", "monteurs- en monteuses": an elided pair
    if text[end : end + 1] == "-" and nxt and key_of(nxt[0].text) == "als":
        return True  # "zowel hostess- als serverrollen": the first part of a compound
    dashed = _DASHED_PAIR_RE.match(text, end)
    if (
        dashed is not None
        and key_of(dashed[2]) in _OTHER_SEX.get(gender, ())
        and (
            dashed["link"] is not None
            or not text[dashed.end() : dashed.end() + 2].strip(" ")[:1].isalpha()
        )
    ):
        # "tot ambachtsman – of vrouw", "brandweerman – vrouw?"; without "of"/"en" not
        # "vakman – vrouwen worden nadrukkelijk uitgenodigd" (a new clause after the dash)
        return True
    slash = text[end : end + 5].lstrip(" ")
    if slash[:1] == "/" and slash[1:].lstrip(" ")[:1] == "-":
        return True  # "Gastheer / -vrouw"
    rest = text[nxt[0].end : nxt[0].end + 4].lstrip(" ") if nxt else ""
    elided = rest[:1] == "-" and rest[1:2].isalpha()
    if rest[:2] == "- ":  # "gastvrouwen en - heren": a hyphen for a dash, then a sex noun
        head = _LETTERS_RE.match(text, text.index("- ", nxt[0].end) + 2)
        elided = head is not None and key_of(head[0]) in SEX_NOUNS
    if rest[:1] == "–":  # "en –vrouwen", "en –broeders"; not an aside: "of –als dat niet lukt– een"
        dash = text.index("–", nxt[0].end)
        head = _LETTERS_RE.match(text, dash + 1)
        if head is None and text[dash + 1 : dash + 2] == " ":
            head = _LETTERS_RE.match(text, dash + 2)  # "gastvrouwen en – heren"
        if head is not None and key_of(head[0]) not in SEX_NOUNS:
            clause = _ENDS_RE.search(text, dash + 1, dash + 80)
            elided = "–" not in text[dash + 1 : clause.start() if clause else dash + 80] and key_of(
                head[0]
            ).endswith(_PERSON_ENDS)
        else:
            elided = head is not None
    if elided and key_of(nxt[0].text) in LINKERS:
        return True  # "gastheren en -vrouwen", "gastheer of -vrouw"
    own = key_of(text[start:end])
    for token in across:
        key = key_of(token.text)
        if key in partners or (own in SEX_NOUNS and key in SEX_NOUNS and key != own):
            return True
    if slashed and nxt and _elided_partner(own, key_of(nxt[0].text), gender, counterpart):
        return True  # "kamermeisjes/ jongens", "linnendame/heer": the head of a compound pair
    adjacent = [t for t in (nxt[:1] if nxt else []) if text[end : t.start] == " "]
    adjacent += [t for t in prev[-1:] if text[t.end : start] == " "]
    for token in adjacent:  # "BP hostess gastheer": a title that names both, side by side
        key = key_of(token.text)  # (two job titles: not "een jongen crècheleidster")
        other = counterpart(key)  # type: ignore[operator]
        if other is not None and other != gender and key not in SEX_NOUNS:
            return True
    for token in checks:
        key = _hyphenated_key(text, token)  # "ICT-man of ICT-vrouw": the whole compound
        if key == own:
            continue
        if key in partners:
            return True
        other = counterpart(key)  # type: ignore[operator]
        opposite = other is not None and other != gender
        shared = shared_prefix(key, own)
        close = len(key) - shared <= 4  # leraren / leraressen, not kassamedewerker / kassière
        if (shared >= 4 and close) or (shared >= 3 and opposite):
            return True  # leraressen en leraren, vakmannen en vakvrouwen
        if opposite and own in SEX_NOUNS and key in SEX_NOUNS:
            return True  # dames en heren, mannen en vrouwen
    if partners and _partner_nearby(prev, nxt, partners):
        return True  # "Een gastvrouw heet ook hostess, en een gastheer host": both named
    listed = ([nxt[0]] if nxt and text[end : nxt[0].start] == ", " else []) + (
        [prev[-1]] if prev and text[prev[-1].end : start] == ", " else []
    )
    for token in listed:  # "hulpbarman, hulpbarmeisje / -meid": a list of job titles
        key = _hyphenated_key(text, token)
        if key in partners:
            return True  # "een tekort aan juffen, meesters, politieagenten": both named
        other = counterpart(key)  # type: ignore[operator]
        if other is not None and other != gender and shared_prefix(key, own) >= 3:
            return True
    return _other_sex_in_sentence(own, prev + nxt)


def _hyphenated_key(text: str, token: Token) -> str:
    """The key of the hyphenated compound ``token`` is part of (*ICT-vrouw* for *ICT* or
    *vrouw*), or of the token alone."""
    start = extend_over_hyphens(text, token.start)
    end = token.end
    while end + 1 < len(text) and text[end] == "-" and is_word_char(text[end + 1]):
        end += 1
        while end < len(text) and is_word_char(text[end]):
            end += 1
    return key_of(text[start:end])


def _partner_nearby(prev: list[Token], nxt: list[Token], partners: frozenset[str]) -> bool:
    """Both sexes named alike in one sentence: *een gastvrouw … en een gastheer …* - the noun
    and a partner word each after *een*, as when kinds of people are named in general. Not
    *zoeken wij een lerares, omdat leraar Piet vertrekt* or *een kapster die de kapper
    vervangt*: there the partner is one man, and the noun is asked for."""
    if not prev or key_of(prev[-1].text) != "een":
        return False
    tokens = prev + nxt
    return any(
        key_of(token.text) in partners and i > 0 and key_of(tokens[i - 1].text) == "een"
        for i, token in enumerate(tokens)
    )


def _other_sex_in_sentence(own: str, tokens: list[Token]) -> bool:
    """*De klusjesman blijkt ook een klusjesvrouw te kunnen zijn*: the same compound with the
    head of the other sex elsewhere in the sentence names both (not *voorman … voorlichtster*)."""
    keys = {key_of(token.text) for token in tokens}
    return any(
        own[: len(own) - len(head)] + other in keys
        for head, other in _HEAD_PAIRS
        if own.endswith(head) and len(own) - len(head) >= 3
    )


#: Heads of compounds for one sex and the same head for the other.
_HEAD_PAIRS: Final = (
    ("mannen", "vrouwen"), ("vrouwen", "mannen"), ("man", "vrouw"), ("vrouw", "man"),
    ("heren", "vrouwen"), ("heer", "vrouw"), ("vrouw", "heer"), ("vrouwen", "heren"),
    ("jongens", "meisjes"), ("jongen", "meisje"),
    ("meisjes", "jongens"), ("meisje", "jongen"),
)  # fmt: skip


def _elided_partner(own: str, key: str, gender: str, counterpart: object) -> bool:
    """Whether ``key`` is a sex noun of the other sex standing for a compound with ``own``'s
    first part: *kamermeisjes/ jongens* is *kamermeisjes/kamerjongens*."""
    if key not in SEX_NOUNS or own == key or not own.endswith(_SEX_HEADS):
        return False
    other = counterpart(key)  # type: ignore[operator]
    return other is not None and other != gender


SEX_NOUNS: Final = wordset(
    "man mannen vrouw vrouwen jongen jongens meisje meisjes meid meiden heer heren dame dames "
    "kerel kerels knul knullen vent venten woman men women boy boys girl girls lady ladies "
    "gentleman gentlemen guy guys"
)


_SEX_HEADS: Final = tuple(SEX_NOUNS)


def shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


FEMININE_ENDINGS: Final = (
    "vrouw", "vrouwen", "ster", "sters", "es", "essen", "trice", "euse", "meisje", "meisjes",
)  # fmt: skip
MASCULINE_ENDINGS: Final = ("man", "mannen", "heer", "heren")


def gender_by_ending(key: str) -> str | None:
    if key.endswith(FEMININE_ENDINGS):
        return "f"
    if key.endswith(MASCULINE_ENDINGS):
        return "m"
    return None


def number_nearby(text: str, start: int) -> bool:
    """A digit or percentage earlier in the same sentence (statistics about men and women)."""
    return any(any(c.isdigit() for c in t.text) for t in before(text, start, 120))


def past_dateline(text: str, prev: list[Token]) -> list[Token]:
    """The words after a news dateline (*DE WESTEREEN – Wiebe van der Land (57) is …*,
    *HAPS/OEFFELT - Ze deed …*): the sentence starts after the place in capitals and its
    dash."""
    at = 0
    while at < len(prev) and prev[at].text.isupper() and len(prev[at].text) > 1:
        at += 1
    if 0 < at < len(prev) and text[prev[at - 1].end : prev[at].start].strip() in _DASHES:
        return prev[at:]
    return prev


_DASHES: Final = frozenset(["–", "-", "—"])
