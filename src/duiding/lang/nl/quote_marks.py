"""Quotation marks in Dutch and Flemish print, and what tells speech from a scare quote. Data only."""

from __future__ import annotations

# Families of marks: a quote opened by a mark of a family is closed by a mark of the same
# family (`„…”`, `„…"`, `“…”`, `"…"`, `”…”`; `‘…’`, `'…'`; `«…»`).
DOUBLE_OPEN: frozenset[str] = frozenset({'"', "“", "„", "”"})
DOUBLE_CLOSE: frozenset[str] = frozenset({'"', "”", "“"})
SINGLE_OPEN: frozenset[str] = frozenset({"'", "‘", "‚"})
SINGLE_CLOSE: frozenset[str] = frozenset({"'", "’", "‘"})
GUILLEMET_OPEN: frozenset[str] = frozenset({"«", "‹"})
GUILLEMET_CLOSE: frozenset[str] = frozenset({"»", "›"})

# Marks that can only open or only close (the others depend on the characters around them).
ONLY_OPEN: frozenset[str] = frozenset({"„", "‚", "«", "‹", "‘", "“"})
ONLY_CLOSE: frozenset[str] = frozenset({"»", "›"})

# Words written with an apostrophe where a single quote would be: `'s avonds`, `'t`, `'n`,
# `zo'n`, `m'n`, `auto's`. Lower case, with the apostrophe as `'`.
APOSTROPHE_WORDS: frozenset[str] = frozenset({"'s", "'t", "'n", "'k", "'m", "'r", "'ns", "'tis"})

# Characters after a closing mark (besides space and the end of the text).
AFTER_CLOSE: str = ",.;:!?)]-–—…/"
# Characters before an opening mark (besides space and the start of the text).
BEFORE_OPEN: str = "([-–—/:"

# Nouns before a quote that make it a title or a name, not speech: `de film 'X'`,
# `de operatie "Zeeleeuw"`, `het woord 'lockdown'`.
TITLE_NOUNS: frozenset[str] = frozenset(
    """
    film films boek boeken roman romans serie reeks programma programma's album albums nummer
    nummers lied liedje single song plaat voorstelling toneelstuk musical opera tentoonstelling
    expo documentaire operatie actie campagne project plan wet decreet verdrag akkoord rapport
    studie onderzoek nota woord woorden term begrip uitdrukking slogan motto titel naam bijnaam
    hashtag slagzin dichtbundel bundel gedicht essay artikel column krant blad magazine rubriek
    app spel game schip boot hotel restaurant café bar zaak merk product festival beweging
    partij lijst code memo strategie dossier zaak-
    """.split()
)

# Words right before a quote that make it a scare quote or a so-called name.
SCARE_MARKERS: frozenset[str] = frozenset(
    {"zogenaamde", "zogenaamd", "zogeheten", "zogezegde", "zogezegd", "genaamd", "getiteld", "heet", "heten"}
)
