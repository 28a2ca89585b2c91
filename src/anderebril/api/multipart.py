"""Reading a multipart upload of the API in memory, with the limits of the taalscan pages."""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from ninja.errors import HttpError

from anderebril.core.uploads import BoundedMemoryUploadHandler

#: Room for the form fields and multipart boundaries next to the files themselves.
MULTIPART_OVERHEAD = 64 * 1024


def read_multipart(
    request: HttpRequest, handler: BoundedMemoryUploadHandler, *, limit: int, too_large: str
) -> tuple[QueryDict, MultiValueDict[str, object]]:
    """The fields and files of a multipart/form-data body, read by ``handler`` (in memory).

    Raises ``HttpError`` with a Dutch message: 415 for another content type, 413 when the body
    announces more than ``limit`` (plus room for the fields) before anything is read, 400 for a
    body that is not valid multipart/form-data.
    """
    content_type = request.META.get("CONTENT_TYPE", "")
    if not content_type.startswith("multipart/form-data"):
        raise HttpError(415, _("Stuur de bestanden als multipart/form-data."))
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > limit + MULTIPART_OVERHEAD:
        raise HttpError(413, too_large)
    # Set before the body is read: files stay in memory and above their limit are dropped.
    request.upload_handlers = [handler]
    try:
        return request.POST, request.FILES  # type: ignore[return-value]
    except RequestDataTooBig as error:
        raise HttpError(413, too_large) from error
    except (MultiPartParserError, TooManyFieldsSent, TooManyFilesSent) as error:
        raise HttpError(400, _("Het verzoek is geen geldige multipart/form-data.")) from error
