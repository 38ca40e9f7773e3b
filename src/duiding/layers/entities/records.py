"""From the layer's clusters to `duiding.records.Entity` records with provenance."""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from duiding.layers.doctokens import token_table
from duiding.layers.entities.model import Cluster
from duiding.layers.entities.tokens import end_char, text_of
from duiding.records import Entity, EntityType, Mention, Provenance


def to_records(doc: Doc, clusters: list[Cluster], component: str, version: str) -> list[Entity]:
    """One Entity per cluster that has mentions, numbered `ent1...` in order of first mention."""
    tt = token_table(doc)
    provenance = Provenance(component, version)
    live = sorted((cl for cl in clusters if cl.mentions), key=lambda cl: (cl.first, cl.idx))
    out: list[Entity] = []
    for cl in live:
        mentions: dict[tuple[int, int], Mention] = {}
        for m in sorted(cl.mentions, key=lambda m: (m.start, m.end)):
            key = (tt.idx[m.start], end_char(tt, m.end))
            if key not in mentions:
                mentions[key] = Mention(*key, text_of(tt, m.start, m.end), m.sent, m.kind)
        out.append(
            Entity(
                id=f"ent{len(out) + 1}",
                name=cl.name or (cl.kb.name if cl.kb else text_of(tt, cl.mentions[0].start, cl.mentions[0].end)),
                type=cast(EntityType, cl.type),
                mentions=list(mentions.values()),
                provenance=provenance,
                kb_id=cl.kb.id if cl.kb else None,
                country=cl.country,
                role=cl.role(),
            )
        )
    return out
