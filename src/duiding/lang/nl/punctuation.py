"""Dutch punctuation facts the tokenizer and the sentence splitter rely on. Data only."""

# Tokens after which a sentence may end.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})

# Closing marks that stay with the sentence they close: `...volk.'`
CLOSING = frozenset({"'", "’", '"', "”", "»", ")", "]", "›"})

# Opening marks that may begin a sentence: `'Ik wil ...`
OPENING = frozenset({"'", "‘", '"', "“", "„", "«", "(", "[", "‹", "-", "–", "—"})

# Words written with a leading apostrophe that are one token: 's-Hertogenbosch, 's avonds, 't.
APOSTROPHE_PREFIXES = ("'s-", "’s-", "'s ", "’s ")

# Words that spaCy's Dutch tokenizer lists as abbreviations (`al.` for alinea, `vol.` for
# volume) but that in news text end a sentence as words far more often: `Dat was het al.`,
# `De zaal zat vol.` Kept whole, the period stays on the word and the sentence does not end.
# Abbreviations that news does write (`art.`, `min.`, `u.` for uur, `bv.`) are not listed.
WORDS_NOT_ABBREVIATIONS = frozenset({"al.", "dat.", "kon.", "pas.", "hand.", "top.", "ver.", "vol.", "best.", "me."})
