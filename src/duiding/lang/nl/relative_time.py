"""Relative and deictic time words: days, shifts, the present and the past. Data only."""

from __future__ import annotations

# Days counted from the reference day.
DAY_WORDS: dict[str, int] = {
    "vandaag": 0,
    "gisteren": -1,
    "eergisteren": -2,
    "morgen": 1,
    "overmorgen": 2,
}

# First halves of one-word day-and-part compounds: `gisteravond`, `vanochtend`, `morgenavond`.
DAY_PART_PREFIXES: dict[str, int] = {
    "van": 0,
    "deze": 0,
    "gisteren": -1,
    "gister": -1,
    "eergisteren": -2,
    "morgen": 1,
    "overmorgen": 2,
}
# `morgenvroeg` is tomorrow morning.
EXTRA_DAY_PART_WORDS: dict[str, tuple[int, str]] = {
    "morgenvroeg": (1, "MO"),
}

# Words before `morgen` that make it "the morning", not "tomorrow": `de volgende morgen`.
MORNING_NOT_TOMORROW: frozenset[str] = frozenset(
    {"de", "die", "deze", "elke", "iedere", "volgende", "zelfde", "goede", "'s", "vroeg", "op", "een"}
)

# Deictic determiners: how many periods away from the reference day's period.
SHIFTS: dict[str, int] = {
    "vorige": -1,
    "vorig": -1,
    "afgelopen": -1,
    "voorbije": -1,
    "verleden": -1,
    "jongstleden": -1,
    "deze": 0,
    "dit": 0,
    "huidige": 0,
    "lopende": 0,
    "volgende": 1,
    "volgend": 1,
    "komende": 1,
    "komend": 1,
    "aanstaande": 1,
    "eerstvolgende": 1,
    "eerstkomende": 1,
}
# After a weekday: `zaterdag jl.`, `maandag a.s.`.
POST_SHIFTS: dict[str, int] = {
    "jl.": -1,
    "jl": -1,
    "jongstleden": -1,
    "ll.": -1,
    "laatstleden": -1,
    "a.s.": 1,
    "aanstaande": 1,
}

# Words that refer to the present, the past or the future without a date (TIMEX3 *_REF).
REFERENCES: dict[str, str] = {
    "nu": "PRESENT_REF",
    "momenteel": "PRESENT_REF",
    "tegenwoordig": "PRESENT_REF",
    "thans": "PRESENT_REF",
    "heden": "PRESENT_REF",
    "heden ten dage": "PRESENT_REF",
    "vandaag de dag": "PRESENT_REF",
    "op dit moment": "PRESENT_REF",
    "op dit ogenblik": "PRESENT_REF",
    "op heden": "PRESENT_REF",
    "destijds": "PAST_REF",
    "vroeger": "PAST_REF",
    "onlangs": "PAST_REF",
    "recentelijk": "PAST_REF",
    "kort geleden": "PAST_REF",
    "pas geleden": "PAST_REF",
    "enige tijd geleden": "PAST_REF",
    "indertijd": "PAST_REF",
    "toentertijd": "PAST_REF",
    "binnenkort": "FUTURE_REF",
    "straks": "FUTURE_REF",
    "weldra": "FUTURE_REF",
    "eerlang": "FUTURE_REF",
}
# "Until now": the present as the end of a period (TIMEX3 mod ON_OR_BEFORE).
UNTIL_NOW: tuple[str, ...] = (
    "tot op de dag van vandaag",
    "tot op vandaag",
    "tot op heden",
    "tot nu toe",
    "tot nog toe",
    "tot dusverre",
    "tot dusver",
    "tot nu",
)

# Words after `nu` that make it the conjunction "now that", not the adverb "now":
# `Nu de protesten niet gaan liggen, ...`.
NU_CONJUNCTION_NEXT: frozenset[str] = frozenset(
    {
        "de",
        "het",
        "een",
        "die",
        "dat",
        "deze",
        "dit",
        "er",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "ik",
        "jij",
        "je",
        "u",
        "men",
        "zijn",
        "haar",
        "hun",
        "ons",
        "onze",
        "mijn",
        "alle",
        "veel",
        "steeds",
        "iedereen",
        "niemand",
        "elke",
        "ieder",
    }
)
# Fixed expressions with `nu` that are not "now".
NU_IDIOMS: tuple[str, ...] = ("nu eenmaal", "nu en dan", "nu of nooit", "nu eens", "van nu af")
# `vroeger dan` is a comparison, not "in the past".
COMPARATIVE_NEXT: frozenset[str] = frozenset({"dan", "als"})
