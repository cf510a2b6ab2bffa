"""Small factories: each test creates exactly the people and data it needs."""

import itertools
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.database.models import (
    Baselines,
    CalendarFeed,
    ChatMessage,
    Credentials,
    LiftBest,
    LoggedSet,
    PlanRevision,
    TrainingLog,
    User,
    WorkoutPlan,
)

_numbers = itertools.count(1)
PASSWORD = "correct horse battery"


def profile(**overrides: Any) -> dict[str, Any]:
    """A valid onboarding body with a unique email; override any field."""
    body: dict[str, Any] = {
        "name": "Alex Runner",
        "age": 29,
        "sport": "running",
        "experience_level": "beginner",
        "days_per_week": 3,
        "goals": "Run my first 10k",
        "email": f"athlete{next(_numbers)}@example.com",
        "password": PASSWORD,
    }
    return body | overrides


def onboard(client: TestClient, **overrides: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """Onboard a person through the API; return their user JSON and auth headers."""
    response = client.post("/api/v1/users", json=profile(**overrides))
    assert response.status_code == 201, response.text
    body = response.json()
    return body["user"], {"Authorization": f"Bearer {body['access_token']}"}


def row_counts(db: Session) -> dict[str, int]:
    """How many rows each table of personal data holds, to prove a request changed nothing."""
    return {
        model.__tablename__: db.scalar(select(func.count()).select_from(model)) or 0
        for model in (
            User,
            Credentials,
            WorkoutPlan,
            ChatMessage,
            TrainingLog,
            LoggedSet,
            LiftBest,
            CalendarFeed,
            PlanRevision,
            Baselines,
        )
    }
