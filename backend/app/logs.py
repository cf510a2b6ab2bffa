"""Logging, configured once for the whole process.

Every module logs through `logging.getLogger(__name__)`; this sets the one format and level. It
never logs request bodies: passwords, tokens and chat messages stay out of INFO logs.
"""

import logging
import logging.config

_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
_configured = False


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
            "handlers": {
                "console": {"class": "logging.StreamHandler", "formatter": "coachx"},
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
