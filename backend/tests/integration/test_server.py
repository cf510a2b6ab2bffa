"""The seed's Step 9 and Step 11, done for real: a fresh directory, a real server, real HTTP."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.integration.server import BACKEND, running_server, server_env

pytestmark = pytest.mark.integration

SEED_TEST_DB = """
from app.database.connection import SessionLocal
from app.database.models import User

db = SessionLocal()
try:
    user = User(name="Test User", age=25, sport="boxing", experience_level="beginner",
                days_per_week=3, goals="Learn basics")
    db.add(user)
    db.commit()
    db.refresh(user)
    queried = db.query(User).filter(User.id == user.id).first()
    print("created", queried.id, queried.name, queried.created_at.isoformat())
finally:
    db.close()
"""


def test_fresh_checkout_server_creates_coachx_db_and_answers(tmp_path: Path) -> None:
    with running_server(tmp_path) as base:
        assert httpx.get(f"{base}/health").json() == {"status": "healthy"}
        assert httpx.get(f"{base}/").json()["message"] == "Welcome to CoachX API"
        assert httpx.get(f"{base}/docs").status_code == 200
        assert httpx.get(f"{base}/redoc").status_code == 200
        assert httpx.get(f"{base}/health/ready").json()["status"] == "ready"
        cors = httpx.get(f"{base}/health", headers={"Origin": "http://localhost:3000"})
        assert cors.headers["access-control-allow-origin"] == "http://localhost:3000"
    tables = sqlite3.connect(tmp_path / "coachx.db").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
    )
    assert {"users", "workout_plans", "chat_messages"} <= {row[0] for row in tables}


def test_seed_user_script_works_after_migrate_before_any_server(tmp_path: Path) -> None:
    env = server_env(tmp_path, 8000)
    migrate = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "alembic", "-c", str(BACKEND / "alembic.ini"), "upgrade", "head"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert migrate.returncode == 0, migrate.stderr
    script = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SEED_TEST_DB],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert script.returncode == 0, script.stderr
    assert script.stdout.startswith("created 1 Test User")
    assert "+00:00" in script.stdout


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://nobody@127.0.0.1:1/none",
        "notadatabase://x",
        "sqlite:////no/such/dir/x.db",
    ],
)
def test_unusable_database_url_exits_with_one_clear_line(tmp_path: Path, url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.main"],
        cwd=tmp_path,
        env=server_env(tmp_path, 1, DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Cannot use the database at DATABASE_URL" in output
    assert "Traceback" not in output


def test_production_without_secret_refuses_to_start(tmp_path: Path) -> None:
    env = server_env(tmp_path, 1, ENVIRONMENT="production")
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "app.main"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stdout + result.stderr
    assert not os.path.exists(tmp_path / "coachx.db")
