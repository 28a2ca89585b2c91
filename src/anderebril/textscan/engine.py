"""The scan itself: text in, findings and score out, chunk by chunk.

Big texts are cut at paragraph (else sentence) boundaries into chunks of ~1 MB; every rule
works on one chunk with local offsets, which are shifted to the whole text's offsets before they
leave this module. Memory therefore stays bounded however large the input, findings come out in
text order, and chunks can be scanned in several processes (``Scanner.stream(jobs=N)``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple

from anderebril.textscan.config import Config
from anderebril.textscan.index import Index, get_index, lexicon_root
from anderebril.textscan.markers import address_ranges, find_silenced, ignored_ranges
from anderebril.textscan.matching import Candidate, find_candidates, lowered, unfold
from anderebril.textscan.model import SEVERITY_RANK, STRATEGIES, Finding, Score, make_location
from anderebril.textscan.notation import notation_findings
from anderebril.textscan.pronouns import PronounRules
from anderebril.textscan.score import coded_findings, make_score
from anderebril.textscan.sex_requests import adjective_requests
from anderebril.textscan.stereotypes import stereotype_findings
from anderebril.textscan.terms import TermRules
from anderebril.textscan.tokenize import LINE_BREAK_HYPHEN_RE, key_of

#: Chunks of 1 MB: memory stays small, and with --jobs the work spreads evenly over the cores
#: (in one process the size makes no measurable difference from 0.5 to 4 MB).
CHUNK_SIZE: Final = 1_000_000
_CATEGORY_RANK: Final = {
    "stereotype": 5,
    "gendered-term": 4,
    "binary-notation": 3,
    "generic-masculine": 2,
    "coded-word": 1,
}


class ScanError(ValueError):
    """A scan option is invalid (unknown strategy or language)."""


def split_chunks(text: str, size: int = CHUNK_SIZE) -> Iterator[str]:
    """Cut ``text`` into pieces of about ``size`` characters at the best boundary in the
    second half of each piece (see :func:`cut_point`). Joined, the pieces are ``text`` again."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = cut_point(text, start + size // 2, end)
        cut = end if cut is None else cut
        yield text[start:cut]
        start = cut
    yield text[start:]


def unix_line_ends(text: str) -> str:
    """``text`` with its line ends written as a Unix file's, at the same length: a blank line
    ``\\r\\n\\r\\n`` becomes two spaces and ``\\n\\n``, a line end ``\\r\\n`` a space and
    ``\\n``, and a line of only spaces or tabs (a blank line as readers see it, common in text
    copied from web pages) spaces and ``\\n\\n``. Every line keeps its number and every
    character after a line end its place, so offsets, lines and columns hold, and the rules
    see the paragraphs of a CRLF file (a pasted form field) as those of any other."""
    if "\r" in text:
        text = text.replace("\r\n\r\n", "  \n\n").replace("\r\n", " \n")
    if "\n " in text or "\n\t" in text:
        text = _SPACED_BLANK_RE.sub(_blank_line, text)
    return text


#: A line of only spaces or tabs (and perhaps a lone CR) between two line ends.
_SPACED_BLANK_RE: Final = re.compile(r"\n[ \t\r\f\v]+\n")


def _blank_line(match: re.Match[str]) -> str:
    return " " * (len(match[0]) - 2) + "\n\n"


def cut_point(text: str, lo: int, hi: int) -> int | None:
    """Where to cut ``text`` between ``lo`` and ``hi``: after the last paragraph break (a
    blank line, with any line ends: CRLF files and PDF pages too), else after the last
    sentence end, else after the last line end, else after the last space; ``None`` when
    there is none. Rules look back for what a pronoun points to within a paragraph, so a cut
    inside a sentence would lose findings; chunks are cut the same way whatever ``--jobs``."""
    at = text.rfind("\n\n", lo, hi)
    if at != -1:
        return at + 2
    tail = max(lo, hi - _CUT_LOOKBACK)  # a regex over the window's end only: it is rare
    for pattern in (_SPACED_BLANK_RE, _SENTENCE_END_RE):  # no "\n\n" is left here
        last = None
        for last in pattern.finditer(text, tail, hi):  # noqa: B007 - the last one is wanted
            pass
        if last is not None:
            return last.end()
    for boundary in ("\n", " "):
        at = text.rfind(boundary, lo, hi)
        if at != -1:
            return at + 1
    return None


_CUT_LOOKBACK: Final = 65_536
_SENTENCE_END_RE: Final = re.compile(
    r"[.!?][\"'\u201d\u2019)]*[ \t\r\f\v]*\n|[.!?][\"'\u201d\u2019)]* "
)


@dataclass(slots=True)
class Tally:
    """Running totals while a text streams through the scanner."""

    masculine: int = 0
    feminine: int = 0
    words: int = 0
    offset: int = 0
    line: int = 1
    line_start: int = 0  # global offset where the current line starts
    paragraph: int = 1
    silenced: frozenset[str] | None = None
    next_line: tuple[frozenset[str], int] | None = None  # see markers.Silenced
    categories: dict[str, int] = field(default_factory=dict)

    def score(self) -> Score:
        return make_score(self.masculine, self.feminine, self.words)


class ChunkScan(NamedTuple):
    """What one chunk gives on its own: findings with offsets into the chunk (not yet
    filtered by markers left open before it) and its word count."""

    findings: list[Finding]
    words: int


class Scanner:
    """Scans text for one language and strategy under one configuration."""

    def __init__(
        self,
        language: str = "nl",
        strategy: str = "overkoepelend",
        config: Config | None = None,
        *,
        lexicon_root: Path | None = None,
    ) -> None:
        if strategy not in STRATEGIES:
            raise ScanError(f"onbekende strategie {strategy!r}; kies uit {', '.join(STRATEGIES)}")
        if language not in ("nl", "en"):
            raise ScanError(f"onbekende taal {language!r}; kies nl of en")
        self.language = language
        self.strategy = strategy
        self.config = config or Config()
        self.index: Index = get_index(language, lexicon_root)
        self.terms = TermRules(self.index, strategy)
        self.pronouns = PronounRules(self.index, strategy)

    def scan(self, text: str) -> tuple[list[Finding], Score]:
        tally = Tally()
        findings = list(self.stream(split_chunks(text), tally))
        return findings, tally.score()

    def stream(
        self, chunks: Iterable[str], tally: Tally, *, lines: bool = True, jobs: int = 1
    ) -> Iterator[Finding]:
        """Findings of consecutive chunks of one text, with offsets and lines into the whole.

        ``lines=False`` leaves ``location`` empty, for callers that locate findings in a
        document themselves. ``jobs > 1`` scans the chunks in that many processes (see
        :func:`parallel.map_chunks`); what comes out is the same, in the same order."""
        if jobs > 1:
            from anderebril.textscan.parallel import map_chunks

            scanned: Iterable[tuple[str, ChunkScan]] = map_chunks(self.scan_chunk, chunks, jobs)
        else:
            scanned = self._scan_each(chunks)
        for chunk, result in scanned:
            yield from self._finish(chunk, result, tally, lines)

    def _scan_each(self, chunks: Iterable[str]) -> Iterator[tuple[str, ChunkScan]]:
        """Each chunk with its scan, one at a time. (A generator function, not a generator
        expression: compiled, mypyc would build the expression's whole list first.)"""
        for chunk in chunks:
            yield chunk, self.scan_chunk(chunk)

    def scan_chunk(self, chunk: str) -> ChunkScan:
        """The findings of one chunk on their own, with offsets into the chunk: everything
        that does not depend on the chunks before it, so that chunks can be scanned in any
        order and in other processes."""
        written, chunk = chunk, unix_line_ends(chunk)
        low = lowered(chunk)
        candidates, words = find_candidates(chunk, low, self.index)
        terms, phrases, persons, coded_words = _by_rule(candidates)
        found = self.terms.findings(chunk, terms, words.distinct)
        found += stereotype_findings(chunk, phrases, self.strategy, words.distinct, low)
        found += self.pronouns.findings(chunk, persons, low, words.distinct)
        found += notation_findings(chunk, self.language, self.strategy)
        if self.language == "nl":
            found += adjective_requests(chunk, low, self.index, words.distinct)
        found += coded_findings(chunk, coded_words, self.strategy)
        found = self._filter(chunk, low, _resolve_overlaps(found, low))
        if written is not chunk:  # a finding over a line end quotes the text as written
            for finding in found:
                finding.text = written[finding.start : finding.end]
        return ChunkScan(found, words.total)

    def _finish(self, chunk: str, result: ChunkScan, tally: Tally, lines: bool) -> list[Finding]:
        """Apply what depends on the chunks before (a disable marker left open), place the
        findings in the whole text, count them, and move the tally past the chunk."""
        plain = unix_line_ends(chunk)  # a blank line in a CRLF file starts a paragraph too
        found = result.findings
        tally.words += result.words
        silenced = find_silenced(chunk, tally.silenced, tally.next_line)
        tally.silenced = silenced.open_rules
        tally.next_line = silenced.next_line
        if silenced.ranges:
            found = [f for f in found if not silenced.covers(f)]
        if lines:
            self._place(plain, found, tally)
        elif tally.offset:
            for finding in found:
                finding.start += tally.offset
                finding.end += tally.offset
        for finding in found:
            if finding.category == "coded-word":
                coded = self.index.classify(_coded_key(finding.text))
                if coded is not None and coded.coded is not None:
                    if coded.coded.coding == "masculine":
                        tally.masculine += 1
                    else:
                        tally.feminine += 1
        tally.line += plain.count("\n")  # the same line ends, at the same places, as chunk's
        last = plain.rfind("\n")
        if last != -1:
            tally.line_start = tally.offset + last + 1
        tally.paragraph += plain.count("\n\n")
        tally.offset += len(chunk)
        return found

    def _filter(self, chunk: str, low: str, found: list[Finding]) -> list[Finding]:
        config = self.config
        if config.allow or config.deny:
            found = [f for f in found if config.reports(f.rule)]
        if config.ignore_words and found:
            ranges = ignored_ranges(chunk, low, config.ignore_words)
            found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in ranges)]
        if found:
            addresses = address_ranges(low)
            if addresses:
                found = [f for f in found if not _overlaps(f, addresses)]
        return found

    @staticmethod
    def _place(chunk: str, found: list[Finding], tally: Tally) -> None:
        """Shift offsets to the whole text and add line, column and paragraph (``chunk``
        with its line ends made plain: :func:`unix_line_ends`)."""
        line = tally.line
        line_start = tally.line_start - tally.offset  # may be negative: the line began earlier
        paragraph = tally.paragraph
        pos = 0
        for finding in found:
            newlines = chunk.count("\n", pos, finding.start)
            if newlines:
                line += newlines
                line_start = chunk.rfind("\n", pos, finding.start) + 1
                paragraph += chunk.count("\n\n", pos, finding.start)
            pos = finding.start
            finding.location = make_location(
                None, line, finding.start - line_start + 1, paragraph, None
            )
            finding.start += tally.offset
            finding.end += tally.offset


def _coded_key(text: str) -> str:
    """The look-up key of a coded word as found: a word split over a line end (*compe-*
    *titief*) joined, and *ı*, *ſ* read as the matcher read them."""
    if "\n" in text:
        text = LINE_BREAK_HYPHEN_RE.sub("", text)
    return unfold(key_of(text))


def scanner_for(language: str, strategy: str, config: Config | None = None) -> Scanner:
    """A scanner for these settings. Without a configuration it is shared by every call in
    the process (per lexicon folder), so the rules' memos of the words they have seen stay warm
    from one short text to the next: an API request then builds no rules of its own."""
    if config is not None:
        return Scanner(language, strategy, config)
    return _shared_scanner(language, strategy, lexicon_root())


@lru_cache(maxsize=32)
def _shared_scanner(language: str, strategy: str, root: Path) -> Scanner:
    return Scanner(language, strategy, lexicon_root=root)


def _by_rule(
    candidates: list[Candidate],
) -> tuple[list[Candidate], list[Candidate], list[Candidate], list[Candidate]]:
    """The candidates each rule can report on, in text order: a rule then skips nothing
    itself. (Each test is the one the rule starts with; it is worked out once per word.)"""
    terms: list[Candidate] = []
    phrases: list[Candidate] = []
    persons: list[Candidate] = []
    coded: list[Candidate] = []
    lists = (terms, phrases, persons, coded)
    kinds: dict[int, tuple[list[Candidate], ...]] = {}  # id(info) -> the lists it goes in
    for cand in candidates:
        info = cand.info
        into = kinds.get(id(info))
        if into is None:
            wanted = (
                info.term is not None or (info.exclusive is not None and not info.compound),
                info.stereotype is not None or bool(info.anchors),
                info.person_antecedent,
                info.coded is not None and not info.compound,
            )
            into = kinds[id(info)] = tuple(
                out for out, yes in zip(lists, wanted, strict=True) if yes
            )
        for out in into:
            out.append(cand)
    return terms, phrases, persons, coded


def _overlaps(finding: Finding, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``finding`` overlaps one of the sorted, disjoint ``ranges``."""
    at = bisect_right(ranges, finding.start, key=_first) - 1
    if at >= 0 and ranges[at][1] > finding.start:
        return True
    return at + 1 < len(ranges) and ranges[at + 1][0] < finding.end


def _first(span: tuple[int, int]) -> int:
    return span[0]


#: "alleen voor jongens" inside a wider claim reported after *dat* (*denken dat techniek
#: alleen voor jongens en mannen is*) is that claim, not a request: the wider stereotype
#: stands; *Deze stage in de bouw is alleen voor jongens* stays the request it is.
_ONLY_FOR: Final = (".alleen-voor-mannen", ".alleen-voor-vrouwen")


def _is_exclusive(f: Finding) -> bool:
    return f.category == "gendered-term" and f.severity == "must-fix"


def _rank(f: Finding) -> tuple[int, bool, int, int]:
    # A request for one sex only wins over a phrase that starts at its noun ("man gezocht").
    return (
        SEVERITY_RANK[f.severity],
        _is_exclusive(f),
        _CATEGORY_RANK[f.category],
        f.end - f.start,
    )


def _resolve_overlaps(found: list[Finding], low: str = "") -> list[Finding]:
    """One finding per stretch of text: the most serious, then the earliest, then the widest.

    A request for one sex only inside a stereotype that starts before its noun (*stoere
    jongens gezocht*) gives way to the stereotype.
    """
    if len(found) < 2:
        return found
    phrases = [(f.start, f.end) for f in found if f.category == "stereotype"]
    if phrases:
        claims = [(s, e) for s, e in phrases if low[max(0, s - 4) : s] == "dat "]
        found = [
            f
            for f in found
            if not (
                (_is_exclusive(f) and any(s < f.start < e for s, e in phrases))
                or (
                    f.rule.endswith(_ONLY_FOR)
                    and any(s < f.start < e and f.end <= e for s, e in claims)
                )
            )
        ]
    found.sort(key=_rank, reverse=True)
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Finding] = []
    for finding in found:
        at = bisect_right(starts, finding.start)
        if at > 0 and ends[at - 1] > finding.start:
            continue
        if at < len(starts) and starts[at] < finding.end:
            continue
        starts.insert(at, finding.start)
        ends.insert(at, finding.end)
        kept.append(finding)
    kept.sort(key=lambda f: f.start)
    return kept
