"""The seed's endpoints, the offline docs, readiness, CORS and HTTP-level bad input."""

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from app.config import settings
from app.database.connection import get_engine
from app.main import app


def test_health_says_healthy(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "healthy"}


def test_root_is_the_seed_welcome(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {
        "message": "Welcome to CoachX API",
        "version": settings.APP_VERSION,
        "docs": "/docs",
    }


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_the_app(client: TestClient, page: str) -> None:
    html = client.get(page).text
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    scripts_and_styles = [a for a in assets if a.endswith((".js", ".css"))]
    assert scripts_and_styles, f"{page} references no script or stylesheet"
    for asset in assets:
        assert asset.startswith("/"), f"{page} loads {asset} from another host"
        assert client.get(asset).status_code == 200, asset
    assert "fonts.googleapis" not in html


def test_openapi_document_is_served(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["info"]["title"] == settings.APP_NAME
    assert "/health" in document["paths"]


def test_ready_when_database_answers(client: TestClient) -> None:
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "database": "ok"}


def test_not_ready_when_database_is_unreachable(client: TestClient) -> None:
    unreachable = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}
    )
    app.dependency_overrides[get_engine] = lambda: unreachable
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


@pytest.mark.parametrize("origin", ["http://localhost:3000", "http://127.0.0.1:3000"])
def test_cors_admits_the_front_end_with_credentials(client: TestClient, origin: str) -> None:
    response = client.options(
        "/health",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == origin
    assert response.headers["access-control-allow-credentials"] == "true"
    simple = client.get("/health", headers={"Origin": origin})
    assert simple.headers["access-control-allow-origin"] == origin


def test_cors_refuses_other_origins(client: TestClient) -> None:
    preflight = client.options(
        "/health",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 400
    assert "access-control-allow-origin" not in preflight.headers
    simple = client.get("/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_unknown_route_is_404(client: TestClient) -> None:
    response = client.get("/no/such/route")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_wrong_method_is_405(client: TestClient) -> None:
    response = client.delete("/health")
    assert response.status_code == 405
    assert response.json() == {"detail": "Method Not Allowed"}
