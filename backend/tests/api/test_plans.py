"""Plans over HTTP: generate, list, read, delete; only ever one's own; bad options store nothing."""

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.training.contract.plan_document import PlanData
from tests.factories import onboard, row_counts


def create(client: TestClient, headers: dict[str, str], **options: Any) -> dict[str, Any]:
    response = client.post("/api/v1/plans", json=options, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_default_plan_is_four_weeks_of_the_profile(client: TestClient) -> None:
    _user, headers = onboard(client, sport="boxing", days_per_week=4)
    plan = create(client, headers)
    data = PlanData.model_validate(plan["plan_data"])
    assert plan["duration_weeks"] == data.duration_weeks == 4
    assert (data.sport, data.days_per_week) == ("boxing", 4)
    assert [week.week for week in data.weeks] == [1, 2, 3, 4]
    assert all(len(week.sessions) == 4 for week in data.weeks)
    assert data.generator == "coachx-engine/1"
    assert data.title
    assert data.summary


def test_equipment_and_start_date_shape_the_plan(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym", days_per_week=3)
    plan = create(
        client, headers, duration_weeks=2, equipment=["dumbbells"], start_date="2027-01-04"
    )
    data = PlanData.model_validate(plan["plan_data"])
    allowed = {"dumbbells"}
    for week in data.weeks:
        for session in week.sessions:
            for exercise in session.exercises():
                assert set(exercise.equipment) <= allowed, exercise.name
    assert str(data.start_date) == "2027-01-04"


def test_list_is_newest_first_and_paginated(client: TestClient) -> None:
    _, headers = onboard(client)
    ids = [create(client, headers, duration_weeks=1)["id"] for _ in range(3)]
    page = client.get("/api/v1/plans?limit=2", headers=headers).json()
    assert [plan["id"] for plan in page["items"]] == ids[::-1][:2]
    assert (page["total"], page["limit"], page["offset"]) == (3, 2, 0)
    rest = client.get("/api/v1/plans?limit=2&offset=2", headers=headers).json()
    assert [plan["id"] for plan in rest["items"]] == [ids[0]]


def test_read_and_delete_own_plan(client: TestClient) -> None:
    _, headers = onboard(client)
    plan = create(client, headers, duration_weeks=1)
    assert client.get(f"/api/v1/plans/{plan['id']}", headers=headers).json() == plan
    assert client.delete(f"/api/v1/plans/{plan['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/v1/plans/{plan['id']}", headers=headers).status_code == 404


def test_another_persons_plan_is_404_and_untouched(client: TestClient) -> None:
    _, owner = onboard(client)
    _, stranger = onboard(client)
    plan = create(client, owner, duration_weeks=1)
    for method in ("get", "delete"):
        response = client.request(method, f"/api/v1/plans/{plan['id']}", headers=stranger)
        assert response.status_code == 404
        assert response.json() == {"detail": "Plan not found"}
    assert client.get("/api/v1/plans", headers=stranger).json()["items"] == []
    assert client.get(f"/api/v1/plans/{plan['id']}", headers=owner).status_code == 200


@pytest.mark.parametrize(
    "options",
    [
        {"duration_weeks": 0},
        {"duration_weeks": 17},
        {"duration_weeks": 4.5},
        {"duration_weeks": "4"},
        {"equipment": ["spaceship"]},
        {"equipment": "dumbbells"},
        {"equipment": ["dumbbells", "dumbbells"]},
        {"start_date": "tomorrow"},
        {"start_date": "2027-02-30"},
        {"start_date": "9999-12-20"},
        {"start_date": "1900-01-01"},
        {"colour": "blue"},
    ],
)
def test_bad_options_are_422_and_store_nothing(
    client: TestClient, db: Session, options: dict[str, Any]
) -> None:
    _, headers = onboard(client)
    before = row_counts(db)
    response = client.post("/api/v1/plans", json=options, headers=headers)
    assert response.status_code == 422, response.text
    assert row_counts(db) == before


@pytest.mark.parametrize(
    "path", ["/api/v1/plans/0", "/api/v1/plans/abc", f"/api/v1/plans/{10**30}"]
)
def test_bad_plan_ids_are_422(client: TestClient, path: str) -> None:
    _, headers = onboard(client)
    assert client.get(path, headers=headers).status_code == 422


@pytest.mark.parametrize("query", ["limit=0", "limit=51", "offset=-1", "limit=x"])
def test_bad_pages_are_422(client: TestClient, query: str) -> None:
    _, headers = onboard(client)
    assert client.get(f"/api/v1/plans?{query}", headers=headers).status_code == 422


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/v1/plans"),
        ("get", "/api/v1/plans"),
        ("get", "/api/v1/plans/1"),
        ("delete", "/api/v1/plans/1"),
    ],
)
def test_plans_need_a_token(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path).status_code == 401


def test_plan_follows_the_profile_after_an_update(client: TestClient) -> None:
    _, headers = onboard(client, sport="running", days_per_week=3)
    client.patch("/api/v1/me", json={"days_per_week": 5}, headers=headers)
    data = PlanData.model_validate(create(client, headers, duration_weeks=1)["plan_data"])
    assert data.days_per_week == 5
