"""Build the actor knowledge base (`actors.sqlite`) from the shared data: merge, key, write.

Run through `scripts/build_kb.py`. The build is deterministic: sources are read in a fixed
order, merged with a fixed priority, and written sorted, so the same data gives the same
file and every entity keeps its id (a hash of its primary source id) across rebuilds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from duiding.kb.demonyms import place_stems
from duiding.kb.names import fold, key
from duiding.kb.sources import (
    PHOENIX_AS_OF,
    Alias,
    Draft,
    PhoenixEntry,
    Role,
    cameo_class,
    display,
    read_alpino,
    read_countries,
    read_countryinfo,
    read_geonames,
    read_phoenix,
)
from duiding.lang.nl.demonyms import IRREGULAR, STATE_FORMS

SCHEMA_VERSION = "1"
# Where one spelling has several languages, the alias row keeps the first: Dutch first, so
# that `Georgia`, Dutch as well as English, counts as a Dutch name.
LANG_ORDER: dict[str | None, int] = {"nl": 0, None: 1, "en": 2, "de": 3, "fr": 4}
TYPE_BITS = {"LOC": 1, "PER": 2, "ORG": 4, "MISC": 8}
# Which source id names a merged entity: the most authoritative source first.
PRIORITY = ("iso3166", "region", "geonames", "countryinfo", "capital", "cameo", "place")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entity (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL,
  subtype TEXT NOT NULL, country TEXT, sources TEXT NOT NULL, population INTEGER, feature TEXT);
CREATE TABLE alias (
  key TEXT NOT NULL, entity INTEGER NOT NULL, name TEXT NOT NULL, lang TEXT, kind TEXT NOT NULL,
  PRIMARY KEY (key, entity, name)) WITHOUT ROWID;
CREATE TABLE external (
  scheme TEXT NOT NULL, value TEXT NOT NULL, entity INTEGER NOT NULL,
  PRIMARY KEY (scheme, value, entity)) WITHOUT ROWID;
CREATE TABLE role (
  entity INTEGER NOT NULL, title TEXT NOT NULL, class TEXT, country TEXT,
  start TEXT, "end" TEXT, as_of TEXT, code TEXT, source TEXT NOT NULL);
CREATE INDEX role_entity ON role (entity);
CREATE INDEX role_office ON role (class, country);
CREATE TABLE demonym_stem (stem TEXT NOT NULL, entity INTEGER NOT NULL, PRIMARY KEY (stem, entity)) WITHOUT ROWID;
CREATE TABLE name_type (key TEXT PRIMARY KEY, types INTEGER NOT NULL) WITHOUT ROWID;
"""


def stable_id(source_id: str) -> str:
    """`kb:` and 12 hex digits of the primary source id's SHA-1: rebuilds keep the id."""
    return "kb:" + hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:12]


@dataclass
class Sources:
    countries: Path
    countryinfo: Path
    phoenix_countries: Path
    phoenix_international: Path
    phoenix_nonstate: Path
    geonames: Path
    alpino: Path

    @classmethod
    def under(cls, data: Path) -> Sources:
        dicts = data / "cameo" / "petrarch2_dictionaries"
        return cls(
            countries=data / "world_countries_mledoze" / "countries.json",
            countryinfo=data / "countryinfo" / "CountryInfo.120116.txt",
            phoenix_countries=dicts / "Phoenix.Countries.actors.txt",
            phoenix_international=dicts / "Phoenix.International.actors.txt",
            phoenix_nonstate=dicts / "Phoenix.MilNonState.actors.txt",
            geonames=data / "geonames_nl" / "NL.txt",
            alpino=data / "alpino_names_gazetteer",
        )


class Merger:
    """Drafts in, entities out: people, places and organisations that are one are merged."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.parent: list[int] = []
        self.by_key: dict[tuple[str, str, str | None, str], int] = {}
        self.countries: dict[str, int] = {}  # ISO2 / ISO3 -> draft index
        self.by_source: dict[str, int] = {}

    def add(self, d: Draft, merge_on: Iterable[tuple[str, str | None, str]] = ()) -> int:
        i = len(self.drafts)
        self.drafts.append(d)
        self.parent.append(i)
        # One source id is one entity, however many lines of the source name it.
        if d.source_id in self.by_source:
            self.union(self.by_source[d.source_id], i)
        else:
            self.by_source[d.source_id] = i
        for scope, country, name_key in merge_on:
            k = (d.type, scope, country, name_key)
            if k in self.by_key:
                self.union(self.by_key[k], i)
            else:
                self.by_key[k] = i
        return i

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[Draft]]:
        out: dict[int, list[Draft]] = defaultdict(list)
        for i, d in enumerate(self.drafts):
            out[self.find(i)].append(d)
        return [out[k] for k in sorted(out)]


def _person_keys(d: Draft) -> list[tuple[str, str | None, str]]:
    return [("person", d.country, key(a.name, "en")) for a in d.aliases if a.kind == "name"]


def _place_keys(d: Draft) -> list[tuple[str, str | None, str]]:
    return [("place", d.country, key(d.name, "en"))]


def collect(src: Sources) -> Merger:
    m = Merger()
    country_aliases: dict[str, set[str]] = defaultdict(set)
    iso3_to_2: dict[str, str] = {}

    for d in read_countries(src.countries):
        if d.subtype == "country":
            i = m.add(d)
            iso3 = next(v for s, v in d.external if s == "iso3")
            m.countries[d.country or ""] = i
            m.countries[iso3] = i
            iso3_to_2[iso3] = d.country or ""
            country_aliases[d.country or ""] |= {fold(a.name) for a in d.aliases}
        else:
            m.add(d, _place_keys(d) if d.subtype == "capital" else ())

    for ci in read_countryinfo(src.countryinfo):
        iso2 = ci.iso2 or iso3_to_2.get(ci.iso3)
        if iso2 is None or iso2 not in m.countries:
            continue
        country = m.drafts[m.countries[iso2]]
        country.sources.add("countryinfo")
        country.aliases += [Alias(ci.name, "en")] + [Alias(n, "en") for n in ci.nationality]
        country.external += ci.codes
        country_aliases[iso2] |= {fold(ci.name)} | {fold(n) for n in ci.nationality}
        for name, subtype in ci.places:
            p = Draft(f"countryinfo:{ci.iso3}:place:{name}", "LOC", subtype, name, iso2, [Alias(name, "en")])
            p.sources.add("countryinfo")
            m.add(p, _place_keys(p))
        for person in ci.people:
            person.country = iso2
            for r in person.roles:
                r.country = iso2
            m.add(person, _person_keys(person))

    for path, origin in (
        (src.phoenix_countries, "countries"),
        (src.phoenix_international, "international"),
        (src.phoenix_nonstate, "nonstate"),
    ):
        block: str | None = None
        for e in read_phoenix(path):
            block = _add_phoenix(m, e, origin, block, country_aliases, iso3_to_2)

    for d in read_geonames(src.geonames):
        if d.subtype == "country" and d.country in m.countries:
            m.drafts[m.countries[d.country]].external += d.external
            continue
        m.add(d, _place_keys(d) if d.subtype == "city" else ())
    return m


def _add_phoenix(
    m: Merger,
    e: PhoenixEntry,
    origin: str,
    block: str | None,
    country_aliases: dict[str, set[str]],
    iso3_to_2: dict[str, str],
) -> str | None:
    """Add one dictionary entry; returns the country block the next entry is in."""
    codes = [c for c in e.codes if c[0] != "ELI" and not c[0].endswith("ELI")]
    bare = [c[0] for c in codes if len(c[0]) == 3 and c[0] in iso3_to_2]
    names = [e.name, *e.synonyms]
    if origin == "countries" and bare and "countryinfo" not in e.comment.lower():
        iso2 = iso3_to_2[bare[-1]]
        if fold(display(e.name)) in country_aliases[iso2] or _prefix_match(
            fold(display(e.name)), country_aliases[iso2]
        ):
            country = m.drafts[m.countries[iso2]]
            country.sources.add("cameo")
            country.external.append(("cameo", bare[-1]))
            for syn in e.synonyms:
                f = fold(display(syn))
                if f in country_aliases[iso2] or _prefix_match(f, country_aliases[iso2]):
                    country.aliases.append(Alias(display(syn), "en"))
                else:
                    p = Draft(f"place:{bare[-1]}:{display(syn)}", "LOC", "place", display(syn), iso2)
                    p.aliases.append(Alias(display(syn), "en"))
                    p.sources.add("cameo")
                    m.add(p, _place_keys(p))
            return iso2
    if not codes:
        return block
    first = codes[0][0]
    owner: str | None = iso3_to_2.get(first[:3]) or (block if origin == "countries" else None)
    dated = (
        any(c[3] for c in e.codes) or "countryinfo" in e.comment.lower() or any(c[0].endswith("ELI") for c in e.codes)
    )
    is_person = dated and not any(w in e.name.upper() for w in ("MINISTRY", "PARTY", "COUNCIL", "FORCES"))
    d = Draft(
        f"cameo:{origin}:{e.name}",
        "PER" if is_person else "ORG",
        "person" if is_person else "organisation",
        display(e.name),
        owner,
        [Alias(display(n), "en") for n in names if n.strip("_ ")],
    )
    d.sources.add("cameo")
    seen: set[str] = set()
    for code, start, end, _dated in codes:
        if code not in seen:
            d.external.append(("cameo", code))
            seen.add(code)
        if is_person:
            d.roles.append(
                Role(
                    code, cameo_class(code), iso3_to_2.get(code[:3], owner), start, end, PHOENIX_AS_OF, code, "phoenix"
                )
            )
    m.add(d, _person_keys(d) if is_person else [("org", owner, key(d.name, "en"))])
    return block


def _prefix_match(name: str, aliases: set[str]) -> bool:
    """`afghan` for `afghanistan`: a nationality form that opens a country name."""
    return len(name) >= 4 and any(a.startswith(name) or (len(a) >= 5 and name.startswith(a)) for a in aliases)


def _primary(group: list[Draft]) -> Draft:
    def rank(d: Draft) -> tuple[int, str]:
        prefix = d.source_id.split(":", 1)[0]
        return (PRIORITY.index(prefix) if prefix in PRIORITY else len(PRIORITY), d.source_id)

    return min(group, key=rank)


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    """Phoenix repeats CountryInfo's offices with codes only: keep one per office and start."""
    out: list[Role] = []
    for r in sorted(roles, key=lambda r: (r.source != "countryinfo", r.start or dt.date.min, r.title)):
        clash = any(
            o.country == r.country
            and o.start is not None
            and r.start is not None
            and abs((o.start - r.start).days) <= 31
            and (o.source != r.source or (o.title, o.end) == (r.title, r.end))
            for o in out
        )
        if not clash:
            out.append(r)
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _conv(lang: str | None, source_id: str) -> str:
    if lang in ("nl", "en", "de", "fr"):
        return lang
    return "nl" if source_id.startswith("geonames") else "en"


def write(m: Merger, alpino: Iterable[tuple[str, str]], out: Path, meta: dict[str, str]) -> dict[str, int]:
    if out.exists():
        out.unlink()
    con = sqlite3.connect(out)
    con.executescript(SCHEMA)
    counts: dict[str, int] = defaultdict(int)
    entities: list[tuple[str, list[Draft]]] = sorted(
        ((stable_id(_primary(g).source_id), g) for g in m.groups()), key=lambda x: x[0]
    )
    stems: set[tuple[str, int]] = set()
    for n, (eid, group) in enumerate(entities, 1):
        head = _primary(group)
        countries = sorted({d.country for d in group if d.country})
        country = head.country or (countries[0] if len(countries) == 1 else None)
        sources = ",".join(sorted({s for d in group for s in d.sources}))
        population = max((d.population for d in group if d.population is not None), default=None)
        feature = min((d.feature for d in group if d.feature), default=None)
        con.execute(
            "INSERT INTO entity VALUES (?,?,?,?,?,?,?,?,?)",
            (n, eid, head.name, head.type, head.subtype, country, sources, population, feature),
        )
        counts[head.type] += 1
        aliases = {(key(a.name, _conv(a.lang, d.source_id)), a.name, a.lang, a.kind) for d in group for a in d.aliases}
        aliases.add(
            (
                key(head.name, _conv("nl" if head.subtype in ("country", "region") else None, head.source_id)),
                head.name,
                None,
                "name",
            )
        )
        for k, name, lang, kind in sorted(aliases, key=lambda x: (x[0], x[1], LANG_ORDER.get(x[2], 9), x[3])):
            if k:
                con.execute("INSERT OR IGNORE INTO alias VALUES (?,?,?,?,?)", (k, n, name, lang, kind))
        for scheme, value in sorted({x for d in group for x in d.external}):
            con.execute("INSERT OR IGNORE INTO external VALUES (?,?,?)", (scheme, value, n))
        for r in _dedupe_roles([r for d in group for r in d.roles]):
            con.execute(
                "INSERT INTO role VALUES (?,?,?,?,?,?,?,?,?)",
                (n, r.title, r.role_class, r.country, _iso(r.start), _iso(r.end), _iso(r.as_of), r.code, r.source),
            )
        if head.subtype in ("country", "region"):
            dutch = [a.name for d in group for a in d.aliases if a.lang == "nl"] + [head.name]
            dutch += [w[1] for w in (n.split() for n in dutch) if len(w) == 2 and fold(w[0]) in STATE_FORMS]
            for name in dutch:
                stems |= {(s, n) for s in place_stems(name)}
            code = head.country
            for form in IRREGULAR.get(code or "", ()):
                con.execute(
                    "INSERT OR IGNORE INTO alias VALUES (?,?,?,?,?)", (key(form, "nl"), n, form, "nl", "demonym")
                )
    con.executemany("INSERT INTO demonym_stem VALUES (?,?)", sorted(stems))
    types: dict[str, int] = defaultdict(int)
    for name, typ in alpino:
        k = fold(name)
        if k:
            types[k] |= TYPE_BITS[typ]
    con.executemany("INSERT INTO name_type VALUES (?,?)", sorted(types.items()))
    counts["name_types"] = len(types)
    meta = {**meta, "schema": SCHEMA_VERSION, **{f"count.{k}": str(v) for k, v in sorted(counts.items())}}
    con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    return dict(counts)


def build(data: Path, out: Path, meta: dict[str, str] | None = None) -> dict[str, int]:
    src = Sources.under(data)
    m = collect(src)
    return write(m, read_alpino(src.alpino), out, meta or {})
