"""The chat on a real server: many people at once on SQLite, and a client that walks away."""

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.factories import profile
from tests.integration.server import running_server
from tests.llm.fake_openai import scripted_server

pytestmark = pytest.mark.integration

CHATTERS = 64
MESSAGES_EACH = 3


def onboard(base: str) -> dict[str, str]:
    body = httpx.post(f"{base}/api/v1/users", json=profile(), timeout=30).json()
    return {"Authorization": f"Bearer {body['access_token']}"}


def wait_for_history(base: str, headers: dict[str, str], count: int) -> list[dict[str, str]]:
    """Poll the history until it holds `count` messages (bounded; measures nothing)."""
    deadline = time.monotonic() + 20
    while True:
        messages = httpx.get(f"{base}/api/v1/chat/messages", headers=headers).json()["messages"]
        if len(messages) >= count or time.monotonic() > deadline:
            return list(messages)
        time.sleep(0.1)


def test_64_people_chatting_at_once_lose_nothing(tmp_path: Path) -> None:
    with running_server(tmp_path, DATABASE_URL=f"sqlite:///{tmp_path / 'chat.db'}") as base:
        people = [onboard(base) for _ in range(CHATTERS)]

        def chat(headers: dict[str, str]) -> list[int]:
            with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
                return [
                    client.post(
                        "/api/v1/chat/messages", json={"message": f"how should I warm up? ({n})"}
                    ).status_code
                    for n in range(MESSAGES_EACH)
                ]

        with ThreadPoolExecutor(max_workers=CHATTERS) as pool:
            statuses = [code for codes in pool.map(chat, people) for code in codes]
        assert statuses == [201] * CHATTERS * MESSAGES_EACH
        for headers in people:
            history = httpx.get(f"{base}/api/v1/chat/messages", headers=headers).json()
            assert [m["role"] for m in history["messages"]] == ["user", "assistant"] * MESSAGES_EACH


def test_a_client_leaving_mid_stream_still_leaves_a_stored_reply(tmp_path: Path) -> None:
    with (
        scripted_server("stall") as model,
        running_server(
            tmp_path,
            DATABASE_URL=f"sqlite:///{tmp_path / 'stream.db'}",
            LLM_PROVIDER="openai",
            LLM_BASE_URL=model.base_url,
            LLM_TIMEOUT_S="2",
        ) as base,
    ):
        headers = onboard(base)
        with httpx.stream(
            "POST",
            f"{base}/api/v1/chat/stream",
            headers=headers,
            json={"message": "how do I pace a tempo run?"},
            timeout=30,
        ) as response:
            assert response.status_code == 200
            for line in response.iter_lines():
                if line.startswith("event: delta"):
                    break
        messages = wait_for_history(base, headers, 2)
        assert [m["role"] for m in messages] == ["user", "assistant"]
        assert messages[0]["message"] == "how do I pace a tempo run?"
        assert "interrupted" in messages[1]["message"]
