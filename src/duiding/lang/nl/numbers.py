"""Dutch number words: cardinals, fractions, scale words, vague counts and ordinals. Data only.

Compound cardinals (`vijfentwintig`, `tweehonderdduizend`) are built from these parts
by `duiding.layers.numbers`; only the parts are listed here.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}

TEENS: dict[str, int] = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}

TENS: dict[str, int] = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}

# Written inside one word: `tweehonderd`, `drieduizend`, `vijfhonderdduizend`.
HUNDRED = "honderd"
THOUSAND = "duizend"

# Words that multiply what comes before them, written apart: `2,5 miljard`, `twee miljoen`.
SCALES: dict[str, int] = {
    "duizend": 1_000,
    "miljoen": 1_000_000,
    "miljoenen": 1_000_000,  # only as a vague count, see VAGUE_PLURALS
    "miljard": 1_000_000_000,
    "biljoen": 1_000_000_000_000,
    "mln": 1_000_000,
    "mio": 1_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
}

# Fractions that stand for a number on their own or before a scale: `anderhalf jaar`, `een half miljoen`.
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "halve": 0.5,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
    "kwart": 0.25,
    "driekwart": 0.75,
}

# "tens of", "hundreds of": a plural means at least two of the unit.
VAGUE_PLURALS: dict[str, int] = {
    "tientallen": 10,
    "honderden": 100,
    "duizenden": 1_000,
    "tienduizenden": 10_000,
    "honderdduizenden": 100_000,
    "miljoenen": 1_000_000,
    "miljarden": 1_000_000_000,
}

# `een tiental`, `een twintigtal`: a round number, approximately. Built as number word + `tal`.
APPROX_SUFFIX = "tal"

# Count nouns that name an exact number.
COUNT_NOUNS: dict[str, int] = {
    "dozijn": 12,
}

# Ordinal suffixes: `vijfde`, `twintigste`, `5de`, `5e`, `21ste`.
ORDINAL_SUFFIXES: tuple[str, ...] = ("ste", "de", "e")

# Ordinals whose stem is not the cardinal plus a suffix.
IRREGULAR_ORDINALS: dict[str, int] = {
    "eerste": 1,
    "derde": 3,
    "achtste": 8,
}

# `eerste` marks order far more often than it counts (`voor het eerst`, `eerste minister`),
# so it is not reported as a quantity.
ORDINALS_NOT_COUNTED: frozenset[int] = frozenset({1})
