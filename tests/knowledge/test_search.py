"""One search interface: PostgreSQL Dutch text search or SQLite FTS5, the same results shape."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client

from anderebril.knowledge import seed, services
from anderebril.knowledge.models import Item


@pytest.fixture
def items(db: None) -> list[Item]:
    return [
        services.create_item(
            title="Meisjes kiezen vaker techniek met een rolmodel", kind="practice",
            theme="recruitment", audiences=["vmbo"],
            summary="Een vrouwelijke vakkracht in de klas.",
        ),
        services.create_item(
            title="Werkkleding die past", kind="takeaway", theme="workplace",
            audiences=["employers"], summary="Zorg voor werkkleding en toiletten voor vrouwen.",
        ),
    ]  # fmt: skip


@pytest.mark.django_db
def test_a_word_finds_its_dutch_inflections(items: list[Item]) -> None:
    assert [i.title for i in services.search("meisje")] == [items[0].title]
    assert [i.title for i in services.search("werkkleding vrouwen")] == [items[1].title]
    assert services.search("fietsenmaker") == []


@pytest.mark.django_db
def test_results_are_items_ranked_and_filtered_by_theme_audience_and_kind(
    items: list[Item],
) -> None:
    results = services.search("vrouwen")  # in one summary and ...
    assert all(isinstance(item, Item) for item in results)
    assert services.search("", theme="workplace") == [items[1]]
    assert services.search("", audience="vmbo") == [items[0]]
    assert services.search("", kind="practice") == [items[0]]
    assert services.search("werkkleding", audience="vmbo") == []


@pytest.mark.django_db
def test_the_index_follows_changes_and_deletions(items: list[Item]) -> None:
    item = items[1]
    item.title = "Overalls op maat"
    item.summary = "Pasvorm telt."
    item.save()
    assert services.search("werkkleding") == []
    assert services.search("overalls") == [item]
    item.delete()
    assert services.search("overalls") == []
    item = Item.objects.get()
    item.published = False
    item.save()
    assert services.search("meisjes") == []


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', "AND OR NOT", "NEAR(a b)", "*", "techniek'); --", "é"])
def test_search_syntax_from_visitors_never_breaks_the_search(items: list[Item], query: str) -> None:
    assert isinstance(services.search(query), list)


@pytest.mark.django_db
def test_the_search_uses_the_database_it_runs_on(items: list[Item]) -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM knowledge_item_fts")
            assert cursor.fetchone()[0] == 2
    else:
        assert connection.vendor == "postgresql"
        assert services.search("kiezen") == [items[0]]  # "kiezen" stems to "kiez"


@pytest.mark.django_db
def test_the_seed_content_loads_once_and_names_its_source() -> None:
    call_command("load_knowledge", verbosity=0)
    call_command("load_knowledge", verbosity=0)
    assert Item.objects.count() == len(seed.ALL) == 34
    assert all("Programmaverslag" in item.source for item in Item.objects.all())
    assert Item.objects.filter(kind="takeaway").count() == 25
    assert Item.objects.exclude(url="").count() == 9
    assert {i.event.slug for i in Item.objects.all() if i.event} == {seed.EVENT_SLUG}
    assert services.search("vooroordelen")[0].slug == "bewust-van-onbewuste-vooroordelen"


def test_the_search_page_and_an_item_page(client: Client, items: list[Item]) -> None:
    page = client.get("/kennisbank/?q=meisje").content.decode()
    assert items[0].title in page and items[1].title not in page
    assert "1 resultaat" in page
    detail = client.get(items[0].get_absolute_url()).content.decode()
    assert "Werving en voorlichting" in detail and "Vmbo" in detail
    assert client.get("/kennisbank/?thema=onzin").status_code == 200


@pytest.mark.django_db
def test_a_search_of_only_stop_words_still_finds_items_on_every_database(
    items: list[Item],
) -> None:
    # PostgreSQL drops Dutch stop words and would match nothing; SQLite keeps them.
    assert items[0] in services.search("de")  # "in de klas" on SQLite; the listing on PostgreSQL
    assert services.search("de", theme="workplace") in ([], [items[1]])  # filters still apply
    assert services.search("De", audience="vmbo") == [items[0]]


@pytest.mark.django_db
def test_the_triggers_that_keep_the_sqlite_index_in_step_exist() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL searches a stored column; there are no triggers to check")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'knowledge_item'"
        )
        triggers = {row[0] for row in cursor.fetchall()}
    assert triggers == {
        "knowledge_item_fts_insert", "knowledge_item_fts_delete", "knowledge_item_fts_update",
    }  # fmt: skip
