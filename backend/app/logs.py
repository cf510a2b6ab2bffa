"""Logging, configured once for the whole process.

Every module logs through `logging.getLogger(__name__)`; this sets the one format and level. It
never logs request bodies: passwords, tokens and chat messages stay out of INFO logs.
"""

import logging
import logging.config
import re

_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
_configured = False
_FEED_SECRET = re.compile(r"(/calendar/feed/)[^/?\s\"']+")


class RedactFeedSecrets(logging.Filter):
    """Blank out the secret of a calendar feed URL in any log line (access logs included)."""

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


def configure_logging(level: str = "INFO") -> None:
    """Install CoachX's log format on the root logger, once per process.

    Args:
        level: The root level name, e.g. "INFO" or "DEBUG".
    """
    global _configured
    if _configured:
        return
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "formatters": {"coachx": {"format": _FORMAT}},
            "filters": {"feed_secrets": {"()": RedactFeedSecrets}},
            "handlers": {
                "console": {
                    "class": "logging.StreamHandler",
                    "formatter": "coachx",
                    "filters": ["feed_secrets"],
                },
            },
            "root": {"level": level.upper(), "handlers": ["console"]},
            "loggers": {
                "uvicorn": {"handlers": [], "propagate": True},
                "uvicorn.error": {"handlers": [], "propagate": True},
                "uvicorn.access": {"handlers": [], "propagate": True},
            },
        }
    )
    _configured = True
