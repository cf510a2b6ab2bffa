"""The coach chat over HTTP with the built-in coach: answers, actions, storage, bad input."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import ChatMessage, User
from app.training.contract.plan_document import PlanData
from tests.chat_helpers import parse_sse
from tests.factories import onboard, row_counts


def say(client: TestClient, headers: dict[str, str], message: str) -> dict[str, Any]:
    response = client.post("/api/v1/chat/messages", json={"message": message}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def new_plan(client: TestClient, headers: dict[str, str], weeks: int) -> PlanData:
    response = client.post("/api/v1/plans", json={"duration_weeks": weeks}, headers=headers)
    assert response.status_code == 201, response.text
    return PlanData.model_validate(response.json()["plan_data"])


def test_both_messages_are_stored_in_order(client: TestClient, db: Session) -> None:
    user, headers = onboard(client)
    body = say(client, headers, "  hello coach  ")
    assert body["reply"]["role"] == "assistant"
    rows = db.scalars(
        select(ChatMessage).where(ChatMessage.user_id == user["id"]).order_by(ChatMessage.id)
    ).all()
    assert [(r.role, r.message) for r in rows] == [
        ("user", "hello coach"),
        ("assistant", body["reply"]["message"]),
    ]
    assert rows[1].id == body["reply"]["id"]


def test_knows_the_person(client: TestClient) -> None:
    _, headers = onboard(client, sport="calisthenics", days_per_week=4)
    assert (
        "calisthenics" in say(client, headers, "Which sport am I training for?")["reply"]["message"]
    )
    assert (
        "4 days a week"
        in say(client, headers, "How many days a week do I train?")["reply"]["message"]
    )


def test_knows_the_plan(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=3)
    plan = new_plan(client, headers, 4)
    reply = say(client, headers, "What's my workout on day 1 of week 2?")["reply"]["message"]
    session = plan.session(2, 1)
    assert session.title in reply
    assert session.exercises()[0].name in reply


def test_explains_a_lighter_week(client: TestClient) -> None:
    _, headers = onboard(client, sport="running", days_per_week=4)
    plan = new_plan(client, headers, 8)
    deload = next(week for week in plan.weeks if week.phase == "deload")
    reply = say(client, headers, f"Why is week {deload.week} lighter?")["reply"]["message"]
    assert "deload" in reply.lower()
    assert "lighter" in reply.lower()


def test_answers_training_questions_with_sources(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym")
    body = say(client, headers, "how long should I rest between sets when training for strength?")
    assert body["sources"]
    assert {"id", "title", "section", "sport", "source"} <= set(body["sources"][0])
    assert "[1]" in body["reply"]["message"]
    assert "min" in body["reply"]["message"]
    history = client.get("/api/v1/chat/messages", headers=headers).json()["messages"]
    assert history[-1]["sources"] == body["sources"] == body["reply"]["sources"]
    assert history[0]["sources"] == []


def test_change_request_updates_profile_and_writes_a_plan(client: TestClient) -> None:
    _, headers = onboard(client, days_per_week=3)
    new_plan(client, headers, 6)
    body = say(client, headers, "Can you make it 5 days a week?")
    assert "5" in body["reply"]["message"]
    assert client.get("/api/v1/me", headers=headers).json()["days_per_week"] == 5
    latest = client.get("/api/v1/plans?limit=1", headers=headers).json()["items"][0]
    plan = PlanData.model_validate(latest["plan_data"])
    assert (plan.days_per_week, plan.duration_weeks) == (5, 6)


def test_equipment_request_writes_a_plan_with_that_kit(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym")
    say(client, headers, "I only have dumbbells at home")
    latest = client.get("/api/v1/plans?limit=1", headers=headers).json()["items"][0]
    plan = PlanData.model_validate(latest["plan_data"])
    for week in plan.weeks:
        for session in week.sessions:
            for exercise in session.exercises():
                assert set(exercise.equipment) <= {"dumbbells"}, exercise.name


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("my knee hurts when I squat", "physiotherapist"),
        ("I get chest pain when I run hard", "emergency"),
        ("what's the capital of France?", "training coach"),
    ],
)
def test_pain_red_flags_and_off_topic(client: TestClient, message: str, expected: str) -> None:
    _, headers = onboard(client)
    assert expected in say(client, headers, message)["reply"]["message"]


def test_stream_sends_deltas_then_the_stored_reply(client: TestClient, db: Session) -> None:
    user, headers = onboard(client)
    with client.stream(
        "POST", "/api/v1/chat/stream", json={"message": "how much protein a day?"}, headers=headers
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = parse_sse(response.iter_lines())
    kinds = [name for name, _ in events]
    assert kinds[-1] == "done"
    assert kinds.count("delta") > 1
    text = "".join(data["text"] for name, data in events if name == "delta")
    done = events[-1][1]
    assert done["reply"]["message"] == text.strip()
    assert done["sources"]
    stored = db.get(ChatMessage, done["reply"]["id"])
    assert stored is not None
    assert (stored.user_id, stored.role) == (user["id"], "assistant")


def test_history_pages_oldest_to_newest_with_a_cursor(client: TestClient) -> None:
    _, headers = onboard(client)
    for number in range(3):
        say(client, headers, f"hello {number}")
    page = client.get("/api/v1/chat/messages?limit=4", headers=headers).json()
    assert [m["role"] for m in page["messages"]] == ["assistant", "user", "assistant", "user"][::-1]
    assert page["messages"][0]["message"] == "hello 1"
    ids = [m["id"] for m in page["messages"]]
    assert ids == sorted(ids)
    older = client.get(
        f"/api/v1/chat/messages?limit=4&before={page['next_before']}", headers=headers
    ).json()
    assert next(m["message"] for m in older["messages"]) == "hello 0"
    assert older["next_before"] is None


def test_delete_clears_only_own_history(client: TestClient) -> None:
    _, mine = onboard(client)
    _, theirs = onboard(client)
    say(client, mine, "hi")
    say(client, theirs, "hi")
    assert client.delete("/api/v1/chat/messages", headers=mine).status_code == 204
    assert client.get("/api/v1/chat/messages", headers=mine).json()["messages"] == []
    assert len(client.get("/api/v1/chat/messages", headers=theirs).json()["messages"]) == 2


def test_history_is_private(client: TestClient) -> None:
    _, mine = onboard(client)
    _, theirs = onboard(client)
    say(client, mine, "my secret goal is a marathon")
    messages = client.get("/api/v1/chat/messages", headers=theirs).json()["messages"]
    assert messages == []


@pytest.mark.parametrize(
    "body",
    [
        {"message": ""},
        {"message": "   "},
        {"message": "x" * 4001},
        {"message": 42},
        {"message": None},
        {},
        {"message": "hi", "role": "assistant"},
        {"message": "a\x00b"},
        {"message": ["hi"]},
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/chat/messages", "/api/v1/chat/stream"])
def test_bad_messages_are_422_and_store_nothing(
    client: TestClient, db: Session, body: dict[str, Any], path: str
) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == 422
    assert row_counts(db) == before


@pytest.mark.parametrize("path", ["/api/v1/chat/messages", "/api/v1/chat/stream"])
def test_chat_needs_a_token(client: TestClient, db: Session, path: str) -> None:
    before = row_counts(db)
    assert client.post(path, json={"message": "hi"}).status_code == 401
    assert client.get("/api/v1/chat/messages").status_code == 401
    assert client.delete("/api/v1/chat/messages").status_code == 401
    assert row_counts(db) == before


def test_rate_limit_is_429_and_stores_nothing(client: TestClient, db: Session) -> None:
    from app.config import settings

    _, headers = onboard(client)
    for _ in range(settings.CHAT_RATE_LIMIT_PER_MINUTE):
        say(client, headers, "hi")
    before = row_counts(db)
    response = client.post("/api/v1/chat/messages", json={"message": "hi"}, headers=headers)
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) >= 1
    assert row_counts(db) == before


def test_a_failure_stores_an_apology_not_the_error(
    client: TestClient, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.coach import service

    def broken(*_args: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(service, "build_context", broken)
    user, headers = onboard(client)
    body = say(client, headers, "how should I warm up?")
    assert body["reply"]["message"] == service.APOLOGY
    assert "secret" not in body["reply"]["message"]
    stored = db.scalars(select(ChatMessage.message).where(ChatMessage.user_id == user["id"])).all()
    assert stored == ["how should I warm up?", service.APOLOGY]
    assert db.get(User, user["id"]) is not None


def test_a_reused_plan_id_never_shows_someone_elses_plan(client: TestClient) -> None:
    _, first = onboard(client, sport="boxing")
    old = client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=first).json()
    say(client, first, "what does my plan look like?")
    client.delete(f"/api/v1/plans/{old['id']}", headers=first)
    _, second = onboard(client, sport="running")
    new = client.post("/api/v1/plans", json={"duration_weeks": 1}, headers=second).json()
    reply = say(client, second, "what does my plan look like?")["reply"]["message"]
    assert new["plan_data"]["title"] in reply
    assert old["plan_data"]["title"] not in reply
