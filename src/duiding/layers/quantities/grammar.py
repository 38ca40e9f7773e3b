"""The grammar of Dutch quantities: one compiled regular expression, one pass over the text.

A quantity is an optional modifier (`meer dan`, `ruim`), a number in digits or words with
an optional scale (`2,5 miljard`, `anderhalf miljoen`), and an optional unit (`dollar`,
`procent`, `km/u`), or a range (`tussen 10 en 20 procent`, `10 à 15`), a vague count
(`tientallen`, `een tiental`), or an ordinal (`vijfde`). The counted noun is not part of
the extent: `312` in `312 betogers` counts `betogers` (see `counting.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duiding.lang.nl.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS, QUALIFIED, SINGULAR, SUBUNITS
from duiding.lang.nl.numbers import COUNT_NOUNS, ORDINALS_NOT_COUNTED, VAGUE_PLURALS
from duiding.lang.nl.quantity_modifiers import POST_MODIFIERS, PRE_MODIFIERS
from duiding.lang.nl.units import NEGATIVE_WORDS, PERCENT_WORDS, PHYSICAL_UNITS
from duiding.layers import numbers
from duiding.layers.scanning import Grammar, Rule, first_words

_alt = numbers._alternation

SCALE = numbers.SCALE
# One number, with its scale: `2,5 miljard`, `twee miljoen`, `een half miljoen`, `anderhalf miljoen`, `312`.
NUM = (
    rf"(?:(?:een\s+)?(?:half|halve|kwart)\s+{SCALE}"
    rf"|(?:{numbers.DIGITS}|(?:{numbers.WORD})(?:\s+en\s+een\s+half)?|{numbers.FRACTION})(?:\s*{SCALE}(?!\w))?)"
)
QUALIFIER = _alt(sorted({f"{q}e" for q, _ in QUALIFIED} | {q for q, _ in QUALIFIED}))
CURRENCY = _alt([*CURRENCY_WORDS, *SUBUNITS])
MEASURE = _alt([*PERCENT_WORDS, *PHYSICAL_UNITS])
SYMBOL = _alt(CURRENCY_SYMBOLS)
MOD = _alt(PRE_MODIFIERS)
POST = _alt(POST_MODIFIERS)
UNIT = rf"(?:(?:(?P<qual>{QUALIFIER})\s+)?(?P<cur>{CURRENCY})|(?P<measure>{MEASURE}))(?![\w/²³])"
ORDINAL = r"[a-zë]+(?:ste|de)|\d{1,3}(?:ste|de|e)"

RULES: list[tuple[str, str]] = [
    (
        "range_between",
        rf"(?:(?P<mod>{MOD})\s+)?tussen\s+(?:de\s+)?(?:(?P<sym>{SYMBOL})\s?)?(?P<a>{NUM})\s+en\s+(?P<b>{NUM})"
        rf"(?:\s*{UNIT})?",
    ),
    (
        "range_joined",
        rf"(?:(?P<sym>{SYMBOL})\s?)?(?P<a>{NUM})\s*(?P<join>à|a|tot|-|–)\s*(?P<b>{NUM})(?:\s*{UNIT})?",
    ),
    (
        "vague",
        rf"(?:(?P<mod>{MOD})\s+)?(?:(?P<some>enkele|een\s+paar|vele)\s+)?(?P<vague>{_alt(VAGUE_PLURALS)})"
        r"(?:\s+(?P<vscale>duizenden|miljoenen|miljarden))?"
        rf"(?:\s*{UNIT})?",
    ),
    ("round", rf"(?:(?P<mod>{MOD})\s+)?een\s+(?P<round>{numbers.APPROX_ROUND})"),
    ("count_noun", rf"(?P<n>een|één|{numbers.WORD}|\d+)\s+(?P<noun>{_alt(COUNT_NOUNS)})"),
    (
        "amount",
        rf"(?:(?P<mod>{MOD})\s+)?(?:(?P<neg>-|{_alt(NEGATIVE_WORDS)}\s+))?(?:(?P<sym>{SYMBOL})\s?)?(?P<num>{NUM})"
        rf"(?:\s*{UNIT})?(?:\s+(?P<post>{POST}))?",
    ),
    ("ordinal", rf"(?P<ord>{ORDINAL})"),
]


_MOD_STARTS = first_words(PRE_MODIFIERS)
_SYMBOL_STARTS = first_words(CURRENCY_SYMBOLS) | {"#symbol"}
_NUM_STARTS = {"#digit", "#number", "een", "half", "halve", "kwart"} | first_words(numbers.FRACTION.split("|"))

# The words each rule can start with (see `duiding.layers.scanning`).
STARTS: dict[str, set[str]] = {
    "range_between": _MOD_STARTS | {"tussen"},
    "range_joined": _SYMBOL_STARTS | _NUM_STARTS,
    "vague": _MOD_STARTS | {"enkele", "een", "vele"} | set(VAGUE_PLURALS),
    "round": _MOD_STARTS | {"een"},
    "count_noun": {"een", "één", "#number", "#digit"},
    "amount": _MOD_STARTS | {"#minus"} | first_words(NEGATIVE_WORDS) | _SYMBOL_STARTS | _NUM_STARTS,
    "ordinal": {"#ordinal", "#digit"},
}

GRAMMAR = Grammar(
    [Rule(name, pattern, frozenset(STARTS[name])) for name, pattern in RULES],
    before=r"(?<![\w.,/-])",
    after=r"(?![\w]|-\w|[.,]\d)",
)


@dataclass
class Amount:
    """What the grammar read; the component adds the counted noun and the checks on context."""

    start: int
    end: int
    value: numbers.Number
    unit: str | None = None
    mod: str | None = None
    upper: numbers.Number | None = None
    ordinal: bool = False
    currency_word: str | None = None  # for currencies that depend on time and place (`frank`)
    qualified: bool = False
    words_only: bool = False  # written in words only: needs a noun or a unit to be a count
    rule: str = ""


# Compiled once: `read_amount` runs for every number in the text.
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_SCALE_ANYWHERE = re.compile(SCALE, re.IGNORECASE)
_SCALE_AT_END = re.compile(rf"\s?({SCALE})$")
_SCALE_AT_END_SPACED = re.compile(rf"({SCALE})\s*$", re.IGNORECASE)


def number_value(text: str) -> numbers.Number | None:
    """`2,5 miljard` -> 2.5e9, `een half miljoen` -> 500000, `twee en een half miljoen` -> 2.5e6."""
    t = _SPACES.sub(" ", text.strip().lower())
    scale = 1
    m = _SCALE_AT_END.search(t)
    if m and t != m.group(1).strip():
        s = numbers.scale_of(m.group(1))
        if s:
            scale, t = s, t[: m.start()].strip()
    elif m:
        return None
    t = t.removeprefix("een ") if t.startswith("een ") and t[4:] in ("half", "halve", "kwart") else t
    half = 0.0
    if t.endswith(" en een half"):
        t, half = t[: -len(" en een half")], 0.5
    if t in ("een", "één", "eén") and scale == 1:
        return 1
    base = numbers.parse_number(t)
    if base is None:
        return None
    return numbers.to_number((base + half) * scale)


def unit_of(groups: dict[str, str]) -> tuple[str | None, float, str | None, bool]:
    """The unit, a factor for sub-units (cent), the bare currency word, and whether it was qualified."""
    if "cur" in groups:
        word = groups["cur"].lower()
        if word in SUBUNITS:
            code, factor = SUBUNITS[word]
            return code, factor, None, False
        if "qual" in groups:
            qualified = QUALIFIED.get((groups["qual"].lower().removesuffix("e"), SINGULAR.get(word, word)))
            if qualified:
                return qualified, 1.0, None, True
        return CURRENCY_WORDS[word], 1.0, word, False
    if "measure" in groups:
        word = groups["measure"].lower()
        return PERCENT_WORDS.get(word) or PHYSICAL_UNITS[word], 1.0, None, False
    if "sym" in groups:
        return CURRENCY_SYMBOLS[groups["sym"].lower()], 1.0, None, False
    return None, 1.0, None, False


def read_amount(name: str, g: dict[str, str], start: int, end: int) -> Amount | None:
    """Turn one match into an `Amount`, or None when the words do not make a number."""
    unit, factor, word, qualified = unit_of(g)
    mod = PRE_MODIFIERS.get(_SPACES.sub(" ", g.get("mod", "").lower())) if "mod" in g else None
    if name in ("range_between", "range_joined"):
        a, b = number_value(g["a"]), number_value(g["b"])
        if a is None or b is None:
            return None
        a = _scaled_like(a, g["a"], g["b"])
        if b <= a:
            return None  # `2-1 miljoen` is no range
        if name == "range_joined" and unit is None and not _SCALE_ANYWHERE.search(g["b"]):
            if g["join"] in ("-", "–"):
                return None  # `2-1` is a score
            if g["join"].lower() == "tot" and _words_only(g["a"]) != _words_only(g["b"]):
                return None
        return Amount(
            start,
            end,
            numbers.to_number(a * factor),
            unit,
            mod,
            numbers.to_number(b * factor),
            rule=name,
            currency_word=word,
            qualified=qualified,
            words_only=_words_only(g["a"]),
        )
    if name == "amount":
        value = number_value(g["num"])
        if value is None or g["num"].lower() == "een":
            return None  # `een` is the article; `een liter diesel kost ...` names a unit, not an amount
        if "neg" in g:
            if unit != "°C":
                if g["neg"].strip() != "-":
                    return None
                start += 1  # a dash before a number that is not a temperature is punctuation
            else:
                value = -value
        if "post" in g:
            mod = POST_MODIFIERS[g["post"].lower()]
        words_only = _words_only(g["num"]) and unit is None
        return Amount(
            start,
            end,
            numbers.to_number(value * factor),
            unit,
            mod,
            rule=name,
            currency_word=word,
            qualified=qualified,
            words_only=words_only,
        )
    if name == "vague":
        base = VAGUE_PLURALS[g["vague"].lower()]
        if "vscale" in g:
            base *= VAGUE_PLURALS[g["vscale"].lower()]  # `honderden miljoenen`: hundreds of millions
        return Amount(start, end, 2 * base, unit, mod or "AT_LEAST", rule=name, currency_word=word, qualified=qualified)
    if name == "round":
        value = numbers.parse_word(g["round"].lower().removesuffix("tal"))
        if value is None:
            return None
        return Amount(start, end, value, None, mod or "APPROX", rule=name)
    if name == "count_noun":
        n = 1 if g["n"].lower() in ("een", "één") else numbers.parse_number(g["n"])
        if n is None:
            return None
        return Amount(start, end, n * COUNT_NOUNS[g["noun"].lower()], rule=name)
    n = numbers.parse_ordinal(g["ord"])
    if n is None or n in ORDINALS_NOT_COUNTED or n > 1000:
        return None
    return Amount(start, end, n, ordinal=True, rule=name)


def _words_only(text: str) -> bool:
    return not _DIGIT.search(text) and not _SCALE_ANYWHERE.search(text)


def _scaled_like(a: float, a_text: str, b_text: str) -> float:
    """`15 tot 20 miljoen`: the scale written once applies to both ends."""
    if _SCALE_ANYWHERE.search(a_text):
        return a
    m = _SCALE_AT_END_SPACED.search(b_text)
    if m:
        return a * (numbers.scale_of(m.group(1)) or 1)
    return a
