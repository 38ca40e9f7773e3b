"""The entity page: who it is, how it is written, its roles, its time line, its co-actors, its quotes."""

from __future__ import annotations

from typing import Any

from duiding.store import Store
from duiding.store import queries as Q
from duiding.web import queries as W
from duiding.web.views.network import network_graph
from duiding.web.views.params import Params

TIMELINE_LIMIT = 200
KB_NAMES = 40


def _knowledge_base(kb_ids: list[str]) -> list[dict[str, Any]]:
    """What the knowledge base says about the entity: its name there, names by language, dated roles."""
    if not kb_ids:
        return []
    try:
        from duiding.kb import default_kb

        kb = default_kb()
    except (FileNotFoundError, OSError):
        return []
    out = []
    for kb_id in kb_ids:
        entity = kb.entity(kb_id)
        if entity is None:
            continue
        out.append(
            {
                "id": kb_id,
                "name": entity.name,
                "type": entity.type,
                "subtype": entity.subtype,
                "country": entity.country,
                "names": [
                    {"name": n, "language": lang, "kind": kind} for n, lang, kind in kb.aliases(kb_id)[:KB_NAMES]
                ],
                "roles": [
                    {
                        "title": r.title,
                        "class": r.role_class,
                        "country": r.country,
                        "start": r.start.isoformat() if r.start else None,
                        "end": r.end.isoformat() if r.end else None,
                        "as_of": r.as_of.isoformat() if r.as_of else None,
                        "source": r.source,
                    }
                    for r in kb.roles(kb_id)
                ],
                "external_ids": kb.external_ids(kb_id),
            }
        )
    return out


def entity_view(store: Store, name: str) -> dict[str, Any]:
    profile = Q.entity_profile(store, name)
    kb = _knowledge_base(profile["kb_ids"])
    names = profile["names"]
    canonical = kb[0]["name"] if kb else (names[0]["name"] if names else name)
    key = profile["keys"][0] if len(profile["keys"]) == 1 else (profile["kb_ids"] or [name])[0]
    timeline = W.events(store, entities=[name], order="asc", limit=TIMELINE_LIMIT)
    network = network_graph(store, Params(entity=name), limit=60)
    return {
        "query": name,
        "key": key,
        "canonical_name": canonical,
        "type": names[0]["type"] if names else None,
        "knowledge_base": kb,
        "written": W.names_by_language(store, name),
        "profile": profile,
        "timeline": timeline,
        "network": network,
    }
