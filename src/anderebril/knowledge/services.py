"""What other apps may ask of the kennisbank. Import this module, not the models.

``search(query)`` is the single search interface. It uses PostgreSQL's Dutch text search
(stemmed words used as prefixes: *vrouwen* finds *vrouw*, *meisje* finds *meisjes*) when the
database is PostgreSQL, and the SQLite FTS5 index of migration 0002 otherwise (prefix matching,
no stemming). Both return the same thing: a list of published items, best match first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.text import slugify

from anderebril.knowledge import tags
from anderebril.knowledge.constants import SEARCH_RESULTS_LIMIT, ItemKind, Theme
from anderebril.knowledge.models import Item

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_WORDS = 12


def published() -> QuerySet[Item]:
    return Item.objects.filter(published=True).select_related("event")


def filtered(
    items: QuerySet[Item], *, kind: str = "", theme: str = "", audience: str = ""
) -> QuerySet[Item]:
    if kind:
        items = items.filter(kind=kind)
    if theme:
        items = items.filter(theme=theme)
    if audience:
        items = items.filter(audiences__contains=tags.needle(audience))
    return items


def search(
    query: str,
    *,
    kind: str = "",
    theme: str = "",
    audience: str = "",
    limit: int = SEARCH_RESULTS_LIMIT,
) -> list[Item]:
    """Published items matching ``query`` (all words), best match first."""
    words = _WORD.findall(query.lower())[:MAX_QUERY_WORDS]
    items = filtered(published(), kind=kind, theme=theme, audience=audience)
    if not words:
        return _listing(items, limit)
    if connection.vendor == "postgresql":
        return _search_postgresql(items, words, limit)
    if connection.vendor == "sqlite":
        return _search_sqlite(items, words, limit)
    return _search_plain(items, words, limit)


def _listing(items: QuerySet[Item], limit: int) -> list[Item]:
    """What a search without words shows: the newest items."""
    return list(items.order_by("-created_at", "id")[:limit])


def _ids_in_order(items: QuerySet[Item], ranked: list[int]) -> list[Item]:
    by_id = {item.pk: item for item in items.filter(pk__in=ranked)}
    return [by_id[pk] for pk in ranked if pk in by_id]


def _candidates(items: QuerySet[Item]) -> tuple[str, tuple[Any, ...]]:
    """The SQL (and parameters) of the ids that pass the filters, to use as a subquery."""
    sql, params = items.order_by().values("pk").query.sql_with_params()
    return sql, tuple(params)


def _search_postgresql(items: QuerySet[Item], words: list[str], limit: int) -> list[Item]:
    # Stemmed and used as a prefix, like on SQLite: the Dutch stemmer keeps "meisjes" whole.
    # Words are \w+ only, so nothing in them is tsquery syntax. The stored, indexed
    # ``search_document`` column comes from migration 0003.
    raw = " & ".join(f"{word}:*" for word in words)
    candidates, params = _candidates(items)
    with connection.cursor() as cursor:
        # Only Dutch stop words ("de", "het en"): the query has no words left and would match
        # nothing, where SQLite (no stop words) finds them. Such a search lists, as one without
        # words does.
        cursor.execute("SELECT numnode(to_tsquery('dutch', %s))", (raw,))
        if cursor.fetchone()[0] == 0:
            return _listing(items, limit)
        cursor.execute(
            "SELECT id FROM knowledge_item, to_tsquery('dutch', %s) AS query "
            "WHERE search_document @@ query AND id IN (" + candidates + ") "
            "ORDER BY ts_rank(search_document, query) DESC, id LIMIT %s",
            (raw, *params, limit),
        )
        ranked = [row[0] for row in cursor.fetchall()]
    return _ids_in_order(items, ranked)


def _search_sqlite(items: QuerySet[Item], words: list[str], limit: int) -> list[Item]:
    # Every word quoted (no FTS5 syntax from the visitor) and used as a prefix. The filters
    # and the limit are part of the query, so only ``limit`` rows come back.
    match = " ".join(f'"{word}"*' for word in words)
    candidates, params = _candidates(items)
    with connection.cursor() as cursor:
        # A join, not ``rowid IN (…)`` on the FTS table: SQLite hands such a constraint to
        # FTS5, which then answers it row by row (seconds instead of milliseconds).
        cursor.execute(
            "SELECT knowledge_item.id FROM knowledge_item_fts "
            "JOIN knowledge_item ON knowledge_item.id = knowledge_item_fts.rowid "
            "WHERE knowledge_item_fts MATCH %s AND knowledge_item.id IN (" + candidates + ") "
            "ORDER BY bm25(knowledge_item_fts, 10.0, 4.0, 1.0, 1.0), knowledge_item.id LIMIT %s",
            (match, *params, limit),
        )
        ranked = [row[0] for row in cursor.fetchall()]
    return _ids_in_order(items, ranked)


def _search_plain(items: QuerySet[Item], words: list[str], limit: int) -> list[Item]:
    for word in words:
        items = items.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
        )
    return list(items[:limit])


def items_for_event(event: Any) -> QuerySet[Item]:
    return published().filter(event=event).order_by("theme", "id")


def takeaways_by_theme(event: Any) -> list[tuple[str, list[Item]]]:
    """The take-aways of an event grouped by theme, in the order of the themes."""
    items = list(items_for_event(event).filter(kind=ItemKind.TAKEAWAY))
    return [
        (str(label), [item for item in items if item.theme == value])
        for value, label in Theme.choices
        if any(item.theme == value for item in items)
    ]


def links_for_event(event: Any) -> list[Item]:
    return list(items_for_event(event).exclude(kind=ItemKind.TAKEAWAY).exclude(url=""))


def unique_slug(title: str) -> str:
    base = slugify(title)[:90] or "item"
    slug, counter = base, 2
    while Item.objects.filter(slug=slug).exists():
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def create_item(
    *,
    title: str,
    kind: str,
    theme: str,
    summary: str,
    audiences: Iterable[str] = (),
    body: str = "",
    url: str = "",
    source: str = "",
    event: Any = None,
    created_by: Any = None,
) -> Item:
    return Item.objects.create(
        title=title,
        slug=unique_slug(title),
        kind=ItemKind(kind),
        theme=Theme(theme),
        audiences=tags.encode(audiences),
        summary=summary,
        body=body,
        url=url,
        source=source,
        event=event,
        created_by=created_by,
    )


def items_by(user: Any) -> list[dict[str, Any]]:
    """For the personal-data download: what a user added to the kennisbank."""
    return [
        {"titel": item.title, "toegevoegd": item.created_at.isoformat()}
        for item in Item.objects.filter(created_by=user)
    ]
