"""duiding's tokenizer: spaCy's Dutch rules, plus a few that news text needs."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.util import compile_suffix_regex

# `'s-Hertogenbosch`, `’s-Gravenhage`: the apostrophe belongs to the name.
_APOSTROPHE_NAME = re.compile(r"^['’]s-[A-Z][\w-]+$")
_APOSTROPHE_NAME_START = re.compile(r"^['’]s-[A-Z]")
# `12,3%` -> `12,3` `%`, so quantities see the number and the unit apart.
_PERCENT_SUFFIX = r"(?<=[0-9])%"


def customise(nlp: Language) -> Language:
    """Adapt `nlp.tokenizer` in place (idempotent) and return `nlp`."""
    tokenizer: Any = nlp.tokenizer
    if getattr(tokenizer.token_match, "duiding", False):
        return nlp
    suffixes = list(nlp.Defaults.suffixes or [])
    if _PERCENT_SUFFIX not in suffixes:
        suffixes.append(_PERCENT_SUFFIX)
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    prefix_search = tokenizer.prefix_search
    token_match = tokenizer.token_match

    def prefix(text: str) -> Any:
        # Never split the apostrophe off `'s-Hertogenbosch,` (the comma stops token_match).
        return None if _APOSTROPHE_NAME_START.match(text) else prefix_search(text)

    def match(text: str) -> bool:
        return bool(_APOSTROPHE_NAME.match(text)) or bool(token_match and token_match(text))

    match.duiding = True  # type: ignore[attr-defined]
    tokenizer.prefix_search = prefix
    tokenizer.token_match = match
    return nlp
