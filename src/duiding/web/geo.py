"""Places on a map without a tile server: the bundled outlines (Natural Earth, public domain) drawn
as SVG on the server, and each place put where the knowledge base says it is.

A place is located, best first, by its own coordinates (Dutch places: GeoNames, through the
knowledge base's GeoNames id), as the country it is (a country is drawn at a point inside it),
or, approximately and said so, at the country it lies in.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from duiding.web.render import STATIC

GEO = STATIC / "geo"
Json = dict[str, Any]


@dataclass(frozen=True)
class Projection:
    """Plate carrée scaled to pixels, with longitude shrunk by the cosine of a middle latitude
    (so the Netherlands is not drawn twice as wide as it is)."""

    west: float
    north: float
    east: float
    south: float
    width: float
    middle_lat: float = 0.0

    @cached_property
    def scale(self) -> float:
        return self.width / ((self.east - self.west) * self.stretch)

    @cached_property
    def stretch(self) -> float:
        return math.cos(math.radians(self.middle_lat))

    @property
    def height(self) -> float:
        return (self.north - self.south) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        scale = self.scale
        return ((lon - self.west) * self.stretch * scale, (self.north - lat) * scale)


WORLD = Projection(-180, 84, 180, -58, 960)
LOW_COUNTRIES = Projection(2.4, 53.7, 7.4, 49.4, 480, middle_lat=51.5)


@lru_cache(maxsize=4)
def outlines(name: str) -> list[Json]:
    data = json.loads((GEO / f"{name}.geojson").read_text(encoding="utf-8"))
    return list(data["features"])


@lru_cache(maxsize=1)
def dutch_places() -> dict[str, list[float]]:
    return dict(json.loads((GEO / "places-nl.json").read_text(encoding="utf-8")))


def _path(coordinates: Iterable[Iterable[Iterable[Iterable[float]]]], project: Projection) -> str:
    kx, ky = project.stretch * project.scale, project.scale
    west, north = project.west, project.north
    parts = []
    for polygon in coordinates:
        for ring in polygon:
            parts.append("M" + "L".join(f"{(x - west) * kx:.1f},{(north - y) * ky:.1f}" for x, y in ring) + "Z")
    return "".join(parts)


@lru_cache(maxsize=4)
def shapes(name: str) -> tuple[tuple[str | None, str, str], ...]:
    """(iso2, name, SVG path) of each country of an outline set, drawn once per process."""
    project = WORLD if name == "world" else LOW_COUNTRIES
    return tuple(
        (f["properties"]["iso2"], f["properties"]["name"], _path(f["geometry"]["coordinates"], project))
        for f in outlines(name)
    )


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the (lon, lat) a country is drawn at."""
    return {
        f["properties"]["iso2"]: tuple(f["properties"]["label"])  # type: ignore[misc]
        for f in outlines("world")
        if f["properties"]["iso2"]
    }


def _kb_place(
    kb_id: str | None, name: str | None, country: str | None
) -> tuple[str | None, str | None, list[float] | None]:
    """(subtype, country, [lon, lat] or None) of a place as the knowledge base knows it: by its
    KB id, else by its name (in its country, if known): a country, else the largest town of the name."""
    try:
        from duiding.kb import default_kb

        kb = default_kb()
    except (FileNotFoundError, OSError):  # a checkout without the built knowledge base
        return None, None, None
    entity = kb.entity(kb_id) if kb_id else None
    if entity is None and name:
        found = [e for e in kb.lookup(name, types=["LOC"], country=country, same_spelling=True) if e.notable]
        # A country first, then a town (news names towns more than provinces), then the largest.
        found.sort(
            key=lambda e: (e.subtype != "country", not (e.feature or "P.").startswith("P."), -(e.population or 0))
        )
        entity = found[0] if found else None
    if entity is None:
        return None, None, None
    point = None
    for gid in kb.external_ids(entity.id).get("geonames", []):
        point = dutch_places().get(gid)
        if point:
            break
    return entity.subtype, entity.country, point


def locate(places: Iterable[Mapping[str, Any]]) -> list[Json]:
    """Each place with where it is drawn: `located` is {lon, lat, how} or None, `how` one of
    place (its own coordinates), country (it is a country) or within-country (approximate)."""
    points = country_points()
    out = []
    for p in places:
        subtype, kb_country, own = _kb_place(p.get("kb_id"), p.get("name"), p.get("country"))
        country = p.get("country") or kb_country
        located = None
        if own:
            located = {"lon": own[0], "lat": own[1], "how": "place"}
        elif country and country in points:
            lon, lat = points[country]
            how = "country" if subtype == "country" else "within-country"
            located = {"lon": lon, "lat": lat, "how": how}
        out.append(dict(p) | {"country": country, "located": located})
    return out


def country_totals(located: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Articles naming a place in each country (a country's own name counts for it)."""
    totals: dict[str, int] = {}
    for p in located:
        if p.get("country"):
            totals[p["country"]] = totals.get(p["country"], 0) + int(p.get("articles") or 0)
    return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))


def marker(p: Mapping[str, Any], project: Projection) -> tuple[float, float] | None:
    loc = p.get("located")
    if not loc:
        return None
    x, y = project(loc["lon"], loc["lat"])
    if not (0 <= x <= project.width and 0 <= y <= project.height):
        return None
    return round(x, 1), round(y, 1)
