"""The map page: the places a search's articles name, on the bundled outlines."""

from __future__ import annotations

from typing import Any

from duiding.store import Store
from duiding.web import geo
from duiding.web import queries as W
from duiding.web.views.params import Params


def map_view(store: Store, p: Params) -> dict[str, Any]:
    located = geo.locate(W.places(store, p.q, p.filters))
    return {
        "params": p.to_json(),
        "places": located,
        "countries": geo.country_totals(located),
        "unlocated": sum(1 for x in located if not x["located"]),
        "outlines": {"world": "/static/geo/world.geojson", "detail": "/static/geo/nl-be.geojson"},
    }


def map_drawing(view: dict[str, Any]) -> dict[str, Any]:
    """What only the HTML needs: the outlines as SVG paths and each place's marker position."""
    hit = view["countries"]
    markers_world: list[dict[str, Any]] = []
    markers_detail: list[dict[str, Any]] = []
    for p in view["places"]:
        for project, markers in ((geo.WORLD, markers_world), (geo.LOW_COUNTRIES, markers_detail)):
            xy = geo.marker(p, project)
            if xy:
                markers.append({"place": p, "x": xy[0], "y": xy[1]})
    return {
        "world": {"shapes": geo.shapes("world"), "width": geo.WORLD.width, "height": round(geo.WORLD.height, 1)},
        "detail": {
            "shapes": geo.shapes("nl-be"),
            "width": geo.LOW_COUNTRIES.width,
            "height": round(geo.LOW_COUNTRIES.height, 1),
        },
        "hit": hit,
        "markers_world": markers_world,
        "markers_detail": [m for m in markers_detail if m["place"]["located"]["how"] != "country"],
    }
