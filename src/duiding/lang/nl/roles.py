"""Dutch nouns for the roles that news gives people, and the role class each names.

Data only. A class is one of the `ROLE_CLASSES` below; a noun that only some countries use
for their head of state or government still maps to the general class. `president` is a
head of state only when a country qualifies it (`de Russische president`, `de president van
Rusland`); with a company it is that company's chief.
"""

from __future__ import annotations

ROLE_CLASSES: tuple[str, ...] = (
    "head_of_state",
    "head_of_government",
    "minister",
    "legislator",
    "opposition",
    "party_leader",
    "military",
    "judge",
    "diplomat",
    "mayor",
    "governor",
    "chief_executive",
    "founder",
    "spokesperson",
)

# noun (folded, singular) -> role class. Feminine forms are listed with the masculine ones.
ROLE_NOUNS: dict[str, str] = {
    "president": "head_of_state",
    "presidente": "head_of_state",
    "staatshoofd": "head_of_state",
    "koning": "head_of_state",
    "koningin": "head_of_state",
    "vorst": "head_of_state",
    "vorstin": "head_of_state",
    "keizer": "head_of_state",
    "keizerin": "head_of_state",
    "emir": "head_of_state",
    "sultan": "head_of_state",
    "monarch": "head_of_state",
    "alleenheerser": "head_of_state",
    "dictator": "head_of_state",
    "premier": "head_of_government",
    "eerste minister": "head_of_government",
    "minister-president": "head_of_government",
    "ministerpresident": "head_of_government",
    "regeringsleider": "head_of_government",
    "kanselier": "head_of_government",
    "regeringschef": "head_of_government",
    "minister": "minister",
    "vicepremier": "minister",
    "staatssecretaris": "minister",
    "parlementslid": "legislator",
    "kamerlid": "legislator",
    "senator": "legislator",
    "oppositieleider": "opposition",
    "oppositiekandidaat": "opposition",
    "oppositiekandidate": "opposition",
    "oppositiefiguur": "opposition",
    "oppositielid": "opposition",
    "dissident": "opposition",
    "dissidente": "opposition",
    "partijleider": "party_leader",
    "partijvoorzitter": "party_leader",
    "lijsttrekker": "party_leader",
    "generaal": "military",
    "legerleider": "military",
    "legerchef": "military",
    "opperbevelhebber": "military",
    "rechter": "judge",
    "ambassadeur": "diplomat",
    "ambassadrice": "diplomat",
    "gezant": "diplomat",
    "burgemeester": "mayor",
    "gouverneur": "governor",
    "ceo": "chief_executive",
    "chief executive officer": "chief_executive",
    "chief executive": "chief_executive",
    "chief operating officer": "chief_executive",
    "chief financial officer": "chief_executive",
    "cfo": "chief_executive",
    "coo": "chief_executive",
    "topman": "chief_executive",
    "topvrouw": "chief_executive",
    "bestuursvoorzitter": "chief_executive",
    "directeur": "chief_executive",
    "directrice": "chief_executive",
    "oprichter": "founder",
    "oprichtster": "founder",
    "medeoprichter": "founder",
    "medeoprichtster": "founder",
    "woordvoerder": "spokesperson",
    "woordvoerster": "spokesperson",
}

# Roles a country qualifies (`de Wit-Russische president`): with a company they mean its chief.
COUNTRY_QUALIFIED: dict[str, str] = {"president": "head_of_state", "presidente": "head_of_state"}
ORGANISATION_QUALIFIED: dict[str, str] = {"president": "chief_executive", "presidente": "chief_executive"}

# Forms that only a woman holds (`de oppositiekandidate`): evidence for pronoun agreement.
FEMININE: frozenset[str] = frozenset(
    {
        "presidente",
        "koningin",
        "vorstin",
        "keizerin",
        "oppositiekandidate",
        "dissidente",
        "ambassadrice",
        "directrice",
        "oprichtster",
        "medeoprichtster",
        "woordvoerster",
        "topvrouw",
        "kandidate",
        "kanselierin",
    }
)
FEMININE_SUFFIXES: tuple[str, ...] = ("ster", "trice", "drice", "kandidate")

# Nouns that name someone by the role they share with another (`zijn Wit-Russische ambtgenoot`).
COUNTERPARTS: frozenset[str] = frozenset({"ambtgenoot", "ambtgenote", "collega", "tegenhanger", "evenknie"})

# Nouns that may open a title before a name without a role class of their own.
TITLE_NOUNS: frozenset[str] = frozenset(
    {
        "leider",
        "leidster",
        "kandidaat",
        "kandidate",
        "politicus",
        "politica",
        "activist",
        "activiste",
        "zakenman",
        "zakenvrouw",
        "miljardair",
        "oligarch",
        "journalist",
        "journaliste",
        "advocaat",
        "schrijver",
        "schrijfster",
        "zanger",
        "zangeres",
        "trainer",
        "coach",
        "voorzitter",
        "voorzitster",
        "chef",
        "baas",
        "topman",
        "manager",
        "analist",
        "professor",
        "hoogleraar",
        "paus",
        "bisschop",
        "prins",
        "prinses",
    }
)
