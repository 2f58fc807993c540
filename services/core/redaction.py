"""Secrets never reach the logs: a structlog processor that masks them."""

from __future__ import annotations

import re
from typing import Any

import structlog

MASK = "***"
SECRET_KEYS = re.compile(r"pass(word)?|secret|token|authorization|api_?key|signature", re.I)
# user:password@ in URLs (redis://, rediss://, https:// ...)
URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):[^@/\s]+@", re.I)
BEARER = re.compile(r"(bearer\s+)[^\s\"']+", re.I)


def redact_text(text: str) -> str:
    """``text`` with URL passwords and bearer tokens masked."""
    text = URL_CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:{MASK}@", text)
    return BEARER.sub(lambda m: m.group(1) + MASK, text)


def _redact(key: str, value: Any) -> Any:
    if SECRET_KEYS.search(key) and value not in (None, ""):
        return MASK
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: _redact(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_redact(key, v) for v in value)
    return value


def redact_secrets(
    _logger: object, _method: str, event_dict: structlog.types.EventDict
) -> structlog.types.EventDict:
    """Mask values under secret-sounding keys, and credentials inside any text."""
    return {key: _redact(key, value) for key, value in event_dict.items()}
