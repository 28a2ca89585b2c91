"""Two-gender notation (``binary-notation``): *(m/v)*, *hij/zij*, *medewerk(st)er*.

Found from the ``/`` and ``(`` characters, which are rare, so the whole text is never run
through a slow regular expression. *(m/v/x)* and *m/v* in statistics are not findings.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from anderebril.textscan.index import get_index
from anderebril.textscan.model import Finding
from anderebril.textscan.tokenize import (
    extend_over_hyphens,
    is_word_char,
    key_of,
    match_case,
    word_start,
)

SOURCE: Final = (
    "Rijksoverheid, Taalkompas: genderinclusief schrijven; College voor de Rechten van de "
    "Mens: vacatureteksten"
)


class Pair(NamedTuple):
    rule: str
    message: str
    suggestions: dict[str, list[str]]


_MV = Pair(
    "m-v",
    "'{text}' noemt alleen mannen en vrouwen.",
    {"overkoepelend": ["(m/v/x)"], "paarvorm": ["(m/v/x)"], "direct": ["(m/v/x)"]},
)
_HIJ_ZIJ = Pair(
    "hij-zij",
    "'{text}' gaat uit van twee genders.",
    {"overkoepelend": ["die", "diegene"], "paarvorm": ["hij of zij"], "direct": ["je", "jij"]},
)
_MF = Pair(
    "m-v",
    "'{text}' noemt alleen mannen en vrouwen.",
    {"overkoepelend": ["(m/f/x)"], "paarvorm": ["(m/f/x)"], "direct": ["(m/f/x)"]},
)
PAIRS: Final[dict[str, dict[tuple[str, str], Pair]]] = {
    "nl": {
        ("m", "v"): _MV,
        ("v", "m"): _MV,
        # Borrowed notations in Dutch vacancies: German m/w, French h/f, English m/f.
        ("m", "w"): _MV,
        ("w", "m"): _MV,
        ("h", "f"): _MV,
        ("f", "h"): _MV,
        ("m", "f"): _MV,
        ("f", "m"): _MV,
        ("man", "vrouw"): _MV,
        ("vrouw", "man"): _MV,
        ("hij", "zij"): _HIJ_ZIJ,
        ("hij", "haar"): _HIJ_ZIJ,  # a mixed pair, written so too: "waarin hij/haar werkt"
        ("hem", "haar"): Pair(
            "hem-haar",
            "'{text}' gaat uit van twee genders.",
            {
                "overkoepelend": ["diegene", "hen"],
                "paarvorm": ["hem of haar"],
                "direct": ["je", "jou"],
            },
        ),
        ("zijn", "haar"): Pair(
            "zijn-haar",
            "'{text}' gaat uit van twee genders.",
            {
                "overkoepelend": ["diens", "hun"],
                "paarvorm": ["zijn of haar"],
                "direct": ["je", "jouw"],
            },
        ),
    },
    "en": {
        ("m", "f"): _MF,
        ("he", "she"): Pair(
            "he-she",
            "'{text}' gaat uit van twee genders.",
            {"overkoepelend": ["they"], "paarvorm": ["he or she"], "direct": ["you"]},
        ),
        ("s", "he"): Pair(
            "he-she",
            "'{text}' gaat uit van twee genders.",
            {"overkoepelend": ["they"], "paarvorm": ["he or she"], "direct": ["you"]},
        ),
        ("him", "her"): Pair(
            "him-her",
            "'{text}' gaat uit van twee genders.",
            {"overkoepelend": ["them"], "paarvorm": ["him or her"], "direct": ["you"]},
        ),
        ("his", "her"): Pair(
            "his-her",
            "'{text}' gaat uit van twee genders.",
            {"overkoepelend": ["their"], "paarvorm": ["his or her"], "direct": ["your"]},
        ),
    },
}
_FEMININE_PARTS: Final = {
    "nl": ("(st)", "(ster)", "(e)", "(es)", "(ess)", "(in)", "(ne)", "(fin)", "(trice)", "(euse)"),
    "en": ("(wo)", "(s)"),
}
#: Any bracketed part of any language; :func:`_bracketed` then keeps the text's own language.
BRACKETED_RE: Final = re.compile(
    "|".join(re.escape(part) for parts in _FEMININE_PARTS.values() for part in parts),
    re.IGNORECASE,
)
_ESS_BASES: Final = ("steward", "host")
#: A ratio or a date, not working hours (*38/38u*, *32/38 uur*).
_DIGIT_SLASH_RE: Final = re.compile(r"\d\s*/\s*\d(?!\d*\s*(?:u|uur|uren)\b)")
_STATISTICS_WORDS: Final = (
    "verdeling", "verhouding", "aandeel", "percentage", "ratio", "tabel", "figuur", "grafiek",
    "geslacht", "aantal", "procent", "table", "figure",
)  # fmt: skip
#: Counts per sex: "187 m, 23 v", "96 man en 144 vrouw".
_COUNT_BY_SEX_RE: Final = re.compile(r"\d\s*(?:m|v|w|man|mannen|vrouw|vrouwen)\b", re.IGNORECASE)


def _looks_statistical(line: str) -> bool:
    """Whether the line around an m/v pair reads as statistics: a table, percentages, counts
    per sex. Cheap tests first: this runs for every m/v in a text."""
    if "%" in line or "|" in line or "\t" in line:
        return True
    low = line.lower()
    if any(word in low for word in _STATISTICS_WORDS):
        return True
    if "/" in line and _DIGIT_SLASH_RE.search(line) is not None:
        return True
    return len(_COUNT_BY_SEX_RE.findall(line)) >= 2  # one "20 m" may be a height


#: How far around an m/v pair the statistics test looks (its line, and the next one).
_LINE_REACH: Final = 240
EXPLANATION: Final = (
    "Een notatie met twee geslachten sluit mensen uit die zich niet als man of vrouw "
    "identificeren, en zet het mannelijke vaak voorop. Laat de notatie weg, gebruik een "
    "genderneutrale vorm of spreek de lezer direct aan."
)


def notation_findings(text: str, language: str, strategy: str) -> list[Finding]:
    out: list[Finding] = []
    if "/" in text:
        out += _slash_pairs(text, language, strategy)
    if "(" in text:
        out += _bracketed(text, language, strategy)
        if language == "nl" and " (" in text:
            out += _spaced_bracketed(text)
    if language == "nl" and ("/" in text or "·" in text):  # "verkoper/-ster", "·ster·"
        out += _clipped(text)
    if language == "nl" and ("-" in text or "(" in text):
        out += _joined_pairs(text, strategy)
    if language == "nl" and "(" in text and (" of " in text or " OF " in text):
        out += _spelled_pairs(text, strategy)
    out.sort(key=lambda f: f.start)
    return out


#: *(m of v)*, *(v of m)*: the pair written with *of* instead of a slash.
_SPELLED_PAIR_RE: Final = re.compile(r"\([ \t]*([mv])[ \t]+of[ \t]+([mv])[ \t]*\)", re.IGNORECASE)


def _spelled_pairs(text: str, strategy: str) -> list[Finding]:
    pairs = PAIRS["nl"]
    out: list[Finding] = []
    for match in _SPELLED_PAIR_RE.finditer(text):
        left, right = match[1].lower(), match[2].lower()
        pair = pairs.get((left, right)) or pairs.get((right, left))
        if pair is not None and left != right:
            finding = _pair_finding(text, match.start(), match.end(), pair, "nl", strategy)
            if finding is not None:
                out.append(finding)
    return out


def _word_after(text: str, pos: int) -> tuple[int, int]:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    end = pos
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return pos, end


def _slash_pairs(text: str, language: str, strategy: str) -> list[Finding]:
    pairs = PAIRS.get(language, {})
    out: list[Finding] = []
    pos = text.find("/")
    while pos != -1:
        left_end = pos
        while left_end > 0 and text[left_end - 1] == " ":
            left_end -= 1
        left_start = word_start(text, left_end)
        right_start, right_end = _word_after(text, pos + 1)
        left, right = text[left_start:left_end].lower(), text[right_start:right_end].lower()
        pair = pairs.get((left, right)) or pairs.get((right, left))
        if pair is not None and left_start < left_end and right_start < right_end:
            finding = _pair_finding(text, left_start, right_end, pair, language, strategy)
            if finding is not None:
                out.append(finding)
        pos = text.find("/", pos + 1)
    return out


#: The second half of a pronoun pair joined by a hyphen or in brackets: *als hij-zij de gast
#: aanspreekt*, *hem-haar*, *waarvoor hij(zij) zich …*. The search starts at the hyphen or
#: bracket (a literal, which the regex engine finds fast); the first half is checked after.
_SECOND_HALVES: Final = (
    re.compile(r"-(hij|zij|hem|haar|zijn)(?![\w-])", re.IGNORECASE),
    re.compile(r"\((hij|zij|hem|haar|zijn)\)", re.IGNORECASE),
)  # two patterns, each opening with its literal: one alternation of both scans every place
_FIRST_HALF_RE: Final = re.compile(r"(?<![\w-])(hij|zij|hem|haar|zijn) ?\Z", re.IGNORECASE)


def _joined_pairs(text: str, strategy: str) -> list[Finding]:
    out: list[Finding] = []
    pairs = PAIRS["nl"]
    for bracketed, pattern in enumerate(_SECOND_HALVES):
        for match in pattern.finditer(text):
            first = _FIRST_HALF_RE.search(text, max(0, match.start() - 6), match.start())
            if first is None or (not bracketed and first.end() - first.start() != len(first[1])):
                continue  # "hij -zij" is no joined pair; "hij (zij)" is
            left, right = first[1].lower(), match[1].lower()
            pair = pairs.get((left, right)) or pairs.get((right, left))
            if pair is not None:
                finding = _pair_finding(text, first.start(), match.end(), pair, "nl", strategy)
                if finding is not None:
                    out.append(finding)
    return out


#: Words of the paragraph after a heading that opens with M/V in a monitor of figures.
_FIGURES_RE: Final = re.compile(r"verhouding|ratio|percentage|procent|monitor", re.IGNORECASE)
#: Words after a line-opening *M/V* that make it a label of figures, not a job's notation.
_STATISTIC_LABELS: Final = frozenset(
    ["kenmerken", "totaal", "verhouding", "aantal", "aantallen", "percentage", "verdeling"]
)


def _pair_finding(
    text: str, start: int, end: int, pair: Pair, language: str, strategy: str
) -> Finding | None:
    if (start > 0 and text[start - 1] == "/") or text[end : end + 1] == "/":
        return None  # m/v/x, or part of a longer path or date
    if text[max(0, start - 7) : start].lower().endswith("aan de "):
        return None  # "iets aan de man/vrouw brengen": the idiom for selling, not a notation
    if (start > 0 and is_word_char(text[start - 1])) or (
        end < len(text) and is_word_char(text[end])
    ):
        return None
    is_mv = pair is _MV or pair is _MF
    if is_mv:
        line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
        line_end = text.find("\n", end, end + 2 * _LINE_REACH)
        if line_end != -1:  # the next line too: a table header above its rows
            next_end = text.find("\n", line_end + 1, end + 2 * _LINE_REACH)
            line_end = next_end if next_end != -1 else len(text)
        line_end = line_end if line_end != -1 else len(text)
        # A bounded window: a text without line breaks must not make every pair read it all.
        line = text[max(line_start, start - _LINE_REACH) : min(line_end, end + 2 * _LINE_REACH)]
        if _looks_statistical(line) or text[end : end + 1] == "-":
            return None
        opens_line = not text[line_start:start].strip()
        label = text[end : end + 14].split()[:1]
        if opens_line and label and label[0].lower() in _STATISTIC_LABELS:
            return None  # "M/V Kenmerken technische arbeidsmarkt": a heading's label, no job
        if opens_line and _FIGURES_RE.search(text, end, end + 500) is not None:
            return None  # "M/V Voorbereidend …\n\n… de verhoudingen (ratio's) …": a monitor
        if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
            start, end = start - 1, end + 1
    written = text[start:end]
    return Finding(
        category="binary-notation",
        rule=f"{language}.binary-notation.{pair.rule}",
        severity="should-fix",
        start=start,
        end=end,
        text=written,
        message=pair.message.format(text=written),
        explanation=EXPLANATION,
        source=SOURCE,
        suggestions=list(pair.suggestions[strategy])
        if is_mv
        else [match_case(written, s) for s in pair.suggestions[strategy]],
    )


def _one_word(language: str, start: int, end: int, word: str, suggestions: list[str]) -> Finding:
    """A finding for two genders written in one word: *medewerk(st)er*, *docent/-e*,
    *dirigent (e)*."""
    return Finding(
        category="binary-notation",
        rule=f"{language}.binary-notation.haakjesvorm",
        severity="should-fix",
        start=start,
        end=end,
        text=word,
        message=f"'{word}' zet twee geslachten in één woord.",
        explanation=EXPLANATION,
        source=SOURCE,
        suggestions=suggestions,
    )


def _bracketed(text: str, language: str, strategy: str) -> list[Finding]:
    feminine = _FEMININE_PARTS.get(language, ())
    out: list[Finding] = []
    last_end = -1
    for match in BRACKETED_RE.finditer(text):
        start, end = match.span()
        if start < last_end:
            continue
        while start > 0 and (is_word_char(text[start - 1]) or text[start - 1] in "()"):
            start -= 1
        if start >= 2 and text[start - 1] == "-" and is_word_char(text[start - 2]):
            start = word_start(text, start - 1)  # "Sous-chef(fin)": the whole compound
        while end < len(text) and (is_word_char(text[end]) or text[end] in "()"):
            end += 1
        word = text[start:end]
        if word.count("(") != word.count(")") or not any(p in word.lower() for p in feminine):
            continue
        if language == "en" and word.lower() == "(s)he":
            plain, full = "he", "she"
        else:
            plain = re.sub(r"\([^()]*\)", "", word)
            full = word.replace("(", "").replace(")", "")
        if "(ess)" in word.lower() and not plain.lower().endswith(_ESS_BASES):
            continue  # "(grond)steward(ess)", "host(ess)"; not "proc(ess)" in a log
        if len(plain) < 2 or plain == word or not plain[0].isalpha():
            continue
        last_end = end
        joiner = " or " if language == "en" else " of "
        by_strategy = {
            "overkoepelend": [plain if language == "nl" else "they"],
            "paarvorm": [plain + joiner + full],
            "direct": [plain if language == "nl" else "you"],
        }
        out.append(_one_word(language, start, end, word, by_strategy[strategy]))
    return out


def _spaced_bracketed(text: str) -> list[Finding]:
    """A feminine ending in brackets after a space: *dirigent (e)*, *dirigent ( e )*. Only
    after a noun the lexicon knows for a person: a bracketed letter elsewhere numbers a list
    item (*lid 2 (e)*)."""
    out: list[Finding] = []
    pos = text.find(" (")
    while pos != -1:
        ending = _SPACED_ENDING_RE.match(text, pos)
        start = word_start(text, pos)
        if (
            ending is not None
            and pos - start >= 4
            and _person_noun(text[start:pos])
            and _LETTER_ITEM_RE.search(text, max(0, start - 40), min(len(text), pos + 45)) is None
        ):
            start = extend_over_hyphens(text, start)
            word = text[start : ending.end()]
            out.append(_one_word("nl", start, ending.end(), word, [text[start:pos]]))
        pos = text.find(" (", pos + 2)
    return out


#: A list item lettered in brackets: *(c) de mentor (d) de docent (e) de conciërge*.
_LETTER_ITEM_RE: Final = re.compile(r"\((?![e]\))[a-z]\)")
#: The bracketed ending after the space: *(e)*, *( e )*, *(in)*, *(ster)*.
_SPACED_ENDING_RE: Final = re.compile(r" \( ?(?:e|in|ster|es|ne) ?\)(?![\w(])", re.IGNORECASE)


def _clipped(text: str) -> list[Finding]:
    """Two genders in one word, written short, like *medewerk(st)er* but with middle dots or
    with a slash (and a hyphen) before a feminine ending: *medewerker·ster·s*,
    *medewerk·st·er*, *verkoper/-ster*, *ziekenverzorger/ster*, *docent/-e*. The word must be
    a person noun by its ending (*-er*, *-ent*, *-eur*, …): not a syllable split (*ven·ster*),
    an adjective exercise (*groot/-e*) or a name (*Pura·e*). The span takes a compound's
    prefix (*ICT-medewerker·ster*). The suggestion, whatever the strategy, is the form without
    the feminine ending (*medewerkers*, *verkopers*): already the one for everyone. A pair of
    two nouns (*vakman/-vrouw*, *gastheer/-vrouw*) is reported by :mod:`slash_pairs`."""
    out: list[Finding] = []
    for match in _clipped_matches(text):
        left, feminine, tail = match[1], (match[2] or match[3]).lower(), match[4] or ""
        if match[3] is not None and feminine == "st" and not tail:
            continue  # "·st" needs the ending after it: "medewerk·st·er"
        person = (left + tail if feminine == "st" else left).lower()
        if feminine.startswith("ess"):
            if not person.endswith(_ESS_BASES):
                continue  # "Host/-ess", "steward/-ess"; not "proc/-ess"
        elif len(person) < 5 or not (
            person.endswith(_PERSON_ENDINGS)
            or (feminine == "st" and person.removesuffix("s").endswith(_PERSON_ENDINGS))
        ):
            continue  # (a plural with "st": "databasebeheerd/st/ers"; not "medewerkers/e")
        if (
            match[2] is not None
            and "/-" not in match[0].replace(" ", "")
            and not _person_noun(person)
        ):
            continue  # "ziekenverzorger/ster", "docent/e"; not "intelligent/e", "ander/e"
        start = extend_over_hyphens(text, match.start())
        word = text[start : match.end()]
        # "medewerk·st·er" -> medewerker, "medewerker·ster·s" -> medewerkers,
        # "verkoper/-sters" -> verkopers, "docent/-e" -> docent
        suggestion = left + (tail or ("s" if feminine in ("sters", "esses") else ""))
        out.append(
            _one_word("nl", start, match.end(), word, [text[start : match.start()] + suggestion])
        )
    return out + _clipped_masculine(text)


def _clipped_masculine(text: str) -> list[Finding]:
    """The other way round: a feminine noun in the lexicon, a slash and the masculine ending
    (*verpleegster/er*, *verpleegster/-er*, *verpleegsters/ers*). The suggestion is the noun's
    word for everyone (*verpleegkundige*), since the masculine form cannot be read off the
    ending. (:mod:`terms` leaves such a noun to this rule.)"""
    out: list[Finding] = []
    pos = text.find("/")
    while pos != -1:
        match = MASCULINE_AFTER_RE.match(text, pos)
        start = word_start(text, pos)
        noun = text[start:pos].lower()
        if match is not None and len(noun) >= 6 and noun.endswith(("ster", "sters")):
            info = get_index("nl").classify(key_of(noun))
            term = info.term if info is not None else None
            if info is not None and term is not None and term.gender == "f":
                number = "plural" if noun.endswith("s") else "singular"
                words = term.alternatives.get("overkoepelend", {}).get(number, ())
                prefix = text[start : pos - info.head_len] if info.compound else ""
                suggestions = [match_case(prefix or text[start:pos], prefix + w) for w in words]
                start = extend_over_hyphens(text, start)
                hyphened = text[start : pos - len(noun)]  # "ICT-" before the noun
                word = text[start : match.end()]
                suggested = [hyphened + w for w in suggestions[:1]]
                out.append(_one_word("nl", start, match.end(), word, suggested))
        pos = text.find("/", pos + 1)
    return out


#: After a feminine *…ster*: the slash, perhaps a hyphen, and the masculine ending (*/er*,
#: */-er*, plural */ers*).
MASCULINE_AFTER_RE: Final = re.compile(r"/-?(ers|er)(?![\w·/])")


#: A word, then a slash and a hyphen before a feminine ending (*verkoper/-ster*), or a middle
#: dot before one and perhaps another after it (*medewerker·ster·s*, *medewerk·st·er*).
_CLIPPED_RE: Final = re.compile(
    r"(?<![\w/·])([A-Za-zÀ-ÿ]{3,})(?:/-?(sters|ster|esses|ess|es|e|euses|euse|trices|trice)"
    r"|[·/](ster|st|e|es|euse|trice)(?:[·/]([a-zà-ÿ]{1,3}))?)(?![\w·/-])",
    re.IGNORECASE,
)


def _person_noun(word: str) -> bool:
    """Whether the lexicon knows ``word`` (lowercase) as a noun for a person: without the
    hyphen of *verkoper/-ster*, only a known one is read as a notation, since adjectives and
    determiners take a slashed *-e* too (*groot/e*, *ieder/e*)."""
    info = get_index("nl").classify(key_of(word))
    return info is not None and (
        info.term is not None or (info.role is not None and info.role.kind == "person")
    )


#: The same with spaces around the slash or the hyphen (*controleur / -euse*, *verkoper /
#: - ster*), its groups as in
#: ``_CLIPPED_RE`` (the middle dot's never match).
_SPACED_CLIPPED_RE: Final = re.compile(
    r"(?<![\w/·])([A-Za-zÀ-ÿ]{3,}) ?/ ?- ?(sters|ster|esses|ess|es|e|euses|euse|trices|trice)"
    r"(?:(?!)(.)(.))?(?![\w·/])",
    re.IGNORECASE,
)


def _clipped_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_CLIPPED_RE``, looked for only at each slash and middle dot (found by
    ``str.find``): a regex pass over a whole chunk would cost more than the rest of this
    rule."""
    found: list[re.Match[str]] = []
    for mark in ("/", "·"):
        done = -1  # where this mark's last match ended: "medewerk·st·er" once, not twice
        pos = text.find(mark)
        while pos != -1:
            if mark == "/" and " " in text[pos - 1 : pos + 3] and "-" in text[pos + 1 : pos + 4]:
                # "controleur / -euse": spaces around the slash, the hyphen still marks it
                spaced = _SPACED_CLIPPED_RE.match(text, word_start(text, pos - 1))
                if spaced is not None and done <= spaced.start():
                    found.append(spaced)
                    done = spaced.end()
            start = word_start(text, pos)
            if pos - start >= 3 and done <= start:
                match = _CLIPPED_RE.match(text, start)
                group = 2 if mark == "/" and match is not None and match[2] is not None else 3
                if match is not None and match.start(group) == pos + (
                    2 if text[pos + 1 : pos + 2] == "-" else 1
                ):
                    found.append(match)
                    done = match.end()
            pos = text.find(mark, pos + 1)
    found.sort(key=lambda m: m.start())
    return found


#: Endings of person nouns that take a feminine form: *medewerker*, *docent*, *chauffeur*.
_PERSON_ENDINGS: Final = ("er", "ent", "ant", "eur", "ist", "aar", "ier", "or", "ur")
