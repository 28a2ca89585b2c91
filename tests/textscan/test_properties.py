"""Property tests: no input crashes the scan, and every finding points at its own text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anderebril.textscan import scan_text

WORDS = st.sampled_from(
    [
        "vakman", "Vakman", "VAKMAN", "installatie", "vak-\nman", "vak\u00adman", "ICT-", "de",
        "student", "zijn", "hij", "hem", "(m/v)", "m/v", "/", "(", ")", "st", "medewerk(st)er",
        "stoere", "jongens", "mannenwereld", "ook", "geschikt", "voor", "meisjes", "man",
        "gezocht", "competitief", "Anna", "is", "lerares", ",", ".", "\n", "\n\n", " ", "é",
        "<!-- anderebril-disable -->", "<!-- anderebril-enable -->", "İ", "ß", "e\u0301",
        "no-nonsense", "no", "-", "collega’s", "zzp'er",
    ]
)  # fmt: skip
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@pytest.mark.usefixtures("fixture_lexicon")
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS, strategy=st.sampled_from(["overkoepelend", "paarvorm", "direct"]))
def test_no_input_crashes_and_every_finding_matches_its_span(text: str, strategy: str) -> None:
    report = scan_text(text, strategy=strategy)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.start < finding.end
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)


#: The words today's real-text rules react to: addresses, speech verbs, relative clauses,
#: -man compounds, elided pairs, lists after a colon, names with ages, abbreviations.
REAL_RULE_WORDS = st.sampled_from(
    [
        "De", "de", "een", "monteur", "sjouwerman", "cv-man", "ex-man", "Herman", "van", "der",
        "Helm", "zegt", "hij", "'", ":", "\n\n", "•", "die", "dat", "wagen", ",", "iedereen",
        "ieder", "heeft", "zijn", "zichzelf", "op", "staat", "https://x.nl/stoere-jongens",
        "www.vakman.nl", "info@timmerman.nl", "[link](https://a.nl/b)", "gastheren", "en",
        "-vrouwen", "brandweerman-", "of", "vrouw", "Jari", "(21)", "barman", "Als", "voorman",
        "zorg", "ik", "BBL-er", "mbo’er", "particulier", "Traditioneel", "is", "gastvrouw",
        "timmerman", "wilde", "worden", "Gastheer", "/", "hij-zij", "leermeester", "Engels",
        "(", ")", "maximaal", "ingesteldheid", "uitgewerkt", ".", " ", "van het Jaar",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=st.lists(REAL_RULE_WORDS, max_size=60).map(" ".join))
def test_the_real_lexicon_and_real_text_rules_keep_offsets(text: str) -> None:
    report = scan_text(text)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.start < finding.end
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
