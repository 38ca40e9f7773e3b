"""Periods: the units of durations and sets, frequency adverbs and vague counts of periods. Data only."""

from __future__ import annotations

# Unit words -> TIMEX3 duration unit (`T` marks the units of the time part: hours, minutes).
PERIOD_UNITS: dict[str, str] = {
    "seconde": "TS",
    "seconden": "TS",
    "minuut": "TM",
    "minuten": "TM",
    "uur": "TH",
    "uren": "TH",
    "dag": "D",
    "dagen": "D",
    "etmaal": "D",
    "etmalen": "D",
    "nacht": "D",
    "nachten": "D",
    "week": "W",
    "weken": "W",
    "weekend": "WE",
    "weekends": "WE",
    "maand": "M",
    "maanden": "M",
    "kwartaal": "Q",
    "kwartalen": "Q",
    "jaar": "Y",
    "jaren": "Y",
    "decennium": "DE",
    "decennia": "DE",
    "eeuw": "CE",
    "eeuwen": "CE",
}
# A unit to the next smaller one, to write `anderhalf jaar` as P18M.
SMALLER_UNIT: dict[str, tuple[str, int]] = {
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("TH", 24),
    "TH": ("TM", 60),
    "TM": ("TS", 60),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
}
# Words that are a duration by themselves.
DURATION_WORDS: dict[str, str] = {
    "kwartier": "PT15M",
    "een kwartier": "PT15M",
    "een half uur": "PT30M",
    "een halfuur": "PT30M",
    "halfuur": "PT30M",
    "anderhalf uur": "PT90M",
}

# `jarenlang`, `urenlang`: long, of unknown length.
LONG_ADVERBS: dict[str, str] = {
    "jarenlang": "PXY",
    "maandenlang": "PXM",
    "wekenlang": "PXW",
    "dagenlang": "PXD",
    "nachtenlang": "PXD",
    "urenlang": "PTXH",
    "minutenlang": "PTXM",
    "decennialang": "PXDE",
    "eeuwenlang": "PXCE",
}

# Frequency adverbs -> the period of the set.
FREQUENCY_ADVERBS: dict[str, str] = {
    "dagelijks": "P1D",
    "wekelijks": "P1W",
    "tweewekelijks": "P2W",
    "driewekelijks": "P3W",
    "maandelijks": "P1M",
    "tweemaandelijks": "P2M",
    "driemaandelijks": "P3M",
    "halfjaarlijks": "P6M",
    "jaarlijks": "P1Y",
    "tweejaarlijks": "P2Y",
    "driejaarlijks": "P3Y",
    "vijfjaarlijks": "P5Y",
    "tienjaarlijks": "P10Y",
}

# Quantifiers of a set: `elke zondag`, `iedere week`.
EVERY: tuple[str, ...] = ("elke", "elk", "iedere", "ieder")

# Vague counts of periods: `enkele weken`, `een paar dagen`.
SOME: tuple[str, ...] = (
    "een paar",
    "een aantal",
    "enkele",
    "verscheidene",
    "verschillende",
    "meerdere",
    "vele",
    "talloze",
    "tal van",
)

# Words before a bare plural period (`al weken`, `kan maanden duren`) that show it is a
# determined phrase, not a vague duration: `de weken voor`, `zijn laatste jaren`.
DETERMINERS: frozenset[str] = frozenset(
    {
        "de",
        "het",
        "die",
        "deze",
        "dit",
        "een",
        "mijn",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "uw",
        "jouw",
        "welke",
        "elke",
        "ieder",
        "alle",
        "beide",
        "vele",
        "veel",
        "weinig",
        "sommige",
        "andere",
        "eerste",
        "laatste",
    }
)
