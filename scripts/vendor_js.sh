#!/usr/bin/env bash
# Re-vendor the web UI's JavaScript and map outlines from npm (the only time npm is needed).
#
#   scripts/vendor_js.sh
#
# Packs the pinned versions with `npm pack` into a temporary folder, copies the browser build and
# licence of each library into src/duiding/web/static/vendor/, and rebuilds the map data in
# src/duiding/web/static/geo/ from the world-atlas package (scripts/build_web_geo.py); the browser
# tests' accessibility checker (axe-core) goes to tests/web/vendor/.
# Versions and licences: src/duiding/web/static/vendor/README.md. Nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."

CYTOSCAPE=3.35.0     # network drawing (MIT)
WORLD_ATLAS=2.0.2    # Natural Earth 4.1.0 countries as TopoJSON (ISC; the data is public domain)
AXE_CORE=4.14.1      # accessibility checks in the browser tests only (MPL-2.0; not shipped)

VENDOR=src/duiding/web/static/vendor
PYTHON=${PYTHON:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

unpack() {  # unpack NAME VERSION -> $tmp/NAME/package
  (cd "$tmp" && npm pack --silent "$1@$2" >/dev/null)
  mkdir -p "$tmp/$1"
  tar xzf "$tmp/$1-$2.tgz" -C "$tmp/$1"
}

unpack cytoscape "$CYTOSCAPE"
mkdir -p "$VENDOR/cytoscape"
cp "$tmp/cytoscape/package/dist/cytoscape.min.js" "$VENDOR/cytoscape/"
cp "$tmp/cytoscape/package/LICENSE" "$VENDOR/cytoscape/LICENSE"

unpack world-atlas "$WORLD_ATLAS"
mkdir -p "$VENDOR/world-atlas"
cp "$tmp/world-atlas/package/LICENSE" "$VENDOR/world-atlas/LICENSE"
"$PYTHON" scripts/build_web_geo.py --atlas "$tmp/world-atlas/package"

unpack axe-core "$AXE_CORE"
mkdir -p tests/web/vendor/axe-core
cp "$tmp/axe-core/package/axe.min.js" "$tmp/axe-core/package/LICENSE" tests/web/vendor/axe-core/

echo "vendored cytoscape@$CYTOSCAPE, world-atlas@$WORLD_ATLAS and (for the tests) axe-core@$AXE_CORE"
