"""Dutch demonyms and country adjectives: the morphology that derives them from Dutch country names.

Data only. `Wit-Russische`, `Wit-Russen` and `Wit-Rus` share the stem `witrus` with
`Wit-Rusland`; `Litouws` shares `litouw` with `Litouwen`. A word and a country name meet
when one of the word's stems (an ending below removed) equals one of the country's stems.
Stems are compared folded (lower case, no diacritics, no hyphens or spaces), with doubled
vowels and a doubled final consonant made single (`Pools`/`Polen`, `Russisch`/`Rusland`).
"""

from __future__ import annotations

# Endings of Dutch place names that the demonym does not keep, longest first.
PLACE_ENDINGS: tuple[str, ...] = (
    "istan",  # Afghanistan -> Afghaans
    "enland",  # Griekenland -> Grieks
    "stan",  # Kazachstan -> Kazachs
    "land",  # Rusland -> Russisch, Zwitserland -> Zwitsers
    "rijk",  # Oostenrijk keeps it (Oostenrijks), the empty ending below covers that
    "ije",  # Turkije -> Turks
    "ie",  # Belgie (België) -> Belgisch
    "ia",  # India -> Indisch
    "je",  # Spanje -> Spaans
    "en",  # Litouwen -> Litouws, Zweden -> Zweeds
    "ne",  # Oekraine -> Oekraiens
    "e",  # Egypte -> Egyptisch
    "a",  # China -> Chinees, Europa -> Europees
    "o",  # Mexico -> Mexicaans
    "",  # Japan -> Japans, Israel -> Israelisch
)

# Endings of adjectives (with their inflected -e forms) and of nouns for inhabitants
# (singular and plural), longest first. The empty ending covers `Rus`, `Belg`, `Turk`.
DEMONYM_ENDINGS: tuple[str, ...] = (
    "iaanse",
    "iaans",
    "ische",
    "aanse",
    "eense",
    "aarse",
    "anen",  # Amerikanen
    "ezen",  # Chinezen
    "isch",
    "aans",
    "eens",
    "aars",
    "iers",  # Braziliaan..., Indiers
    "ese",  # Chinese
    "ees",  # Chinees
    "ier",  # Indier
    "ers",  # Nederlanders
    "aan",  # Amerikaan
    "ense",  # Oekraiense
    "ens",  # Oekraiens
    "en",  # Russen, Belgen
    "er",  # Nederlander
    "se",  # Litouwse
    "s",  # Litouws
    "e",
    "",
)

# Endings that also end ordinary words; a capitalised word that opens a sentence is only
# read as a demonym when its ending is one of the adjective endings instead.
AMBIGUOUS_AT_SENTENCE_START: frozenset[str] = frozenset({"en", "e", "er", "ers", "", "s", "se"})

# The shortest stem that may carry a match: shorter stems meet too many words by chance.
MIN_STEM: int = 3

# Forms the morphology cannot reach, by ISO 3166 alpha-2 code (folded, as above).
IRREGULAR: dict[str, tuple[str, ...]] = {
    "FR": ("frans", "franse", "fransman", "fransen", "fransoos", "fransozen", "fransoes"),
    "GB": (
        "brits",
        "britse",
        "brit",
        "britten",
        "engels",
        "engelse",
        "engelsman",
        "engelsen",
        "schots",
        "schotse",
        "schot",
        "schotten",
        "welsh",
    ),
    "US": ("amerikaans", "amerikaanse", "amerikaan", "amerikanen"),
    "NO": ("noors", "noorse", "noor", "noren"),
    "DK": ("deens", "deense", "deen", "denen"),
    "PT": ("portugees", "portugese", "portugezen"),
    "NL": ("hollands", "hollandse", "hollander", "hollanders"),
    "SA": ("saoedisch", "saoedische", "saoediers"),
    "AE": ("emiraats", "emiraatse"),
    "CY": ("cypriotisch", "cypriotische", "cyprioot", "cyprioten"),
    "YE": ("jemenitisch", "jemenitische", "jemeniet", "jemenieten"),
    "MA": ("marokkaans", "marokkaanse", "marokkaan", "marokkanen"),
    "PH": ("filipijns", "filipijnse", "filipijn", "filipino"),
    "VA": ("vaticaans", "vaticaanse"),
}

# First words of two-word official names that name the form of state, so that the second word
# is the country's own name (`Republiek Belarus` -> `Belarus` -> `Belarussisch`).
STATE_FORMS: frozenset[str] = frozenset(
    {
        "republiek",
        "koninkrijk",
        "staat",
        "vorstendom",
        "groothertogdom",
        "sultanaat",
        "emiraat",
        "volksrepubliek",
        "gemenebest",
        "federatie",
    }
)
