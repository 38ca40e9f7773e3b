"""duiding's tokenizer: spaCy's Dutch rules, plus a few that news text needs."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.util import compile_suffix_regex

from duiding.lang.nl.punctuation import WORDS_NOT_ABBREVIATIONS

# `'s-Hertogenbosch`, `’s-Gravenhage`: the apostrophe belongs to the name.
_APOSTROPHE_NAME = re.compile(r"^['’]s-[A-Z][\w-]+$")
# `12,3%` -> `12,3` `%`, so quantities see the number and the unit apart.
_PERCENT_SUFFIX = r"(?<=[0-9])%"


_GUARD = r"(?!['’]s-[A-Z])"


def customise(nlp: Language) -> Language:
    """Adapt `nlp.tokenizer` in place (idempotent) and return `nlp`."""
    tokenizer: Any = nlp.tokenizer
    prefix_pattern = tokenizer.prefix_search.__self__.pattern  # a compiled pattern's bound `search`
    if prefix_pattern.startswith(_GUARD):
        return nlp
    rules = tokenizer.rules or {}
    kept = {k: v for k, v in rules.items() if k not in WORDS_NOT_ABBREVIATIONS}
    # Each setter below makes spaCy re-tokenise all ~4,700 special cases (about 0.15 s each);
    # with none loaded that costs nothing, and they are loaded once, at the end, with the final
    # affix rules, as the last of the setters would have left them.
    tokenizer.rules = {}
    suffixes = list(nlp.Defaults.suffixes or [])
    if _PERCENT_SUFFIX not in suffixes:
        suffixes.append(_PERCENT_SUFFIX)
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # Plain regexes, no Python wrappers: the tokenizer calls these for every piece of every word.
    # Never split the apostrophe off `'s-Hertogenbosch,` (the comma stops token_match).
    tokenizer.prefix_search = re.compile(f"{_GUARD}(?:{prefix_pattern})").search
    token_match = tokenizer.token_match
    if token_match is None:
        tokenizer.token_match = _APOSTROPHE_NAME.match
    else:
        tokenizer.token_match = re.compile(f"(?:{_APOSTROPHE_NAME.pattern})|(?:{token_match.__self__.pattern})").match
    tokenizer.rules = kept
    return nlp
