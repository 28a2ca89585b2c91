"""The lexicon data is valid, and the loader names file, entry and field for every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from anderebril.textscan.lexicon import LexiconError, read_lexicon
from anderebril.textscan.rulesdoc import render_rules

ROOT = Path(__file__).resolve().parents[2]
VALID_TERM = """
  - id: vakman
    gender: m
    forms: {singular: [vakman], plural: [vakmannen]}
    alternatives:
      overkoepelend: {singular: [vakkracht], plural: [vakkrachten]}
      paarvorm: {singular: [vakman of vakvrouw], plural: [vakmannen en vakvrouwen]}
      direct: {singular: [je], plural: [jullie]}
    note: n
    source: s
"""


def write(root: Path, name: str, category: str, entries: str, language: str = "nl") -> None:
    folder = root / language
    folder.mkdir(parents=True, exist_ok=True)
    header = f"language: {language}\ntheme: {name}\ncategory: {category}\nentries:\n"
    (folder / f"{name}.yml").write_text(header + entries, encoding="utf-8")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_packaged_lexicon_is_valid(language: str) -> None:
    lexicon = read_lexicon(language)
    assert lexicon.files


@pytest.mark.parametrize("language", ["nl", "en"])
def test_no_exception_blocks_the_compounds_of_a_rule(language: str) -> None:
    # An exception word is blocked as a compound head too: listed as a surname or look-alike,
    # a head word of a term or role would silently stop finding its compounds (bouwtimmerman).
    lexicon = read_lexicon(language)
    blocked = {w for e in lexicon.exceptions for w in (*e.words, *e.handled)}
    heads = {f for t in lexicon.terms if t.head for f in (*t.singular, *t.plural)}
    heads |= {f for r in lexicon.roles if r.head for f in (*r.singular, *r.plural)}
    assert sorted(blocked & heads) == []


def test_the_fixture_lexicon_is_valid(fixture_lexicon: Path) -> None:
    assert read_lexicon("nl", fixture_lexicon).terms


def test_rules_md_is_generated_from_the_data_and_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == render_rules(), "docs/rules.md is verouderd: draai 'anderebril rules-doc'"


def test_a_valid_file_loads(tmp_path: Path) -> None:
    write(tmp_path, "beroepen", "gendered-term", VALID_TERM)
    assert [t.meta.rule for t in read_lexicon("nl", tmp_path).terms] == ["nl.gendered-term.vakman"]


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (("paarvorm: {singular: [vakman of vakvrouw], plural: [vakmannen en vakvrouwen]}",
          "paarvorm: {singular: [vakman of vakvrouw]}"),
         "entry 'vakman': field 'alternatives.paarvorm.plural'"),
        (("gender: m", "gender: x"), "entry 'vakman': field 'gender'"),
        (("id: vakman", "id: Vak Man"), "field 'id'"),
        (("note: n", "note: ''"), "entry 'vakman': field 'note'"),
        (("[vakman]", "[Vakman]"), "field 'forms.singular'"),
        (("source: s", "source: s\n    kleur: rood"), "entry 'vakman': field 'kleur': unknown"),
    ],
)  # fmt: skip
def test_a_problem_names_file_entry_and_field(
    tmp_path: Path, edit: tuple[str, str], problem: str
) -> None:
    write(tmp_path, "beroepen", "gendered-term", VALID_TERM.replace(*edit))
    with pytest.raises(LexiconError) as error:
        read_lexicon("nl", tmp_path)
    assert any(p.startswith("beroepen.yml: ") and problem in p for p in error.value.problems)


def test_duplicate_ids_and_forms_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "beroepen", "gendered-term", VALID_TERM + VALID_TERM)
    with pytest.raises(LexiconError) as error:
        read_lexicon("nl", tmp_path)
    text = str(error.value)
    assert "field 'id': duplicate" in text
    assert "'vakman' also in nl.gendered-term.vakman" not in text  # same rule twice: one message


def test_header_must_match_folder_and_file_name(tmp_path: Path) -> None:
    write(tmp_path, "beroepen", "gendered-term", VALID_TERM, language="nl")
    (tmp_path / "nl" / "beroepen.yml").rename(tmp_path / "nl" / "andere.yml")
    with pytest.raises(LexiconError, match=r"andere\.yml: field 'theme'"):
        read_lexicon("nl", tmp_path)


def test_a_stereotype_pattern_needs_a_required_word(tmp_path: Path) -> None:
    entries = """
  - id: leeg
    patterns: ["stoere? *"]
    alternatives: {overkoepelend: [a], paarvorm: [b], direct: [c]}
    note: n
    source: s
"""
    write(tmp_path, "stereotypen", "stereotype", entries)
    with pytest.raises(LexiconError, match="needs at least one required word"):
        read_lexicon("nl", tmp_path)


def test_an_exception_word_cannot_also_be_a_term(tmp_path: Path) -> None:
    write(tmp_path, "beroepen", "gendered-term", VALID_TERM)
    entries = "  - id: lijk\n    words: [vakman]\n    note: n\n    source: s\n"
    write(tmp_path, "uitzonderingen", "exception", entries)
    with pytest.raises(LexiconError, match="list it under 'handled'"):
        read_lexicon("nl", tmp_path)
