"""Server-rendered SVG bar charts: geometry only; the template draws it with presentation
attributes (no inline style, no script) and every chart is followed by a table of its data."""

from __future__ import annotations

from dataclasses import dataclass, field

COLOURS = ("#5b2a86", "#0b6e4f", "#6b6b78")  # each at least 3:1 against white
LABEL_WIDTH = 210
BAR_AREA = 380
BAR_HEIGHT = 14
ROW_GAP = 14
TOP = 34


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    fill: str
    value_x: int
    value_y: int
    text: str


@dataclass(frozen=True)
class Label:
    x: int
    y: int
    text: str


@dataclass
class Chart:
    title: str
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    legend: list[tuple[Label, str]] = field(default_factory=list)
    grid: list[tuple[int, int]] = field(default_factory=list)  # x, value
    axis_bottom: int = 0


def bar_chart(
    title: str,
    categories: list[str],
    series: list[tuple[str, list[float | None]]],
    maximum: float = 100,
) -> Chart:
    """Horizontal bars: one row per category, one bar per series (``None`` leaves a gap)."""
    per_row = len(series) * BAR_HEIGHT + ROW_GAP
    height = TOP + per_row * len(categories) + 24
    width = LABEL_WIDTH + BAR_AREA + 60
    chart = Chart(title=title, width=width, height=height, axis_bottom=height - 20)
    for index, (name, _values) in enumerate(series):
        x = LABEL_WIDTH + index * 150
        chart.legend.append((Label(x + 18, 14, name), COLOURS[index % len(COLOURS)]))
    for tick in (0, 25, 50, 75, 100):
        chart.grid.append((LABEL_WIDTH + round(BAR_AREA * tick / maximum), tick))
    for row, category in enumerate(categories):
        top = TOP + row * per_row
        label = category if len(category) <= 30 else category[:29] + "…"
        chart.labels.append(Label(LABEL_WIDTH - 8, top + per_row // 2, label))
        for index, (_name, values) in enumerate(series):
            value = values[row]
            if value is None:
                continue
            y = top + index * BAR_HEIGHT
            width_px = max(1, round(BAR_AREA * min(value, maximum) / maximum))
            chart.bars.append(
                Bar(
                    LABEL_WIDTH,
                    y,
                    width_px,
                    BAR_HEIGHT - 2,
                    COLOURS[index % len(COLOURS)],
                    LABEL_WIDTH + width_px + 4,
                    y + BAR_HEIGHT - 4,
                    f"{value:g}",
                )
            )
    return chart
