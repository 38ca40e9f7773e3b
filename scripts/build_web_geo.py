#!/usr/bin/env python3
"""Build the web UI's map data: small GeoJSON outlines and a table of Dutch place coordinates.

    .venv/bin/python scripts/build_web_geo.py --atlas DIR [--geonames ../shared/data/geonames_nl/NL.txt]

`scripts/vendor_js.sh` runs it on the `world-atlas` npm package it unpacks (DIR holds
`countries-110m.json` and `countries-10m.json`: Natural Earth 4.1.0 admin-0 countries as
TopoJSON, public domain). It writes, under `src/duiding/web/static/geo/`:

- `world.geojson`: every country at 1:110m (Antarctica left out), properties `iso2`, `name`
  (the knowledge base's Dutch name), `kb_id` and `label` (a point inside its largest part);
- `nl-be.geojson`: the European Netherlands and Belgium at 1:10m, simplified to ~300 m;
- `places-nl.json`: GeoNames id -> [lon, lat] for the Dutch places the knowledge base links to
  GeoNames (GeoNames, CC BY 4.0), so that a place the text names is put on the map.

The output is deterministic. Nothing here runs when duiding runs: the files ship in the package.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from duiding.kb import KB_PATH, default_kb  # noqa: E402

OUT = ROOT / "src" / "duiding" / "web" / "static" / "geo"
Point = tuple[float, float]
Ring = list[Point]
ANTARCTICA = "010"
DETAIL = {"528": "NL", "056": "BE"}  # ISO 3166 numeric -> alpha-2
EUROPE_BOX = (2.0, 49.0, 8.0, 54.5)  # lon/lat box of the European Netherlands and Belgium


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """TopoJSON's quantised, delta-encoded arcs as lon/lat points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker; the ends stay, so arcs shared by two countries still meet."""
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5 or 1e-12
        best, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(arcs: list[Ring], indices: list[int]) -> Ring:
    points: Ring = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrapped(points: Ring) -> Ring:
    """A ring that crosses the antimeridian (Russia's east, Fiji) would be drawn as a band across
    the whole map: its far side is folded onto the 180th meridian instead."""
    xs = [x for x, _ in points]
    if max(xs) - min(xs) <= 180:
        return points
    east = sum(x > 0 for x in xs) >= len(xs) / 2
    return [
        (min(x + 360, 180.0) if x < 0 else x, y) if east else (max(x - 360, -180.0) if x > 0 else x, y)
        for x, y in points
    ]


def polygons(geometry: dict[str, Any], arcs: list[Ring]) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [[unwrapped(ring(arcs, r)) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[unwrapped(ring(arcs, r)) for r in poly] for poly in geometry["arcs"]]
    return []


def area_and_centroid(points: Ring) -> tuple[float, Point]:
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*points, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(a) / 2, (cx / (3 * a), cy / (3 * a))


def rounded(polys: list[list[Ring]], digits: int) -> list[list[list[list[float]]]]:
    out = []
    for poly in polys:
        rings = []
        for r in poly:
            pts: list[list[float]] = []
            for x, y in r:
                p = [round(x, digits), round(y, digits)]
                if not pts or p != pts[-1]:
                    pts.append(p)
            if len(pts) >= 4:
                rings.append(pts)
        if rings:
            out.append(rings)
    return out


def features(topo: dict[str, Any], tolerance: float, digits: int, keep: Any) -> list[dict[str, Any]]:
    arcs = [simplify(a, tolerance) for a in decode_arcs(topo)]
    kb = default_kb()
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        code = str(g.get("id") or "")
        polys = [p for p in polygons(g, arcs) if keep(code, p)]
        if not polys:
            continue
        country = kb.by_external("isonum", code.lstrip("0") or "0") or kb.by_external("isonum", code)
        largest = max(polys, key=lambda p: area_and_centroid(p[0])[0])
        _, (lon, lat) = area_and_centroid(largest[0])
        props = {
            "iso2": country.country if country else None,
            "name": country.name if country else g["properties"]["name"],
            "kb_id": country.id if country else None,
            "label": [round(lon, 2), round(lat, 2)],
        }
        out.append(
            {
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "MultiPolygon", "coordinates": rounded(polys, digits)},
            }
        )
    out.sort(key=lambda f: (f["properties"]["iso2"] or "~", f["properties"]["name"]))
    return out


def in_box(poly: list[Ring]) -> bool:
    x, y = poly[0][0]
    w, s, e, n = EUROPE_BOX
    return w <= x <= e and s <= y <= n


def dutch_places(geonames: Path) -> dict[str, list[float]]:
    """GeoNames id -> [lon, lat] for the places the knowledge base knows by their GeoNames id."""
    with sqlite3.connect(f"file:{KB_PATH}?mode=ro", uri=True) as con:
        linked = {str(v) for (v,) in con.execute("SELECT value FROM external WHERE scheme = 'geonames'")}
    out = {}
    for line in geonames.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] in linked and cols[6] in ("P", "A"):
            out[cols[0]] = [round(float(cols[5]), 3), round(float(cols[4]), 3)]
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


def write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--atlas", type=Path, required=True, help="the unpacked world-atlas npm package")
    ap.add_argument("--geonames", type=Path, default=ROOT.parent / "shared" / "data" / "geonames_nl" / "NL.txt")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    world = json.loads((args.atlas / "countries-110m.json").read_text(encoding="utf-8"))
    write(
        args.out / "world.geojson",
        {"type": "FeatureCollection", "features": features(world, 0, 2, lambda code, _: code != ANTARCTICA)},
    )
    detail = json.loads((args.atlas / "countries-10m.json").read_text(encoding="utf-8"))
    write(
        args.out / "nl-be.geojson",
        {
            "type": "FeatureCollection",
            "features": features(detail, 0.003, 3, lambda code, poly: code in DETAIL and in_box(poly)),
        },
    )
    if args.geonames.exists():
        write(args.out / "places-nl.json", dutch_places(args.geonames))
    else:
        print(f"{args.geonames} not found: places-nl.json left as it is", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
