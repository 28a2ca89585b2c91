"""DUO files built with exactly the real headers (see shared/data/duo/README.md).

Rows are (brin, name, town, leerweg, niveau, crebo, programme, sectorkamer, hoofdgroep, counts)
with counts a dict year → (men, women); -1 is DUO's unknown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

ID_COLUMNS = [
    "INSTELLINGSCODE",
    "INSTELLINGSNAAM",
    "SOORT INSTELLING",
    "PLAATSNAAM INSTELLING",
    "LEERWEG",
    "NIVEAU",
    "ERKENDE OPLEIDING CODE",
    "ERKENDE OPLEIDING NAAM",
    "SECTORKAMER NAAM",
    "HOOFDGROEP NAAM",
]
TGO = "Techniek en gebouwde omgeving"
ICT = "Ict en creatieve industrie"
ZORG = "Zorg, welzijn en sport"

Row = tuple[str, str, str, str, int, str, str, str, str, dict[int, tuple[int, int]]]

SCHOOL = ("98ZZ", "Techniekcollege Test", "Tiel")
OTHER = ("25LH", "ROC Rivierenland Coöperatie", "Culemborg")


def rows(years: Sequence[int], *, bump: int = 0) -> list[Row]:
    """A small realistic set: electrical, ICT and care programmes at two schools."""

    def counts(men: int, women: int, *, unknown_women: bool = False) -> dict[int, tuple[int, int]]:
        return {
            year: (men + i + bump, -1 if unknown_women else women + i + bump)
            for i, year in enumerate(years)
        }

    return [
        (*SCHOOL, "BOLVT", 4, "25455", "Technicus engineering elektrotechniek", TGO,
         "Techniek en procesindustrie", counts(120, 8)),
        (*SCHOOL, "BBL", 2, "25456", "Eerste monteur elektrotechnische installaties", TGO,
         "Techniek en procesindustrie", counts(60, 2)),
        (*SCHOOL, "BOLVT", 4, "25604", "Software developer", ICT,
         "Informatie en communicatietechnologie", counts(200, 30)),
        (*SCHOOL, "BOLVT", 3, "25480", "Verzorgende-IG", ZORG, "Zorg en welzijn",
         counts(10, 150)),
        (*OTHER, "BOLVT", 4, "25455", "Technicus engineering elektrotechniek", TGO,
         "Techniek en procesindustrie", counts(80, 6, unknown_women=True)),
        (*OTHER, "BOLDT", 3, "25480", "Verzorgende-IG", ZORG, "Zorg en welzijn",
         counts(3, 90)),
    ]  # fmt: skip


def build(
    years: Sequence[int] = (2021, 2022, 2023, 2024, 2025),
    data: Iterable[Row] | None = None,
    *,
    diplomas: bool = False,
    delimiter: str = ";",
    encoding: str = "utf-8",
    bom: bool = False,
    bump: int = 0,
) -> bytes:
    prefix = "DIP" if diplomas else ""
    header = [*ID_COLUMNS]
    for year in years:
        header += [f"{prefix}MAN{year}", f"{prefix}VROUW{year}"]
    lines = [delimiter.join(header)]
    for brin, name, town, leerweg, niveau, crebo, programme, sector, group, counts in (
        data if data is not None else rows(years, bump=bump)
    ):
        cells = [brin, name, "roc", town, leerweg, str(niveau), crebo, programme, sector, group]
        cells = [f'"{cell}"' if delimiter in cell else cell for cell in cells]
        for year in years:
            men, women = counts.get(year, (-1, -1))
            cells += [str(men), str(women)]
        lines.append(delimiter.join(cells))
    text = "\r\n".join(lines) + "\r\n"
    encoded = text.encode(encoding)
    return (b"\xef\xbb\xbf" + encoded) if bom else encoded
