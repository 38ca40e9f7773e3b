"""Dutch function words the quote layer reads clauses and noun phrases by when there is no
parse (and to check the parse where there is one). Data only."""

from __future__ import annotations

# Words that start a noun phrase.
DETERMINERS: frozenset[str] = frozenset(
    """
    de het een 'n deze dit die dat zijn haar hun onze ons mijn m'n z'n uw jullie elke ieder iedere
    alle veel vele enkele sommige meerdere verschillende diverse talrijke tal weinig geen beide
    welke zo'n dergelijke diens wiens
    """.split()
)

# Pronouns that can be a subject, with the ones that can only be one.
SUBJECT_PRONOUNS: frozenset[str] = frozenset(
    {"ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "men", "gij", "ie", "-ie", "'k"}
)
OBJECT_PRONOUNS: frozenset[str] = frozenset({"hem", "haar", "hen", "hun", "mij", "me", "ons", "jou", "u", "ze"})

PREPOSITIONS: frozenset[str] = frozenset(
    """
    in op aan bij met van voor na tijdens volgens tegen tegenover via door naar uit over onder rond
    rondom sinds tot om zonder binnen buiten achter naast tussen vanuit namens per te ten ter vanaf
    wegens omwille dankzij ondanks blijkens langs boven beneden nabij richting jegens
    """.split()
)

# Coordinators between main clauses; after `dus` and `toch` the verb comes first.
COORDINATORS: frozenset[str] = frozenset({"en", "maar", "of", "want", "doch", "noch"})

# Words that open a subordinate clause (the finite verb goes last).
SUBORDINATORS: frozenset[str] = frozenset(
    """
    dat of omdat doordat nadat voordat zodat hoewel terwijl toen als indien wanneer zodra sinds
    tenzij opdat alsof zoals aangezien mits totdat eer vooraleer
    """.split()
)

# Words that open an embedded question: `vroeg waarom`, `wil weten wie`.
QUESTION_WORDS: frozenset[str] = frozenset(
    {
        "of",
        "wie",
        "wat",
        "waarom",
        "hoe",
        "wanneer",
        "waar",
        "welke",
        "welk",
        "hoeveel",
        "waarvoor",
        "waarmee",
        "waarover",
        "waardoor",
        "waarheen",
        "vanwaar",
        "hoelang",
        "hoezeer",
        "wiens",
        "waaraan",
        "waarop",
    }
)

# Relative pronouns that open a clause inside a noun phrase: `X, die naar Litouwen reisde,`.
RELATIVES: frozenset[str] = frozenset(
    {"die", "dat", "wie", "wat", "waar", "waarin", "waarop", "waarmee", "wiens", "wier"}
)

# Adverbs (and adverbial time words) that end a noun phrase and, first in a clause, put the
# subject after the verb: `Maandag zei de minister`, `Eerder had de minister al toegezegd`.
ADVERBS: frozenset[str] = frozenset(
    """
    gisteren vandaag morgen eergisteren overmorgen vanochtend vanmorgen vanmiddag vanavond vannacht
    gisteravond gistermiddag gisterochtend destijds eerder later nu toen daarna daarvoor intussen
    ondertussen ook al nog niet wel dus toch daarom bovendien echter immers zelf zelfs evenwel
    nadien voorheen vroeger straks meteen onmiddellijk opnieuw nogmaals weer alweer eveneens tevens
    verder voorts eindelijk ten slotte tenslotte uiteindelijk plots plotseling dan daar hier er
    kort bondig droog lachend ook nog steeds altijd nooit telkens vaak soms graag liever net pas
    zopas onlangs recent recentelijk jaren dagen weken maanden eerst ooit inmiddels
    """.split()
)

# Words that close an inverted subject (`zei hij maandag`, `zegt de minister ook`): the
# adverbs above, the prepositions, and these.
NP_ENDERS: frozenset[str] = frozenset({"dat", "om", "te", "niet", "geen", "er", "eraan", "erop", "ervan", "zich"})

# Sentence adverbs that may stand first in a clause without being its subject.
CLAUSE_ADVERBS: frozenset[str] = ADVERBS | frozenset({"ook", "zo", "aldus", "daarop", "waarop", "hierop", "vervolgens"})

# Finite forms of the auxiliaries and modals that carry a participle or infinitive cue:
# `heeft gezegd`, `had al toegezegd`, `zal aankondigen`, `wil weten`.
FINITE_AUXILIARIES: frozenset[str] = frozenset(
    """
    heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden
    zal zult zullen zou zouden kan kunt kunnen kon konden moet moeten moest moesten wil wilt
    willen wilde wilden wou mag mogen mocht mochten blijkt bleek lijkt leek
    """.split()
)

# Words after `dat` that make it a pronoun, not the start of a clause: `geloven dat niet`.
NOT_AFTER_COMPLEMENTIZER: frozenset[str] = frozenset(
    {"niet", "ook", "wel", "nooit", "zelf", "evenmin", "graag", "toch", "dan", "echter", "immers"}
)

# Endings of Dutch nouns for people (`directeur`, `bewoner`, `woordvoerster`, `journalist`),
# for telling a person-like subject from a thing when the entity layer has no answer.
PERSON_SUFFIXES: tuple[str, ...] = (
    "eur",
    "er",
    "aar",
    "ier",
    "ist",
    "ent",
    "ant",
    "ster",
    "trice",
    "man",
    "vrouw",
    "dame",
    "heer",
    "meester",
    "leider",
    "voerder",
    "kundige",
    "loog",
    "oloog",
    "iaan",
    "ling",
    "ling",
    "jongen",
    "meisje",
    "kind",
    "vader",
    "moeder",
    "zoon",
    "dochter",
    "broer",
    "zus",
    "vriend",
    "vriendin",
    "baas",
    "chef",
)
