"""Online backups of the embedded SQLite database, taken while the server keeps writing.

SQLite's own backup API copies the database page by page through a read transaction, so the
copy is one consistent moment: every transaction committed before it began is in it, none that
was half-way through is. The server needs no pause. PostgreSQL has its own tool for this,
`pg_dump` (see the README); this module refuses PostgreSQL URLs and says so.
"""

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(Exception):
    """The backup cannot be taken (wrong kind of database, missing file, unusable target)."""


def sqlite_path(database_url: str) -> Path:
    """The file behind a SQLite URL.

    Raises:
        BackupError: For a non-SQLite or in-memory database.
    """
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupError("DATABASE_URL is not SQLite: use pg_dump for PostgreSQL (see README)")
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(url.database)


def back_up(database_url: str, target: Path) -> int:
    """Copy the live SQLite database at `database_url` to `target`, consistently.

    Args:
        database_url: The application's `DATABASE_URL`.
        target: Where the copy goes; must not exist yet (a backup never overwrites).

    Returns:
        The size of the copy in bytes.

    Raises:
        BackupError: When the source is not a SQLite file or the target already exists.
    """
    source_path = sqlite_path(database_url)
    if not source_path.exists():
        raise BackupError(f"no database file at {source_path}")
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file")
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # all pages in one step: one consistent snapshot
            if copy.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise BackupError("the copy failed its integrity check")
        finally:
            copy.close()
    finally:
        source.close()
    return target.stat().st_size
