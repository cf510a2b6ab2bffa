"""`python -m app.database backup PATH`: an online backup of the SQLite database.

Run it from `backend/` (or wherever `DATABASE_URL` points from) while the server runs. To
restore, stop the server, put the copy in place of the database file (`coachx.db`) and start
again. For PostgreSQL use `pg_dump` and `pg_restore` (see the README).
"""

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from app.config import settings
from app.database.backup import BackupError, back_up
from app.logs import configure_logging

logger = logging.getLogger("app.database")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and take the backup.

    Returns:
        0 when the copy was written and checked; 1 otherwise (the reason is logged).
    """
    parser = argparse.ArgumentParser(prog="python -m app.database")
    commands = parser.add_subparsers(dest="command", required=True)
    backup = commands.add_parser("backup", help="copy the live SQLite database to PATH")
    backup.add_argument("path", type=Path, help="the new file to write")
    arguments = parser.parse_args(argv)
    configure_logging(settings.LOG_LEVEL, settings.LOG_FORMAT)
    try:
        size = back_up(settings.DATABASE_URL, arguments.path)
    except (BackupError, OSError, ValueError) as error:
        logger.error("Backup failed: %s", error)
        return 1
    logger.info("Backup written to %s (%d bytes)", arguments.path, size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
