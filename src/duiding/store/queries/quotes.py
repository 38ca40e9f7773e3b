"""Quotes by a speaker and/or about a topic."""

from __future__ import annotations

from duiding.store import Store
from duiding.store.queries.common import (
    ARTICLE_COLS,
    Filters,
    Row,
    Where,
    article_json,
    in_list,
    paging,
    resolve_entity,
)
from duiding.store.text import fold


def quote_rows(store: Store, condition: str, params: Row, limit: int, offset: int = 0) -> list[Row]:
    rows = store.fetch_all(
        f"SELECT q.id, q.local_id, q.kind, q.text, q.sentence, q.speaker, q.speaker_text, q.cue, q.channel,"
        " q.addressee, q.addressee_text, q.cue_lemma, n.name AS speaker_name, n.entity_key AS speaker_key,"
        " ad.name AS addressee_name,"
        f" {ARTICLE_COLS} FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN entities n ON n.id = q.speaker_entity_id"
        " LEFT JOIN entities ad ON ad.article_id = q.article_id AND ad.local_id = q.addressee"
        f" WHERE a.is_current = 1 AND ({condition})"
        " ORDER BY a.date_first NULLS LAST, a.id, q.position LIMIT :quote_limit OFFSET :quote_offset",
        params | {"quote_limit": limit, "quote_offset": offset},
    )
    return [
        {
            "text": r["text"],
            "kind": r["kind"],
            "speaker": {
                "name": r["speaker_name"] or r["speaker_text"],
                "key": r["speaker_key"],
                "as_written": r["speaker_text"],
            },
            "cue": r["cue"],
            "channel": r["channel"],
            "addressee": r["addressee_name"] or r["addressee_text"] or r["addressee"],
            "cue_lemma": r["cue_lemma"],
            "sentence": r["sentence"],
            "article": article_json(r),
        }
        for r in rows
    ]


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    q: str | None = None,
    filters: Filters = Filters(),
    kind: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> Row:
    """Quotes by a speaker (an entity, or a speaker as written) and/or about a topic (full text)."""
    page = paging(limit, offset)
    where = Where(store, None, filters)
    conds, params = list(where.conds), dict(where.params)
    if speaker:
        ids = resolve_entity(store, speaker)
        in_ids, id_params = in_list("sp", ids)
        conds.append(f"(q.speaker_entity_id IN {in_ids} OR q.speaker_folded = :speaker_folded)")
        params |= id_params | {"speaker_folded": fold(speaker)}
    if q and q.strip():
        prepared = store.text_query(q)
        if prepared is None:
            return {"speaker": speaker, "query": q, "total": 0, **page, "items": []}
        conds.append(f"q.id IN (SELECT id FROM ({store.text_hits('quotes')}) qh)")
        params["q"] = prepared
    if kind:
        conds.append("q.kind = :kind")
        params["kind"] = kind
    condition = " AND ".join(conds)
    total = store.fetch_value(
        f"SELECT COUNT(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {condition}", params
    )
    items = quote_rows(store, condition, params, limit, offset)
    return {"speaker": speaker, "query": q, "total": int(total or 0), **page, "items": items}
