"""Practice and exam records: SQLite (the embedded default) or PostgreSQL (``--db postgresql://…``).

    with open_store(args.db) as store:        # None: $PEILIAN_DB, else the data directory's file
        store.sessions(trainee)

``base.py`` is the interface (:class:`RecordStore`) and the queries every backend
shares; ``schema.py`` the one schema; ``sqlite.py`` and ``postgres.py`` the
backends, each imported only when :func:`open_store` picks it (so SQLite never
loads the PostgreSQL driver); ``journal.py`` the write path of a call;
``turns.py`` what a turn's record holds; ``history.py`` a trainee's history.
"""

from __future__ import annotations

from pathlib import Path

from ..settings import db_location, postgres_url
from .base import DisputeRecord, RecordStore, RecordStoreError, SessionRecord

__all__ = ["DisputeRecord", "RecordStore", "RecordStoreError", "SessionRecord", "open_store"]


def open_store(where: str | Path | None = None, *, timeout: float = 5.0, must_exist: bool = False) -> RecordStore:
    """The records database ``where`` names (``--db``; None: the default), on the backend
    its scheme picks: a ``postgresql://`` URL PostgreSQL, anything else a SQLite file.

    ``must_exist``: refuse (RecordStoreError) rather than create an empty database.
    """
    location = db_location(where)
    url = postgres_url(location)
    if url is not None:
        from .postgres import PostgresRecordStore

        return PostgresRecordStore(url, timeout=timeout, must_exist=must_exist)
    from .sqlite import SQLiteRecordStore

    return SQLiteRecordStore(Path(location), timeout=timeout, must_exist=must_exist)
