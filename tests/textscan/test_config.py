"""Configuration files and inline markers that silence the scan."""

from __future__ import annotations

from pathlib import Path

import pytest

from anderebril.textscan import Config, ConfigError, load_config, scan_text
from tests.textscan.helpers import texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")


def test_it_reads_anderebril_toml(tmp_path: Path) -> None:
    (tmp_path / "anderebril.toml").write_text(
        'strategy = "paarvorm"\nallow = ["nl.coded-word"]\n'
        'ignore-words = ["Vakman Gas en Water"]\nskip-paths = ["archief/**"]\n',
        encoding="utf-8",
    )
    config = load_config(start=tmp_path)
    assert config.strategy == "paarvorm"
    assert not config.reports("nl.coded-word.dominant")
    assert config.reports("nl.gendered-term.vakman")
    assert config.skips("archief/2019/oud.txt")
    assert not config.skips("nieuw.txt")


def test_it_reads_tool_anderebril_in_pyproject_from_a_parent_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.anderebril]\ndeny = ["nl.binary-notation"]\n', encoding="utf-8"
    )
    sub = tmp_path / "teksten"
    sub.mkdir()
    config = load_config(start=sub)
    assert config.reports("nl.binary-notation.m-v")
    assert not config.reports("nl.gendered-term.vakman")


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert load_config(start=tmp_path) == Config()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('strategie = "paarvorm"', "onbekende instelling"),
        ('strategy = "mooi"', "'strategy' moet een van"),
        ("allow = 3", "'allow' moet een lijst"),
        ("allow = [", "geen geldige TOML"),
    ],
)
def test_a_bad_file_gives_a_dutch_error_naming_it(
    tmp_path: Path, content: str, message: str
) -> None:
    file = tmp_path / "anderebril.toml"
    file.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        load_config(file)
    assert "anderebril.toml" in str(error.value)


def test_a_category_name_silences_all_its_rules() -> None:
    config = Config(allow=frozenset({"coded-word"}))
    assert texts("Een competitieve vakman.", config=config) == ["vakman"]


def test_ignore_words_keep_official_names() -> None:
    config = Config(ignore_words=("Vakman Gas en Water",))
    text = "De opleiding Vakman Gas en Water leidt op tot vakman."
    assert texts(text, config=config) == ["vakman"]


def test_disable_next_line_silences_one_line() -> None:
    text = "<!-- anderebril-disable-next-line -->\nVakman gezocht.\nVakman gezocht."
    report = scan_text(text)
    assert [f.location.line for f in report.findings] == [3]


def test_disable_and_enable_silence_a_region_for_named_rules() -> None:
    text = (
        "<!-- anderebril-disable nl.gendered-term.vakman -->\n"
        "Vakman (m/v)\n<!-- anderebril-enable -->\nVakman"
    )
    assert texts(text) == ["(m/v)", "Vakman"]


def test_strategy_from_the_configuration_applies_to_files(tmp_path: Path) -> None:
    from anderebril.textscan import scan_file

    file = tmp_path / "v.txt"
    file.write_text("Wij zoeken een vakman.", encoding="utf-8")
    report = scan_file(file, config=Config(strategy="direct"))
    assert report.findings[0].suggestions == ["je als vakkracht"]
