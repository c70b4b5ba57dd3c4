"""Practice and exam records in SQLite (the embedded default store)."""

from .store import RecordStore, RecordStoreError, SessionRecord, default_trainee

__all__ = ["RecordStore", "RecordStoreError", "SessionRecord", "default_trainee"]
