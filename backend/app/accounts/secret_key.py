"""The key that signs access tokens.

In production it must come from `SECRET_KEY` (the settings refuse to start otherwise). In
development a random key is generated once and kept in `SECRET_KEY_FILE`, so tokens survive a
restart without anyone having to configure anything. Several workers may start at the same
moment: the key is written to a private temporary file and published with a hard link, which
fails if the name exists, so exactly one key wins, every worker reads that one, and nobody ever
reads a half-written file.
"""

import contextlib
import logging
import os
import secrets
import tempfile
from functools import lru_cache
from pathlib import Path

from app.config import settings

logger = logging.getLogger(__name__)


def _publish_new_key(path: Path) -> None:
    """Create `path` holding a fresh key, unless another process created it first."""
    descriptor, draft = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w") as key_file:  # mkstemp makes it owner-only (0600)
            key_file.write(secrets.token_urlsafe(48))
            key_file.flush()
            os.fsync(key_file.fileno())
        with contextlib.suppress(FileExistsError):  # another worker won; its key is the one
            os.link(draft, path)
    finally:
        os.unlink(draft)


@lru_cache
def signing_key() -> str:
    """The token-signing key for this process.

    Returns:
        `SECRET_KEY` when set (and not blank); otherwise the development key from
        `SECRET_KEY_FILE`, created with owner-only permissions on first use.
    """
    configured = settings.SECRET_KEY.get_secret_value() if settings.SECRET_KEY else ""
    if configured.strip():
        return configured
    path = Path(settings.SECRET_KEY_FILE).resolve()
    if not path.exists():
        _publish_new_key(path)
    logger.warning(
        "SECRET_KEY is not set: using the development key in %s. Set SECRET_KEY in production.",
        path,
    )
    return path.read_text().strip()
