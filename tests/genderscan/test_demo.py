from __future__ import annotations

from anderebril.genderscan.demo import load_genderscan_demo
from anderebril.genderscan.models import ScanRound
from anderebril.organisations.constants import Kind
from anderebril.organisations.models import Organisation


def test_the_demo_has_six_or_more_schools_with_two_closed_rounds_each(db: None) -> None:
    load_genderscan_demo()
    schools = Organisation.objects.filter(
        kind=Kind.MBO_SCHOOL, genderscan_rounds__isnull=False
    ).distinct()
    assert schools.count() >= 6
    for school in schools:
        assert school.genderscan_rounds.filter(status="closed").count() >= 2
    assert load_genderscan_demo() == {"organisations": 0, "rounds": 0}
    assert ScanRound.objects.filter(organisation__kind=Kind.COMPANY).exists()
