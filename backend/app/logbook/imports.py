"""Importing a file of sessions: Strong or Hevy CSV, or a GPX or TCX run.

Each session of the file becomes an ad-hoc log (`source` names the app). A session already
imported (same format, start and title) is skipped, so importing the same file twice adds
nothing; bad rows are reported by line while the good ones are imported; a file that is none of
the formats stores nothing. Everything is written with one flush, in the caller's transaction.
"""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.database.models import LoggedSet, TrainingLog, User
from app.logbook import repository, rules
from app.logbook.csv_formats import read_csv
from app.logbook.errors import ImportFormatError, LogRuleError
from app.logbook.sessions_in import ImportedSession, RowError
from app.logbook.summary import summarise
from app.logbook.tracks import read_track
from app.plans import adaptation

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""Imports take files up to 20 MB (other request bodies keep MAX_REQUEST_BODY_BYTES)."""


@dataclass(frozen=True)
class ImportReport:
    """Sessions imported and skipped (already there), and the rows that could not be read."""

    imported: int
    skipped: int
    errors: list[tuple[int, str]]


def import_file(db: Session, user: User, data: bytes, today: dt.date) -> ImportReport:
    """Read `data` in whichever supported format it is, and store its new sessions.

    Args:
        db: The caller's session (flushed, not committed).
        user: Whose log.
        data: The uploaded file.
        today: The person's date; sessions dated after it are refused.

    Raises:
        ImportFormatError: When the file is none of the formats.
        LogRuleError: When it is XML with a DTD or entities, or a track with no usable run.
    """
    sessions, errors = read_sessions(data, today, user.timezone)
    known = repository.existing_source_keys(db, user.id, [s.key for s in sessions])
    fresh = [session for session in sessions if session.key not in known]
    rows = [_log_row(user.id, session) for session in fresh]
    db.add_all(rows)
    db.flush()
    if rows:  # the adaptation runs once, for the newest session of the file
        adaptation.after_log(db, max(rows, key=lambda row: (row.date, row.id)))
    return ImportReport(imported=len(fresh), skipped=len(sessions) - len(fresh), errors=errors)


def read_sessions(
    data: bytes, today: dt.date, zone: str
) -> tuple[list[ImportedSession], list[tuple[int, str]]]:
    """The sessions in the file and its unreadable rows, by the file's own format.

    CSV times are the apps' local wall times; GPX and TCX times are UTC, dated in `zone`.

    Raises:
        ImportFormatError: When it is neither text CSV nor XML.
        LogRuleError: For unsafe XML or a track with no usable run.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise LogRuleError("The file is larger than 20 MB")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        try:
            return [read_track(data, today, zone)], []
        except RowError as error:
            raise LogRuleError(f"No run could be read: {error}") from error
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFormatError("Not a CSV, GPX or TCX file") from error
    if "\x00" in content:
        raise ImportFormatError("Not a CSV, GPX or TCX file")
    return read_csv(content, today)


def _log_row(user_id: int, session: ImportedSession) -> TrainingLog:
    """The log of an imported session, with its sets numbered by exercise."""
    log = TrainingLog(
        user_id=user_id,
        date=session.date,
        title=session.title,
        status="done",
        duration_min=session.duration_min,
        notes=session.notes or None,
        source=session.source,
        source_key=session.key,
    )
    log.sets = [
        LoggedSet(
            user_id=user_id,
            entry=number,
            position=position,
            exercise_id=entry["exercise_id"],
            name=entry["name"],
            **{name: done[name] for name in rules.SET_MEASURES},
        )
        for number, entry in enumerate(session.entries.values(), start=1)
        for position, done in enumerate(entry["sets"], start=1)
    ]
    summarise(log)
    return log
