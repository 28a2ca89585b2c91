from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from anderebril.bpv.constants import Status
from anderebril.bpv.models import Signal
from anderebril.bpv.services import signal_for_receipt
from anderebril.core.demo import load_demo_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _demo_mode(settings: pytest.FixtureRequest) -> None:
    settings.DEMO_MODE = True  # type: ignore[attr-defined]


def test_the_demo_signals_load_once_with_history(capsys: pytest.CaptureFixture[str]) -> None:
    load_demo_data()
    call_command("load_bpv_demo")
    call_command("load_bpv_demo")
    output = capsys.readouterr().out
    assert "6 fictieve" in output and "0 fictieve" in output
    assert Signal.objects.count() == 6
    demo = signal_for_receipt("demoa-bpv01")
    assert demo is not None and demo.status == Status.IN_PROGRESS
    assert demo.changes.count() == 1 and demo.notes.count() == 1


def test_without_the_demo_school_the_command_says_what_to_do() -> None:
    with pytest.raises(CommandError, match="load_demo"):
        call_command("load_bpv_demo")


def test_outside_demo_mode_nothing_is_loaded(settings: pytest.FixtureRequest) -> None:
    load_demo_data()
    settings.DEMO_MODE = False  # type: ignore[attr-defined]
    with pytest.raises(CommandError, match="ANDEREBRIL_DEMO"):
        call_command("load_bpv_demo")
    assert not Signal.objects.exists()
