"""Dutch third-person pronouns with what they tell about their antecedent.

Data only. gender: m, f or ? (either); number: sg, pl or ? (either); case: subj, obj or poss.
`zij`/`ze` is a woman or a plural; `haar` a woman (object or possessive); `zijn` is also the
verb `to be`, so it is read as a pronoun only when the parser says so.
"""

from __future__ import annotations

# word (lower case) -> (gender, number, case)
PERSONAL: dict[str, tuple[str, str, str]] = {
    "hij": ("m", "sg", "subj"),
    "hem": ("m", "sg", "obj"),
    "zij": ("f", "?", "subj"),
    "ze": ("f", "?", "subj"),
    "haar": ("f", "sg", "obj"),
    "zijn": ("m", "sg", "poss"),
}

# Pronouns whose reading needs the parser: without it they are left alone.
NEEDS_PARSE: frozenset[str] = frozenset({"zijn", "haar"})

# Relative pronouns that, right after a name and a comma, refer to that name.
RELATIVE: frozenset[str] = frozenset({"die", "dat", "wie"})

# Words that open a new clause: a pronoun object cannot share a referent with the subject of
# its own clause (`De minister ... is hij niet van plan hem te ontslaan`), but can with the
# subject of another.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    {
        "dat",
        "nadat",
        "omdat",
        "toen",
        "hoewel",
        "terwijl",
        "want",
        "maar",
        "en",
        "of",
        "als",
        "indien",
        "zodat",
        "voordat",
        "doordat",
        "die",
        "wie",
        "waar",
        "waarna",
        "waarop",
        "tenzij",
        "zodra",
        "sinds",
    }
)

# Given-name endings that mark a woman in the languages news names come from (Svetlana,
# Angela, Maria), and the male names with those endings that are common in the news.
FEMININE_NAME_ENDINGS: tuple[str, ...] = ("a", "ja", "ia", "ina", "ine", "ette", "elle")
MASCULINE_EXCEPTIONS: frozenset[str] = frozenset(
    {
        "nikita",
        "ilja",
        "ilya",
        "kostja",
        "sasja",
        "sasha",
        "misja",
        "mischa",
        "luca",
        "andrea",
        "joshua",
        "jona",
        "elia",
        "attila",
        "mustafa",
        "musa",
        "isa",
        "yahya",
        "zakaria",
        "osama",
        "usama",
        "hamza",
        "taha",
        "idrissa",
        "moussa",
        "abdullah",
        "jeremia",
        "jesaja",
        "sacha",
        "costa",
        "dara",
        "ezra",
        "santana",
    }
)

# Surname endings that mark a woman in Slavic and Baltic names (Zjoekovskaja, Ivanova).
FEMININE_SURNAME_ENDINGS: tuple[str, ...] = (
    "skaja",
    "skaya",
    "skaia",
    "ova",
    "eva",
    "ina",
    "aja",
    "aya",
    "ienė",
    "aitė",
)
