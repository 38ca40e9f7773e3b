"""Words before (or after) a number that say how exact it is, mapped to the reading's `mod`. Data only.

Quantities use MORE_THAN, LESS_THAN, APPROX, AT_LEAST and AT_MOST. Time expressions use
TIMEX3's names for the same ideas (`ruim drie weken` is MORE_THAN, `minstens een jaar`
EQUAL_OR_MORE); `TIMEX_MOD` maps one to the other.
"""

from __future__ import annotations

PRE_MODIFIERS: dict[str, str] = {
    "meer dan": "MORE_THAN",
    "ruim": "MORE_THAN",
    "ruimschoots": "MORE_THAN",
    "dik": "MORE_THAN",
    "een dikke": "MORE_THAN",
    "een goede": "MORE_THAN",
    "boven de": "MORE_THAN",
    "ruim boven de": "MORE_THAN",
    "bijna": "LESS_THAN",
    "haast": "LESS_THAN",
    "minder dan": "LESS_THAN",
    "nog geen": "LESS_THAN",
    "net geen": "LESS_THAN",
    "nauwelijks": "LESS_THAN",
    "een kleine": "LESS_THAN",
    "onder de": "LESS_THAN",
    "net onder de": "LESS_THAN",
    "zowat": "APPROX",
    "zo'n": "APPROX",
    "zo’n": "APPROX",
    "circa": "APPROX",
    "ca.": "APPROX",
    "ongeveer": "APPROX",
    "rond": "APPROX",
    "rond de": "APPROX",
    "rondom": "APPROX",
    "omstreeks": "APPROX",
    "om en bij": "APPROX",
    "om en bij de": "APPROX",
    "om en nabij": "APPROX",
    "om en nabij de": "APPROX",
    "pakweg": "APPROX",
    "naar schatting": "APPROX",
    "grofweg": "APPROX",
    "ruwweg": "APPROX",
    "bij benadering": "APPROX",
    "plusminus": "APPROX",
    "een slordige": "APPROX",
    "minstens": "AT_LEAST",
    "minimaal": "AT_LEAST",
    "minimum": "AT_LEAST",
    "ten minste": "AT_LEAST",
    "tenminste": "AT_LEAST",
    "op zijn minst": "AT_LEAST",
    "zeker": "AT_LEAST",
    "hooguit": "AT_MOST",
    "hoogstens": "AT_MOST",
    "maximaal": "AT_MOST",
    "maximum": "AT_MOST",
    "ten hoogste": "AT_MOST",
    "op zijn hoogst": "AT_MOST",
    "niet meer dan": "AT_MOST",
    "tot": "AT_MOST",
    "tot wel": "AT_MOST",
}

POST_MODIFIERS: dict[str, str] = {
    "of meer": "AT_LEAST",
    "en meer": "AT_LEAST",
    "of minder": "AT_MOST",
}

# Range words between two numbers: `tussen 10 en 20`, `10 à 20`, `10 tot 20`.
RANGE_OPENERS: tuple[str, ...] = ("tussen de", "tussen")
RANGE_JOINERS: tuple[str, ...] = ("à", "a", "tot", "en", "-", "–")

# After these verbs `tot` means "to" (the value reached), not "up to": `daalde tot 5,2 procent`.
# Forms, lowercase; a word counts when it starts with one of these.
CHANGE_VERB_PREFIXES: tuple[str, ...] = (
    "steeg",
    "stegen",
    "stijg",
    "gestegen",
    "daal",
    "gedaald",
    "zakt",
    "zakte",
    "gezakt",
    "klom",
    "klimt",
    "geklommen",
    "verdubbel",
    "verdrievoudig",
    "halveer",
    "gehalveerd",
    "terugbr",
    "teruggebracht",
    "verhoog",
    "verlaag",
    "opgetrokken",
    "groei",
    "gegroeid",
    "kromp",
    "gekrompen",
    "toegenomen",
    "afgenomen",
    "teruggevallen",
    "gereduceerd",
    "reduceer",
    "verminder",
    "bijgesteld",
    "aangepast",
)

# Quantity mod -> TIMEX3 mod, for durations (`ruim vijf weken`).
TIMEX_MOD: dict[str, str] = {
    "MORE_THAN": "MORE_THAN",
    "LESS_THAN": "LESS_THAN",
    "APPROX": "APPROX",
    "AT_LEAST": "EQUAL_OR_MORE",
    "AT_MOST": "EQUAL_OR_LESS",
}
