"""Every stored plan passes the coaching rules: a plan that breaks one is refused and logged."""

import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database.models import User
from app.plans import service
from app.plans.errors import PlanBreaksRulesError
from app.training import AthleteProfile, PlanData, PlanOptions, build_plan
from tests.factories import onboard, row_counts


def _full_gym_plan(profile: AthleteProfile, options: PlanOptions, *args: Any) -> PlanData:
    """A broken engine: it ignores the kit asked for and writes a full-gym plan."""
    return build_plan(profile, options.model_copy(update={"equipment": None}), *args)


@pytest.fixture
def broken_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "build_plan", _full_gym_plan)


GOALS = "squat 140 kg by June, ask for Sam"


@pytest.mark.usefixtures("broken_engine")
def test_the_service_refuses_a_plan_that_breaks_a_rule_and_logs_no_personal_data(
    client: TestClient, db: Session, caplog: pytest.LogCaptureFixture
) -> None:
    person, _ = onboard(client, sport="gym", experience_level="intermediate", goals=GOALS)
    user = db.scalars(select(User).where(User.id == person["id"])).one()
    before = row_counts(db)
    with caplog.at_level(logging.ERROR), pytest.raises(PlanBreaksRulesError) as refused:
        service.create_plan(db, user, PlanOptions(equipment=[]))
    assert "equipment" in refused.value.rules
    assert row_counts(db) == before
    (record,) = [r for r in caplog.records if r.name == "app.plans.service"]
    assert "equipment" in record.getMessage()
    for personal in (person["email"], person["name"], GOALS, str(person["id"])):
        assert personal not in record.getMessage()


@pytest.mark.usefixtures("broken_engine")
def test_over_http_a_broken_plan_is_a_plain_503_and_nothing_is_stored(
    client: TestClient, db: Session
) -> None:
    _, headers = onboard(client, sport="gym")
    before = row_counts(db)
    response = client.post("/api/v1/plans", json={"equipment": []}, headers=headers)
    assert response.status_code == 503
    assert response.json() == {"detail": response.json()["detail"]}
    assert "nothing was stored" in response.json()["detail"]
    assert row_counts(db) == before


def test_the_engine_s_own_plans_pass_and_are_stored(client: TestClient) -> None:
    _, headers = onboard(client, sport="gym")
    response = client.post("/api/v1/plans", json={"equipment": []}, headers=headers)
    assert response.status_code == 201
