"""Dutch cues that attribute a statement to a source without a reporting clause:
`volgens X`, `naar verluidt`, `aldus X`, `zo meldt X`, `dat blijkt uit X`. Data only.
"""

from __future__ import annotations

# Prepositions whose object is the source of the clause they stand in: `volgens de politie`.
SOURCE_PREPOSITIONS: frozenset[str] = frozenset({"volgens", "blijkens", "aldus"})

# Fixed phrases that mark a clause as hearsay or as the subject's own claim, with no source
# named (`naar verluidt`) or with the clause's own subject as the source (`naar eigen zeggen`).
# phrase (lower case, space-separated tokens) -> does the clause's subject speak?
HEARSAY_PHRASES: dict[str, bool] = {
    "naar verluidt": False,
    "naar het schijnt": False,
    "naar men zegt": False,
    "naar men aanneemt": False,
    "naar eigen zeggen": True,
    "naar zijn zeggen": True,
    "naar haar zeggen": True,
    "zo heet het": False,
    "zo wordt gezegd": False,
    "zo gaat het verhaal": False,
}

# `zo meldt X`, `, meldt X.`, `Dat zegt X`: a reporting verb after the claim, with the
# speaker after the verb. These verbs (besides every reporting verb) make such a tag.
TAG_VERBS: frozenset[str] = frozenset({"blijken"})

# `Dat blijkt uit X`, `Uit X blijkt dat`: the source is the object of `uit`.
EVIDENCE_VERBS: dict[str, str] = {"blijken": "uit"}

# Forms of the evidence verbs (principal parts as in `reporting_verbs`).
EVIDENCE_VERB_PARTS: dict[str, tuple[str, str, str, str, str]] = {
    "blijken": ("", "blijk", "bleek", "bleken", "gebleken"),
}

# Words that open a sentence that refers back to the previous one: `Dat meldt de krant.`
ANAPHORIC_OPENERS: frozenset[str] = frozenset({"dat", "dit", "zo", "aldus"})
