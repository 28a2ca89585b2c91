"""Generic masculine pronouns (``generic-masculine``): *De student regelt zelf zijn stage.*

Only pronouns that point back to a generic person are reported. The engine looks for a singular
role noun with a generic determiner (*de, een, elke, iedere*) and scans forward from it, to the
end of the paragraph and at most a few sentences on, for *hij, hem, zijn, zichzelf*. The scan
stops at a named person or a feminine pronoun; a thing or organisation in between (*het bedrijf
en zijn klanten*) takes the pronoun instead. After *de* and a noun, a pronoun in a sentence
that tells of the past (*De loodgieter kwam. Hij nam …*) belongs to a story about one person.
*zijn* as a verb is told from the possessive by its neighbours (:mod:`zijn_verb`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from anderebril.textscan.antecedents import (
    ONE_MALE,
    generic,
    may_be_told,
    member_of_a_body,
    members_end,
    met_by_the_writer,
    one,
    one_before,
)
from anderebril.textscan.duty_items import duty_item_pronouns
from anderebril.textscan.duty_lists import duty_list_end
from anderebril.textscan.indefinite import INDEFINITE_WORDS, indefinite_pronouns
from anderebril.textscan.index import Index
from anderebril.textscan.matching import Candidate
from anderebril.textscan.model import Finding
from anderebril.textscan.one_person import someone_new_in_office
from anderebril.textscan.pronoun_clues import (
    after_van,
    hair,
    in_idiom,
    in_pair,
    mentioned,
    opens_its_sentence,
    own_relative_clause,
    pairs_with_him,
    plural_reflexive,
    reach_end,
    relative_clause,
    same_clause,
    someone_else_in_own_clause,
    speaker,
)
from anderebril.textscan.pronoun_grammar import NL
from anderebril.textscan.pronoun_names import (
    OWN_PEOPLE,
    aged_beside,
    full_name_at,
    name_opens_sentence,
    names_someone,
    our_subject,
    owns_someone_named,
    writers_relative,
)
from anderebril.textscan.pronoun_report import SHORT_ZIJN, pronoun_finding
from anderebril.textscan.pronoun_words import SHORT_VERBS, WordSense
from anderebril.textscan.tense import habit_of, past_sentence, told_in_the_past
from anderebril.textscan.tokenize import (
    FOLDED,
    Token,
    is_sentence_start,
    key_of,
    tokens_between,
)
from anderebril.textscan.word_order import fronted_object
from anderebril.textscan.zijn_verb import owned_by_het, owned_noun_follows, verb_zijn


class PronounRules(WordSense):
    def __init__(self, index: Index, strategy: str) -> None:
        super().__init__(index)
        self.strategy = strategy
        self.pattern = self.grammar.pattern
        #: Where the subject pronouns of pairs (*hij/zij*, *hij of zij*) opening a line that
        #: the last :meth:`_scan_from` passed end: not reported, but the same person, so they
        #: carry the reach on as a reported *hij* would (:meth:`_chain`), as in a job profile
        #: whose *Hij/zij staat in voor:* heads the list of duties.
        self._pair_subjects: list[int] = []

    def findings(
        self,
        text: str,
        candidates: Sequence[Candidate],
        low: str | None = None,
        distinct: AbstractSet[str] | None = None,
    ) -> list[Finding]:
        """Walk the person nouns in order; a generic one claims its reach (the nouns inside it
        are skipped), so *which* nouns are generic decides where the reaches lie.

        Telling whether a noun is generic costs more than looking for a pronoun, so it is put
        off for nouns without a pronoun in their reach: they find nothing, and only matter
        when their reach would hide a later noun that has one. Only then are they judged, in
        order, exactly as if they had been judged as they came."""
        out: list[Finding] = []
        reached = -1
        pending: list[tuple[Candidate, int]] = []  # (noun, end of its reach): no pronoun in it
        pending_end = -1  # the furthest reach among them
        spots: list[int] | None = None
        for cand in candidates:
            if not cand.info.person_antecedent:
                continue
            if cand.start < reached:
                if spots is not None:
                    reached = self._carry_on(text, cand, reached, spots, out)
                continue
            if spots is None:
                # One pass over the chunk pays off only with many nouns (a regex per reach
                # costs about what a pass over 2,000 characters costs).
                many = len(candidates) * 2000 >= len(text)
                spots = self._spots(text, low) if many else []
            limit = duty_list_end(text, cand.start, cand.end)  # a heading: its list's end
            heading = limit != -1
            if not heading:
                limit = reach_end(text, cand.end)
            last = self._last_pronoun(text, cand.end, limit, spots)
            if last == -1:
                pending.append((cand, limit))
                pending_end = max(pending_end, limit)
                continue
            if pending:
                if cand.start < pending_end:  # a generic noun before may hide this one
                    for waiting, waiting_limit in pending:
                        if waiting.start >= reached and generic(self.grammar, text, waiting):
                            reached = waiting_limit
                    if cand.start < reached:
                        pending.clear()
                        pending_end = -1
                        reached = self._carry_on(text, cand, reached, spots, out)
                        continue
                # else: however they are judged, their reaches end before this noun
                pending.clear()
                pending_end = -1
            if not generic(self.grammar, text, cand):
                continue
            found, reached = self._scan_from(text, cand, limit, last)
            if reached == limit and (found or self._pair_subjects) and not heading:
                # (a heading's list is its reach)
                found, reached = self._chain(text, cand, found, limit)
            out += found
        if self.grammar is NL:
            out += self._noun_free(text, low, distinct, out)
            out = [
                f
                for f in out
                if not in_idiom(text, f.start, f.end) and not mentioned(text, f.start, f.end)
            ]
        return out

    def _carry_on(
        self, text: str, cand: Candidate, reached: int, spots: list[int], out: list[Finding]
    ) -> int:
        """*De student … 2. De student sluit zijn …  3. Bij ziekte meldt hij …*: a generic
        noun again inside a reach carries the reach on past its end. Adds the pronouns found
        beyond ``reached`` to ``out`` and returns the new end of the reach."""
        limit = reach_end(text, cand.end)
        if limit <= reached or self._last_pronoun(text, reached, limit, spots) == -1:
            return reached
        if not generic(self.grammar, text, cand):
            return reached
        last = self._last_pronoun(text, cand.end, limit, spots)
        found, new_reached = self._scan_from(text, cand, limit, last)
        if new_reached == limit and found:  # "Hij … Hij … Hij …" chains on, as from a start
            found, new_reached = self._chain(text, cand, found, limit)
        out += [f for f in found if f.start >= reached]
        return max(reached, new_reached)

    def _chain(
        self, text: str, cand: Candidate, found: list[Finding], limit: int
    ) -> tuple[list[Finding], int]:
        """*De kapper verzorgt … Hij geeft … Hij staat … Binnen kaders is hij …*: a sentence
        with the pronoun as its subject keeps the generic person as its topic, so the reach
        runs on from the last such pronoun, as far as it would from the noun. Returns all the
        pronouns found and where the reach ended."""
        while True:
            opener = next(
                (
                    f.end
                    for f in reversed(found)
                    if self.grammar.pronouns.get(f.text.lower()) == "subject"
                ),
                -1,
            )
            opener = max([opener, *self._pair_subjects])  # "Hij/zij staat in voor: …"
            if opener == -1:
                return found, limit
            further = reach_end(text, opener)
            if further <= limit or self.pattern.search(text, limit, further) is None:
                return found, limit
            more, reached = self._scan_from(text, cand, further, further, start=limit)
            found = found + more
            if reached < further or not more:
                return found, reached
            limit = further

    def _noun_free(
        self, text: str, low: str | None, distinct: AbstractSet[str] | None, found: list[Finding]
    ) -> list[Finding]:
        """Pronouns with no noun to point back to: anyone at all (:mod:`indefinite`; not
        looked for when the chunk's distinct words, if known, hold no *iemand*, *wie*,
        *ieder(een)* or *hij die*), and whoever holds a post whose duties are listed without a
        subject (:mod:`duty_items`), where no noun's reach reported them already."""
        words = distinct or INDEFINITE_WORDS
        pronouns = []
        if not words.isdisjoint(INDEFINITE_WORDS) or ("hij" in words and "die" in words):
            pronouns = indefinite_pronouns(text, low, self.grammar)
        seen = {f.start for f in found} | {token.start for token, _, _ in pronouns}
        pronouns += [p for p in duty_item_pronouns(text, self.grammar) if p[0].start not in seen]
        return [self._finding(t, kind, who, noun_free=True) for t, kind, who in pronouns]

    def _spots(self, text: str, low: str | None) -> list[int]:
        """Where a pronoun may start in ``text``: every place its lowercase form ``low`` has
        one of the pronouns, found with ``str.find`` (C speed, unlike the case-blind regex).
        Empty when that could miss a match, for a character that the regex takes for an
        ASCII letter but that lowercases to something else (*ı*, *İ*, *ſ*): then the regex
        runs over every reach instead."""
        if low is None or len(low) != len(text) or any(c in low for c in FOLDED):
            return []
        spots: list[int] = []
        find = low.find
        for word in self.grammar.pronouns:
            pos = find(word)
            while pos != -1:
                spots.append(pos)
                pos = find(word, pos + 1)
        spots.sort()
        spots.append(len(text) + 1)  # a sentinel: the list is never empty when it is used
        return spots

    def _last_pronoun(self, text: str, start: int, limit: int, spots: list[int]) -> int:
        """The end of the last pronoun in ``text[start:limit]`` (as ``finditer`` over that
        window finds it), or -1."""
        if not spots:
            last = None
            for last in self.pattern.finditer(text, start, limit):  # noqa: B007
                pass
            return -1 if last is None else last.end()
        match = self.pattern.match
        lo = bisect_left(spots, start)
        for k in range(bisect_left(spots, limit, lo) - 1, lo - 1, -1):
            found = match(text, spots[k], limit)
            if found is not None:
                return found.end()
        return -1

    def _inverted(self, text: str, tokens: list[Token], opens: int, i: int) -> bool:
        """*De praktische ervaring doet hij op*: the sentence opens with its object, then the
        verb, then the subject *hij*; not *Een defibrillator werkt als hij …* (a conjunction
        before *hij*) or *De machine draait, hij …*."""
        if i < 2 or i - opens > 8 or "," in text[tokens[opens].end : tokens[i].start]:
            return False
        verb = key_of(tokens[i - 1].text)
        if verb in self.grammar.verb_after or verb in self.grammar.prepositions:
            return False
        return verb.endswith("t") or verb in SHORT_VERBS or verb in self.grammar.verb_before

    def _scan_from(
        self, text: str, cand: Candidate, limit: int, last_end: int, start: int | None = None
    ) -> tuple[list[Finding], int]:
        """The pronouns that point back to ``cand`` between its end (or ``start``, a sentence
        start further on) and ``limit`` (the last pronoun match there ends at ``last_end``),
        and where its reach ended."""
        begin = cand.end if start is None else start
        tokens = tokens_between(text, begin, min(limit, last_end + 40))
        pair_subjects = self._pair_subjects = []
        out: list[Finding] = []
        noun = cand.surface
        own_clause = own_relative_clause(text, cand.end) if start is None else -1
        noun_opens = own_clause != -1 and opens_its_sentence(text, cand.start)
        thing_at = -10  # the last thing noun: it takes any pronoun right after it
        # a thing named in this sentence after the last person (its token index, -10 for
        # none): it takes a *hem* in the same clause (*De monteur maakt de ketel schoon en
        # stelt hem af*)
        thing_here = -10
        one_at = -10  # the last person noun after "een" or "elke": "een elektricien zijn dag"
        thing_from = -10  # where the sentence whose subject is a thing starts
        told = may_be_told(text, cand)  # "de monteur", "een jongen": a story may tell of one
        met: list[Candidate] = []  # person nouns inside the reach, not yet judged
        in_story = False
        neuter_at = -10  # the last het-noun or organisation: it takes *zijn* right after it
        thing_sentence = False  # the sentence's subject is a thing: "Een defibrillator … als hij"
        you_sentence = False  # "Je moet bereid zijn …": *zijn* is the verb
        grammar = self.grammar  # locals: this loop runs for most words of a dense text
        stoppers, you, neuter, pronouns = (
            grammar.stoppers,
            grammar.you,
            grammar.neuter,
            grammar.pronouns,
        )
        articles = self.articles
        memo = self._words
        if len(memo) > 100_000:  # bounded, however large the vocabulary
            memo.clear()
        for i, token in enumerate(tokens):
            raw = token.text
            known = memo.get(raw)
            if known is None:
                known = memo[raw] = self._describe(raw)
            word, info, plain, capital = known
            if word in OWN_PEOPLE and self.grammar is NL and writers_relative(text, tokens, i):
                return out, token.start  # "Kijk, dat is onze vader. Als hij …", "Onze man …"
            if plain:  # most words: only a sentence start matters, and only to a set state
                if capital and self.grammar is NL:
                    if is_sentence_start(text, token.start):
                        if name_opens_sentence(text, tokens, i):
                            return out, token.start  # "Jansen is trots op zijn bedrijf"
                    elif full_name_at(text, tokens, i, grammar):
                        return out, token.start  # "Dat zag Wil van Ophem in zijn jaren …"
                if (
                    thing_sentence or you_sentence or thing_here != -10 or neuter_at != -10
                ) and is_sentence_start(text, token.start):
                    thing_sentence = you_sentence = False
                    neuter_at = thing_here = -10
                continue
            starts = is_sentence_start(text, token.start)
            if starts:
                thing_sentence = you_sentence = False
                neuter_at = thing_here = -10
            if (
                word in stoppers
                and not hair(text, tokens, i)
                and not pairs_with_him(text, tokens, i, pronouns)
            ):
                return out, token.start
            if word in you:
                if starts and word == "je" and self._thing_next(tokens, i):
                    # "Je laptop … in zijn beschermhoes": the subject is the reader's thing
                    thing_sentence, thing_from = True, i
                elif not (word == "je" and self._owner_of_next(text, tokens, i)):
                    you_sentence = True  # not "Je leerling kan zijn …": there je owns the noun
            if info is not None:
                role = info.role
                if role is not None and role.kind == "thing":
                    if info.role_number == "singular":  # not "Na het zagen schuurt hij …"
                        thing_at = i  # "de computer. Hij …": a thing takes hij/hem/zijn after it
                        thing_here = i
                    continue
                if role is not None and role.kind != "person":
                    neuter_at = i  # "het bedrijf en zijn klanten": an organisation takes zijn
                    continue
                if info.person_antecedent:
                    if word in ONE_MALE and text.startswith(" die ", token.end):
                        return out, token.start  # "… een jongen die zich in zijn duim …": his
                    if self.grammar is NL and member_of_a_body(text, token.start):
                        neuter_at = members_end(tokens, i)  # "het college van burgemeester en
                        continue  # schepenen in zijn zitting": the body takes *zijn*
                    if self.grammar is NL and (
                        names_someone(text, token)  # "Chef-kok Ramon Janssen …; hij werkt …"
                        or our_subject(text, tokens, i)  # "Mijn leermeester … Hij": theirs
                        or met_by_the_writer(text, token.end)  # "De dakdekker die ik belde"
                        or someone_new_in_office(text, token.start, word)  # "De huidige …"
                    ):
                        return out, token.start
                    thing_at, neuter_at, thing_sentence = -10, -10, False
                    thing_here = -10
                    noun = raw
                    one_at = i if one_before(tokens, i) else -10
                    # the story may now be about this noun: "… door een collega. … kreeg ik
                    # die van een mannelijke collega. … mailde hij …" (judged when needed)
                    if not told:
                        met.append(Candidate(token.start, token.end, word, info, raw))
                    continue
            if word in articles:
                if starts and self._demonstrative_subject(tokens, i):
                    continue  # "Deze kijkt het werk na": deze stands for the person itself
                if i + 1 < len(tokens) and self._noun_follows(tokens[i + 1]):
                    after_preposition = i > 0 and (
                        key_of(tokens[i - 1].text) in grammar.prepositions
                    )
                    if word in neuter and not after_preposition:
                        # "in het tweede jaar zijn eigen …": a het-noun in a prepositional
                        # phrase is no owner (organisations are role nouns of their own)
                        neuter_at = i + 1
                    if starts:
                        thing_sentence, thing_from = True, i
                continue
            kind = pronouns.get(word)
            if kind is None:
                continue
            if (
                kind == "subject"
                and starts
                and self.grammar is NL
                and aged_beside(text, tokens, i, cand.start, cand.end)
            ):
                return out, token.start  # "… volgens Gijs (19) wat een monteur doet. Hij en …"
            if (
                i - thing_at <= 2
                and not relative_clause(tokens, i, thing_at, kind)
                and "," not in text[tokens[thing_at].end : token.start]
                and not (
                    i - thing_at == 2
                    and _SENTENCE_END_RE.search(text, tokens[thing_at].end, token.start)
                )
            ):
                # "de brief, heeft hij …": a comma ends the thing's claim, and so does a new
                # sentence that opens with a verb ("… en opdracht? Krijgt hij …"); one that
                # opens with the pronoun is about the thing ("… de computer. Hij doet …")
                continue
            if kind == "object" and thing_here != -10 and same_clause(text, tokens, thing_here, i):
                continue  # "… maakt de ketel schoon en stelt hem af": the thing
            if someone_else_in_own_clause(kind, tokens, i, own_clause, noun_opens):
                continue  # "een bakker die in hem gelooft", "een leerling die hij begeleidt"
            if kind == "reflexive" and self.grammar is NL and plural_reflexive(text, tokens, i):
                continue  # "mensen die niet voor zichzelf zorgen", "op zichzelf staand"
            if kind == "subject" and self.grammar is NL and speaker(text, tokens, i):
                continue  # "'…', zegt hij.": the man quoted, not the role in the quote
            if (
                kind == "subject"
                and i == 1
                and start is None
                and self.grammar is NL
                and fronted_object(text, cand.start, cand.end, tokens)
            ):
                return out, token.start  # "De schoorsteenveger omschrijft hij als …": he is
                # someone else, the noun the object put first
            if (
                kind == "object"
                and i > 0
                and key_of(tokens[i - 1].text) == "volgens"
                and _IN_A_PHRASE_RE.search(text, max(0, cand.start - 30), cand.start)
            ):
                continue  # "Voor een hovenier is er volgens hem geen mooiere werkplek": the
                # man who says so, the noun only a phrase's (not "De kandidaat licht toe
                # welke aanpak volgens hem …")
            if in_pair(tokens, i, text):
                if kind == "subject" and _opens_a_line(text, token.start):
                    pair_subjects.append(token.end)  # "Hij/zij staat in voor:" + a list
                continue  # "hij of zij", "zijn of haar": already inclusive
            if kind == "possessive":
                if self.grammar is NL and owns_someone_named(text, tokens, i):
                    return out, token.start  # "naar zijn leermeester Piet van Haperen": one
                    # named person's, so the owner is one person too
                if (i - neuter_at <= 2 and not after_van(tokens, neuter_at, i)) or thing_sentence:
                    continue
                if self.grammar is NL and owned_by_het(tokens, i):
                    continue  # "want dan verliest het zijn relationele karakter"
                # "hoe een elektricien zijn dag doorbrengt": right after one person, *zijn*
                # is the possessive, whatever the noun's ending
                after_one = i - 1 == one_at or (i == 0 and start is None and one(text, cand))
                possessive = (
                    after_one
                    and _WORD_NEXT_RE.match(text, token.start - 1) is not None
                    and i + 1 < len(tokens)
                    and key_of(tokens[i + 1].text) not in self.grammar.verb_after
                )
                possessive = possessive or word in SHORT_ZIJN  # "z'n" is never the verb
                if not possessive and (
                    verb_zijn(self.grammar, text, tokens, i)
                    # "Je moet flexibel zijn": the verb
                    or (you_sentence and not owned_noun_follows(self.grammar, tokens, i))
                ):
                    continue
            elif kind == "subject" and thing_sentence:
                if not self._inverted(text, tokens, thing_from, i):
                    continue
                thing_sentence = False  # "De praktische ervaring doet hij op in zijn werk"
            if in_story and not told_in_the_past(text, token):
                in_story = False  # "… Sindsdien regelt hij …": the present again, anyone
            if met and not told:
                told = any(may_be_told(text, noun_met) for noun_met in met)
                met.clear()
            if in_story or (
                told and past_sentence(text, token) and not habit_of(text, cand.start, cand.end)
            ):
                # "De machinist … Hij nam een steel …": a story about one person, and the
                # rest of the reach is that person too ("… Toen hij begon over …")
                in_story = True
                continue
            out.append(self._finding(token, kind, noun))
        return out, limit

    def _finding(
        self, token: Token, kind: str, antecedent: str, *, noun_free: bool = False
    ) -> Finding:
        return pronoun_finding(
            self.grammar, self.strategy, self.index.language, token, kind, antecedent, noun_free
        )


_SENTENCE_END_RE: Final = re.compile(r"[.!?]")
#: Possessives of the writer: *mijn leermeester*, *onze monteur* is one known person.
#: *zijn* with a word after it, not ending its clause ("… van een praktijkopleider zijn:").
_WORD_NEXT_RE: Final = re.compile(r" zijn \w", re.IGNORECASE)


def _opens_a_line(text: str, start: int) -> bool:
    """Only spaces or tabs stand between ``start`` and the line end before it."""
    line = text.rfind("\n", 0, start)
    return line != -1 and not text[line + 1 : start].strip(" \t")


#: A preposition and a determiner right before a noun: the noun is inside a phrase.
_IN_A_PHRASE_RE: Final = re.compile(
    r"\b(?:voor|van|bij|met|aan|over|naar)[ \t]+(?:een|de|het|elke|iedere)[ \t]+(?:\w+[ \t]+)?\Z",
    re.IGNORECASE,
)
