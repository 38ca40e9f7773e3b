"""Dutch punctuation facts the tokenizer and the sentence splitter rely on. Data only."""

# Tokens after which a sentence may end.
SENTENCE_FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})

# Closing marks that stay with the sentence they close: `...volk.'`
CLOSING = frozenset({"'", "’", '"', "”", "»", ")", "]", "›"})

# Opening marks that may begin a sentence: `'Ik wil ...`
OPENING = frozenset({"'", "‘", '"', "“", "„", "«", "(", "[", "‹", "-", "–", "—"})

# Words written with a leading apostrophe that are one token: 's-Hertogenbosch, 's avonds, 't.
APOSTROPHE_PREFIXES = ("'s-", "’s-", "'s ", "’s ")
