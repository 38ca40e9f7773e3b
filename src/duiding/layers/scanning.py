"""One pass over a text with a grammar of regular-expression rules, tried only where they can start.

Trying every rule at every word is what makes a large alternation slow. Each rule here
declares the words it can start with (lowercase words, or a class: `#digit`, `#number`
for a number word, `#ordinal`, `#symbol` for a currency sign, `#minus`, `#'s`), so the
scan reads each word once, looks up (and caches) the pattern of the rules that can start
there, and tries only that pattern. Rules keep their order: the first rule that matches
at the leftmost position wins, as in one big alternation.

Used by the times and quantities layers; not a component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from duiding.layers import numbers

# What the scan calls a word: `'s` before a space, a currency sign, a dash before a digit,
# a run of letters, a run of digits.
WORD = re.compile(r"['’]s(?=\s)|[€$£¥₽₴₹₺₩]|-(?=\d)|[^\W\d_]+|\d+")
SYMBOLS = frozenset("€$£¥₽₴₹₺₩")
_UNSEEN = re.compile("")  # marks a word whose pattern is not looked up yet


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    starts: frozenset[str]


def first_words(phrases: Iterable[str]) -> set[str]:
    """The first scan word of each phrase, lowercase: `meer dan` -> `meer`, `zo'n` -> `zo`."""
    out = set()
    for p in phrases:
        m = WORD.match(p.lower()) or re.match(r"\S+", p.lower())
        if m:
            out.add(m.group(0))
    return out


@lru_cache(maxsize=65_536)
def classes_of(word: str) -> frozenset[str]:
    """The classes a scan word belongs to, besides itself.

    Cached: both grammars ask it of every new word of the same text.
    """
    if word.isdigit():
        return frozenset({"#digit"})
    if word in SYMBOLS:
        return frozenset({"#symbol"})
    if word == "-":
        return frozenset({"#minus"})
    if word in ("'s", "’s"):
        return frozenset({"#'s"})
    out = set()
    if numbers.parse_word(word) is not None:
        out.add("#number")
    if word.endswith(("de", "ste")) and numbers.parse_ordinal(word) is not None:
        out.add("#ordinal")
    return frozenset(out)


class Grammar:
    """Rules compiled per starting word; `scan` reports every match, left to right, without overlaps."""

    def __init__(self, rules: list[Rule], *, before: str, after: str, flags: int = re.IGNORECASE) -> None:
        self.rules = rules
        self._before, self._after, self._flags = before, after, flags
        self._by_start: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            for start in rule.starts:
                self._by_start.setdefault(start, []).append(i)
        self._by_rules: dict[tuple[int, ...], re.Pattern[str]] = {}
        # For every rule, its groups as named in the combined patterns and as the rule names them.
        self._groups: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for r in rules:
            local = tuple(re.findall(r"\(\?P<(\w+)>", r.pattern))
            self._groups[r.name] = (tuple(f"{r.name}__{g}" for g in local), local)
        self._by_word: dict[str, re.Pattern[str] | None] = {}

    def _compile(self, indices: tuple[int, ...]) -> re.Pattern[str]:
        parts = []
        for i in indices:
            rule = self.rules[i]
            local = re.sub(r"\(\?P<(\w+)>", rf"(?P<{rule.name}__\1>", rule.pattern)
            local = re.sub(r"\(\?P=(\w+)\)", rf"(?P={rule.name}__\1)", local)
            parts.append(rf"(?P<{rule.name}>{local})")
        return re.compile(self._before + "(?:" + "|".join(parts) + ")" + self._after, self._flags)

    def warm(self) -> None:
        """Compile the patterns of every start word now, so that the first article does not pay for it."""
        samples = {"1", "€", "-", "'s", "drie", "twintig", "vijfde", "twintigste", "5de"}
        for word in [*self._by_start, *samples]:
            if not word.startswith("#"):
                self.pattern_for(word)

    def pattern_for(self, word: str) -> re.Pattern[str] | None:
        if word in self._by_word:
            return self._by_word[word]
        low = word.lower()
        indices: set[int] = set(self._by_start.get(low, ()))
        for cls in classes_of(low):
            indices.update(self._by_start.get(cls, ()))
        pattern = None
        if indices:
            key = tuple(sorted(indices))
            if key not in self._by_rules:
                self._by_rules[key] = self._compile(key)
            pattern = self._by_rules[key]
        if len(self._by_word) > 200_000:
            self._by_word.clear()  # bound the cache on very long runs
        self._by_word[word] = pattern
        return pattern

    def _groups_of(self, rule: str, m: re.Match[str]) -> dict[str, str]:
        """The groups of the rule that matched, by the rule's own names, those that took part."""
        full, local = self._groups[rule]
        if not full:
            return {}
        # One call for all of them; `group` returns a bare value rather than a tuple for one name.
        values = m.group(*full) if len(full) > 1 else (m.group(full[0]),)
        return {name: value for name, value in zip(local, values, strict=True) if value is not None}

    def scan(self, text: str, accept: Callable[[str, dict[str, str], re.Match[str]], bool]) -> None:
        """Call `accept(rule, groups, match)` for each match; when it says yes, go on after the match."""
        resume = 0
        known = self._by_word.get
        for w in WORD.finditer(text):
            # One lookup for the usual case, a word seen before that starts no rule.
            pattern = known(w[0], _UNSEEN)
            if pattern is _UNSEEN:
                pattern = self.pattern_for(w[0])
            if pattern is None:
                continue
            start = w.start()
            if start < resume:
                continue
            m = pattern.match(text, start)
            if m is None:
                continue
            name = m.lastgroup or ""
            if accept(name, self._groups_of(name, m), m):
                resume = m.end()
