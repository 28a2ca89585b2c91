"""Generating ``docs/rules.md`` from the lexicon data and the built-in rules.

``anderebril rules-doc`` writes it; a test fails when the committed file is stale.
"""

from __future__ import annotations

from pathlib import Path

from anderebril.textscan.lexicon import Lexicon, TermEntry, load_lexicon
from anderebril.textscan.notation import PAIRS
from anderebril.textscan.pronoun_grammar import GRAMMARS
from anderebril.textscan.slash_pairs import RULE as SLASH_PAIR_RULE

HEADER = """# Taalscan: regels

_Gegenereerd uit `src/anderebril/textscan/data/` met `anderebril rules-doc`; niet met de hand
bewerken._ Zet een regel uit met zijn id in `allow` in `anderebril.toml`, of inline met
`<!-- anderebril-disable-next-line REGEL-ID -->`.
"""


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _term_row(term: TermEntry) -> str:
    forms = ", ".join((*term.singular, *term.plural))
    alts = "; ".join(
        f"*{strategy}*: " + ", ".join((*per.get("singular", ()), *per.get("plural", ())))
        for strategy, per in term.alternatives.items()
    )
    head = " (ook in samenstellingen)" if term.head else ""
    if term.context:  # "meester": only near a school word
        head += f" (alleen bij: {', '.join(term.context)})"
    return (
        f"| `{term.meta.rule}` | {term.meta.severity} | {_cell(forms)}{head} | {_cell(alts)} "
        f"| {_cell(term.meta.note)} | {_cell(term.meta.source)} |"
    )


def _language_section(lex: Lexicon) -> list[str]:
    out = [f"## Taal: {lex.language}", ""]
    table = "| regel | ernst | woorden | alternatieven | uitleg | bron |"
    rule = "|---|---|---|---|---|---|"
    if lex.terms:
        out += ["### gendered-term", "", table, rule, *(_term_row(t) for t in lex.terms), ""]
    if lex.stereotypes:
        out += ["### stereotype", "", table, rule]
        for s in lex.stereotypes:
            patterns = ", ".join(
                " ".join("|".join(sorted(t.words)) or "*" for t in p) for p in s.patterns
            )
            alts = "; ".join(f"*{k}*: " + ", ".join(v) for k, v in s.alternatives.items())
            out.append(
                f"| `{s.meta.rule}` | {s.meta.severity} | {_cell(patterns)} | {_cell(alts)} "
                f"| {_cell(s.meta.note)} | {_cell(s.meta.source)} |"
            )
        out.append("")
    if lex.coded:
        out += [
            "### coded-word",
            "",
            "| regel | codering | bewijs | vormen | alternatief | bron |",
            rule,
        ]
        for c in lex.coded:
            alts = ", ".join(c.alternatives.get("overkoepelend", ()))
            out.append(
                f"| `{c.meta.rule}` | {c.coding} | {c.evidence} | {_cell(', '.join(c.forms))} "
                f"| {_cell(alts)} | {_cell(c.meta.source)} |"
            )
        out.append("")
    if lex.exceptions:
        out += ["### Uitzonderingen (nooit gemeld)", ""]
        for e in lex.exceptions:
            out.append(f"- **{e.meta.id}**: {_cell(', '.join(e.words))}")
        out.append("")
    pairs = PAIRS.get(lex.language, {})
    if pairs:
        out += ["### binary-notation (ingebouwd)", ""]
        rules = sorted({f"{lex.language}.binary-notation.{p.rule}" for p in pairs.values()})
        rules.append(f"{lex.language}.binary-notation.haakjesvorm")
        if lex.language == "nl":
            rules.append(SLASH_PAIR_RULE)
        out += [f"- `{r}`" for r in rules] + [""]
    grammar = GRAMMARS.get(lex.language)
    if grammar is not None:
        out += ["### generic-masculine (ingebouwd)", ""]
        ids = dict.fromkeys(w for w in grammar.pronouns if w.isalpha())  # z'n is zijn's rule
        out += [f"- `{lex.language}.generic-masculine.{w}`" for w in ids] + [""]
    return out


def render_rules(root: Path | None = None) -> str:
    """The full text of ``docs/rules.md`` for the lexicon under ``root`` (default: packaged)."""
    lines = [HEADER]
    for language in ("nl", "en"):
        lines += _language_section(load_lexicon(language, root))
    lines += [
        "## Ingebouwd",
        "",
        "- `nl.gendered-term.alleen-mannen`, `nl.gendered-term.alleen-vrouwen` (must-fix): "
        "een oproep voor één geslacht (*wij zoeken een man*, *jongen gezocht*, *wij zoeken een "
        "vrouwelijke monteur*).",
        "- `en.gendered-term.men-only`, `en.gendered-term.women-only` (must-fix).",
        "",
    ]
    return "\n".join(lines).rstrip("\n") + "\n"
