"""Versioned schema migrations, one list for both stores.

A store applies, in one transaction each, every migration newer than the version its
database records in `schema_migrations`. Migrations are only ever appended: a database
made by an older duiding is brought up to date, and one made by a newer duiding is refused.

The schema holds every layer of `duiding.reading/1` from the start. Every layer record
keeps the component and version that made it (`component`, `component_version`), every
article the model and pipeline versions that analysed it, and `extra` keeps any field a
later contract adds, so that a stored reading is given back whole. Offsets are `start_char`
and `end_char` (`end` is reserved in PostgreSQL). Dates are ISO text: `*_first`..`*_last` is
the interval of days a partial date covers, so a date filter can respect its precision.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sqlite: str
    postgres: str


# Columns shared by both dialects; {pk} and {json} differ.
_TABLES = """
CREATE TABLE articles (
    id {pk},
    external_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_current SMALLINT NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    lede TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    source TEXT,
    url TEXT,
    published TEXT,
    published_precision TEXT,
    published_first TEXT,
    published_last TEXT,
    inferred TEXT,
    inferred_precision TEXT,
    inferred_evidence {json},
    date_first TEXT,
    date_last TEXT,
    date_precision TEXT,
    origin TEXT,
    model TEXT NOT NULL,
    pipeline {json} NOT NULL,
    duiding_version TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    extra {json},
    UNIQUE (external_id, version)
);
CREATE INDEX articles_by_date ON articles (is_current, date_first, date_last);
CREATE INDEX articles_by_external_id ON articles (external_id, is_current);
CREATE INDEX articles_by_source ON articles (source);

CREATE TABLE blocks (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    kind TEXT,
    paragraph INTEGER,
    text TEXT NOT NULL,
    extra {json},
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    type TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    kb_id TEXT,
    country TEXT,
    role TEXT,
    component TEXT,
    component_version TEXT,
    extra {json},
    UNIQUE (article_id, local_id)
);
CREATE INDEX entities_by_key ON entities (entity_key);
CREATE INDEX entities_by_name ON entities (name_folded);
CREATE INDEX entities_by_kb_id ON entities (kb_id);
CREATE INDEX entities_by_type ON entities (type, article_id);

CREATE TABLE mentions (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    text_folded TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    extra {json}
);
CREATE INDEX mentions_by_entity ON mentions (entity_id);
CREATE INDEX mentions_by_text ON mentions (text_folded);
CREATE INDEX mentions_by_article ON mentions (article_id, start_char);

CREATE TABLE times (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    mod TEXT,
    precision TEXT,
    certain SMALLINT NOT NULL,
    candidates {json},
    date_first TEXT,
    date_last TEXT,
    component TEXT,
    component_version TEXT,
    extra {json},
    UNIQUE (article_id, local_id)
);

CREATE TABLE quantities (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    value DOUBLE PRECISION,
    is_integer SMALLINT NOT NULL DEFAULT 0,
    unit TEXT,
    mod TEXT,
    counts TEXT,
    counts_folded TEXT,
    component TEXT,
    component_version TEXT,
    extra {json},
    UNIQUE (article_id, local_id)
);
CREATE INDEX quantities_by_article ON quantities (article_id);

CREATE TABLE quotes (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    speaker_text TEXT,
    speaker_folded TEXT,
    cue TEXT,
    channel TEXT,
    addressee TEXT,
    component TEXT,
    component_version TEXT,
    extra {json},
    UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_by_article ON quotes (article_id);
CREATE INDEX quotes_by_speaker ON quotes (speaker_entity_id);
CREATE INDEX quotes_by_speaker_text ON quotes (speaker_folded);

CREATE TABLE events (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    time_local_id TEXT,
    time_id INTEGER REFERENCES times (id) ON DELETE SET NULL,
    date_value TEXT,
    date_precision TEXT,
    date_first TEXT,
    date_last TEXT,
    certainty TEXT,
    polarity TEXT,
    source_local_id TEXT,
    quote_id INTEGER REFERENCES quotes (id) ON DELETE SET NULL,
    component TEXT,
    component_version TEXT,
    extra {json},
    UNIQUE (article_id, local_id)
);
CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX events_by_type ON events (type, article_id);
CREATE INDEX events_by_date ON events (date_first, date_last);

CREATE TABLE event_arguments (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    entity_local_id TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_arguments_by_entity ON event_arguments (entity_id, role);

CREATE TABLE event_quantities (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    quantity_local_id TEXT NOT NULL,
    quantity_id INTEGER REFERENCES quantities (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_quantities_by_quantity ON event_quantities (quantity_id);

CREATE TABLE errors (
    id {pk},
    source TEXT NOT NULL,
    stage TEXT NOT NULL,
    error TEXT NOT NULL,
    fix TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    UNIQUE (source, stage, error)
);
"""

# Views for browsing (datasette, psql): one row per event, quote and entity, with names and dates.
_VIEWS = """
CREATE VIEW event_table AS
SELECT e.id AS event_id, a.id AS article_id, a.external_id AS article, a.title, a.source, a.url,
       e.type, e.mode, e.trigger_text AS trigger,
       (SELECT {agg} FROM event_arguments r JOIN entities n ON n.id = r.entity_id
         WHERE r.event_id = e.id AND r.role = 'actor') AS actors,
       (SELECT {agg} FROM event_arguments r JOIN entities n ON n.id = r.entity_id
         WHERE r.event_id = e.id AND r.role = 'target') AS targets,
       (SELECT {agg} FROM event_arguments r JOIN entities n ON n.id = r.entity_id
         WHERE r.event_id = e.id AND r.role = 'place') AS places,
       COALESCE(e.date_value, a.published, a.inferred) AS date,
       CASE WHEN e.date_value IS NOT NULL THEN e.date_precision
            WHEN a.published IS NOT NULL THEN a.published_precision ELSE a.inferred_precision END AS date_precision,
       e.certainty, e.polarity, s.text AS sentence, e.component, e.component_version
FROM events e
JOIN articles a ON a.id = e.article_id
JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
WHERE a.is_current = 1;

CREATE VIEW quote_table AS
SELECT q.id AS quote_id, a.id AS article_id, a.external_id AS article, a.source, a.url,
       COALESCE(a.published, a.inferred) AS date, q.kind, q.text,
       COALESCE(n.name, q.speaker_text) AS speaker, q.cue, q.channel, q.addressee,
       q.component, q.component_version
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN entities n ON n.id = q.speaker_entity_id
WHERE a.is_current = 1;

CREATE VIEW entity_table AS
SELECT n.id AS entity_id, a.id AS article_id, a.external_id AS article, n.local_id, n.name, n.type,
       n.entity_key, n.kb_id, n.country, n.role,
       (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = n.id) AS mentions,
       n.component, n.component_version
FROM entities n
JOIN articles a ON a.id = n.article_id
WHERE a.is_current = 1;

CREATE VIEW current_articles AS
SELECT id, external_id, version, title, source, url, language, published, published_precision,
       inferred, inferred_precision, model, duiding_version, analysed_at, text
FROM articles WHERE is_current = 1;
"""

_SQLITE_FTS = """
-- FTS5 over stems that duiding computes in Python (see duiding.store.text): rowid = articles.id.
CREATE VIRTUAL TABLE article_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
-- rowid = quotes.id
CREATE VIRTUAL TABLE quote_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
"""

_POSTGRES_FTS = """
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', text), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('dutch', text)) STORED;
CREATE INDEX quotes_search ON quotes USING GIN (search);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "every layer of duiding.reading/1, errors, browsing views and full-text search",
        _TABLES.format(pk="INTEGER PRIMARY KEY", json="TEXT")
        + _VIEWS.format(agg="group_concat(n.name, '; ')")
        + _SQLITE_FTS,
        _TABLES.format(pk="BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", json="TEXT")
        .replace("INTEGER NOT NULL REFERENCES", "BIGINT NOT NULL REFERENCES")
        .replace("INTEGER REFERENCES", "BIGINT REFERENCES")
        + _VIEWS.format(agg="string_agg(n.name, '; ' ORDER BY r.position)")
        + _POSTGRES_FTS,
    ),
)

# 2: columns for fields the layers added to the contract, so that queries can use them. They are
# copies: the record's `extra` keeps each field as the reading had it (so readings round-trip), and
# the columns are filled from it, here for rows stored before, and by `flatten` from now on.
_DERIVED = [
    ("events", "same_as", "TEXT", "$.same_as"),  # a later mention of the same event (counted once)
    ("events", "modality", "TEXT", "$.factuality.modality"),
    ("events", "future", "SMALLINT", "$.factuality.future"),
    ("quantities", "source_local_id", "TEXT", "$.source"),  # the quote the number is claimed in
    ("quantities", "upper", "DOUBLE PRECISION", "$.upper"),
    ("quantities", "ordinal", "SMALLINT", "$.ordinal"),
    ("quotes", "cue_lemma", "TEXT", "$.cue_lemma"),
    ("quotes", "addressee_text", "TEXT", "$.addressee_text"),
    ("times", "note", "TEXT", "$.note"),
]


def _pg_path(path: str, cast: str) -> str:
    keys = path.removeprefix("$.").split(".")
    expr = "(extra::jsonb" + "".join(f" -> '{k}'" for k in keys[:-1]) + f" ->> '{keys[-1]}')"
    if cast == "SMALLINT":
        return f"CASE {expr} WHEN 'true' THEN 1 WHEN 'false' THEN 0 END"
    return f"{expr}::double precision" if cast == "DOUBLE PRECISION" else expr


MIGRATIONS += (
    Migration(
        2,
        "columns for event coreference, modality, ranges, ordinals, cue lemmas and claimed numbers",
        "".join(
            f"ALTER TABLE {t} ADD COLUMN {c} {kind};\n"
            f"UPDATE {t} SET {c} = json_extract(extra, '{path}') WHERE extra IS NOT NULL;\n"
            for t, c, kind, path in _DERIVED
        )
        + "CREATE INDEX quantities_by_source ON quantities (article_id, source_local_id);\n",
        "".join(
            f"ALTER TABLE {t} ADD COLUMN {c} {kind};\n"
            f"UPDATE {t} SET {c} = {_pg_path(path, kind)} WHERE extra IS NOT NULL;\n"
            for t, c, kind, path in _DERIVED
        )
        + "CREATE INDEX quantities_by_source ON quantities (article_id, source_local_id);\n",
    ),
)

# 3: covering indexes for the search facets, which read an article's entity keys, types and names,
# and its event types, from the index alone.
_FACET_INDEXES = (
    "CREATE INDEX entities_facets ON entities (article_id, entity_key, type, name);\n"
    "CREATE INDEX events_facets ON events (article_id, type);\n"
)
MIGRATIONS += (Migration(3, "covering indexes for search facets", _FACET_INDEXES, _FACET_INDEXES),)

# 4: corpus-level identities of actors the knowledge base lacks (NIL clusters, `duiding.kb.nil`).
# `entities.kb_id` and `entity_key` of an unlinked entity hold its identity's `nil:` id; these
# tables keep what the resolver needs to give a later article's spelling the same id.
_NIL = """
CREATE TABLE nil_identities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    first_article TEXT,
    keys {json} NOT NULL,
    names {json} NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE nil_blocks (
    type TEXT NOT NULL,
    block TEXT NOT NULL,
    identity_id TEXT NOT NULL REFERENCES nil_identities (id) ON DELETE CASCADE,
    PRIMARY KEY (type, block, identity_id)
);
CREATE INDEX nil_blocks_by_identity ON nil_blocks (identity_id);
CREATE VIEW nil_identity_table AS
SELECT i.id, i.type, i.name, i.country, i.first_article, i.names,
       (SELECT COUNT(DISTINCT n.article_id) FROM entities n JOIN articles a ON a.id = n.article_id
         WHERE n.kb_id = i.id AND a.is_current = 1) AS articles,
       i.created_at, i.updated_at
FROM nil_identities i;
"""
MIGRATIONS += (
    Migration(
        4,
        "corpus-level identities of actors the knowledge base lacks",
        _NIL.format(json="TEXT"),
        _NIL.format(json="TEXT"),
    ),
)

LATEST = MIGRATIONS[-1].version
