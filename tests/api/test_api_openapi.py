"""The OpenAPI document is served and valid, there is no docs page that loads a CDN, and fuzzing
finds no 5xx, without a token and with one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema_rs
import pytest
import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation.case import Case

from anderebril.api.endpoints import api
from anderebril.api.services import NewToken, create_token
from anderebril.organisations.models import Organisation
from anderebril.taalscan.batches import create_batch
from anderebril.taalscan.saved import save_scan
from anderebril.taalscan.services import scan_submission

OPENAPI_URL = "/api/v1/openapi.json"


def test_the_openapi_document_is_served_and_valid(client: Client) -> None:
    response = client.get(OPENAPI_URL)

    assert response.status_code == 200
    document = response.json()
    schemathesis.openapi.from_dict(document).validate()  # raises on an invalid document
    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    assert set(paths) == {
        "/api/v1/scan",
        "/api/v1/scan/file",
        "/api/v1/batches",
        "/api/v1/batches/{batch_id}",
        "/api/v1/batches/{batch_id}/results",
        "/api/v1/scans",
        "/api/v1/scans/{scan_id}",
    }
    assert set(paths["/api/v1/batches"]) == {"get", "post"}
    assert set(paths["/api/v1/scans"]) == {"get", "post"}
    assert document["components"]["securitySchemes"]["ApiTokenAuth"]["scheme"] == "bearer"
    # The token is optional for scanning: anonymous use is allowed, within the anonymous rate.
    assert {} in paths["/api/v1/scan"]["post"]["security"]
    # An organisation's batches and scans need one.
    assert paths["/api/v1/batches"]["post"]["security"] == [{"ApiTokenAuth": []}]
    assert paths["/api/v1/scans/{scan_id}"]["get"]["security"] == [{"ApiTokenAuth": []}]


def test_a_broken_openapi_document_would_be_noticed(client: Client) -> None:
    document = client.get(OPENAPI_URL).json()
    document["paths"]["/api/v1/scan"]["post"]["responses"] = "geen antwoorden"

    with pytest.raises(jsonschema_rs.ValidationError):
        schemathesis.openapi.from_dict(document).validate()


def test_there_is_no_docs_page_that_would_load_swagger_from_a_cdn(client: Client) -> None:
    assert client.get("/api/v1/docs").status_code == 404
    assert "swagger" not in client.get("/api/v1/").content.decode().lower()


# The document as the view serves it, built at collection time (no request, no database);
# the generated requests go through the whole WSGI stack, middleware included.
schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_params={}))
schema.app = get_wsgi_application()


@pytest.fixture
def _open_to_fuzzing(db: None, settings: Any) -> Iterator[None]:
    settings.ALLOWED_HOSTS = ["*"]
    settings.ANDEREBRIL_API_ANON_RATE = "100000/m"
    # The requests go through the real WSGI handler, whose request signals close "old"
    # connections: on PostgreSQL that would close the test's own connection, inside its
    # transaction. Django's test client leaves them out in the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.usefixtures("_open_to_fuzzing")
@schema.parametrize()
@hypothesis_settings(
    max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
def test_generated_requests_never_get_a_server_error(case: Case) -> None:
    response = case.call()

    case.validate_response(response, checks=[not_a_server_error])


@pytest.fixture
def fuzz_token(school: Organisation, settings: Any) -> NewToken:
    """A token of Alice's school with a batch and a saved scan, so ids 1 and up can exist."""
    settings.ANDEREBRIL_API_TOKEN_RATE = "100000/m"
    create_batch(school, None, [("a.txt", b"Een vakman.")])
    result = scan_submission(text="Een vakman.", document=None, strategy="direct", language="nl")
    save_scan(organisation=school, user=None, result=result, text="Een vakman.")
    return create_token(organisation=school, name="Fuzzing", created_by=None)


@pytest.mark.usefixtures("_open_to_fuzzing")
@schema.parametrize()
@hypothesis_settings(
    max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
def test_generated_requests_with_a_token_never_get_a_server_error(
    case: Case, fuzz_token: NewToken
) -> None:
    response = case.call(headers={"Authorization": f"Bearer {fuzz_token.secret}"})

    case.validate_response(response, checks=[not_a_server_error])
    # Schemathesis also leaves the header out on purpose; a token that was sent is accepted.
    if "Authorization" in response.request.headers:
        assert response.status_code != 401, response.text


SUFFIXES = (".txt", ".md", ".html", ".docx", ".odt", ".pdf")


@pytest.mark.usefixtures("_open_to_fuzzing")
@given(content=st.binary(max_size=2048), suffix=st.sampled_from(SUFFIXES))
@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None
)
def test_random_bytes_under_every_supported_name_never_get_a_server_error(
    content: bytes, suffix: str
) -> None:
    """Schemathesis names a file part after its field (``file``), which only ever reaches the
    415; this sends random bytes as each supported kind, so the readers are fuzzed too."""
    upload = SimpleUploadedFile(f"fuzz{suffix}", content)

    response = Client().post("/api/v1/scan/file", {"file": upload})

    assert response.status_code in (200, 422), response.content
