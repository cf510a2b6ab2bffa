"""The key that signs access tokens.

In production it must come from `SECRET_KEY` (the settings refuse to start otherwise). In
development a random key is generated once and kept in `SECRET_KEY_FILE`, so tokens survive a
restart without anyone having to configure anything.
"""

import logging
import os
import secrets
from functools import lru_cache
from pathlib import Path

from app.config import settings

logger = logging.getLogger(__name__)


@lru_cache
def signing_key() -> str:
    """The token-signing key for this process.

    Returns:
        `SECRET_KEY` when set; otherwise the development key from `SECRET_KEY_FILE`, created with
        owner-only permissions on first use.
    """
    if settings.SECRET_KEY is not None:
        return settings.SECRET_KEY.get_secret_value()
    path = Path(settings.SECRET_KEY_FILE)
    if not path.exists():
        key = secrets.token_urlsafe(48)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as key_file:
            key_file.write(key)
    logger.warning(
        "SECRET_KEY is not set: using the development key in %s. Set SECRET_KEY in production.",
        path,
    )
    return path.read_text().strip()
