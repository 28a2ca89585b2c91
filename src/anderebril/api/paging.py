"""Pages of a list in the API: ``?page=2&per_page=50``, with the addresses of the neighbours."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import HttpRequest
from ninja import Query, Schema
from pydantic import Field

#: Items per page unless the client asks otherwise, and the most it may ask for.
PER_PAGE = 20
MAX_PER_PAGE = 100
#: Pages beyond this are refused: a huge offset would only burden the database.
MAX_PAGE = 10_000

M = TypeVar("M", bound=Model)


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Paginanummer, vanaf 1.")
    per_page: int = Field(
        PER_PAGE, ge=1, le=MAX_PER_PAGE, description=f"Per pagina, hoogstens {MAX_PER_PAGE}."
    )


PageParams = Query[PageQuery]


def page_of(
    request: HttpRequest, queryset: QuerySet[M], query: PageQuery
) -> tuple[list[M], dict[str, Any]]:
    """The items of the asked page and its paging fields; past the last page there are none."""
    count = queryset.count()
    start = (query.page - 1) * query.per_page
    items = list(queryset[start : start + query.per_page]) if start < count else []
    pages = max((count + query.per_page - 1) // query.per_page, 1)
    return items, {
        "count": count,
        "page": query.page,
        "per_page": query.per_page,
        "pages": pages,
        "next": _link(request, query.page + 1) if query.page < pages else None,
        "previous": _link(request, min(query.page - 1, pages)) if query.page > 1 else None,
    }


def _link(request: HttpRequest, page: int) -> str:
    params = request.GET.copy()
    params["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
