"""Currencies: Dutch words and symbols mapped to ISO 4217 codes. Data only.

A currency word can depend on time and place: `frank` in Belgian press before the
euro (2002) is the Belgian franc, afterwards the Swiss franc is the franc still in use.
`CURRENCY_BY_PERIOD` holds those rules; a qualifying adjective (`Zwitserse frank`)
always wins over them.
"""

from __future__ import annotations

# word (lowercase, singular and plural) -> ISO 4217 code
CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR",
    "euro's": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "pond": "GBP",
    "pond sterling": "GBP",
    "gbp": "GBP",
    "roebel": "RUB",
    "roebels": "RUB",
    "rub": "RUB",
    "yen": "JPY",
    "jpy": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "cny": "CNY",
    "gulden": "NLG",
    "guldens": "NLG",
    "mark": "DEM",
    "d-mark": "DEM",
    "peseta": "ESP",
    "pesetas": "ESP",
    "lire": "ITL",
    "escudo": "PTE",
    "escudos": "PTE",
    "schilling": "ATS",
    "drachme": "GRD",
    "drachmen": "GRD",
    "zloty": "PLN",
    "forint": "HUF",
    "roepie": "INR",
    "roepies": "INR",
    "hryvnia": "UAH",
    "grivna": "UAH",
    "shekel": "ILS",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "frank": "BEF",  # see CURRENCY_BY_PERIOD
    "franken": "BEF",
    "bef": "BEF",
    "kroon": "SEK",  # unqualified crowns are rare; the qualified forms below are the rule
    "kronen": "SEK",
    "lira": "TRY",
    "real": "BRL",
    "rand": "ZAR",
}

# Fractional units: value in the main unit.
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("EUR", 0.01),
    "eurocent": ("EUR", 0.01),
    "dollarcent": ("USD", 0.01),
}

# Symbols written before (or after) the amount.
CURRENCY_SYMBOLS: dict[str, str] = {
    "€": "EUR",
    "$": "USD",
    "us$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "₺": "TRY",
    "₩": "KRW",
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "chf": "CHF",
}

# Qualifying adjectives (stem without the inflection -e): `Zwitserse frank`, `Canadese dollar`.
QUALIFIED: dict[tuple[str, str], str] = {
    ("zwitsers", "frank"): "CHF",
    ("frans", "frank"): "FRF",
    ("belgisch", "frank"): "BEF",
    ("luxemburgs", "frank"): "LUF",
    ("amerikaans", "dollar"): "USD",
    ("canadees", "dollar"): "CAD",
    ("australisch", "dollar"): "AUD",
    ("hongkongs", "dollar"): "HKD",
    ("nieuw-zeelands", "dollar"): "NZD",
    ("singaporees", "dollar"): "SGD",
    ("taiwanees", "dollar"): "TWD",
    ("russisch", "roebel"): "RUB",
    ("wit-russisch", "roebel"): "BYN",
    ("brits", "pond"): "GBP",
    ("egyptisch", "pond"): "EGP",
    ("zweeds", "kroon"): "SEK",
    ("deens", "kroon"): "DKK",
    ("noors", "kroon"): "NOK",
    ("tsjechisch", "kroon"): "CZK",
    ("ijslands", "kroon"): "ISK",
    ("turks", "lira"): "TRY",
    ("italiaans", "lire"): "ITL",
    ("duits", "mark"): "DEM",
    ("fins", "mark"): "FIM",
    ("antilliaans", "gulden"): "ANG",
    ("arubaans", "gulden"): "AWG",
    ("surinaams", "gulden"): "SRG",
    ("chinees", "yuan"): "CNY",
    ("japans", "yen"): "JPY",
    ("indiaas", "roepie"): "INR",
    ("zuid-afrikaans", "rand"): "ZAR",
    ("braziliaans", "real"): "BRL",
    ("oekraïens", "hryvnia"): "UAH",
    ("pools", "zloty"): "PLN",
    ("hongaars", "forint"): "HUF",
    ("marokkaans", "dirham"): "MAD",
    ("israëlisch", "shekel"): "ILS",
    ("zuid-koreaans", "won"): "KRW",
}

# Plural and inflected unit words -> the singular used in QUALIFIED.
SINGULAR: dict[str, str] = {
    "franken": "frank",
    "dollars": "dollar",
    "roebels": "roebel",
    "kronen": "kroon",
    "guldens": "gulden",
    "roepies": "roepie",
}

# An unqualified word that named one currency until the euro notes came (2002-01-01) and
# another after: `frank` in Belgian (and Dutch) press before 2002 is the Belgian franc; in
# later news the franc still in use is the Swiss one. code -> (first day it no longer holds, code from then on)
SUPERSEDED: dict[str, tuple[str, str]] = {
    "BEF": ("2002-01-01", "CHF"),
}

# Redenominations: code -> (first day of the code, the code before it).
REDENOMINATED: dict[str, tuple[str, str]] = {
    "BYN": ("2016-07-01", "BYR"),
}
