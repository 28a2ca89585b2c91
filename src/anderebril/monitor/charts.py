"""Server-drawn SVG charts: coordinates here, markup in templates/monitor/_line_chart.html and
_bar_chart.html. No JavaScript and no inline ``style``: colours are SVG presentation attributes.

Series differ by colour *and* by dash pattern and marker shape, so colour is never the only cue.
Each chart is ``role="img"`` with a title and description; the data table beside it carries the
exact figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from anderebril.monitor.display import format_percent

# Colours with at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
PALETTE = ("#5b2a86", "#0b6e4f", "#b3261e", "#1f5fa8", "#8a4b00")
DASHES = ("", "8 4", "2 4", "12 4 2 4", "4 4")
MARKERS = ("circle", "square", "diamond", "circle", "square")


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str


@dataclass
class Series:
    name: str
    colour: str
    dash: str
    marker: str
    points: list[Point] = field(default_factory=list)
    #: Polyline segments; a hidden or unknown value breaks the line.
    segments: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass
class LineChart:
    key: str
    title: str
    description: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]


@dataclass(frozen=True)
class Bar:
    label: str
    y: float
    width: float
    value_label: str
    text_y: float
    value_x: float


@dataclass
class BarChart:
    key: str
    title: str
    description: str
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: list[Bar]
    x_ticks: list[Tick]
    colour: str = PALETTE[0]

    @property
    def plot_right(self) -> int:
        return self.width - 60

    @property
    def axis_bottom(self) -> float:
        return self.height - 24


def _axis(values: list[float]) -> tuple[float, float]:
    """A tidy axis maximum and step (fractions between 0 and 1) for the largest value."""
    largest = max(values, default=0.0)
    step = 0.05 if largest <= 0.3 else 0.1
    top = max(1, math.ceil(largest / step - 1e-9)) * step
    return min(1.0, top), step


def line_chart(
    key: str,
    title: str,
    description: str,
    years: list[int],
    series: list[tuple[str, list[float | None]]],
) -> LineChart:
    width, height, left, right, top, bottom = 640, 280, 56, 620, 16, 244
    values = [value for _name, points in series for value in points if value is not None]
    maximum, step = _axis(values)
    count = round(maximum / step)
    y_ticks = [
        Tick(round(bottom - (bottom - top) * (i * step) / maximum, 1), format_percent(i * step, 0))
        for i in range(count + 1)
    ]
    span = max(len(years) - 1, 1)

    def x_of(index: int) -> float:
        if len(years) == 1:
            return (left + right) / 2
        return left + 24 + (right - left - 48) * index / span

    x_ticks = [Tick(round(x_of(index), 1), str(year)) for index, year in enumerate(years)]
    drawn: list[Series] = []
    for number, (name, points) in enumerate(series):
        style = number % len(PALETTE)
        line = Series(name, PALETTE[style], DASHES[style], MARKERS[style])
        segment: list[str] = []
        for index, value in enumerate(points):
            if value is None:
                if len(segment) > 1:
                    line.segments.append(" ".join(segment))
                segment = []
                continue
            x = x_of(index)
            y = bottom - (bottom - top) * value / maximum
            line.points.append(Point(round(x, 1), round(y, 1), format_percent(value)))
            segment.append(f"{x:.1f},{y:.1f}")
        if len(segment) > 1:
            line.segments.append(" ".join(segment))
        drawn.append(line)
    return LineChart(
        key, title, description, width, height, left, right, top, bottom, drawn, x_ticks, y_ticks
    )


def bar_chart(
    key: str, title: str, description: str, items: list[tuple[str, float | None]]
) -> BarChart:
    width, label_width, bar_height, gap = 720, 300, 18, 10
    height = 16 + len(items) * (bar_height + gap) + 32
    maximum, _step = _axis([value for _label, value in items if value is not None])
    plot = width - 60 - label_width
    bars = []
    for index, (label, value) in enumerate(items):
        y = 16 + index * (bar_height + gap)
        bar_width = 0.0 if value is None else plot * value / maximum
        value_label = "—" if value is None else format_percent(value)
        bars.append(
            Bar(
                label if len(label) <= 42 else label[:40] + "…",
                y,
                round(bar_width, 1),
                value_label,
                y + bar_height - 4,
                round(label_width + bar_width + 6, 1),
            )
        )
    x_ticks = [
        Tick(round(label_width + plot * i / 4, 1), format_percent(maximum * i / 4, 0))
        for i in range(5)
    ]
    return BarChart(key, title, description, width, height, label_width, bar_height, bars, x_ticks)
