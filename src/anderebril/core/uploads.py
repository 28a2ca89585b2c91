"""An upload handler that keeps files in memory and refuses anything above a limit.

Django's default handlers write uploads above ``FILE_UPLOAD_MAX_MEMORY_SIZE`` to a temporary
file. Texts scanned on the public taalscan page and figures uploaded to the genderscan must
never touch the disk, so those views swap in this handler. A file above the limit is skipped:
its bytes are read and thrown away, the other form fields still arrive, and the handler
remembers the name so the form can say so in plain Dutch.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest


class BoundedMemoryUploadHandler(FileUploadHandler):
    """Keep every uploaded file in memory, up to ``limit`` bytes each."""

    def __init__(self, request: HttpRequest | None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        #: Field names of files that were larger than ``limit`` and therefore dropped.
        self.too_large: list[str] = []
        self._buffer: BytesIO | None = None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self._buffer = BytesIO()

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        assert self._buffer is not None
        if start + len(raw_data) > self.limit:
            self.too_large.append(self.field_name)
            self._buffer = None
            raise SkipFile
        self._buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile | None:
        if self._buffer is None:
            return None
        self._buffer.seek(0)
        uploaded = InMemoryUploadedFile(
            file=self._buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
        self._buffer = None
        return uploaded
