"""An online SQLite backup taken during writes restores to a working database."""

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.database.backup import BackupError, back_up
from app.database.connection import build_engine
from app.database.models import User
from app.database.schema import upgrade_to_head

BACKEND = Path(__file__).resolve().parents[2]


def _writer(url: str, stop: threading.Event, enough: threading.Event, committed: list[int]) -> None:
    """Add people one transaction at a time until told to stop; note each committed id."""
    engine = build_engine(url)
    try:
        while not stop.is_set():
            with Session(engine) as session:
                person = User(
                    name="Writer", age=30, sport="gym", experience_level="beginner", days_per_week=3
                )
                session.add(person)
                session.commit()
                committed.append(person.id)
                if len(committed) >= 20:
                    enough.set()
    finally:
        engine.dispose()


def test_a_backup_taken_during_writes_restores(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    engine = build_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    stop, enough, committed = threading.Event(), threading.Event(), []
    writer = threading.Thread(target=_writer, args=(url, stop, enough, committed))
    writer.start()
    try:
        assert enough.wait(60)
        before = list(committed)
        back_up(url, tmp_path / "copy.db")
    finally:
        stop.set()
        writer.join(timeout=30)
    restored = build_engine(f"sqlite:///{tmp_path / 'copy.db'}")
    upgrade_to_head(restored)  # the app's own start-up step on the restored file
    with Session(restored) as session:
        ids = set(session.scalars(select(User.id)))
        assert set(before) <= ids
        assert len(ids) <= (session.scalar(select(func.count()).select_from(User)) or 0)
    restored.dispose()
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_command_refuses_to_overwrite_and_postgres(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.db'}"
    engine = build_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(BACKEND)}
    command = [sys.executable, "-m", "app.database", "backup", str(tmp_path / "b.db")]
    ran = subprocess.run(command, env=env, check=False, capture_output=True)  # noqa: S603
    assert ran.returncode == 0
    again = subprocess.run(command, env=env, check=False, capture_output=True, text=True)  # noqa: S603
    assert again.returncode == 1
    assert "exists already" in again.stderr
    with pytest.raises(BackupError, match="pg_dump"):
        back_up("postgresql+psycopg://u@127.0.0.1/x", tmp_path / "pg.db")
