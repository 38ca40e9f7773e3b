"""Reading Dutch numbers: digits as the Dutch write them, and number words.

Shared by the times and quantities layers (it is not a component). `2,5` is one and a
half, `100.000` is a hundred thousand, `vijfentwintig` is 25 and `anderhalf miljoen`
1,500,000. The regular-expression fragments here are embedded in both layers' grammars,
so that a number is recognised the same way everywhere.
"""

from __future__ import annotations

import re

from duiding.lang.nl.numbers import (
    APPROX_SUFFIX,
    FRACTIONS,
    HUNDRED,
    IRREGULAR_ORDINALS,
    SCALES,
    TEENS,
    TENS,
    THOUSAND,
    UNITS,
    VAGUE_PLURALS,
)

Number = int | float


def _alternation(words: object) -> str:
    """A regular expression for any of the words, the longest first, as a prefix tree.

    The flat `longest|long|...` would do the same, but the grammars match case-insensitively,
    and then the regex engine enters every one of several hundred alternatives in turn (it
    skips an alternative on its first letter only for case-sensitive literals). In the tree each
    letter is tried once per position. The words that can match at one position are prefixes
    of one another, and the tree tries the longer before the shorter, as the flat form does.
    """
    tree: _Tree = {}
    for word in words:  # type: ignore[attr-defined]
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not _case_distinct(tree):
        # `Mrd` beside `mrd`: siblings that match the same letter would try words out of order.
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]
    return _tree_pattern(tree)


_Tree = dict[str, "_Tree"]


def _case_distinct(node: _Tree) -> bool:
    """No two siblings match the same letter when case is ignored (`µ` and `μ` do, as `s` and `ſ`)."""
    letters = [ch for ch in node if ch]
    distinct = all(len({fold(ch) for ch in letters}) == len(letters) for fold in (str.lower, _upper_lower))
    return distinct and all(_case_distinct(child) for child in node.values())


def _upper_lower(ch: str) -> str:
    return ch.upper().lower()


def _tree_pattern(node: _Tree) -> str:
    branches = [re.escape(ch) + _tree_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word may end here: the longer words through this node first, then the end.
    return f"(?:{body})?" if "" in node else body


_MORPHS = _alternation([*UNITS, *TEENS, *TENS, HUNDRED, THOUSAND])

# A number written in digits, Dutch style: `100.000`, `1.500.000`, `12,3`, `2,5`, `312`.
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# A number written as one word: `twintig`, `vijfentwintig`, `tweehonderdduizend`, `tweeënhalf`.
WORD = rf"(?:{_MORPHS})(?:{_MORPHS}|[eë]n)*(?:[eë]nhalf)?"
FRACTION = _alternation(FRACTIONS)
SCALE = r"(?:duizend|miljoen|miljard|biljoen|mln\.?|mio\.?|mld\.?|mrd\.?)"
VAGUE = _alternation(VAGUE_PLURALS)
# `een tiental`, `een twintigtal`, `een honderdtal`.
APPROX_ROUND = rf"(?:{WORD}){APPROX_SUFFIX}"

_WORD_RE = re.compile(rf"^{WORD}$")


def parse_digits(text: str) -> Number | None:
    """`1.500.000` -> 1500000, `2,5` -> 1.5, `40,3399` -> 40.3399; None when it is not a Dutch number."""
    t = text.strip()
    if not re.fullmatch(DIGITS, t):
        return None
    t = t.replace(".", "")
    if "," in t:
        return float(t.replace(",", "."))
    return int(t)


def _below_hundred(w: str) -> int | None:
    if w in UNITS:
        return UNITS[w]
    if w in TEENS:
        return TEENS[w]
    if w in TENS:
        return TENS[w]
    for tens, value in TENS.items():
        if w.endswith(tens):
            head = w[: -len(tens)]
            for joint in ("ën", "en"):
                if head.endswith(joint) and head[: -len(joint)] in UNITS:
                    unit = UNITS[head[: -len(joint)]]
                    return value + unit if unit else None
    return None


def _below_thousand(w: str) -> int | None:
    if not w:
        return None
    if HUNDRED in w:
        head, _, tail = w.partition(HUNDRED)
        # `honderd`, `tweehonderd`, `negentienhonderd` (1900), `honderdvijftig`, `honderdeneen`.
        h = 1 if not head else (_below_hundred(head) if head not in ("een", "één") else 1)
        if h is None:
            return None
        tail = tail.removeprefix("en") if tail.startswith("en") and tail != "en" else tail
        t = 0 if not tail else _below_hundred(tail)
        return None if t is None else h * 100 + t
    return _below_hundred(w)


def parse_word(text: str) -> Number | None:
    """`vijfentwintig` -> 25, `drieduizend` -> 3000, `tweeënhalf` -> 2.5, `anderhalf` -> 1.5."""
    w = text.lower().strip()
    if w in FRACTIONS:
        return FRACTIONS[w]
    if not _WORD_RE.match(w):
        return None
    half = 0.0
    for suffix in ("ënhalf", "enhalf"):
        if w.endswith(suffix) and len(w) > len(suffix):
            w, half = w[: -len(suffix)], 0.5
            break
    if THOUSAND in w:
        head, _, tail = w.partition(THOUSAND)
        h = 1 if not head else _below_thousand(head)
        tail = tail.removeprefix("en") if tail.startswith("en") and len(tail) > 2 else tail
        t = 0 if not tail else _below_thousand(tail)
        if h is None or t is None:
            return None
        n: Number = h * 1000 + t
    else:
        b = _below_thousand(w)
        if b is None:
            return None
        n = b
    return n + half if half else n


def parse_number(text: str) -> Number | None:
    """Digits or one number word."""
    value = parse_digits(text)
    return value if value is not None else parse_word(text)


def parse_ordinal(text: str) -> int | None:
    """`vijfde` -> 5, `twintigste` -> 20, `derde` -> 3, `5de`/`5e`/`21ste` -> the number."""
    w = text.lower().strip()
    if w in IRREGULAR_ORDINALS:
        return IRREGULAR_ORDINALS[w]
    m = re.fullmatch(r"(\d+)(?:ste|de|e)", w)
    if m:
        return int(m.group(1))
    for suffix in ("ste", "de"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            for irregular, value in IRREGULAR_ORDINALS.items():
                # `eenentwintigste`, `drieëndertigste` are regular; only bare irregulars differ.
                if stem == irregular:
                    return value
            n = parse_word(stem)
            if isinstance(n, int) and n > 0:
                return n
    return None


def scale_of(word: str) -> int | None:
    """`miljoen` -> 10**6, `mld.` -> 10**9."""
    return SCALES.get(word.lower().rstrip("."))


def to_number(value: float) -> Number:
    """Drop a float's fraction when it has none: 1500000.0 -> 1500000."""
    r = round(value, 6)
    return int(r) if float(r).is_integer() else r
