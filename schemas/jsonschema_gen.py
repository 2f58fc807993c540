"""Generate the JSON Schema files in schemas/jsonschema/ from the msgspec types.

    python -m execwatch.schemas.jsonschema_gen [--check]

With ``--check`` nothing is written; the exit status says whether the files are stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

from .events import AlertRaised, ArticleReceived, Event, MoveReported

SCHEMA_DIR = Path(__file__).resolve().parent / "jsonschema"
EVENT_TYPES: tuple[type[Event], ...] = (ArticleReceived, MoveReported, AlertRaised)


def render() -> dict[str, bytes]:
    """File name -> JSON Schema text, for every event type."""
    files: dict[str, bytes] = {}
    for event_type in EVENT_TYPES:
        schema = msgspec.json.schema(event_type)
        text = msgspec.json.format(msgspec.json.encode(schema), indent=2) + b"\n"
        files[f"{event_type.__name__}.json"] = text
    return files


def stale_files(directory: Path = SCHEMA_DIR) -> list[str]:
    """Names of schema files that are missing or differ from the types."""
    return [
        name
        for name, text in render().items()
        if not (directory / name).is_file() or (directory / name).read_bytes() != text
    ]


def main(argv: list[str] | None = None) -> int:
    """Write the schema files, or with --check report the stale ones."""
    args = sys.argv[1:] if argv is None else argv
    if "--check" in args:
        stale = stale_files()
        for name in stale:
            print(f"stale: schemas/jsonschema/{name} (run `make schemas`)", file=sys.stderr)
        return 1 if stale else 0
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name, text in render().items():
        (SCHEMA_DIR / name).write_bytes(text)
        print(f"wrote schemas/jsonschema/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
