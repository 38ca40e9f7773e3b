"""duiding's actor knowledge base: countries, regions, places, people and organisations,
with their names in several languages, external ids and roles over time.

The knowledge base is one SQLite file shipped in the package (`actors.sqlite`, built by
`scripts/build_kb.py` from open data; see `SOURCES.md`). It is opened read-only.

    kb = default_kb()
    kb.lookup("Wit-Rusland")                    # exact match on the romanisation key
    kb.search_person("Michail Chodorkovski", country="RU")  # fuzzy, across romanisations
    kb.roles_at(entity.id, date(2020, 9, 14))   # who held what, and how sure the KB is
    kb.country_by_demonym("Litouwse")           # -> the entity of Lithuania

Roles are dated. A role the source recorded as open ("still in office at the last update")
is `held` up to the source's update date and only `possible` after it: the sources stop
around 2012-2014, and the knowledge base says so rather than guess.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from duiding.kb.demonyms import flat, word_stems
from duiding.kb.names import content_words, fold, key, name_keys, surname_key, word_similarity

KB_PATH = Path(__file__).resolve().with_name("actors.sqlite")
TYPE_BITS = {"LOC": 1, "PER": 2, "ORG": 4, "MISC": 8}

Status = Literal["held", "possible", "not"]

NOTABLE_POPULATION = 1000
CACHE_SIZE = 16384  # answers kept per query kind (see `KnowledgeBase._init_caches`)
# `search_person` keeps at most this many surnames that are alike a query's surname.
SURNAME_HITS = 50
# A demonym is one capitalised word, hyphenated parts capitalised or not (`Wit-Russische`,
# `Brits-Amerikaanse`, `Noord-Koreaanse`): letters only, no capitals inside a part.
DEMONYM_FORM = re.compile(r"^[^\W\d_][^\W\d_A-Z]*(?:-[^\W\d_][^\W\d_A-Z]*)*$")
# GeoNames feature codes of places a bare name in the news may mean.
NOTABLE_FEATURES = frozenset(
    {
        "P.PPLC",
        "P.PPLA",
        "P.PPLA2",
        "P.PPLG",
        "L.RGN",
        "T.ISL",
        "T.ISLS",
        "H.SEA",
        "H.LK",
        "H.LKI",
        "H.STM",
        "H.BAY",
        "H.SD",
        "L.AREA",
    }
)


@dataclass(frozen=True, slots=True)
class KBEntity:
    id: str
    name: str
    type: str
    subtype: str  # country, region, capital, city, place, person, organisation
    country: str | None  # ISO 3166 alpha-2
    population: int | None = None  # GeoNames places
    feature: str | None = None  # GeoNames feature class and code, e.g. P.PPLC

    @property
    def notable(self) -> bool:
        """Whether a bare name may be linked to it: not a GeoNames hamlet or locality that shares
        a name with a place abroad (five `Engeland`s in the Netherlands, none inhabited; a
        locality `Moskou`). Towns of a thousand people, municipalities and provinces, and
        the larger seas, lakes, rivers, islands and regions are notable."""
        if self.feature is None or self.feature.startswith("A."):
            return True
        if self.feature.startswith("P."):
            return (self.population or 0) >= NOTABLE_POPULATION or self.feature in NOTABLE_FEATURES
        return self.feature in NOTABLE_FEATURES


@dataclass(frozen=True, slots=True)
class KBRole:
    title: str
    role_class: str | None
    country: str | None
    start: dt.date | None  # None: before the source began recording
    end: dt.date | None  # None: open at the source's last update
    as_of: dt.date | None
    code: str | None  # CAMEO actor code
    source: str

    def status_at(self, day: dt.date) -> Status:
        """`held` where the source covers the day, `possible` where the day lies past what the
        source knows (an open role after its update, a day before recording began)."""
        if self.start is not None and day < self.start:
            return "not"
        if self.end is not None:
            if day > self.end:
                return "not"
            return "held" if self.start is not None else "possible"
        return "held" if self.as_of is not None and day <= self.as_of else "possible"


# The letters of romanisation keys; anything else shares one more count (a shared count can
# only raise the bound below, never drop a surname that could match).
_KEY_LETTERS = {ch: n for n, ch in enumerate("abcdefghijklmnopqrstuvwxyz0123456789")}
_OTHER_LETTER = len(_KEY_LETTERS)


def _letter_of(ch: str) -> int:
    return _KEY_LETTERS.get(ch, _OTHER_LETTER)


class _SurnameLetters:
    """How often each letter occurs in each KB surname, for a cheap bound on `fuzz.ratio`.

    The ratio of two strings is 200 * (their longest common subsequence) / (both lengths), and
    that subsequence is at most the letters they have in common, counted with repeats. Scoring
    only the surnames whose bound reaches the cutoff finds the same hits as scoring them all,
    at a small part of the cost: most surnames share too few letters with the query."""

    def __init__(self, surnames: list[str]) -> None:
        counts = np.zeros((_OTHER_LETTER + 1, len(surnames)), dtype=np.uint16)
        for n, s in enumerate(surnames):
            for ch in s:
                counts[_letter_of(ch), n] += 1
        # letter -> [surnames with it at least once, at least twice, ...], as 0/1 per surname:
        # letters in common, counted with repeats, are then sums of the query's rows.
        self._dtype = np.uint8 if max((len(s) for s in surnames), default=0) < 256 else np.uint16
        self._at_least = [
            [(row >= times).astype(self._dtype) for times in range(1, int(row.max(initial=0)) + 1)] for row in counts
        ]
        self._lengths = np.array([len(s) for s in surnames], dtype=np.float64)
        self._needed = lru_cache(maxsize=256)(self._needed_uncached)

    def candidates(self, surname: str, cutoff: float) -> list[int]:
        """The positions of the surnames whose ratio to `surname` may reach `cutoff` (a point to
        spare for rounding), in the KB's order."""
        common: np.ndarray = np.zeros(len(self._lengths), dtype=self._dtype)
        for letter, times in Counter(_letter_of(ch) for ch in surname).items():
            for at_least in self._at_least[letter][:times]:
                common += at_least
        return np.flatnonzero(common >= self._needed(len(surname), cutoff)).tolist()  # type: ignore[no-any-return]

    def _needed_uncached(self, length: int, cutoff: float) -> np.ndarray:
        """Per surname, the fewest letters in common with a query of `length` that can reach
        `cutoff` less a point (a whole number: the letters in common are one)."""
        needed = np.ceil((cutoff - 1.0) / 200.0 * (length + self._lengths))
        return np.minimum(needed, np.iinfo(np.uint16).max).astype(np.uint16)


@dataclass(frozen=True)
class _People:
    """The people of the KB, indexed for `search_person`."""

    by_surname: dict[str, tuple[int, ...]]  # surname key -> entity numbers
    surnames: list[str]  # the surname keys, in the KB's order
    letters: _SurnameLetters  # of `surnames`, in the same order
    keys: dict[int, tuple[str, ...]]  # entity number -> alias keys
    country: dict[int, str | None]


@dataclass(frozen=True)
class _Demonyms:
    """The KB's demonyms and demonym stems, with their entities in the KB's order (a few
    hundred rows, read at the first demonym asked about: an article asks about every
    capitalised adjective, and the same words recur)."""

    by_key: dict[str, tuple[KBEntity, ...]]  # demonym alias key -> entities, one per alias
    by_stem: dict[str, tuple[KBEntity, ...]]  # demonym stem -> entities


@dataclass(frozen=True, slots=True)
class Match:
    entity: KBEntity
    score: float  # 0..100
    alias: str  # the KB name that matched


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


class KnowledgeBase:
    """Read-only queries on the actor knowledge base."""

    def __init__(self, path: Path = KB_PATH) -> None:
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: run `python scripts/build_kb.py` from a source checkout")
        self.path = path
        self._open()
        self._init_caches()

    def _init_caches(self) -> None:
        """Answers kept per process, keyed on the exact query: the file is immutable, and an
        article (and a corpus) asks about the same names again and again (the entity layer
        links each person twice, and every article names the same few countries)."""
        self._lookup = lru_cache(maxsize=CACHE_SIZE)(self._lookup_uncached)
        self._name_types = lru_cache(maxsize=CACHE_SIZE)(self._name_types_uncached)
        self._search_person = lru_cache(maxsize=CACHE_SIZE)(self._search_person_uncached)
        self._surname_hits = lru_cache(maxsize=CACHE_SIZE)(self._surname_hits_uncached)
        self._roles = lru_cache(maxsize=CACHE_SIZE)(self._roles_uncached)
        self._holders = lru_cache(maxsize=CACHE_SIZE)(self._holders_uncached)
        self._demonym = lru_cache(maxsize=CACHE_SIZE)(self._demonym_uncached)

    def _open(self) -> None:
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._pid = os.getpid()

    # A connection must not cross a fork, nor a pickle (spaCy's multiprocessing does both):
    # a worker opens its own.
    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.path = Path(str(state["path"]))
        self._open()
        self._init_caches()

    def _rows(self, sql: str, args: Iterable[object] = ()) -> list[tuple[object, ...]]:
        if os.getpid() != self._pid:
            self._open()
        with self._lock:
            return self._con.execute(sql, tuple(args)).fetchall()

    # --- entities ----------------------------------------------------------------------

    @staticmethod
    def _entity(row: tuple[object, ...]) -> KBEntity:
        _n, eid, name, typ, subtype, country, population, feature = row[:8]
        return KBEntity(
            str(eid),
            str(name),
            str(typ),
            str(subtype),
            str(country) if country else None,
            int(str(population)) if population is not None else None,
            str(feature) if feature else None,
        )

    _ENTITY = "SELECT e.n, e.id, e.name, e.type, e.subtype, e.country, e.population, e.feature FROM entity e"

    def entity(self, entity_id: str) -> KBEntity | None:
        rows = self._rows(f"{self._ENTITY} WHERE e.id = ?", (entity_id,))
        return self._entity(rows[0]) if rows else None

    def by_external(self, scheme: str, value: str) -> KBEntity | None:
        """`by_external("iso2", "BY")`, `("geonames", "2759794")`, `("cameo", "BLR")`."""
        rows = self._rows(
            f"{self._ENTITY} JOIN external x ON x.entity = e.n WHERE x.scheme = ? AND x.value = ?", (scheme, value)
        )
        return self._entity(rows[0]) if rows else None

    def country(self, code: str) -> KBEntity | None:
        """The country with this ISO 3166 alpha-2 or alpha-3 code."""
        return self.by_external("iso2" if len(code) == 2 else "iso3", code.upper())

    def external_ids(self, entity_id: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for scheme, value in self._rows(
            "SELECT x.scheme, x.value FROM external x JOIN entity e ON e.n = x.entity WHERE e.id = ? ORDER BY 1, 2",
            (entity_id,),
        ):
            out[str(scheme)].append(str(value))
        return dict(out)

    def aliases(self, entity_id: str) -> list[tuple[str, str | None, str]]:
        """(name, language, kind) of every name the KB knows for the entity."""
        rows = self._rows(
            "SELECT a.name, a.lang, a.kind FROM alias a JOIN entity e ON e.n = a.entity WHERE e.id = ? ORDER BY 1",
            (entity_id,),
        )
        return [(str(n), str(lang) if lang else None, str(kind)) for n, lang, kind in rows]

    # --- names ---------------------------------------------------------------------------

    def lookup(
        self,
        name: str,
        *,
        types: Iterable[str] | None = None,
        country: str | None = None,
        kind: str = "name",
        dutch_only: bool = False,
        same_spelling: bool = False,
    ) -> list[KBEntity]:
        """Entities with an alias whose romanisation key equals one of the name's keys.

        `dutch_only` keeps to Dutch names and names whose language the source does not give
        (so that the English adjective `Chinese` is not read as a name of China);
        `same_spelling` keeps to aliases spelt as the name is, up to case and diacritics
        (`Lion` is not `Lyon`, though their keys are equal)."""
        found = self._lookup(name, tuple(types or ()), country, kind, dutch_only, same_spelling)
        return list(found)

    def _lookup_uncached(
        self,
        name: str,
        types: tuple[str, ...],
        country: str | None,
        kind: str,
        dutch_only: bool,
        same_spelling: bool,
    ) -> tuple[KBEntity, ...]:
        keys = name_keys(name)
        if not keys:
            return ()
        sql = (
            f"SELECT e.n, e.id, e.name, e.type, e.subtype, e.country, e.population, e.feature, a.name FROM entity e "
            f"JOIN alias a ON a.entity = e.n WHERE a.key IN ({','.join('?' * len(keys))}) AND a.kind = ?"
        )
        args: list[object] = [*keys, kind]
        wanted = list(types)
        if wanted:
            sql += f" AND e.type IN ({','.join('?' * len(wanted))})"
            args += wanted
        if country:
            sql += " AND e.country = ?"
            args.append(country)
        if dutch_only:
            sql += " AND (a.lang = 'nl' OR a.lang IS NULL)"
        seen: dict[str, KBEntity] = {}
        for row in self._rows(sql + " ORDER BY e.n", args):
            if same_spelling and fold(str(row[-1])) != fold(name):
                continue
            ent = self._entity(row)
            seen.setdefault(ent.id, ent)
        return tuple(seen.values())

    @cached_property
    def _people(self) -> _People:
        """Every person's alias keys and country, and the people by surname key (loaded once)."""
        by_surname: dict[str, list[int]] = defaultdict(list)
        keys: dict[int, list[str]] = defaultdict(list)
        country: dict[int, str | None] = {}
        for k, n, c in self._rows(
            "SELECT a.key, a.entity, e.country FROM alias a JOIN entity e ON e.n = a.entity "
            "WHERE e.type = 'PER' AND a.kind = 'name' ORDER BY a.entity, a.key"
        ):
            n_ = int(str(n))
            keys[n_].append(str(k))
            country[n_] = str(c) if c else None
            s = surname_key(str(k))
            if s:
                people = by_surname[s]
                if not people or people[-1] != n_:  # rows come by entity: a repeat is the last one
                    people.append(n_)
        # Tuples, not lists: the garbage collector stops tracking tuples of strings and numbers,
        # and otherwise walks these tens of thousands of containers at every full collection.
        return _People(
            {s: tuple(people) for s, people in by_surname.items()},
            list(by_surname),
            _SurnameLetters(list(by_surname)),
            {n: tuple(v) for n, v in keys.items()},
            country,
        )

    def load_people(self) -> None:
        """Read the people's names now (a tenth of a second), not on the first person searched:
        a pipeline calls this when it loads, as it builds its other tables then."""
        _ = self._people

    def search_person(
        self, name: str, *, country: str | None = None, cutoff: float = 80.0, limit: int = 5
    ) -> list[Match]:
        """People whose name is like `name` across romanisations, best first.

        The surname must be close (rapidfuzz ratio on the keys); given names count where both
        sides have them, and an initial matches a name that starts with it.
        """
        return list(self._search_person(name, country, cutoff, limit))

    def _search_person_uncached(self, name: str, country: str | None, cutoff: float, limit: int) -> tuple[Match, ...]:
        people = self._people
        query_keys = name_keys(name)
        surnames = {surname_key(k) for k in query_keys if surname_key(k)}
        candidates: set[int] = set()
        for s in surnames:
            for hit in self._surname_hits(s, min(cutoff, 80.0)):
                candidates.update(people.by_surname[hit])
        scored: list[tuple[float, int, str]] = []
        for n in candidates:
            if country and people.country.get(n) not in (None, country):
                continue
            best, best_alias = 0.0, ""
            for k in people.keys[n]:
                for q in query_keys:
                    sim = person_similarity(q, k)
                    if sim > best:
                        best, best_alias = sim, k
            if best >= cutoff:
                scored.append((best, n, best_alias))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return tuple(Match(self._entity_at(n), score, alias) for score, n, alias in scored[:limit])

    def _surname_hits_uncached(self, surname: str, cutoff: float) -> tuple[str, ...]:
        """The KB surnames whose ratio to `surname` reaches `cutoff`, at most `SURNAME_HITS`,
        best first (the KB's order among equals).

        Only the surnames that share enough letters with `surname` to reach the cutoff are
        scored (see `_SurnameLetters`); where more than `SURNAME_HITS` pass, the best of them
        are kept as rapidfuzz ranks them."""
        people = self._people
        near = [people.surnames[n] for n in people.letters.candidates(surname, cutoff)]
        hits = process.extract(surname, near, scorer=fuzz.ratio, score_cutoff=cutoff, limit=SURNAME_HITS)
        return tuple(hit for hit, _score, _idx in hits)

    def _entity_at(self, n: int) -> KBEntity:
        rows = self._rows(f"{self._ENTITY} WHERE e.n = ?", (n,))
        return self._entity(rows[0])

    def name_types(self, name: str) -> frozenset[str]:
        """The types the Alpino name lists give this exact name (empty if it is not listed)."""
        return self._name_types(name)

    def _name_types_uncached(self, name: str) -> frozenset[str]:
        rows = self._rows("SELECT types FROM name_type WHERE key = ?", (fold(name),))
        bits = int(str(rows[0][0])) if rows else 0
        return frozenset(t for t, b in TYPE_BITS.items() if bits & b)

    # --- roles ---------------------------------------------------------------------------

    def roles(self, entity_id: str) -> list[KBRole]:
        return list(self._roles(entity_id))

    def _roles_uncached(self, entity_id: str) -> tuple[KBRole, ...]:
        rows = self._rows(
            'SELECT r.title, r.class, r.country, r.start, r."end", r.as_of, r.code, r.source FROM role r '
            "JOIN entity e ON e.n = r.entity WHERE e.id = ? ORDER BY r.start, r.title",
            (entity_id,),
        )
        return tuple(_role(r) for r in rows)

    def roles_at(self, entity_id: str, day: dt.date) -> list[tuple[KBRole, Status]]:
        """The roles the entity held (or possibly held) on `day`, most certain first."""
        out = [(r, r.status_at(day)) for r in self.roles(entity_id)]
        out = [(r, s) for r, s in out if s != "not"]
        return sorted(out, key=lambda rs: (rs[1] != "held", -(rs[0].start or dt.date.min).toordinal()))

    def holders(self, role_class: str, country: str, day: dt.date) -> list[tuple[KBEntity, KBRole, Status]]:
        """Who held an office (`head_of_state` of `BY`) on `day`, most certain first."""
        return list(self._holders(role_class, country, day))

    def _holders_uncached(
        self, role_class: str, country: str, day: dt.date
    ) -> tuple[tuple[KBEntity, KBRole, Status], ...]:
        rows = self._rows(
            "SELECT e.n, e.id, e.name, e.type, e.subtype, e.country, e.population, e.feature, r.title, r.class, "
            'r.country, r.start, r."end", r.as_of, r.code, r.source FROM role r JOIN entity e ON e.n = r.entity '
            "WHERE r.class = ? AND r.country = ?",
            (role_class, country),
        )
        out = []
        for row in rows:
            role = _role(row[8:])
            status = role.status_at(day)
            if status != "not":
                out.append((self._entity(row), role, status))
        return tuple(sorted(out, key=lambda x: (x[2] != "held", -(x[1].start or dt.date.min).toordinal(), x[0].id)))

    # --- demonyms ------------------------------------------------------------------------

    def country_by_demonym(self, word: str, *, sentence_start: bool = False) -> KBEntity | None:
        """The country or region a demonym or country adjective names: `Wit-Russische` -> Belarus.

        A word that is itself a place name is not a demonym. Listed forms (`Frans`, English
        `Belarusian`) come first; then the longest stem the word shares with a Dutch country
        name; a stem that two countries share decides nothing.
        """
        return self._demonym(word, sentence_start)

    def _demonym_uncached(self, word: str, sentence_start: bool) -> KBEntity | None:
        if not word[:1].isupper() or not DEMONYM_FORM.match(word) or len(flat(word)) < 3:
            return None
        found = self._listed_demonym(word, sentence_start)
        # A place name is no demonym; asked only of words that would be one (a query, where
        # the lists are read from memory).
        if found is None or self.lookup(word, types=["LOC"], dutch_only=True):
            return None
        return found

    def _listed_demonym(self, word: str, sentence_start: bool) -> KBEntity | None:
        """The entity of a listed demonym form, else of the longest stem the word shares with a
        place name (where several share it, the one country among them)."""
        demonyms = self._demonyms
        for conv in ("nl", "en"):
            found = demonyms.by_key.get(key(word, conv), ())
            if len({e.id for e in found}) == 1:
                return found[0]
        for s in word_stems(word, sentence_start=sentence_start):
            found = demonyms.by_stem.get(s, ())
            if len(found) == 1:
                return found[0]
            if found:
                countries = [e for e in found if e.subtype == "country"]
                return countries[0] if len(countries) == 1 else None
        return None

    @cached_property
    def _demonyms(self) -> _Demonyms:
        by_key: dict[str, list[KBEntity]] = defaultdict(list)
        for row in self._rows(
            "SELECT e.n, e.id, e.name, e.type, e.subtype, e.country, e.population, e.feature, a.key FROM entity e "
            "JOIN alias a ON a.entity = e.n WHERE a.kind = 'demonym' ORDER BY e.n"
        ):
            by_key[str(row[-1])].append(self._entity(row))
        by_stem: dict[str, list[KBEntity]] = defaultdict(list)
        for row in self._rows(
            "SELECT e.n, e.id, e.name, e.type, e.subtype, e.country, e.population, e.feature, d.stem FROM entity e "
            "JOIN demonym_stem d ON d.entity = e.n ORDER BY e.n"
        ):
            by_stem[str(row[-1])].append(self._entity(row))
        return _Demonyms(
            {k: tuple(v) for k, v in by_key.items()},
            {k: tuple(v) for k, v in by_stem.items()},
        )

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._rows("SELECT key, value FROM meta")}


def _role(r: tuple[object, ...]) -> KBRole:
    title, cls, country, start, end, as_of, code, source = r
    return KBRole(
        str(title),
        str(cls) if cls else None,
        str(country) if country else None,
        _date(str(start) if start else None),
        _date(str(end) if end else None),
        _date(str(as_of) if as_of else None),
        str(code) if code else None,
        str(source),
    )


def person_similarity(query_key: str, kb_key: str) -> float:
    """0..100 for two person-name keys: the surname decides, given names confirm or weaken.

    `aleksei navalni` / `alexei navalnyi`: surname 97, given name 77 -> 90.
    A surname alone (`navalni`) scores its surname similarity less a small penalty, since
    a bare surname is weaker evidence than a full name.
    """
    qw, kw = content_words(query_key), content_words(kb_key)
    if not qw or not kw:
        return 0.0
    sur = word_similarity(qw[-1], kw[-1])
    q_given, k_given = qw[:-1], kw[:-1]
    if not q_given:
        return sur - 5.0
    if not k_given:
        return sur - 8.0
    given = _given_similarity(q_given, k_given)
    return 0.65 * sur + 0.35 * given


def _given_similarity(q: list[str], k: list[str]) -> float:
    """Best match of the query's first given name against the KB's given names."""
    first = q[0]
    best = 0.0
    for g in k:
        if len(first) == 1 or len(g) == 1:
            best = max(best, 90.0 if first[0] == g[0] else 0.0)
        else:
            best = max(best, word_similarity(first, g))
    return best


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The knowledge base shipped with duiding, opened once per process."""
    return KnowledgeBase()
