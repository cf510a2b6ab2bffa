"""Everything of a person's, as one document they can take with them (`/api/v1/me/export`).

The tables are found, not listed: every table whose foreign keys lead to `users` (directly, like
`training_logs`, or through another table, like `chat_message_sources`) is exported, so a table
added later is in the export the moment it belongs to a person. Only secrets are left out, and
they are named in one place, `SECRET_COLUMNS`.
"""

import base64
from typing import Any

from sqlalchemy import Select, Table, select
from sqlalchemy.orm import Session

from app.database.models import Base, User

SECRET_COLUMNS = {
    "credentials": frozenset({"password_hash", "token_key"}),
    "calendar_feeds": frozenset({"secret"}),
}
"""Columns that prove identity or open a feed: never exported."""


def everything_of(db: Session, user: User) -> dict[str, list[dict[str, Any]]]:
    """Every row of the person's, by table (the `users` row is their profile).

    Args:
        db: The session to read with.
        user: Whose data.

    Returns:
        Table name → rows as column → value, in primary-key order.
    """
    users = Base.metadata.tables["users"]
    document: dict[str, list[dict[str, Any]]] = {}
    for table in Base.metadata.sorted_tables:
        query = select(users) if table is users else _owned_rows(table, users)
        if query is None:
            continue
        query = query.where(users.c.id == user.id).order_by(*table.primary_key.columns)
        hidden = SECRET_COLUMNS.get(table.name, frozenset())
        document[table.name] = [
            {key: _plain(value) for key, value in row.items() if key not in hidden}
            for row in db.execute(query).mappings()
        ]
    return document


def _owned_rows(table: Table, users: Table) -> Select[Any] | None:
    """A query of `table`'s rows joined along its foreign keys to `users`, or None."""
    path = _path_to_users(table, users, set())
    if path is None:
        return None
    query = select(table)
    for child, parent in path:
        key = next(fk for fk in child.foreign_keys if fk.column.table is parent)
        query = query.join(parent, key.parent == key.column)
    return query


def _path_to_users(table: Table, users: Table, seen: set[str]) -> list[tuple[Table, Table]] | None:
    """The ownership chain of (child, parent) steps from `table` to `users`.

    A cascading key is ownership; `ON DELETE SET NULL` (a log's plan) is only a reference.
    """
    seen = seen | {table.name}
    for key in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        parent = key.column.table
        if key.ondelete != "CASCADE" or not isinstance(parent, Table) or parent.name in seen:
            continue
        if parent is users:
            return [(table, users)]
        rest = _path_to_users(parent, users, seen)
        if rest is not None:
            return [(table, parent), *rest]
    return None


def _plain(value: Any) -> Any:
    """Binary values (embeddings and the like) as base64 text, so the document is JSON."""
    return base64.b64encode(value).decode() if isinstance(value, bytes) else value
