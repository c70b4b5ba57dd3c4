"""Tamper-evident exam results: HMAC-SHA256 over a canonical JSON form.

The proctor's key never lives in the result.  It comes from a key file
(``--key-file``) or ``$PEILIAN_PROCTOR_KEY``; anyone holding the key can verify
that not one character of a result (a turn, a grade, a version) was changed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

from ..settings import proctor_key_from_environment

ALGORITHM = "HMAC-SHA256"
MIN_KEY_CHARACTERS = 16


class ProctorKeyError(Exception):
    """No usable proctor key."""


def canonical(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def load_key(key_file: str | None = None) -> bytes:
    if key_file:
        try:
            key = Path(key_file).read_bytes()
        except OSError as exc:
            raise ProctorKeyError(f"无法读取监考密钥文件 {key_file}：{exc.strerror}") from None
    else:
        key = proctor_key_from_environment()
    # The same key however it is given: surrounding spaces and the newline an editor
    # adds are not part of it; its length is counted in characters, as the message says.
    key = key.strip()
    try:
        characters = key.decode("utf-8")
    except UnicodeDecodeError:
        raise ProctorKeyError("监考密钥必须是 UTF-8 文字（至少 16 个字符）。") from None
    if len(characters) < MIN_KEY_CHARACTERS or not any(not c.isspace() for c in characters):
        raise ProctorKeyError(
            f"需要监考密钥（至少 {MIN_KEY_CHARACTERS} 个字符）：用 --key-file 指定密钥文件，或设置环境变量 PEILIAN_PROCTOR_KEY。"
        )
    return key


def sign(payload: dict, key: bytes) -> dict:
    """The signed document: the payload plus its signature."""
    signature = hmac.new(key, canonical(payload), hashlib.sha256).hexdigest()
    return {"result": payload, "signature": {"algorithm": ALGORITHM, "value": signature}}


def verify(document: dict, key: bytes) -> bool:
    try:
        payload = document["result"]
        signature = document["signature"]
        if signature.get("algorithm") != ALGORITHM:
            return False
        expected = hmac.new(key, canonical(payload), hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, str(signature.get("value", "")))
    except (KeyError, TypeError, AttributeError):
        return False
