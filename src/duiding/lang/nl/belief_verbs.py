"""Dutch cues of belief, opinion, fear and expectation: `kind: belief`. Data only.

Verbs are given by their principal parts as in `reporting_verbs`. Some beliefs are phrases
built on a copula or a plain verb (`is ervan overtuigd dat`, `is van mening dat`, `gaat ervan
uit dat`, `is bang dat`); their cue word and the words that must come with it are listed in
`BELIEF_PHRASES`.
"""

from __future__ import annotations

from duiding.lang.nl.reporting_verbs import VerbParts

BELIEF_VERBS: dict[str, VerbParts] = {
    "geloven": ("", "geloof", "geloofde", "geloofden", "geloofd"),
    "denken": ("", "denk", "dacht", "dachten", "gedacht"),
    "vrezen": ("", "vrees", "vreesde", "vreesden", "gevreesd"),
    "menen": ("", "meen", "meende", "meenden", "gemeend"),
    "vinden": ("", "vind", "vond", "vonden", "gevonden"),
    "vermoeden": ("", "vermoed", "vermoedde", "vermoedden", "vermoed"),
    "hopen": ("", "hoop", "hoopte", "hoopten", "gehoopt"),
    "verwachten": ("", "verwacht", "verwachtte", "verwachtten", "verwacht"),
    "veronderstellen": ("", "veronderstel", "veronderstelde", "veronderstelden", "verondersteld"),
    "aannemen": ("aan", "neem", "nam", "namen", "aangenomen"),
    "betwijfelen": ("", "betwijfel", "betwijfelde", "betwijfelden", "betwijfeld"),
    "twijfelen": ("", "twijfel", "twijfelde", "twijfelden", "getwijfeld"),
    "achten": ("", "acht", "achtte", "achtten", "geacht"),
    "inschatten": ("in", "schat", "schatte", "schatten", "ingeschat"),
    "weten": ("", "weet", "wist", "wisten", "geweten"),
    "beseffen": ("", "besef", "besefte", "beseften", "beseft"),
    "vertrouwen": ("", "vertrouw", "vertrouwde", "vertrouwden", "vertrouwd"),
    "wantrouwen": ("", "wantrouw", "wantrouwde", "wantrouwden", "gewantrouwd"),
    "aanvoelen": ("aan", "voel", "voelde", "voelden", "aangevoeld"),
    "dromen": ("", "droom", "droomde", "droomden", "gedroomd"),
}

# Phrases of belief: lemma -> (cue word, words that must stand next to it in the clause).
# The cue word is the one the phrase is found by; the finite verb of its clause is its
# copula or host (`is`, `gaat`), whose subject is the believer.
BELIEF_PHRASES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ervan overtuigd zijn": ("overtuigd", ()),
    "van mening zijn": ("mening", ("van",)),
    "van oordeel zijn": ("oordeel", ("van",)),
    "in de veronderstelling zijn": ("veronderstelling", ("in",)),
    "ervan uitgaan": ("uit", ("ervan",)),
    "bang zijn": ("bang", ()),
    "bevreesd zijn": ("bevreesd", ()),
    "er zeker van zijn": ("zeker", ("van",)),
    "optimistisch zijn": ("optimistisch", ()),
    "pessimistisch zijn": ("pessimistisch", ()),
    "erop rekenen": ("rekenen", ("erop",)),
    "erop vertrouwen": ("vertrouwen", ("erop",)),
    "het gevoel hebben": ("gevoel", ("het",)),
    "de indruk hebben": ("indruk", ("de",)),
    "hoopvol zijn": ("hoopvol", ()),
    "ongerust zijn": ("ongerust", ()),
}
