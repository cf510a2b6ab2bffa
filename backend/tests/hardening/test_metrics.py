"""`GET /metrics`: Prometheus text with requests by route, plans built, LLM latency, fallbacks."""

import re

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.api.chat import get_llm
from app.config import settings
from app.llm.client import LLMClient, LLMConfig
from app.main import app
from tests.factories import onboard
from tests.llm.fake_openai import scripted_server


def _value(text: str, sample: str) -> float:
    """The value of one sample line (0 when it is not there yet)."""
    match = re.search(rf"^{re.escape(sample)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_counts_requests_by_route_template_and_plans_built(client: TestClient) -> None:
    _, headers = onboard(client)
    plans = 'coachx_plans_built_total{sport="running"}'
    route = 'coachx_http_requests_total{method="GET",route="/api/v1/plans/{plan_id}",status="404"}'
    before = client.get("/metrics").text
    client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=headers)
    client.get("/api/v1/plans/999999", headers=headers)
    after = client.get("/metrics")
    assert after.headers["content-type"].startswith("text/plain")
    assert _value(after.text, plans) == _value(before, plans) + 1
    assert _value(after.text, route) == _value(before, route) + 1
    assert "/api/v1/plans/999999" not in after.text


def test_llm_latency_and_fallbacks_are_counted(client: TestClient) -> None:
    _, headers = onboard(client)
    with scripted_server("500", "500") as server:
        config = LLMConfig(
            base_url=server.base_url, api_key="k", model="m", timeout_s=0.5, max_retries=1
        )
        llm = LLMClient(config)
        app.dependency_overrides[get_llm] = lambda: llm
        before = client.get("/metrics").text
        sent = client.post(
            "/api/v1/chat/messages", json={"message": "how should I warm up?"}, headers=headers
        )
        assert sent.status_code == 201
    after = client.get("/metrics").text
    fallbacks = "coachx_chat_fallbacks_total"
    failed = 'coachx_llm_request_duration_seconds_count{outcome="failed"}'
    assert _value(after, fallbacks) == _value(before, fallbacks) + 1
    assert _value(after, failed) == _value(before, failed) + 1


def test_metrics_token_when_set(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "METRICS_TOKEN", SecretStr("scrape-me"))
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    right = client.get("/metrics", headers={"Authorization": "Bearer scrape-me"})
    assert right.status_code == 200
