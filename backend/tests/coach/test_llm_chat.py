"""The chat with an OpenAI-compatible model behind it, against a real scripted HTTP server.

Whatever the server does — answer, fail, hang, send junk, cut a stream — the person gets a
stored reply: the model's when it works, the built-in coach's otherwise.
"""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import ChatMessage
from tests.chat_helpers import parse_sse
from tests.factories import onboard
from tests.llm.fake_openai import REPLY


def assistant_messages(db: Session, user_id: int) -> list[str]:
    return list(
        db.scalars(
            select(ChatMessage.message).where(
                ChatMessage.user_id == user_id, ChatMessage.role == "assistant"
            )
        ).all()
    )


def test_model_reply_is_stored_and_sees_only_this_persons_context(
    client: TestClient, db: Session, use_model: Any
) -> None:
    server = use_model("ok")
    user, headers = onboard(client, name="Dana", sport="boxing", email="dana@example.com")
    body = client.post(
        "/api/v1/chat/messages", json={"message": "how do I get fitter?"}, headers=headers
    ).json()
    assert body["reply"]["message"] == REPLY
    assert assistant_messages(db, user["id"]) == [REPLY]
    (request,) = server.requests
    system = request["messages"][0]["content"]
    assert request["messages"][0]["role"] == "system"
    assert "Dana" in system
    assert "boxing" in system
    assert "dana@example.com" not in str(request)
    assert request["messages"][-1] == {"role": "user", "content": "how do I get fitter?"}


@pytest.mark.parametrize("failure", ["500", "429", "junk", "empty", "hang"])
def test_any_model_failure_falls_back_to_the_builtin_coach(
    client: TestClient,
    db: Session,
    use_model: Any,
    failure: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    use_model(failure, failure, failure)
    user, headers = onboard(client, sport="running")
    body = client.post(
        "/api/v1/chat/messages", json={"message": "Which sport am I training for?"}, headers=headers
    ).json()
    assert "running" in body["reply"]["message"]
    assert assistant_messages(db, user["id"]) == [body["reply"]["message"]]
    assert "built-in coach answers instead" in caplog.text


def test_stream_relays_model_text(client: TestClient, db: Session, use_model: Any) -> None:
    use_model("ok")
    _, headers = onboard(client)
    with client.stream(
        "POST", "/api/v1/chat/stream", json={"message": "tips for sleep?"}, headers=headers
    ) as response:
        events = parse_sse(response.iter_lines())
    text = "".join(data["text"] for name, data in events if name == "delta")
    assert text.strip() == REPLY
    assert events[-1][1]["reply"]["message"] == REPLY


def test_stream_cut_halfway_switches_to_builtin(
    client: TestClient, db: Session, use_model: Any
) -> None:
    use_model("cut")
    user, headers = onboard(client, sport="crossfit")
    with client.stream(
        "POST",
        "/api/v1/chat/stream",
        json={"message": "which sport am I training for?"},
        headers=headers,
    ) as response:
        events = parse_sse(response.iter_lines())
    names = [name for name, _ in events]
    assert "fallback" in names
    after = names.index("fallback")
    text = "".join(data["text"] for name, data in events[after:] if name == "delta")
    assert "crossfit" in text
    assert events[-1][1]["reply"]["message"] == text.strip()
    assert assistant_messages(db, user["id"]) == [text.strip()]


def test_safety_replies_never_go_to_the_model(client: TestClient, use_model: Any) -> None:
    server = use_model("ok")
    _, headers = onboard(client)
    body = client.post(
        "/api/v1/chat/messages", json={"message": "I had chest pain on my run"}, headers=headers
    ).json()
    assert "emergency" in body["reply"]["message"]
    assert server.requests == []
