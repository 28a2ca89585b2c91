"""Saved web pages give alt texts and captions; the quick code reads and writes people."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from anderebril.imagescan.agreement import cohen_kappa, composition
from anderebril.imagescan.codes import CodeError, format_code, parse_code, suggest_code
from anderebril.imagescan.webpages import images_on_page, resolve
from tests.imagescan.conftest import PAGE


@contextmanager
def gives_up_after(seconds: int) -> Iterator[None]:
    """Interrupt a parser stuck far beyond any normal duration (not a timing assertion: the
    linear parser needs milliseconds, the quadratic one minutes)."""

    def stuck(signum: int, frame: object) -> None:
        raise TimeoutError(f"still parsing after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


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
    "html",
    [
        "<a" * 200_000,  # quadratic in html.parser (CVE-2025-6069)
        "<!--" * 100_000,
        "<img src=a.jpg " + "alt" * 300_000,
        "</" * 200_000,
    ],
)
def test_hostile_markup_is_read_without_stalling_the_worker(html: str) -> None:
    with gives_up_after(60):
        images = images_on_page(html)
    assert isinstance(images, list)


def test_broken_markup_is_recovered_like_a_browser_does() -> None:
    html = '<p>Lassen <b>in de <img src="a.jpg" alt="Een lasser &amp; zijn frame"> werkplaats'
    html += '<script>var x = "<img src=nep.jpg>";</script><img src=b.jpg ALT="Twee  monteurs">'
    images = images_on_page(html)
    assert [(image.src, image.alt) for image in images] == [
        ("a.jpg", "Een lasser & zijn frame"),
        ("b.jpg", "Twee monteurs"),
    ]
    assert images[0].context == "Lassen in de … werkplaats"
    assert images_on_page("") == [] and images_on_page("   ") == []


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
