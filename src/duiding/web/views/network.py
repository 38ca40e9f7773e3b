"""The actor network of a search or date range, edges typed (and coloured) by PLOVER event type."""

from __future__ import annotations

from typing import Any

from duiding.store import Store
from duiding.store import queries as Q
from duiding.web import plover
from duiding.web.views.params import Params


def network_graph(store: Store, p: Params, *, min_weight: int = 1, limit: int = 200) -> dict[str, Any]:
    net = Q.network(store, p.filters, q=p.q, min_weight=min_weight, limit=limit)
    names = {n["key"]: n["name"] for n in net["nodes"]}
    edges = [
        e
        | {
            "colour": plover.colour(e["type"]),
            "source_name": names.get(e["source"]),
            "target_name": names.get(e["target"]),
        }
        for e in net["edges"]
    ]
    return {
        "nodes": net["nodes"],
        "edges": edges,
        "legend": plover.legend({e["type"] for e in edges}),
    }


def network_view(store: Store, p: Params, min_weight: int) -> dict[str, Any]:
    graph = network_graph(store, p, min_weight=min_weight)
    entity_name = None
    if p.entity:
        # The name to show for the entity asked about: its node's, else its profile's, else as asked.
        entity_name = next((n["name"] for n in graph["nodes"] if n["key"] == p.entity), None)
        if entity_name is None:
            found = Q.entities(store, p.entity, limit=1)["items"]
            entity_name = found[0]["name"] if found and found[0]["key"] == p.entity else p.entity
    return {"params": p.to_json(), "min_weight": min_weight, "entity_name": entity_name, **graph}
