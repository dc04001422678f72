"""Kinds of things the graph tells apart, each spelt once; `ontology/cand.ttl` has a concept
for every event kind (tests/test_ontology.py checks that they agree)."""

from __future__ import annotations

from typing import Literal, get_args

EventKind = Literal["conference", "ceremony", "signing", "campaign", "appointment", "other"]
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
