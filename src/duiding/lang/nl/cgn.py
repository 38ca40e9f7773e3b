"""CGN/Alpino tags and relations, as Frog writes them, mapped to Universal Dependencies. Data only.

The relation map is approximate: Alpino attaches a preposition's noun below the
preposition (function heads), UD the other way round; `duiding.pipeline.frog`
turns those two constructions around and uses this table for the labels.
"""

# CGN main tag -> UPOS; refined by the features in `frog.py` where the tag alone is ambiguous.
CGN_UPOS: dict[str, str] = {
    "N": "NOUN",
    "ADJ": "ADJ",
    "WW": "VERB",
    "NUM": "NUM",
    "TW": "NUM",
    "VNW": "PRON",
    "LID": "DET",
    "VZ": "ADP",
    "VG": "CCONJ",
    "BW": "ADV",
    "TSW": "INTJ",
    "LET": "PUNCT",
    "SPEC": "PROPN",
}

# Verbs that are auxiliaries when they govern another verb.
AUXILIARIES: frozenset[str] = frozenset(
    {"zijn", "hebben", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "blijken", "lijken"}
)

# Alpino dependency relation -> UD relation.
ALPINO_UD: dict[str, str] = {
    "ROOT": "ROOT",
    "su": "nsubj",
    "sup": "expl",
    "obj1": "obj",
    "obj2": "iobj",
    "pobj1": "expl",
    "se": "expl:pv",
    "det": "det",
    "mod": "advmod",
    "predm": "advmod",
    "predc": "xcomp",
    "vc": "ccomp",
    "pc": "obl",
    "ld": "obl",
    "me": "obl",
    "svp": "compound:prt",
    "app": "appos",
    "cnj": "conj",
    "crd": "cc",
    "cmp": "mark",
    "body": "ccomp",
    "punct": "punct",
    "hdf": "case",
    "obcomp": "advcl",
    "rhd": "nsubj",
    "whd": "obj",
    "dlink": "discourse",
    "tag": "parataxis",
    "sat": "parataxis",
    "nucl": "parataxis",
    "dp": "parataxis",
}

# Frog's NER labels beyond CoNLL's four.
FROG_NER: dict[str, str] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "PRO": "MISC", "EVE": "MISC"}
