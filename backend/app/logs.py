"""Logging, configured once for the whole process: text for people or JSON for collectors.

Every module logs through `logging.getLogger(__name__)`; this sets the one format and level.
Each line written while a request is served carries that request's id (`request_id`), the same
id the response returns in `X-Request-ID`, so one request's lines can be found together across
workers. Nothing here logs request bodies, query strings or headers: passwords, tokens, chat
messages and search text stay out of every log, at every level. uvicorn's own access log is
switched off because it prints query strings; `app.api.middleware` writes one line per request
with the route's template instead of the path that was asked for.
"""

import json
import logging
import logging.config
import re
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

request_id: ContextVar[str] = ContextVar("request_id", default="-")

_TEXT_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - [%(request_id)s] %(message)s"
_configured: tuple[str, str] | None = None
_FEED_SECRET = re.compile(r"(/calendar/feed/)[^/?\s\"']+")


class RedactFeedSecrets(logging.Filter):
    """Blank out the secret of a calendar feed URL in any log line, whoever wrote it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message and arguments without the secret; keep the record."""
        if isinstance(record.msg, str):
            record.msg = _FEED_SECRET.sub(r"\1…", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                _FEED_SECRET.sub(r"\1…", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        return True


class RequestIdFilter(logging.Filter):
    """Stamp every record with the id of the request being served ("-" outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add `record.request_id` and let the record through."""
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Render `record` as a single line of JSON."""
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure_logging(level: str = "INFO", log_format: str = "text") -> None:
    """Install CoachX's log format on the root logger (again only when it changes).

    Args:
        level: The root level name, e.g. "INFO" or "DEBUG".
        log_format: "text" for people, "json" for a log collector.
    """
    global _configured
    if _configured == (level, log_format):
        return
    # No format here shows threads or processes: not looking them up for every record is the
    # logging HOWTO's own advice for speed (one access line per request adds up).
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    formatter: dict[str, Any] = (
        {"()": JsonFormatter} if log_format == "json" else {"format": _TEXT_FORMAT}
    )
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "filters": {
                "request_id": {"()": RequestIdFilter},
                "feed_secrets": {"()": RedactFeedSecrets},
            },
            "formatters": {"coachx": formatter},
            "handlers": {
                "console": {
                    "class": "logging.StreamHandler",
                    "formatter": "coachx",
                    "filters": ["request_id", "feed_secrets"],
                },
            },
            "root": {"level": level.upper(), "handlers": ["console"]},
            "loggers": {
                "uvicorn": {"handlers": [], "propagate": True},
                "uvicorn.error": {"handlers": [], "propagate": True},
                # Its lines hold query strings (search text, secrets in URLs): never written.
                "uvicorn.access": {"handlers": [], "propagate": False, "level": "CRITICAL"},
                # Each request's URL, query string included, at INFO.
                "httpx": {"level": "WARNING"},
            },
        }
    )
    _configured = (level, log_format)
