"""Words that tell when something happened relative to other things in the article. Data only.

Used to narrow the publication day when the header gives only a month: a series counted
from an onset (`voor het vijfde weekend op een rij`, since protests `uitbraken`), the cause
that bounds the onset from below (`De aanleiding waren de verkiezingen van 9 augustus`),
and the tense cues that send a bare weekday forward (`zal maandag`).
"""

from __future__ import annotations

# Verb forms that mark the start of a series of events (the onset).
ONSET_VERBS: frozenset[str] = frozenset(
    {
        "uitbraken",
        "uitbrak",
        "uitgebroken",
        "braken",
        "brak",
        "losbarstten",
        "losbarstte",
        "losgebarsten",
        "barstte",
        "barstten",
        "begon",
        "begonnen",
        "startte",
        "startten",
        "gestart",
        "ontstond",
        "ontstonden",
        "ontstaan",
    }
)

# Words that name a cause: a date beside them bounds the onset from below.
CAUSE_CUES: tuple[str, ...] = (
    "aanleiding",
    "naar aanleiding van",
    "oorzaak",
    "in de nasleep van",
    "volgend op",
    "als reactie op",
    "uit onvrede over",
    "uit protest tegen",
)

# A counted series: `voor het vijfde weekend op een rij`, `de derde zaterdag op rij`.
SERIES_CUES: tuple[str, ...] = ("op een rij", "op rij", "na elkaar", "achter elkaar", "achtereen")
SERIES_BEFORE: tuple[str, ...] = ("opeenvolgende",)

# Periods a series can count.
SERIES_UNITS: dict[str, str] = {
    "weekend": "weekend",
    "week": "week",
    "dag": "day",
    "maand": "month",
    "jaar": "year",
    "zondag": "weekday7",
    "maandag": "weekday1",
    "dinsdag": "weekday2",
    "woensdag": "weekday3",
    "donderdag": "weekday4",
    "vrijdag": "weekday5",
    "zaterdag": "weekday6",
}

# Words that send a bare weekday or month forward: `zal maandag`, `gaan in maart`.
FUTURE_CUES: frozenset[str] = frozenset({"zal", "zullen", "zult", "gaat", "gaan"})
# Prepositions before a bare weekday that point forward: `tot zaterdag`, `vanaf vrijdag`.
FUTURE_PREPOSITIONS: frozenset[str] = frozenset({"tot", "vanaf", "tegen"})
