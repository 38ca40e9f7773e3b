"""Readers for the knowledge base's sources, each yielding plain drafts of entities.

Used only by `scripts/build_kb.py`; nothing here runs when duiding analyses text. Every
reader is deterministic: it yields in file order, so the built file is the same each time.

Sources (see `SOURCES.md` next to the built file for versions and licences):
- mledoze/countries `countries.json`: countries, Dutch/English/German/French names, ISO codes,
  capitals and world regions;
- CountryInfo.txt: nationality forms, capitals and cities, leaders and ministers with dates;
- PETRARCH-2 Phoenix actor dictionaries: CAMEO actor codes with date ranges for people,
  institutions, international and non-state organisations;
- GeoNames NL: Dutch places with their GeoNames ids;
- Alpino name lists: which type (LOC, PER, ORG, MISC) a name has, for names outside the KB.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from duiding.kb.regions import M49
from duiding.lang.en.roles import CAMEO_ROLES, TITLE_CLASSES
from duiding.lang.nl.regions import REGIONS

COUNTRYINFO_AS_OF = dt.date(2012, 1, 16)  # CountryInfo.120116.txt
PHOENIX_AS_OF = dt.date(2014, 1, 30)  # generated from CountryInfo.140130.txt


@dataclass
class Alias:
    name: str
    lang: str | None = None  # nl, en, de, fr, or None where the source does not say
    kind: str = "name"  # name | demonym


@dataclass
class Role:
    title: str
    role_class: str | None
    country: str | None  # ISO 3166 alpha-2 of the office
    start: dt.date | None  # None: before the source began recording
    end: dt.date | None  # None: open (in office when the source was last updated)
    as_of: dt.date | None  # when the source was last updated
    code: str | None  # CAMEO actor code
    source: str


@dataclass
class Draft:
    source_id: str
    type: str  # PER, ORG, LOC, MISC
    subtype: str  # country, region, capital, city, place, person, organisation
    name: str
    country: str | None = None  # ISO 3166 alpha-2
    aliases: list[Alias] = field(default_factory=list)
    external: list[tuple[str, str]] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    population: int | None = None  # GeoNames places only
    feature: str | None = None  # GeoNames feature class and code, e.g. P.PPLC


def display(raw: str) -> str:
    """`MIKHAIL_KHODORKOVSKY_` -> `Mikhail Khodorkovsky` (the dictionaries are upper case)."""
    words = raw.replace("_", " ").split()
    return " ".join(_cap(w) for w in words)


def _cap(word: str) -> str:
    if len(word) <= 3 and word.isupper() and "." in word:
        return word
    parts = re.split(r"([-'.])", word.lower())
    return "".join(p[:1].upper() + p[1:] for p in parts)


# --- mledoze/countries ---------------------------------------------------------------


def read_countries(path: Path) -> Iterator[Draft]:
    """Countries, then their capitals, then the world regions (each once)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    regions: dict[str, str | None] = {}
    capitals: list[Draft] = []
    for c in data:
        tr = c.get("translations", {})
        nld = tr.get("nld", {})
        name = nld.get("common") or c["name"]["common"]
        d = Draft(f"iso3166:{c['cca2']}", "LOC", "country", name, country=c["cca2"], sources={"mledoze"})
        for lang, names in (("nl", nld), ("en", c["name"]), ("de", tr.get("deu", {})), ("fr", tr.get("fra", {}))):
            for k in ("common", "official"):
                if names.get(k):
                    d.aliases.append(Alias(names[k], lang))
        for alt in c.get("altSpellings", []):
            if len(alt) > 3 and _latin(alt):
                d.aliases.append(Alias(alt, None))
        if c.get("unMember"):
            d.aliases += [Alias(form, "nl") for form in dutch_initials(nld.get("common") or "")]
        for lang, key in (("en", "eng"), ("fr", "fra")):
            for form in sorted(set(c.get("demonyms", {}).get(key, {}).values())):
                d.aliases.append(Alias(form, lang, "demonym"))
        d.external += [("iso2", c["cca2"]), ("iso3", c["cca3"])]
        if c.get("ccn3"):
            d.external.append(("isonum", c["ccn3"]))
        if c.get("cioc"):
            d.external.append(("ioc", c["cioc"]))
        yield d
        for cap in c.get("capital", []):
            capitals.append(
                Draft(
                    f"capital:{c['cca2']}:{cap}",
                    "LOC",
                    "capital",
                    cap,
                    country=c["cca2"],
                    aliases=[Alias(cap, "en")],
                    sources={"mledoze"},
                )
            )
        for r in (c.get("region"), c.get("subregion")):
            if r and r not in regions:
                regions[r] = c.get("region") if r != c.get("region") else None
    yield from capitals
    for region in regions:
        dutch = REGIONS.get(region, ())
        d = Draft(f"region:{region}", "LOC", "region", dutch[0] if dutch else region, sources={"mledoze"})
        d.aliases += [Alias(region, "en")] + [Alias(n, "nl") for n in dutch]
        if region in M49:
            d.external.append(("m49", M49[region]))
        yield d


def dutch_initials(name: str) -> list[str]:
    """`Verenigde Staten` -> `VS`, `V.S.`; `Centraal-Afrikaanse Republiek` -> `CAR`, `C.A.R.`: Dutch
    news writes a state whose name is several capitalised words by their initials. One-word names
    (`Noord-Korea`) give none: their initials (`NK`) are as often something else."""
    words = name.split(" ")
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    letters = [part[0] for w in words for part in w.split("-") if part]
    if not all(ch.isalpha() and ch.isupper() for ch in letters):
        return []
    return ["".join(letters), "".join(f"{ch}." for ch in letters)]


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


# --- CountryInfo.txt -------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([^<>]+)>")
_CI_DATES = re.compile(r"\[([^\]]*)\]")
_CI_PERSON = re.compile(r"^\s*((?:\{[^}]*\})+|[A-Z][^\s\[]*)\s*(.*)$")


@dataclass
class CountryInfoCountry:
    iso3: str
    iso2: str | None
    name: str
    nationality: list[str] = field(default_factory=list)
    places: list[tuple[str, str]] = field(default_factory=list)  # (name, subtype)
    people: list[Draft] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)


def read_countryinfo(path: Path) -> Iterator[CountryInfoCountry]:
    text = path.read_bytes().replace(b"\x00", b"").decode("utf-8", errors="replace")
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    for block in re.findall(r"<Country>(.*?)</Country>", text, flags=re.S):
        yield _ci_country(block)


def _ci_field(block: str, tag: str) -> str | None:
    m = re.search(rf"<{re.escape(tag)}>(.*?)</{re.escape(tag)}>", block, flags=re.S)
    return m.group(1).strip() if m else None


def _ci_lines(body: str | None) -> list[str]:
    if not body:
        return []
    out = []
    for line in body.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _ci_country(block: str) -> CountryInfoCountry:
    iso3 = _ci_field(block, "CountryCode") or ""
    iso2 = _ci_field(block, "ISO3166-alpha2")
    c = CountryInfoCountry(
        iso3=iso3,
        iso2=iso2 if iso2 and re.fullmatch(r"[A-Z]{2}", iso2) else None,
        name=display(_ci_field(block, "CountryName") or iso3),
    )
    for tag, scheme in (("COW-Alpha", "cow"), ("FIPS-10", "fips"), ("COW-Numeric", "cownum")):
        v = _ci_field(block, tag)
        if v and not re.fullmatch(r"-+|0+", v):
            c.codes.append((scheme, v))
    c.nationality = [display(x) for x in _ci_lines(_ci_field(block, "Nationality"))]
    for tag, subtype in (("Capital", "capital"), ("MajorCities", "city"), ("Regions", "place")):
        c.places += [(display(x), subtype) for x in _ci_lines(_ci_field(block, tag))]
    c.people = list(_ci_leaders(_ci_field(block, "Leaders"), c)) + list(
        _ci_government(_ci_field(block, "Government"), c)
    )
    return c


def _ci_names(field_: str) -> list[str]:
    if field_.startswith("{"):
        return [display(n) for n in re.findall(r"\{([^}]*)\}", field_) if n.strip("_ ")]
    return [display(field_)]


def _ci_leaders(body: str | None, c: CountryInfoCountry) -> Iterator[Draft]:
    if not body:
        return
    title = ""
    for raw in body.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        tag = _TAG.fullmatch(line)
        if tag:
            title = "" if tag.group(1) else tag.group(2).strip()
            continue
        m = _CI_PERSON.match(line)
        if not m:
            continue
        names = _ci_names(m.group(1))
        if not names:
            continue
        d = _person(f"countryinfo:{c.iso3}:{names[0]}", names, c.iso2)
        for interval in _CI_DATES.findall(m.group(2)):
            span = _ci_interval(interval)
            if span is not None:
                d.roles.append(
                    Role(
                        _singular(title),
                        title_class(title),
                        c.iso2,
                        span[0],
                        span[1],
                        COUNTRYINFO_AS_OF,
                        None,
                        "countryinfo",
                    )
                )
        yield d


def _ci_government(body: str | None, c: CountryInfoCountry) -> Iterator[Draft]:
    for raw in (body or "").splitlines():
        line, _, comment = raw.partition("#")
        line = line.strip()
        m = _CI_PERSON.match(line) if line else None
        if not m:
            continue
        names = _ci_names(m.group(1))
        if not names:
            continue
        titles = [t.strip().strip('"') for t in comment.split("&")] if comment.strip() else []
        d = _person(f"countryinfo:{c.iso3}:{names[0]}", names, c.iso2)
        brackets = _CI_DATES.findall(m.group(2))
        for i, b in enumerate(brackets):
            code, _, dates = b.strip().partition(" ")
            span = _ci_interval(dates) if dates.strip() else (None, None)
            if span is None or not re.fullmatch(r"[A-Z]{3,}", code):
                continue
            title = titles[i] if len(titles) == len(brackets) else (titles[0] if len(titles) == 1 else "")
            title = re.sub(r'\s*"[^"]*"\s*', " ", title).strip()
            d.roles.append(
                Role(
                    title or code,
                    title_class(title) if title else cameo_class(code),
                    c.iso2,
                    span[0],
                    span[1],
                    COUNTRYINFO_AS_OF,
                    code,
                    "countryinfo",
                )
            )
        yield d


def _person(source_id: str, names: list[str], country: str | None) -> Draft:
    d = Draft(source_id, "PER", "person", names[0], country=country, sources={"countryinfo"})
    d.aliases = [Alias(n, "en") for n in names]
    return d


def _singular(title: str) -> str:
    """`Prime ministers` -> `Prime minister`, `Chairmen of the rada` -> `Chairman of the rada`."""
    head, sep, rest = title.strip().partition(" of ")
    words = head.split()
    if words:
        w = words[-1]
        if w.endswith("men"):
            w = w[:-3] + "man"
        elif w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words[-1] = w
    out = " ".join(words) + sep + rest
    return out[:1].upper() + out[1:]


def title_class(title: str) -> str | None:
    """The role class of an English office title: `Prime ministers` -> head_of_government."""
    low = title.lower()
    for fragment, cls in TITLE_CLASSES:
        if re.search(rf"\b{re.escape(fragment)}", low) and not re.search(rf"\b{re.escape(fragment)}ial\b", low):
            return cls
    return None


def cameo_class(code: str) -> str | None:
    """The class of a CAMEO actor code's most specific known role part: `RUSGOVMIL` -> military."""
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    for part in reversed(parts):
        if part in CAMEO_ROLES and part != "ELI":
            return CAMEO_ROLES[part]
    return None


def _ci_interval(text: str) -> tuple[dt.date | None, dt.date | None] | None:
    """CountryInfo dates: `19991231 - 20080507`, `>19940720` (still in office), `<20060531`
    (already in office when recording began). Birth and death dates give None."""
    t = text.strip()
    if t.startswith(("B:", "D:")) or not t:
        return None
    if t.startswith(">"):
        start = parse_day(t[1:])
        return (start, None) if start else None
    if t.startswith("<"):
        end = parse_day(t[1:])
        return (None, end) if end else None
    parts = [p.strip() for p in t.split("-")]
    if len(parts) == 2:
        a, b = parse_day(parts[0]), parse_day(parts[1])
        if a or b:
            return (a, b)
    return None


def parse_day(text: str) -> dt.date | None:
    """`20080507`, or the dictionaries' six-digit `080507`; impossible days (`20090231`) are
    clamped to the month's last day, since the sources mean the end of that month."""
    t = text.strip()
    if re.fullmatch(r"\d{6}", t):
        yy = int(t[:2])
        t = f"{2000 + yy if yy <= 14 else 1900 + yy}{t[2:]}"
    if not re.fullmatch(r"\d{8}", t):
        return None
    y, m, d = int(t[:4]), int(t[4:6]), int(t[6:])
    if not (1 <= m <= 12) or y < 1800:
        return None
    m_next = dt.date(y + m // 12, m % 12 + 1, 1)
    last = (m_next - dt.timedelta(days=1)).day
    return dt.date(y, m, min(max(d, 1), last))


# --- Phoenix actor dictionaries (TABARI format) ----------------------------------------

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class PhoenixEntry:
    name: str
    synonyms: list[str]
    codes: list[tuple[str, dt.date | None, dt.date | None, bool]]  # code, start, end, dated
    comment: str
    line: int


def read_phoenix(path: Path) -> Iterator[PhoenixEntry]:
    """Entries in file order: a name line, `+` synonyms, and `[CODE dates]` restrictions."""
    cur: PhoenixEntry | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not raw.strip() or (raw.lstrip().startswith("#") and not raw.startswith("+")):
            continue
        body, _, comment = raw.partition("#")
        if raw[0] in " \t" and body.strip().startswith("["):
            if cur:
                cur.codes += _phoenix_codes(body)
            continue
        if raw.startswith("+"):
            if cur and body.strip("+ \t_"):
                cur.synonyms.append(_CODE.sub("", body[1:]).strip())
                cur.codes += _phoenix_codes(body)
            continue
        if cur:
            yield cur
        name = _CODE.sub("", body).strip()
        cur = PhoenixEntry(name, [], _phoenix_codes(body), comment.strip(), n) if name else None
    if cur:
        yield cur


def _phoenix_codes(text: str) -> list[tuple[str, dt.date | None, dt.date | None, bool]]:
    out: list[tuple[str, dt.date | None, dt.date | None, bool]] = []
    for inner in _CODE.findall(text):
        parts = inner.split()
        if not parts or not re.fullmatch(r"[A-Z]{3,}|---", parts[0]):
            continue
        code, dates = parts[0], "".join(parts[1:])
        if code == "---":
            continue
        if not dates:
            out.append((code, None, None, False))
            continue
        if dates.startswith(">"):
            out.append((code, parse_day(dates[1:]), None, True))
        elif dates.startswith("<"):
            out.append((code, None, parse_day(dates[1:]), True))
        elif "-" in dates:
            a, _, b = dates.partition("-")
            out.append((code, parse_day(a), parse_day(b), True))
    return out


# --- GeoNames ----------------------------------------------------------------------------

GEONAMES_CLASSES = {"P": "city", "A": "place", "H": "place", "L": "place", "T": "place"}


def read_geonames(path: Path) -> Iterator[Draft]:
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 19 or cols[6] not in GEONAMES_CLASSES:
            continue
        gid, name, cls, code, cc = cols[0], cols[1], cols[6], cols[7], cols[8]
        subtype = "country" if code.startswith("PCL") else GEONAMES_CLASSES[cls]
        d = Draft(f"geonames:{gid}", "LOC", subtype, name, country=cc or None, sources={"geonames"})
        d.population = int(cols[14]) if cols[14].isdigit() else 0
        d.feature = f"{cls}.{code}"
        d.aliases.append(Alias(name, "nl"))
        for alt in cols[3].split(","):
            alt = alt.strip()
            if alt and alt != name and len(alt) <= 60 and _latin(alt) and not alt.isdigit() and len(alt) > 2:
                d.aliases.append(Alias(alt, None))
        d.external.append(("geonames", gid))
        yield d


# --- Alpino name lists -----------------------------------------------------------------

ALPINO_TYPES = {"geo": "LOC", "per": "PER", "org": "ORG", "misc": "MISC"}


def read_alpino(folder: Path) -> Iterator[tuple[str, str]]:
    """(name, type) for every line of the four lists, HTML character references decoded."""
    for fname, typ in ALPINO_TYPES.items():
        for line in (folder / fname).read_text(encoding="utf-8", errors="replace").splitlines():
            name = html.unescape(line).strip()
            if name:
                yield name, typ
