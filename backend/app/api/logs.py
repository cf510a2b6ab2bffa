"""The training log: record, list, read, change and delete the person's own sessions."""

import base64
import binascii
import datetime as dt
from itertools import groupby
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Path, Query, Response, UploadFile, status

from app.api.deps import CurrentUser, SessionDep
from app.api.log_schemas import (
    EntryOut,
    ImportOut,
    LogChanges,
    LoggedSetOut,
    LogOut,
    LogPage,
    NewLog,
)
from app.database.models import TrainingLog
from app.database.types import utcnow
from app.logbook import calendar, export, imports, repository, service

router = APIRouter(prefix="/api/v1/logs", tags=["logs"])

LogId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The log's id")]
PageDate = Annotated[dt.date | None, Query(ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31))]
MULTIPART_OVERHEAD = 64 * 1024
"""Room for the multipart framing around a file of the largest accepted size."""
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing, expired, forged or revoked token"},
    404: {"description": "No such log (or plan) belongs to you"},
    422: {"description": "The log breaks a rule (date, reason, bounds)"},
}


def log_out(log: TrainingLog) -> LogOut:
    """The API's view of a log: its sets grouped by exercise, with the session load."""
    entries = [
        EntryOut(
            exercise_id=sets[0].exercise_id,
            name=sets[0].name,
            sets=[LoggedSetOut.model_validate(done) for done in sets],
        )
        for sets in (list(group) for _, group in groupby(log.sets, key=lambda s: s.entry))
    ]
    load = (
        log.session_rpe * log.duration_min
        if log.session_rpe is not None and log.duration_min is not None
        else None
    )
    return LogOut.model_validate(
        {
            **{name: getattr(log, name) for name in LogOut.model_fields if hasattr(log, name)},
            "entries": entries,
            "load": load,
        }
    )


def encode_cursor(log: TrainingLog) -> str:
    """An opaque cursor just past `log` in newest-first order."""
    return base64.urlsafe_b64encode(f"{log.date.isoformat()}:{log.id}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[dt.date, int]:
    """The (date, id) a cursor stands for.

    Raises:
        HTTPException: 422 when the cursor is not one this API handed out.
    """
    try:
        day, _, number = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        return dt.date.fromisoformat(day), int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError) as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "Invalid cursor") from error


@router.post("", status_code=status.HTTP_201_CREATED, responses={**ERRORS, 409: {}})
def create_log(body: NewLog, user: CurrentUser, db: SessionDep) -> LogOut:
    """Record a session: a planned one against its prescription, or an ad-hoc one.

    A planned session has one log (a second is a 409: change the first instead); leaving
    `entries` out records it as prescribed. `skipped` needs a `reason`.
    """
    today = calendar.local_today(user, utcnow())
    log = service.record(db, user, body.model_dump(exclude_unset=False), today)
    db.commit()
    return log_out(log)


@router.get("", responses=ERRORS)
def list_logs(
    user: CurrentUser,
    db: SessionDep,
    start: Annotated[PageDate, Query(alias="from")] = None,
    end: Annotated[PageDate, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    before: Annotated[str | None, Query(max_length=100)] = None,
) -> LogPage:
    """The person's logs, newest first; pass `next_before` as `before` for the older page."""
    cursor = decode_cursor(before) if before else None
    rows = repository.logs_page(db, user.id, (start, end), limit + 1, cursor)
    items = rows[:limit]
    more = len(rows) > limit
    return LogPage(
        items=[log_out(log) for log in items],
        next_before=encode_cursor(items[-1]) if more else None,
    )


@router.get(
    "/export.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}}, 401: ERRORS[401]},
)
def export_csv(user: CurrentUser, db: SessionDep) -> Response:
    """Every logged set as Strong-compatible CSV, for any app that reads Strong's export."""
    return Response(
        export.strong_csv(db, user),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="coachx-log.csv"'},
    )


@router.post(
    "/import",
    max_body_size=imports.MAX_IMPORT_BYTES + MULTIPART_OVERHEAD,
    responses={
        401: ERRORS[401],
        413: {"description": "The file is larger than 20 MB"},
        415: {"description": "Not a Strong or Hevy CSV, GPX or TCX file: nothing stored"},
        422: {"description": "Unsafe XML, or a track with no usable run"},
    },
)
def import_file(
    file: Annotated[UploadFile, File(description="Strong or Hevy CSV, GPX or TCX")],
    user: CurrentUser,
    db: SessionDep,
) -> ImportOut:
    """Import sessions from Strong, Hevy, GPX or TCX; sessions already imported are skipped.

    Bad rows are reported by line and the good ones imported; `imported` counts sessions.
    """
    data = file.file.read(imports.MAX_IMPORT_BYTES + 1)
    if len(data) > imports.MAX_IMPORT_BYTES:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, "The file is larger than 20 MB")
    today = calendar.local_today(user, utcnow())
    report = imports.import_file(db, user, data, today)
    db.commit()
    return ImportOut(
        imported=report.imported,
        skipped=report.skipped,
        errors=[{"line": line, "reason": reason} for line, reason in report.errors],
    )


@router.get("/{log_id}", responses=ERRORS)
def read_log(log_id: LogId, user: CurrentUser, db: SessionDep) -> LogOut:
    """One of the person's logs; anyone else's is a 404."""
    return log_out(service.get_log(db, user, log_id))


@router.patch("/{log_id}", responses=ERRORS)
def update_log(log_id: LogId, body: LogChanges, user: CurrentUser, db: SessionDep) -> LogOut:
    """Change any part of a log; `entries`, when given, replaces every set."""
    today = calendar.local_today(user, utcnow())
    log = service.revise(db, user, log_id, body.model_dump(exclude_unset=True), today)
    db.commit()
    return log_out(log)


@router.delete("/{log_id}", status_code=status.HTTP_204_NO_CONTENT, responses=ERRORS)
def delete_log(log_id: LogId, user: CurrentUser, db: SessionDep) -> Response:
    """Delete one of the person's logs; anyone else's is a 404."""
    service.remove(db, user, log_id)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
