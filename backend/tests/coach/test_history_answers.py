"""The built-in coach answers from the calendar and the log."""

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from app.coach.understanding import Intent, understand
from tests.factories import onboard

TODAY = datetime.now(UTC).date()


def ask(client: TestClient, headers: dict[str, str], message: str) -> str:
    response = client.post("/api/v1/chat/messages", json={"message": message}, headers=headers)
    assert response.status_code == 201, response.text
    text: str = response.json()["reply"]["message"]
    return text


def test_questions_about_the_log_are_read_as_such() -> None:
    def intent(message: str) -> Intent:
        return understand(message, TODAY).intent

    assert intent("What did I do on Monday?") is Intent.HISTORY
    assert intent("what's my squat e1RM?") is Intent.HISTORY
    assert intent("what is my bench max now?") is Intent.HISTORY
    assert intent("What is a 1RM?") is not Intent.HISTORY
    assert intent("what's today?") is Intent.SESSION


def test_the_coach_knows_today_the_log_and_the_e1rm(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=7)
    body = {"duration_weeks": 2, "start_date": (TODAY - timedelta(days=7)).isoformat()}
    plan = client.post("/api/v1/plans", json=body, headers=headers).json()
    today_title = plan["plan_data"]["weeks"][1]["sessions"][0]["title"]
    assert today_title in ask(client, headers, "What's today?")
    monday = TODAY - timedelta(days=TODAY.weekday() or 7)
    squats = {
        "exercise_id": "back_squat",
        "name": "Back squat",
        "sets": [{"reps": 5, "weight_kg": 100, "rpe": 8}],
    }
    log = {
        "date": monday.isoformat(),
        "title": "Heavy legs",
        "entries": [squats],
        "session_rpe": 8,
        "duration_min": 50,
    }
    assert client.post("/api/v1/logs", json=log, headers=headers).status_code == 201
    answer = ask(client, headers, "What did I do on Monday?")
    assert "Heavy legs" in answer
    assert "Back squat: 5 x 100 kg @ RPE 8" in answer
    assert "123.3 kg" in ask(client, headers, "what's my squat e1RM?")
    assert "can't estimate" in ask(client, headers, "what's my deadlift 1RM?")


def test_without_a_plan_or_log(client: TestClient) -> None:
    _, headers = onboard(client)
    assert "Nothing is logged" in ask(client, headers, "what did I do yesterday?")
