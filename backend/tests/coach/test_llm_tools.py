"""A model behind the chat using the coach's tools, against the scripted OpenAI-compatible server.

The model may move a session or look one up; every call is validated and goes through the same
actions as the built-in coach. A malformed or refused call changes nothing, and a reply quoting
a number about the person that the model was never given is replaced by the built-in answer.
"""

import datetime as dt
import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import WorkoutPlan
from app.training.contract.plan_document import PlanData
from tests.chat_helpers import parse_sse
from tests.coach.test_llm_chat import assistant_messages
from tests.factories import onboard
from tests.llm.fake_openai import NUMBER_REPLY, REPLY


def _plan(db: Session, user_id: int) -> PlanData:
    row = db.scalars(select(WorkoutPlan).where(WorkoutPlan.user_id == user_id)).one()
    db.refresh(row)
    return PlanData.model_validate(row.plan_data)


def _move_in_first_week(plan: PlanData) -> tuple[dt.date, dt.date]:
    """A session of week 1 and a free day of the same week after it."""
    assert plan.start_date is not None
    taken = {s.date for s in plan.weeks[0].sessions}
    last = plan.weeks[0].sessions[-1].date
    assert last is not None
    free = [plan.start_date + dt.timedelta(n) for n in range(7)]
    target = next(day for day in free if day not in taken and day > last)
    return last, target


def _person_with_plan(client: TestClient, db: Session) -> tuple[dict[str, Any], dict[str, str]]:
    user, headers = onboard(client, sport="gym", days_per_week=3)
    today = dt.date.today()
    monday = today + dt.timedelta(days=-today.weekday() % 7)  # the week runs mon, wed, fri
    body = {"duration_weeks": 4, "start_date": monday.isoformat()}
    assert client.post("/api/v1/plans", json=body, headers=headers).is_success
    return user, headers


def test_the_model_moves_a_session_through_the_validated_action(
    client: TestClient, db: Session, use_model: Any
) -> None:
    user, headers = _person_with_plan(client, db)
    source, target = _move_in_first_week(_plan(db, user["id"]))
    arguments = json.dumps({"from_date": source.isoformat(), "to_date": target.isoformat()})
    server = use_model(f"tool:move_session:{arguments}", "ok")
    body = client.post(
        "/api/v1/chat/messages",
        json={"message": "can you move my last session this week to another day?"},
        headers=headers,
    ).json()
    assert body["reply"]["message"] == REPLY
    dates = {s.date for s in _plan(db, user["id"]).weeks[0].sessions}
    assert target in dates
    assert source not in dates
    tool_result = server.requests[1]["messages"][-1]
    assert tool_result["role"] == "tool"
    assert "moved" in tool_result["content"]
    assert server.requests[0]["tools"]


def test_a_malformed_tool_call_changes_nothing(
    client: TestClient, db: Session, use_model: Any
) -> None:
    user, headers = _person_with_plan(client, db)
    before = _plan(db, user["id"])
    server = use_model("badtool", "ok")
    body = client.post(
        "/api/v1/chat/messages", json={"message": "move my session to friday"}, headers=headers
    ).json()
    assert body["reply"]["message"] == REPLY
    assert _plan(db, user["id"]) == before
    assert "invalid arguments" in server.requests[1]["messages"][-1]["content"]


def test_a_refused_move_changes_nothing(client: TestClient, db: Session, use_model: Any) -> None:
    user, headers = _person_with_plan(client, db)
    before = _plan(db, user["id"])
    first, second = (s.date for s in before.weeks[0].sessions[:2])
    assert first is not None
    assert second is not None
    arguments = json.dumps({"from_date": first.isoformat(), "to_date": second.isoformat()})
    server = use_model(f"tool:move_session:{arguments}", "ok")
    client.post("/api/v1/chat/messages", json={"message": "move it please"}, headers=headers)
    assert _plan(db, user["id"]) == before
    assert "refused" in server.requests[1]["messages"][-1]["content"]


def test_an_unknown_tool_is_answered_with_an_error(
    client: TestClient, db: Session, use_model: Any
) -> None:
    _, headers = _person_with_plan(client, db)
    server = use_model("tool:delete_everything:{}", "ok")
    client.post("/api/v1/chat/messages", json={"message": "move my session"}, headers=headers)
    assert "unknown tool" in server.requests[1]["messages"][-1]["content"]


def test_a_failing_model_leaves_the_change_to_the_builtin_coach(
    client: TestClient, db: Session, use_model: Any
) -> None:
    user, headers = _person_with_plan(client, db)
    use_model("500", "500", "500")
    body = client.post(
        "/api/v1/chat/messages", json={"message": "make it 4 days a week"}, headers=headers
    ).json()
    assert "4 days a week" in body["reply"]["message"]
    assert assistant_messages(db, user["id"]) == [body["reply"]["message"]]


def test_a_number_the_model_was_not_given_is_replaced_by_the_builtin_answer(
    client: TestClient, db: Session, use_model: Any
) -> None:
    _, headers = _person_with_plan(client, db)
    use_model("number")
    body = client.post(
        "/api/v1/chat/messages", json={"message": "how do I get fitter?"}, headers=headers
    ).json()
    assert body["reply"]["message"] != NUMBER_REPLY


def test_a_streamed_reply_with_an_unknown_number_falls_back(
    client: TestClient, db: Session, use_model: Any
) -> None:
    _, headers = _person_with_plan(client, db)
    use_model("number")
    with client.stream(
        "POST", "/api/v1/chat/stream", json={"message": "tips for sleep?"}, headers=headers
    ) as response:
        events = parse_sse(response.iter_lines())
    assert "fallback" in [name for name, _ in events]
    assert events[-1][1]["reply"]["message"] != NUMBER_REPLY.strip()
