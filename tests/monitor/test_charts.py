"""Charts: hidden values break the line instead of being drawn as 0."""

from __future__ import annotations

from anderebril.monitor.charts import bar_chart, line_chart


def test_a_hidden_value_breaks_the_line() -> None:
    chart = line_chart("k", "t", "d", [2021, 2022, 2023, 2024], [("a", [0.1, None, 0.2, 0.3])])
    (series,) = chart.series
    assert len(series.points) == 3
    assert len(series.segments) == 1  # 2023–2024; 2021 stands alone as a marker
    assert chart.y_ticks[-1].label == "30%"


def test_bars_without_a_value_have_no_length_and_a_dash() -> None:
    chart = bar_chart("k", "t", "d", [("Techniek", 0.08), ("Klein", None)])
    assert chart.bars[1].width == 0
    assert chart.bars[1].value_label == "—"
    assert chart.bars[0].value_label == "8,0%"
