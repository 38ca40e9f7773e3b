"""Last words of a name that say what kind of thing it names, whatever a recogniser said.

Data only. News names events, venues and product models with the same capitals as
organisations; the head of the name (its last word, or the end of a Dutch compound) tells
them apart: `Worldwide Developers Conference` is an event, `Moscone Center` a place,
`MacBook Pro` a product. Folded (lower case, no accents).
"""

from __future__ import annotations

# An event held under a name (MISC; MEANTIME has no entity type for it). Also the end of a
# compound: `Wereldkampioenschap`, `Filmfestival`. Not `congres`: `het Amerikaanse Congres` is
# a parliament.
EVENT_HEADS: frozenset[str] = frozenset(
    {
        "conference",
        "conferentie",
        "convention",
        "conventie",
        "summit",
        "festival",
        "expo",
        "spelen",
        "games",
        "olympiade",
        "kampioenschap",
        "kampioenschappen",
        "championship",
        "championships",
        "awards",
        "marathon",
        "biennale",
        "keynote",
    }
)
# A building or ground that is visited (LOC, as MEANTIME and the CoNLL guidelines mark facilities).
VENUE_HEADS: frozenset[str] = frozenset(
    {
        "center",
        "centre",
        "theater",
        "theatre",
        "schouwburg",
        "arena",
        "stadion",
        "stadium",
        "hall",
        "airport",
        "luchthaven",
        "kathedraal",
        "cathedral",
    }
)
# A product line's model word after a brand or product name (`MacBook Pro`, `iPad Air`, `Mac
# Mini`); only as the last of two or more words. Words that also end organisations' names are
# left out (`Plus`, `One`, `Max`).
MODEL_WORDS: frozenset[str] = frozenset(
    {"pro", "air", "mini", "nano", "touch", "classic", "shuffle", "ultra", "lite", "se", "xl"}
)
# Words inside a name that make it a product's: `Mac OS X`, `Chrome OS` (an operating system).
PRODUCT_WORDS: frozenset[str] = frozenset({"os"})
