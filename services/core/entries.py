"""Reading execwatch's plain stream entries through FastStream.

execwatch writes entries as plain fields (``event``, ``v``, ``id``, ``body``)
so that any Redis client can follow its streams. FastStream expects its own
envelope, so subscribers use ``parse_plain_entry`` as their parser.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from faststream.message import StreamMessage
from faststream.redis.parser import BinaryMessageFormatV1

from .streams import as_text

ENVELOPE_KEY = b"__data__"
BODY_KEY = b"body"
MSGPACK_CONTENT_TYPE = "application/msgpack"

OriginalParser = Callable[[Any], Awaitable[StreamMessage[Any]]]


def text_fields(fields: dict[bytes, bytes]) -> dict[str, str]:
    """The entry's fields other than the body, as text."""
    return {
        key.decode("utf-8", "replace"): value.decode("utf-8", "replace")
        for key, value in fields.items()
        if key != BODY_KEY
    }


async def parse_plain_entry(
    message: dict[str, Any], original_parser: OriginalParser
) -> StreamMessage[Any]:
    """Hand a plain entry to FastStream as if it carried FastStream's envelope.

    The handler's body is the raw MessagePack ``body`` field (empty when the
    entry has none); the other fields become message headers.
    """
    data: dict[bytes, bytes] = message.get("data") or {}
    if ENVELOPE_KEY in data:
        return await original_parser(message)
    headers: dict[str, Any] = {**text_fields(data), "content-type": MSGPACK_CONTENT_TYPE}
    ids = message.get("message_ids") or [b""]
    envelope = await BinaryMessageFormatV1.encode(
        message=data.get(BODY_KEY, b""),
        reply_to=None,
        headers=headers,
        correlation_id=as_text(ids[0]),
    )
    return await original_parser({**message, "data": {ENVELOPE_KEY: envelope}})
