"""``--format html``: a self-contained report page (no external assets), written as it goes."""

from __future__ import annotations

from html import escape
from io import StringIO
from typing import Final, TextIO

from anderebril.textscan.formats import Rendered, Result, Summary

STYLE: Final = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
.must-fix{color:#a50000;font-weight:bold}.should-fix{color:#8a4b00}.consider{color:#005a8a}
.fout{color:#a50000}
"""


class HtmlFormatter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def begin(self) -> None:
        self.out.write(
            '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
            "<title>Taalscan-rapport</title>"
            f"<style>{STYLE}</style></head><body><h1>Taalscan-rapport</h1>\n"
        )

    def add(self, result: Result) -> None:
        _write_file(self.out, result)

    def render(self, result: Result) -> str:
        buffer = StringIO()
        _write_file(buffer, result)
        return buffer.getvalue()

    def add_rendered(self, rendered: Rendered) -> None:
        self.out.write(rendered.body)

    def end(self, summary: Summary) -> None:
        self.out.write(f"<p>{escape(summary.line())}</p></body></html>\n")


def _write_file(out: TextIO, result: Result) -> None:
    write = out.write
    write(f"<section><h2>{escape(result.path)}</h2>\n")
    if result.error is not None:
        write(f'<p class="fout">{escape(result.error)}</p></section>\n')
        return
    write(
        "<table><thead><tr><th>Plaats</th><th>Ernst</th><th>Soort</th><th>Tekst</th>"
        "<th>Uitleg</th><th>Alternatieven</th></tr></thead><tbody>\n"
    )
    for f in result.findings:
        loc = f.location
        where = f"regel {loc.line}, kolom {loc.column}"
        if loc.page is not None:
            where = f"pagina {loc.page}, " + where
        if loc.section:
            where += f" ({loc.section})"
        write(
            f"<tr><td>{escape(where)}</td>"
            f'<td class="{escape(f.severity)}">{escape(f.severity)}</td>'
            f"<td>{escape(f.category)}</td><td><mark>{escape(f.text)}</mark></td>"
            f"<td>{escape(f.message)}<br><small>{escape(f.explanation)} "
            f"Bron: {escape(f.source)}</small></td>"
            f"<td>{escape(' / '.join(f.suggestions))}</td></tr>\n"
        )
    score = result.score()
    write(
        f"</tbody></table><p>Gecodeerde woorden: {score.masculine} mannelijk, "
        f"{score.feminine} vrouwelijk ({score.per_1000_words} per 1.000 woorden). "
        f"{escape(score.verdict)}</p></section>\n"
    )
