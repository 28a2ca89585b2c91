"""Saved web pages give alt texts and captions; the quick code reads and writes people."""

from __future__ import annotations

import pytest

from anderebril.imagescan.agreement import cohen_kappa, composition
from anderebril.imagescan.codes import CodeError, format_code, parse_code, suggest_code
from anderebril.imagescan.webpages import images_on_page, resolve
from tests.imagescan.conftest import PAGE


def test_alt_figcaption_and_surrounding_text_are_read() -> None:
    images = images_on_page(PAGE)
    lasser, receptie, weg, extern = images
    assert lasser.alt == "Een vrouw last een frame"
    assert lasser.figcaption == "Sanne, tweedejaars, aan het werk"
    assert "werkplaats" in lasser.context
    assert receptie.alt is None  # no alt attribute at all
    assert receptie.figcaption == ""
    assert weg.alt == ""
    assert extern.src.startswith("https://")


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("beelden/a.jpg", "site/beelden/a.jpg"),
        ("./beelden/a%20b.jpg", "site/beelden/a b.jpg"),
        ("../gedeeld/a.jpg", "gedeeld/a.jpg"),
        ("../../etc/passwd", None),
        ("/etc/passwd", None),
        ("https://example.org/a.jpg", None),
        ("//example.org/a.jpg", None),
        ("data:image/png;base64,AAAA", None),
    ],
)
def test_sources_resolve_inside_the_upload_only(src: str, expected: str | None) -> None:
    assert resolve("site/index.html", src) == expected


def test_codes_read_counts_and_write_them_back() -> None:
    counts = parse_code("2mt vp, ot vt")
    assert counts == {"man/technical": 2, "woman/posing": 1, "unclear/technical": 1,
                      "woman/technical": 1}  # fmt: skip
    assert parse_code(format_code(counts)) == counts
    assert parse_code("0") == {}
    assert format_code({}) == "0"


@pytest.mark.parametrize("code", ["", "xt", "vx", "0vt", "vtt", "100mt"])
def test_unreadable_codes_are_refused(code: str) -> None:
    with pytest.raises(CodeError):
        parse_code(code)


def test_suggestions_come_from_words_and_never_without_a_person() -> None:
    assert suggest_code(["vrouw", "lasser"]) == "vt"
    assert suggest_code(["Studente in de les"]) == "vs"
    assert suggest_code(["man en vrouw bij de receptie"]) == "vn mn"
    assert suggest_code(["werkplaats", "machine"]) == ""


def test_kappa_is_one_for_perfect_agreement_and_zero_for_chance() -> None:
    assert cohen_kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == 1
    assert cohen_kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"]) == 0
    # 10 items, 8 agree; reviewer 1 says a 6x, reviewer 2 says a 6x: p_e = .52.
    first = list("aaaaaabbbb")
    second = list("aaaaabbbba")
    assert cohen_kappa(first, second) == pytest.approx((0.8 - 0.52) / (1 - 0.52))
    assert cohen_kappa(["a"], ["a"]) is None


def test_composition_groups_people_by_gender_only() -> None:
    assert composition({}) == "nobody"
    assert composition({"woman/technical": 1, "man/posing": 2}) == "mixed"
    assert composition({"unclear/other": 3}) == "unclear"
