"""Helpers for files that people open in a spreadsheet program."""

from typing import Final

#: A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: str) -> str:
    """Keep a spreadsheet from running text as a formula (CSV injection).

    >>> formula_safe("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> formula_safe("Anna")
    'Anna'
    """
    return "'" + value if value.startswith(FORMULA_STARTS) else value
