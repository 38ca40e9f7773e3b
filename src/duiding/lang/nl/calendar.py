"""Dutch month and weekday names with their abbreviations (CLDR, via dateparser; BSD-3/Unicode)."""

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# ISO weekday numbers: maandag is 1.
WEEKDAYS: dict[str, int] = {
    "maandag": 1,
    "ma": 1,
    "dinsdag": 2,
    "di": 2,
    "woensdag": 3,
    "wo": 3,
    "donderdag": 4,
    "do": 4,
    "vrijdag": 5,
    "vr": 5,
    "zaterdag": 6,
    "za": 6,
    "zondag": 7,
    "zo": 7,
}

# Full names only: the abbreviations above are safe in a date header, not in running text
# (`do`, `di`, `Jan`).
MONTH_NAMES: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
# Abbreviations accepted in running text after a day number: `9 aug. 2020`.
MONTH_ABBREVIATIONS: dict[str, int] = {k: v for k, v in MONTHS.items() if k not in MONTH_NAMES}

WEEKDAY_NAMES: dict[str, int] = {k: v for k, v in WEEKDAYS.items() if len(k) > 2}

# Parts of the day, as in TIMEX3 (MO, AF, EV, NI); Flemish `voormiddag` is the morning.
DAY_PARTS: dict[str, str] = {
    "ochtend": "MO",
    "morgen": "MO",
    "voormiddag": "MO",
    "middag": "AF",
    "namiddag": "AF",
    "avond": "EV",
    "nacht": "NI",
}
# `'s ochtends`, `'s avonds`: the adverbial genitives.
DAY_PART_ADVERBS: dict[str, str] = {
    "ochtends": "MO",
    "morgens": "MO",
    "voormiddags": "MO",
    "middags": "AF",
    "namiddags": "AF",
    "avonds": "EV",
    "nachts": "NI",
}

# Seasons, as TIMEX3 names them (meteorological: spring is March to May).
SEASONS: dict[str, str] = {
    "lente": "SP",
    "voorjaar": "SP",
    "zomer": "SU",
    "herfst": "FA",
    "najaar": "FA",
    "winter": "WI",
}
SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# Holidays on a fixed day: name -> (month, day, part of day or "").
FIXED_HOLIDAYS: dict[str, tuple[int, int, str]] = {
    "nieuwjaar": (1, 1, ""),
    "nieuwjaarsdag": (1, 1, ""),
    "valentijnsdag": (2, 14, ""),
    "koningsdag": (4, 27, ""),
    "dag van de arbeid": (5, 1, ""),
    "bevrijdingsdag": (5, 5, ""),
    "guldensporendag": (7, 11, ""),
    "nationale feestdag": (7, 21, ""),
    "allerheiligen": (11, 1, ""),
    "allerzielen": (11, 2, ""),
    "wapenstilstand": (11, 11, ""),
    "kerstavond": (12, 24, "EV"),
    "kerstmis": (12, 25, ""),
    "kerst": (12, 25, ""),
    "kerstdag": (12, 25, ""),
    "eerste kerstdag": (12, 25, ""),
    "tweede kerstdag": (12, 26, ""),
    "oudejaarsdag": (12, 31, ""),
    "oudejaarsavond": (12, 31, "EV"),
    "oudejaarsnacht": (12, 31, "NI"),
    "oudjaar": (12, 31, ""),
}

# Holidays that move with Easter: name -> days after Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "aswoensdag": -46,
    "palmzondag": -7,
    "witte donderdag": -3,
    "goede vrijdag": -2,
    "pasen": 0,
    "paaszondag": 0,
    "eerste paasdag": 0,
    "paasmaandag": 1,
    "tweede paasdag": 1,
    "hemelvaart": 39,
    "hemelvaartsdag": 39,
    "pinksteren": 49,
    "pinksterzondag": 49,
    "eerste pinksterdag": 49,
    "pinkstermaandag": 50,
    "tweede pinksterdag": 50,
}
