"""Column types shared by the models."""

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """The current time as a timezone-aware UTC datetime (never the deprecated `utcnow`)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A `DATETIME` that always hands back timezone-aware UTC values.

    PostgreSQL keeps the zone (`TIMESTAMP WITH TIME ZONE`); SQLite keeps only text, so values are
    normalised to UTC on the way in and marked as UTC on the way out. Either way the API can
    promise ISO 8601 timestamps with an offset.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store aware datetimes in UTC; treat naive ones as already UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return stored values as aware UTC datetimes, whatever the engine gave back."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
