"""Dutch nouns that describe an entity of a given type (`het bedrijf`, `de stad`).

Data only. A definite description whose head noun is listed (or ends in one, for compounds
such as `computerfabrikant`) can refer back to a named entity of that type.
"""

from __future__ import annotations

# head noun (folded) -> entity type
CLASS_NOUNS: dict[str, str] = {
    "bedrijf": "ORG",
    "onderneming": "ORG",
    "firma": "ORG",
    "concern": "ORG",
    "fabrikant": "ORG",
    "producent": "ORG",
    "multinational": "ORG",
    "marktleider": "ORG",  # not a person: the compound's head `leider` would say PER
    "gigant": "ORG",
    "maatschappij": "ORG",
    "organisatie": "ORG",
    "partij": "ORG",
    "bank": "ORG",
    "groep": "ORG",
    "club": "ORG",
    "verkoper": "ORG",
    "winkelketen": "ORG",
    "keten": "ORG",
    "retailer": "ORG",
    "bureau": "ORG",
    "website": "ORG",
    "krant": "ORG",
    "zender": "ORG",
    "omroep": "ORG",
    "ministerie": "ORG",
    "regering": "ORG",
    "overheid": "ORG",
    "leger": "ORG",
    # Products (MISC, MEANTIME's PRO): what news about a product calls it the second time.
    "telefoon": "MISC",
    "smartphone": "MISC",
    "toestel": "MISC",
    "apparaat": "MISC",
    "model": "MISC",
    "laptop": "MISC",
    "computer": "MISC",
    "tablet": "MISC",
    "software": "MISC",
    "besturingssysteem": "MISC",
    "programma": "MISC",
    "dienst": "MISC",
    "store": "MISC",
    "spelcomputer": "MISC",
    "muziekspeler": "MISC",
    "stad": "LOC",
    "hoofdstad": "LOC",
    "land": "LOC",
    "staat": "LOC",
    "republiek": "LOC",
    "provincie": "LOC",
    "regio": "LOC",
    "gemeente": "LOC",
}

# Determiners that make a description definite: only these refer back.
DEFINITE: frozenset[str] = frozenset({"de", "het", "deze", "dit", "die", "dat"})

# Possessive determiners: `zijn Wit-Russische ambtgenoot`.
POSSESSIVE: frozenset[str] = frozenset({"zijn", "haar", "hun"})

# The shortest first part of a compound that still counts as one (`computer|fabrikant`).
MIN_COMPOUND_PREFIX: int = 3

# Words that end in a class noun but are not descriptions of an entity (`het buitenland` is
# "abroad", not a country).
NOT_DESCRIPTIONS: frozenset[str] = frozenset(
    {
        "buitenland",
        "binnenland",
        "vaderland",
        "moederland",
        "platteland",
        "thuisland",
        "achterland",
        "niemandsland",
        "hinterland",
        "randstad",
        "binnenstad",
        "benedenstad",
        "bovenstad",
        "werkgroep",
        "doelgroep",
        "leeftijdsgroep",
        "bevolkingsgroep",
        "actiegroep",
        "bestuursmodel",
        "verdienmodel",
        "rolmodel",
        "hulpdienst",
        "inlichtingendienst",
        "veiligheidsdienst",
        "geheime dienst",
    }
)
