"""Practice and exam records: SQLite (the embedded default) or PostgreSQL (``--db postgresql://…``)."""

from .sqlite import RecordStore, RecordStoreError, SessionRecord

__all__ = ["RecordStore", "RecordStoreError", "SessionRecord"]
