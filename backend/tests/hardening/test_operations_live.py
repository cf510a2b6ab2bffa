"""The server as an operator runs it: no secret in any log line, a graceful stop, many workers."""

import json
import os
import re
import secrets
import signal
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.factories import profile
from tests.integration.server import Server, server_process
from tests.llm.fake_openai import scripted_server

pytestmark = pytest.mark.integration


def _secret_traffic(base: str) -> tuple[list[str], str]:
    """Requests carrying a password, a token, a message and search text; returns them all."""
    password, message, query = (f"{kind}-{secrets.token_hex(6)}" for kind in ("pw", "msg", "q"))
    body = profile(password=password)
    token = httpx.post(f"{base}/api/v1/users", json=body, timeout=30).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}", "X-Request-ID": "trace-me-1"}
    login = {"username": body["email"], "password": password}
    assert httpx.post(f"{base}/api/v1/auth/token", data=login, timeout=30).status_code == 200
    wrong = {"username": body["email"], "password": password + "x"}
    assert httpx.post(f"{base}/api/v1/auth/token", data=wrong, timeout=30).status_code == 401
    sent = httpx.post(f"{base}/api/v1/chat/messages", json={"message": message}, headers=auth)
    assert sent.status_code == 201
    assert httpx.get(f"{base}/api/v1/knowledge/search", params={"q": query}).status_code == 200
    # What a form without a method would have sent, before the fix.
    httpx.get(f"{base}/app/login", params={"email": body["email"], "password": password})
    httpx.post(f"{base}/app/session/login", json={"email": body["email"], "password": password})
    return [password, message, query, token, token.split(".")[2]], sent.headers["x-request-id"]


def test_no_secret_reaches_any_log_line(tmp_path: Path) -> None:
    extra = {"LOG_FORMAT": "json", "LOG_LEVEL": "DEBUG"}
    with server_process(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'l.db'}", **extra) as s:
        secrets_sent, request_id = _secret_traffic(s.base)
    output = s.output()
    for secret in secrets_sent:
        assert secret not in output
    lines = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert len(lines) > 10
    assert request_id == "trace-me-1"
    traced = [line for line in lines if line["request_id"] == request_id]
    assert any(line["logger"] == "app.access" for line in traced)
    assert all(
        line["message"].split()[1].startswith(("/", "unmatched", "static"))
        for line in lines
        if line["logger"] == "app.access"
    )


def _wait_for(condition, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    """Poll `condition` until it holds (bounded; measures nothing)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_sigterm_answers_the_request_in_flight_then_exits(tmp_path: Path) -> None:
    database = tmp_path / "stop.db"
    with (
        scripted_server("hang") as model,
        server_process(
            tmp_path,
            DATABASE_URL=f"sqlite:///{database}",
            LLM_PROVIDER="openai",
            LLM_BASE_URL=model.base_url,
            LLM_TIMEOUT_S="30",
        ) as server,
    ):
        token = httpx.post(f"{server.base}/api/v1/users", json=profile()).json()["access_token"]
        question = {"message": "how should I pace my long run?"}
        with ThreadPoolExecutor(max_workers=1) as pool:
            reply = pool.submit(
                httpx.post,
                f"{server.base}/api/v1/chat/messages",
                json=question,
                headers={"Authorization": f"Bearer {token}"},
                timeout=60,
            )
            _wait_for(lambda: len(model.requests) > 0)
            server.process.send_signal(signal.SIGTERM)
            model.released.set()
            answer = reply.result()
        assert answer.status_code == 201
        assert server.process.wait(timeout=30) in {0, -signal.SIGTERM}
    with sqlite3.connect(database) as stored:
        roles = [r for (r,) in stored.execute("SELECT role FROM chat_messages ORDER BY id")]
    assert roles == ["user", "assistant"]


def _workers(server: Server) -> set[int]:
    """The worker processes that have started so far, from the server's own log."""
    found = re.findall(r"Started server process \[(\d+)\]", server.output())
    return {int(pid) for pid in found}


def test_several_workers_share_the_key_and_replace_a_dead_one(tmp_path: Path) -> None:
    # No SECRET_KEY: the workers must agree on the development key file.
    extra = {"WORKERS": "2", "DATABASE_URL": os.environ["DATABASE_URL"], "SECRET_KEY": ""}
    with server_process(tmp_path, **extra) as server:
        _wait_for(lambda: len(_workers(server)) >= 2)
        workers = _workers(server)
        tokens = [
            httpx.post(f"{server.base}/api/v1/users", json=profile()).json()["access_token"]
            for _ in range(6)
        ]
        for token in tokens:  # whichever worker answers, it knows the key that signed it
            me = httpx.get(f"{server.base}/api/v1/me", headers={"Authorization": f"Bearer {token}"})
            assert me.status_code == 200
        os.kill(next(iter(workers)), signal.SIGKILL)
        _wait_for(lambda: len(_workers(server) - workers) >= 1)
        assert all(httpx.get(f"{server.base}/health").status_code == 200 for _ in range(10))
        metrics = httpx.get(f"{server.base}/metrics").text
        assert (
            'coachx_http_requests_total{method="POST",route="/api/v1/users",status="201"} 6.0'
            in metrics
        )
        server.process.send_signal(signal.SIGTERM)
        assert server.process.wait(timeout=30) in {0, -signal.SIGTERM}
    assert len(list(tmp_path.glob(".secret*"))) == 1
