"""The AsyncAPI document: up to date with the code, and every reference in it resolves."""

from __future__ import annotations

from typing import Any

import yaml

from execwatch.services import asyncapi
from execwatch.services.core.streams import StreamNames


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node


def test_the_committed_document_is_up_to_date() -> None:
    assert asyncapi.main(["--check"]) == 0, "docs/asyncapi.yaml is stale: run `make schemas`"


def test_every_stream_and_reference_is_there() -> None:
    document = yaml.safe_load(asyncapi.render())
    names = StreamNames()
    addresses = {c["address"] for c in document["channels"].values()}
    assert {names.articles, names.moves, names.alerts, names.redeliveries} <= addresses
    refs = _refs(document)
    assert "#/components/schemas/AlertRaised" in refs
    for ref in refs:
        assert _resolve(document, ref) is not None, ref


def test_a_prefix_moves_every_address() -> None:
    channels = asyncapi.document("team-a")["channels"].values()
    assert all(c["address"].startswith("team-a:") for c in channels)
