"""The grammar of Dutch time expressions: one compiled regular expression, one pass over the text.

Each rule is one alternative of the pattern, tried in the order listed (longer and more
specific forms first); its handler turns the match into a `Meaning`, or refuses it
(`Dinsdag` written as a name, `nu` as the conjunction "now that"), and the scan goes on.
A rule may name a group `x`: the expression's extent is then that group, so the pattern
can look at a preposition (`om 20 uur`) without taking it into the extent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from duiding.lang.nl.calendar import (
    DAY_PART_ADVERBS,
    DAY_PARTS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    SEASONS,
    WEEKDAY_NAMES,
)
from duiding.lang.nl.durations import (
    DETERMINERS,
    DURATION_WORDS,
    EVERY,
    FREQUENCY_ADVERBS,
    LONG_ADVERBS,
    PERIOD_UNITS,
    SMALLER_UNIT,
    SOME,
)
from duiding.lang.nl.quantity_modifiers import PRE_MODIFIERS, TIMEX_MOD
from duiding.lang.nl.relative_time import (
    COMPARATIVE_NEXT,
    DAY_PART_PREFIXES,
    DAY_WORDS,
    EXTRA_DAY_PART_WORDS,
    MORNING_NOT_TOMORROW,
    NU_CONJUNCTION_NEXT,
    NU_IDIOMS,
    POST_SHIFTS,
    REFERENCES,
    SHIFTS,
    UNTIL_NOW,
)
from duiding.lang.nl.time_evidence import FUTURE_CUES, FUTURE_PREPOSITIONS
from duiding.layers import numbers
from duiding.layers.scanning import Grammar, Rule, first_words
from duiding.layers.times.meanings import (
    CalendarDate,
    DayShift,
    Holiday,
    Lean,
    Meaning,
    NightOf,
    NthWeekday,
    PeriodShift,
    RelativeYearMonth,
    RelativeYearPart,
    SeasonShift,
    Value,
    Weekday,
    WeekdayOfWeek,
    YearOf,
)


def _alt(words: object) -> str:
    return numbers._alternation(words)


WD = _alt(WEEKDAY_NAMES)
PARTS = _alt(DAY_PARTS)
MON = _alt(MONTH_NAMES)
MONA = _alt(MONTH_ABBREVIATIONS)
SEASON = _alt(SEASONS)
DOM = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1\d{3}|20\d{2})"
FUZZ = r"(?:begin|eind|einde|midden|medio|halverwege|halfweg)"
SHIFT = _alt(SHIFTS)
UNIT = _alt(PERIOD_UNITS)
# A count of periods: digits, a number word, `een`, `anderhalve`, `twee en een half`, `enkele`.
COUNT = (
    rf"(?:(?:{numbers.WORD})\s+en\s+een\s+half|{numbers.DIGITS}|{numbers.WORD}|{numbers.FRACTION}"
    rf"|een\s+hal(?:f|ve)|{_alt(SOME)})"
)
TMOD = _alt([m for m in PRE_MODIFIERS if m not in ("tot", "tot wel", "zeker")])
ORDWORD = r"[a-zë]+(?:ste|de)|\d{1,2}(?:ste|de|e)"
DECADE = r"(?:['’]?\d0|\d{3}0|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
HOLIDAY = _alt([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS])
GENITIVE = _alt([*(f"{w}s" for w in WEEKDAY_NAMES), *DAY_PART_ADVERBS])

FUZZY_MOD = {
    "begin": "START",
    "eind": "END",
    "einde": "END",
    "midden": "MID",
    "medio": "MID",
    "half": "MID",
    "halverwege": "MID",
    "halfweg": "MID",
}
_DECADE_WORDS = {
    "twintig": 2,
    "dertig": 3,
    "veertig": 4,
    "vijftig": 5,
    "zestig": 6,
    "zeventig": 7,
    "tachtig": 8,
    "negentig": 9,
}

# The rules, in priority order: name, pattern. Group names are local to a rule.
RULES: list[tuple[str, str]] = [
    ("until_now", rf"(?P<w>{_alt(UNTIL_NOW)})"),
    ("reference_phrase", rf"(?P<w>{_alt([r for r in REFERENCES if ' ' in r])})"),
    (
        "numeric_date",
        r"(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/.-]\d)"
        r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\d-])",
    ),
    ("night_of", rf"(?:de\s+)?nacht\s+van\s+(?P<wd1>{WD})\s+op\s+(?P<wd2>{WD})"),
    (
        "night_of_date",
        rf"(?:de\s+)?nacht\s+van\s+(?P<d1>{DOM})\s+op\s+(?P<d2>{DOM})\s+(?P<mon>{MON})(?:\s+(?P<year>{YEAR})(?!\d))?",
    ),
    (
        "nth_weekday",
        rf"(?:de\s+)?(?P<ord>eerste|tweede|derde|vierde|vijfde|laatste)\s+(?P<wd>{WD})\s+van\s+(?P<mon>{MON})"
        rf"(?:\s+(?P<year>{YEAR})(?!\d))?",
    ),
    ("weekday_of_week", rf"(?P<shift>vorige|volgende|deze|afgelopen|komende|verleden)\s+week\s+(?P<wd>{WD})"),
    ("weekday_then_week", rf"(?P<wd>{WD})\s+(?P<shift>vorige|volgende|deze|afgelopen|komende|verleden)\s+week"),
    (
        "full_date",
        rf"(?:(?P<wd>{WD}),?\s+)?(?:de\s+)?(?P<dom>{DOM})\s+(?:(?P<mon>{MON})|(?P<mona>{MONA})\.?)"
        rf"(?:\s+(?P<year>{YEAR})(?!\d))?",
    ),
    (
        "month",
        rf"(?:(?P<fz>{FUZZ}|half)\s+(?:van\s+)?)?(?P<mon>{MON})"
        rf"(?:\s+(?P<year>{YEAR})(?!\d)|\s+(?P<rel>vorig|volgend|dit|verleden|afgelopen)\s+jaar)?",
    ),
    ("decade", rf"(?:(?P<fz>{FUZZ})\s+(?:van\s+)?)?(?:de\s+)?jaren\s+(?P<dec>{DECADE})"),
    ("century", rf"(?:(?P<fz>{FUZZ})\s+(?:van\s+)?)?(?:de\s+)?(?P<ord>{ORDWORD})\s+eeuw"),
    (
        "part_of_year",
        r"(?:(?:het|de)\s+)?(?P<ord>eerste|tweede|derde|vierde|laatste)\s+(?:(?P<q>kwartaal)|(?P<h>jaarhelft|helft))"
        rf"(?:\s+van\s+(?:(?P<year>{YEAR})|(?P<rel>dit|vorig|volgend)\s+jaar))?",
    ),
    ("week_number", rf"week\s+(?P<n>\d{{1,2}})(?:\s+van\s+(?P<year>{YEAR}))?(?![\d.,])"),
    (
        "set_every",
        rf"(?P<q>{_alt(EVERY)})\s+(?:(?P<n>{COUNT})\s+)?"
        rf"(?P<unit>(?P<wd>{WD})(?P<part>{PARTS})?|(?P<season>{SEASON})|(?P<dpart>{PARTS})|{UNIT})",
    ),
    ("set_om_de", rf"om\s+de\s+(?:(?P<n>{COUNT})\s+)?(?P<unit>{UNIT})"),
    (
        "set_times_per",
        rf"(?:(?P<n>{COUNT})\s+(?:keer|maal)|eens)\s+(?:per|in\s+de|in\s+het)\s+(?:(?P<n2>{COUNT})\s+)?"
        rf"(?P<unit>{UNIT})",
    ),
    ("set_per", r"per\s+(?P<unit>dag|week|maand|jaar|kwartaal|nacht|etmaal)"),
    ("genitive", rf"['’]s\s+(?P<gen>{GENITIVE})"),
    ("frequency", rf"(?P<w>{_alt(FREQUENCY_ADVERBS)})"),
    ("long_adverb", rf"(?P<w>{_alt(LONG_ADVERBS)})"),
    (
        "period_duration",
        rf"(?P<det>de|het)\s+(?P<dir>afgelopen|voorbije|vorige|laatste|komende|volgende|eerstvolgende|eerstkomende)"
        rf"\s+(?:(?P<n>{COUNT})\s+)?(?P<unit>{UNIT})",
    ),
    (
        "season",
        rf"(?:(?P<fz>{FUZZ})\s+)?(?:(?P<shift>{SHIFT})\s+|(?P<det>de|het)\s+)?(?P<season>{SEASON})"
        rf"(?:\s+van\s+(?P<year>{YEAR}))?",
    ),
    (
        "relative_period",
        rf"(?:(?P<fz>{FUZZ})\s+)?(?P<shift>{SHIFT})\s+(?P<unit>week|maand|jaar|weekend|kwartaal|decennium|eeuw)",
    ),
    ("ago", rf"(?:(?P<mod>{TMOD})\s+)?(?P<n>{COUNT})\s+(?P<unit>{UNIT})\s+geleden"),
    ("in_future", rf"over\s+(?P<n>{COUNT})\s+(?P<unit>{UNIT})"),
    (
        "clock",
        r"(?:(?P<mod>rond|omstreeks|ongeveer)\s+)?(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d)\s*uur|:(?P<m2>[0-5]\d)|u(?P<m3>[0-5]\d))",
    ),
    (
        "hour",
        r"(?:(?P<prep>om|tegen|vanaf|tot|voor|na|sinds)\s+)(?P<x>(?:(?P<mod>rond|omstreeks|ongeveer)\s+)?"
        r"(?P<h>[01]?\d|2[0-4])\s*(?:uur|u))",
    ),
    ("rond_hour", r"(?P<mod>rond|omstreeks)\s+(?P<h>[01]?\d|2[0-4])\s*(?:uur|u)"),
    ("midnight", r"(?:(?P<mod>rond|omstreeks)\s+)?(?P<w>middernacht|middaguur)"),
    ("duration_word", rf"(?:(?P<mod>{TMOD})\s+)?(?P<w>{_alt(DURATION_WORDS)})"),
    ("duration", rf"(?:(?P<mod>{TMOD})\s+)?(?P<n>{COUNT})\s+(?P<unit>{UNIT})"),
    ("bare_plural", r"(?P<unit>jaren|maanden|weken|dagen|uren|decennia|eeuwen)"),
    ("reference", rf"(?P<w>{_alt([r for r in REFERENCES if ' ' not in r])})"),
    (
        "day_part",
        rf"(?P<pre>{_alt(DAY_PART_PREFIXES)})(?P<part>{PARTS})|(?P<extra>{_alt(EXTRA_DAY_PART_WORDS)})"
        rf"|deze\s+(?P<part2>{PARTS})",
    ),
    ("day_word", rf"(?P<w>{_alt(DAY_WORDS)})"),
    (
        "weekday",
        rf"(?:(?P<shift>vorige|afgelopen|voorbije|verleden|komende|volgende|aanstaande|eerstvolgende|eerstkomende)\s+)?"
        rf"(?P<wd>{WD})(?P<part>{PARTS})?(?:,?\s+(?P<post>jl\.|ll\.|a\.s\.|jongstleden|laatstleden|aanstaande))?",
    ),
    ("holiday", rf"(?P<w>{HOLIDAY})"),
    ("year", rf"(?:(?P<fz>{FUZZ}|rond|omstreeks)\s+)?(?P<y>{YEAR})(?![\d'’]|[.,]\d|-\d|\w)"),
]


_SHIFT_WORDS = set(SHIFTS)
_FUZZ_WORDS = set(FUZZY_MOD)
_COUNT_STARTS = {"#digit", "#number", "een", "één", "anderhalf", "anderhalve", "half", "halve", "kwart"} | first_words(
    SOME
)
_TMOD_STARTS = first_words(m for m in PRE_MODIFIERS if m not in ("tot", "tot wel", "zeker"))
_WEEKDAY_COMPOUNDS = {w + p for w in WEEKDAY_NAMES for p in DAY_PARTS}
_DAY_PART_WORDS = {pre + p for pre in DAY_PART_PREFIXES for p in DAY_PARTS} | set(EXTRA_DAY_PART_WORDS)

# The words each rule can start with (see `duiding.layers.scanning`).
STARTS: dict[str, set[str]] = {
    "until_now": first_words(UNTIL_NOW),
    "reference_phrase": first_words(r for r in REFERENCES if " " in r),
    "numeric_date": {"#digit"},
    "night_of": {"de", "nacht"},
    "night_of_date": {"de", "nacht"},
    "nth_weekday": {"de", "eerste", "tweede", "derde", "vierde", "vijfde", "laatste"},
    "weekday_of_week": _SHIFT_WORDS,
    "weekday_then_week": set(WEEKDAY_NAMES),
    "full_date": set(WEEKDAY_NAMES) | {"#digit", "de"},
    "month": _FUZZ_WORDS | set(MONTH_NAMES),
    "decade": _FUZZ_WORDS | {"de", "jaren"},
    "century": _FUZZ_WORDS | {"de", "#digit", "#ordinal"},
    "part_of_year": {"het", "de", "eerste", "tweede", "derde", "vierde", "laatste"},
    "week_number": {"week"},
    "set_every": set(EVERY),
    "set_om_de": {"om"},
    "set_times_per": _COUNT_STARTS | {"eens"},
    "set_per": {"per"},
    "genitive": {"#'s"},
    "frequency": set(FREQUENCY_ADVERBS),
    "long_adverb": set(LONG_ADVERBS),
    "period_duration": {"de", "het"},
    "season": _FUZZ_WORDS | _SHIFT_WORDS | {"de", "het"} | set(SEASONS),
    "relative_period": _FUZZ_WORDS | _SHIFT_WORDS,
    "ago": _TMOD_STARTS | _COUNT_STARTS,
    "in_future": {"over"},
    "clock": {"rond", "omstreeks", "ongeveer", "#digit"},
    "hour": {"om", "tegen", "vanaf", "tot", "voor", "na", "sinds"},
    "rond_hour": {"rond", "omstreeks"},
    "midnight": {"rond", "omstreeks", "middernacht", "middaguur"},
    "duration_word": _TMOD_STARTS | first_words(DURATION_WORDS),
    "duration": _TMOD_STARTS | _COUNT_STARTS,
    "bare_plural": {"jaren", "maanden", "weken", "dagen", "uren", "decennia", "eeuwen"},
    "reference": {r for r in REFERENCES if " " not in r},
    "day_part": _DAY_PART_WORDS | {"deze"},
    "day_word": set(DAY_WORDS),
    "weekday": _SHIFT_WORDS | set(WEEKDAY_NAMES) | _WEEKDAY_COMPOUNDS,
    "holiday": first_words([*FIXED_HOLIDAYS, *EASTER_HOLIDAYS]),
    "year": _FUZZ_WORDS | {"rond", "omstreeks", "#digit"},
}

GRAMMAR = Grammar(
    [Rule(name, pattern, frozenset(STARTS[name])) for name, pattern in RULES],
    before=r"(?<![\w'’])",
    after=r"(?![\w])",
)


# ---------------------------------------------------------------- context the handlers read


@dataclass
class Context:
    """What a handler may know about the text around a match."""

    text: str
    sentence_starts: list[int] = field(default_factory=lambda: [0])
    # Per sentence start: "past", "future" or "neutral", from tense where the backbone gives it.
    tense: dict[int, Lean] = field(default_factory=dict)
    # Character spans that are names (from NER where the backbone gives it).
    names: list[tuple[int, int]] = field(default_factory=list)
    # The backbone's coarse part-of-speech tag of the token starting at a character, where it gives tags.
    tag_at: Callable[[int], str | None] = field(default=lambda pos: None)

    def sentence_start(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[max(i, 0)]

    def sentence_end(self, pos: int) -> int:
        import bisect

        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)

    def starts_sentence(self, pos: int) -> bool:
        """Is `pos` the first word of its sentence (after opening quotes, dashes or a header dash)?"""
        before = self.text[self.sentence_start(pos) : pos]
        return not re.search(r"\w", before)

    def prev_word(self, pos: int) -> str:
        m = re.search(r"([\w'’.]+)\W*$", self.text[max(0, pos - 40) : pos])
        return m.group(1).lower() if m else ""

    def next_word(self, pos: int) -> str:
        m = re.match(r"\W*?([\w'’]+)", self.text[pos : pos + 40])
        return m.group(1) if m else ""

    def lean(self, pos: int) -> Lean:
        """Does the sentence point forward (`zal`, `gaat`, present tense) or back?"""
        start = self.sentence_start(pos)
        words = set(re.findall(r"\w+", self.text[start : self.sentence_end(pos)].lower()))
        if words & FUTURE_CUES:
            return "future"
        return self.tense.get(start, "neutral")

    def in_longer_name(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.names)


@dataclass
class Found:
    start: int
    end: int
    meaning: Meaning
    rule: str


Handler = Callable[[dict[str, str], Context, int, int], Meaning | None]
HANDLERS: dict[str, Handler] = {}


def handles(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


def find_times(ctx: Context) -> list[Found]:
    """Every time expression in the text, left to right, without overlaps."""
    out: list[Found] = []

    def accept(name: str, groups: dict[str, str], m: re.Match[str]) -> bool:
        start, end = m.span(f"{name}__x") if "x" in groups else m.span()
        meaning = HANDLERS[name](groups, ctx, start, end)
        if meaning is None:
            return False
        out.append(Found(start, end, meaning, name))
        return True

    GRAMMAR.scan(ctx.text, accept)
    return out


# ---------------------------------------------------------------- value helpers


def _count(text: str) -> float | None:
    """`drie` -> 3, `anderhalve` -> 1.5, `twee en een half` -> 2.5, `enkele` -> None (vague)."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in ("een", "één", "eén"):
        return 1
    if t in ("een half", "een halve"):
        return 0.5
    if t.endswith(" en een half"):
        n = numbers.parse_number(t[: -len(" en een half")])
        return None if n is None else n + 0.5
    n = numbers.parse_number(t)
    return None if n is None else float(n)


def _unit(word: str) -> str:
    return PERIOD_UNITS[word.lower()]


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3W, P18M (anderhalf jaar), PT90M, PXW (vague)."""
    if unit == "WE":
        unit = "W"
        n = None if n is None else n
    while n is not None and not float(n).is_integer() and unit in SMALLER_UNIT:
        smaller, factor = SMALLER_UNIT[unit]
        if not float(n * factor).is_integer():
            break
        n, unit = n * factor, smaller
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


def _tmod(text: str | None) -> str | None:
    if not text:
        return None
    qmod = PRE_MODIFIERS.get(re.sub(r"\s+", " ", text.lower()))
    return TIMEX_MOD.get(qmod) if qmod else None


def _fuzzy(text: str | None) -> str | None:
    return FUZZY_MOD.get(text.lower()) if text else None


def _capitalised_name(word: str, ctx: Context, start: int) -> bool:
    """A weekday or month written with a capital inside a sentence is a name (`het programma Dinsdag`)."""
    return word[:1].isupper() and not ctx.starts_sentence(start)


# ---------------------------------------------------------------- handlers


@handles("until_now")
def _until_now(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return Meaning(fixed=Value("PRESENT_REF"), mod="ON_OR_BEFORE")


@handles("reference_phrase")
@handles("reference")
def _reference(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    word = re.sub(r"\s+", " ", g["w"].lower())
    after = ctx.text[e : e + 20].lower()
    if word == "nu":
        tag = ctx.tag_at(s)
        if tag == "SCONJ" or any((word + after).startswith(i) for i in NU_IDIOMS):
            return None
        nxt = ctx.next_word(e)
        # The word after settles it without a parser (`Nu de protesten ...`), and a parser's
        # adverb reading does not overrule it: a wrong `nu` would be a false present.
        if nxt.lower() in NU_CONJUNCTION_NEXT or (nxt[:1].isupper() and tag != "ADV"):
            return None
    if word == "vroeger" and ctx.next_word(e).lower() in COMPARATIVE_NEXT:
        return None
    return Meaning(fixed=Value(REFERENCES[word]))


@handles("numeric_date")
def _numeric_date(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    if "iy" in g:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
    else:
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
        if len(g["y"]) == 2:
            y += 2000 if y < 50 else 1900
        if g["s"] == "." and len(g["y"]) == 2:
            return None  # `1.5.20` is more likely a version or a score than a date
    if not 1 <= m <= 12:
        return None if g.get("s") == "." else Meaning(note=f"impossible date: month {m}")
    date = CalendarDate(month=m, dom=d, year=y)
    return date if date.exists() else Meaning(note=f"impossible date: {d}/{m}/{y}")


@handles("night_of")
def _night_of(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return NightOf(type="TIME", weekday=WEEKDAY_NAMES[g["wd1"].lower()])


@handles("night_of_date")
def _night_of_date(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    month, dom = MONTH_NAMES[g["mon"].lower()], int(g["d1"])
    if int(g["d2"]) not in (dom + 1, 1):
        return None
    date = CalendarDate(type="TIME", month=month, dom=dom, year=int(g["year"]) if "year" in g else None, part="NI")
    return date if date.exists() else None


@handles("nth_weekday")
def _nth_weekday(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    order = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "laatste": -1}[g["ord"].lower()]
    return NthWeekday(
        month=MONTH_NAMES[g["mon"].lower()],
        n=order,
        weekday=WEEKDAY_NAMES[g["wd"].lower()],
        year=int(g["year"]) if "year" in g else None,
        lean=_date_lean(ctx, s),
    )


@handles("weekday_of_week")
@handles("weekday_then_week")
def _weekday_of_week(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return WeekdayOfWeek(weekday=WEEKDAY_NAMES[g["wd"].lower()], weeks=SHIFTS[g["shift"].lower()])


@handles("full_date")
def _full_date(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    month = MONTH_NAMES.get((g.get("mon") or "").lower()) or MONTH_ABBREVIATIONS[g["mona"].lower()]
    dom = int(g["dom"])
    if "mona" in g and g["mona"][:1].isupper() and not ctx.starts_sentence(s):
        return None  # `3 Jan` is more likely a count of people named Jan than a date
    weekday = WEEKDAY_NAMES[g["wd"].lower()] if "wd" in g else None
    year = int(g["year"]) if "year" in g else None
    date = CalendarDate(month=month, dom=dom, year=year, weekday=weekday, lean=_date_lean(ctx, s))
    if not date.exists():
        return Meaning(note=f"impossible date: {dom} {g.get('mon') or g.get('mona')}")
    return date


def _date_lean(ctx: Context, s: int) -> Lean:
    prev = ctx.prev_word(s)
    if prev in ("sinds", "sedert"):
        return "past"
    if prev in ("vanaf", "tegen") or ctx.lean(s) == "future":
        return "future"
    return "neutral"


@handles("month")
def _month(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    if "fz" not in g and _capitalised_name(g["mon"], ctx, s):
        return None
    month = MONTH_NAMES[g["mon"].lower()]
    if "year" in g:
        meaning: Meaning = CalendarDate(month=month, year=int(g["year"]))
    elif "rel" in g:
        meaning = RelativeYearMonth(month=month, shift=SHIFTS.get(g["rel"].lower(), -1))
    else:
        meaning = CalendarDate(month=month, lean=_date_lean(ctx, s))
    return meaning.with_mod(_fuzzy(g.get("fz")))


@handles("decade")
def _decade(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    import datetime as dt

    raw = g["dec"].lower().lstrip("'’")
    if raw in _DECADE_WORDS:
        start = 1900 + 10 * _DECADE_WORDS[raw]
    elif len(raw) == 2:
        start = 1900 + int(raw)
    else:
        start = int(raw)
    if start % 10:
        return None
    value = Value(f"{start // 10:03d}", "decade", dt.date(start, 1, 1), dt.date(start + 9, 12, 31))
    return Meaning(fixed=value).with_mod(_fuzzy(g.get("fz")))


@handles("century")
def _century(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    import datetime as dt

    n = numbers.parse_ordinal(g["ord"])
    if n is None or not 1 <= n <= 21:
        return None
    start = (n - 1) * 100
    value = Value(f"{n - 1:02d}", "century", dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))
    return Meaning(fixed=value).with_mod(_fuzzy(g.get("fz")))


@handles("part_of_year")
def _part_of_year(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    order = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}[g["ord"].lower()]
    if "h" in g:
        if "year" not in g and "rel" not in g and g["h"].lower() == "helft":
            return None  # `de eerste helft van de wedstrijd`
        order = 2 if g["ord"].lower() == "laatste" else order
        if order > 2:
            return None
        kind = "half"
    else:
        kind = "quarter"
    if "rel" in g:
        return RelativeYearPart(kind=kind, index=order, shift=SHIFTS[g["rel"].lower()])  # type: ignore[arg-type]
    return YearOf(kind=kind, index=order, year=int(g["year"]) if "year" in g else None)  # type: ignore[arg-type]


@handles("week_number")
def _week_number(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    n = int(g["n"])
    if not 1 <= n <= 53:
        return None
    return YearOf(kind="week", index=n, year=int(g["year"]) if "year" in g else None)


@handles("set_every")
def _set_every(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    if "wd" in g:
        part = DAY_PARTS[g["part"].lower()] if "part" in g else ""
        return Meaning(
            type="SET", fixed=Value(f"XXXX-WXX-{WEEKDAY_NAMES[g['wd'].lower()]}" + (f"T{part}" if part else ""))
        )
    if "season" in g:
        return Meaning(type="SET", fixed=Value(f"XXXX-{SEASONS[g['season'].lower()]}"))
    if "dpart" in g:
        return Meaning(type="SET", fixed=Value(f"XXXX-XX-XXT{DAY_PARTS[g['dpart'].lower()]}"))
    n = _count(g["n"]) if "n" in g else 1.0
    return Meaning(type="SET", fixed=Value(duration_value(n, _unit(g["unit"]))))


@handles("set_om_de")
def _set_om_de(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    n = _count(g["n"]) if "n" in g else 1.0
    return Meaning(type="SET", fixed=Value(duration_value(n, _unit(g["unit"]))))


@handles("set_times_per")
def _set_times_per(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    n = _count(g["n2"]) if "n2" in g else 1.0
    return Meaning(type="SET", fixed=Value(duration_value(n, _unit(g["unit"]))))


@handles("set_per")
def _set_per(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return Meaning(type="SET", fixed=Value(duration_value(1, _unit(g["unit"]))))


@handles("genitive")
def _genitive(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    word = g["gen"].lower()
    if word in DAY_PART_ADVERBS:
        return Meaning(type="TIME", fixed=Value(f"XXXX-XX-XXT{DAY_PART_ADVERBS[word]}"))
    return Meaning(type="SET", fixed=Value(f"XXXX-WXX-{WEEKDAY_NAMES[word[:-1]]}"))


@handles("frequency")
def _frequency(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return Meaning(type="SET", fixed=Value(FREQUENCY_ADVERBS[g["w"].lower()]))


@handles("long_adverb")
def _long_adverb(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return Meaning(type="DURATION", fixed=Value(LONG_ADVERBS[g["w"].lower()]))


@handles("period_duration")
def _period_duration(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    unit_word = g["unit"].lower()
    direction = g["dir"].lower()
    forward = direction in ("komende", "volgende", "eerstvolgende", "eerstkomende")
    if unit_word == "weekend":
        return PeriodShift(unit="weekend", shift=1 if forward else -1)
    plural = unit_word in ("dagen", "weken", "maanden", "jaren", "uren", "minuten", "decennia", "eeuwen", "nachten")
    if direction == "volgende" and not plural and "n" not in g:
        return None  # `de volgende dag` is counted from an event, not from publication
    n = _count(g["n"]) if "n" in g else (None if plural else 1.0)
    return Meaning(type="DURATION", fixed=Value(duration_value(n, _unit(unit_word))))


@handles("season")
def _season(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    season = SEASONS[g["season"].lower()]
    mod = _fuzzy(g.get("fz"))
    if "year" in g:
        return YearOf(kind="season", season=season, year=int(g["year"])).with_mod(mod)
    if "shift" in g:
        return SeasonShift(season=season, shift=SHIFTS[g["shift"].lower()]).with_mod(mod)
    if "det" in g:
        return YearOf(kind="season", season=season).with_mod(mod)
    return None  # a bare `zomer` is usually generic (`in de zomer is het warm`)


_PERIOD_NAMES = {
    "week": "week",
    "maand": "month",
    "jaar": "year",
    "weekend": "weekend",
    "kwartaal": "quarter",
    "decennium": "decade",
    "eeuw": "century",
}


@handles("relative_period")
def _relative_period(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    unit = _PERIOD_NAMES[g["unit"].lower()]
    shift = SHIFTS[g["shift"].lower()]
    return PeriodShift(unit=unit, shift=shift).with_mod(_fuzzy(g.get("fz")))  # type: ignore[arg-type]


def _shifted(n: float, unit: str, sign: int) -> Meaning | None:
    """`drie weken geleden` (sign -1), `over twee jaar` (+1): a date at the unit's precision."""
    steps = {
        "D": ("day", 1),
        "W": ("week", 1),
        "M": ("month", 1),
        "Y": ("year", 1),
        "DE": ("year", 10),
        "CE": ("year", 100),
    }
    if unit == "Y" and not float(n).is_integer():
        n, unit = n * 12, "M"
    if unit in ("TH", "TM", "TS"):
        return DayShift(type="TIME", days=0)
    if unit not in steps or not float(n).is_integer():
        return None
    kind, factor = steps[unit]
    k = int(n) * factor * sign
    if kind == "day":
        return DayShift(days=k)
    return PeriodShift(unit=kind, shift=k)  # type: ignore[arg-type]


@handles("ago")
def _ago(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    n = _count(g["n"])
    if n is None:
        return Meaning(fixed=Value("PAST_REF"))  # `enkele jaren geleden`
    shifted = _shifted(n, _unit(g["unit"]), -1)
    return shifted.with_mod(_tmod(g.get("mod"))) if shifted else None


@handles("in_future")
def _in_future(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    n = _count(g["n"])
    if n is None:
        return Meaning(fixed=Value("FUTURE_REF"))
    return _shifted(n, _unit(g["unit"]), 1)


def _clock_value(h: int, m: int) -> Value:
    return Value(f"XXXX-XX-XXT{h:02d}:{m:02d}", "minute")


@handles("clock")
def _clock(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    h = int(g["h"])
    m = int(g.get("m") or g.get("m2") or g.get("m3") or 0)
    if h > 24:
        return None
    return Meaning(type="TIME", fixed=_clock_value(h, m)).with_mod("APPROX" if "mod" in g else None)


@handles("hour")
@handles("rond_hour")
def _hour(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    return Meaning(type="TIME", fixed=_clock_value(int(g["h"]), 0)).with_mod("APPROX" if "mod" in g else None)


@handles("midnight")
def _midnight(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    value = _clock_value(24, 0) if g["w"].lower() == "middernacht" else _clock_value(12, 0)
    return Meaning(type="TIME", fixed=value).with_mod("APPROX" if "mod" in g else None)


@handles("duration_word")
def _duration_word(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    value = DURATION_WORDS[re.sub(r"\s+", " ", g["w"].lower())]
    return Meaning(type="DURATION", fixed=Value(value), mod=_tmod(g.get("mod")))


@handles("duration")
def _duration(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    unit_word = g["unit"].lower()
    count = g["n"].lower()
    if unit_word in ("weekend", "weekends"):
        return None
    if count in ("een", "één") and ctx.prev_word(s) == "op" and unit_word == "dag":
        return None  # `op een dag`: one day, some day
    n = _count(count)
    if n is not None and n == 0:
        return None
    return Meaning(type="DURATION", fixed=Value(duration_value(n, _unit(unit_word))), mod=_tmod(g.get("mod")))


@handles("bare_plural")
def _bare_plural(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    prev = ctx.prev_word(s)
    if prev in DETERMINERS or prev.endswith("e") or numbers.parse_number(prev) is not None:
        return None
    return Meaning(type="DURATION", fixed=Value(duration_value(None, _unit(g["unit"]))))


@handles("day_part")
def _day_part(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    if "extra" in g:
        days, part = EXTRA_DAY_PART_WORDS[g["extra"].lower()]
        return DayShift(type="TIME", days=days, part=part)
    if "part2" in g:
        return DayShift(type="TIME", days=0, part=DAY_PARTS[g["part2"].lower()])
    return DayShift(type="TIME", days=DAY_PART_PREFIXES[g["pre"].lower()], part=DAY_PARTS[g["part"].lower()])


@handles("day_word")
def _day_word(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    word = g["w"].lower()
    if word == "morgen" and ctx.prev_word(s) in MORNING_NOT_TOMORROW:
        return None
    return DayShift(days=DAY_WORDS[word])


@handles("weekday")
def _weekday(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    name = g["wd"]
    if "shift" not in g and _capitalised_name(name, ctx, s):
        return None
    if name[:1].isupper() and ctx.in_longer_name(s, e):
        return None  # `Zondag met Lubach`: a weekday inside a longer name the recogniser found
    prev = ctx.prev_word(s)
    if numbers.parse_ordinal(prev) is not None and prev not in ("de", "e"):
        return None  # `de derde zaterdag op rij`: a member of a series, counted elsewhere
    part = DAY_PARTS[g["part"].lower()] if "part" in g else ""
    shift = SHIFTS.get(g.get("shift", "").lower(), 0) or POST_SHIFTS.get(g.get("post", "").lower(), 0)
    if shift < 0:
        relation = "last"
    elif shift > 0:
        relation = "next"
    else:
        forward = prev in FUTURE_PREPOSITIONS and not _closes_span(ctx, s)
        relation = "future" if forward or ctx.lean(s) == "future" else "past"
    return Weekday(type="TIME" if part else "DATE", weekday=WEEKDAY_NAMES[name.lower()], relation=relation, part=part)  # type: ignore[arg-type]


def _closes_span(ctx: Context, s: int) -> bool:
    """`van vrijdag tot zondag`: the `tot` ends a span that began at an earlier day; it does not point forward."""
    before = ctx.text[max(ctx.sentence_start(s), s - 40) : s].lower()
    return bool(re.search(rf"\bvan\s+(?:{WD})\w*\s+tot\s*$", before))


@handles("holiday")
def _holiday(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    word = re.sub(r"\s+", " ", g["w"].lower())
    if not g["w"][:1].isupper():
        return None  # holidays are written with a capital; `wapenstilstand` is a ceasefire
    if word in FIXED_HOLIDAYS:
        month, dom, part = FIXED_HOLIDAYS[word]
        return Holiday(type="TIME" if part else "DATE", month=month, dom=dom, part=part)
    return Holiday(easter_offset=EASTER_HOLIDAYS[word])


_YEAR_PREPOSITIONS = frozenset(
    {
        "in",
        "sinds",
        "sedert",
        "tot",
        "van",
        "vanaf",
        "voor",
        "na",
        "tegen",
        "rond",
        "omstreeks",
        "uit",
        "jaar",
        "tussen",
        "en",
        "t/m",
        "of",
        "anno",
        "eind",
        "begin",
        "medio",
        "midden",
        "zomer",
        "winter",
        "lente",
        "herfst",
        "voorjaar",
        "najaar",
        "september",
        "oktober",
        "november",
        "december",
    }
)


@handles("year")
def _year(g: dict[str, str], ctx: Context, s: int, e: int) -> Meaning | None:
    import datetime as dt

    y = int(g["y"])
    prev = ctx.prev_word(s)
    after = ctx.text[e : e + 30]
    contextual = "fz" in g or prev in _YEAR_PREPOSITIONS
    if not contextual:
        if not 1900 <= y <= 2099:
            return None
        if not re.match(r"\s*(?:[,.;:)!?]|$|[-–—]\s)", after) and _counts_something(ctx, e):
            return None  # `2000 mensen`, `1500 euro`: a count
    mod = _fuzzy(g.get("fz")) or ("APPROX" if g.get("fz", "").lower() in ("rond", "omstreeks") else None)
    return Meaning(fixed=Value(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))).with_mod(mod)


def _counts_something(ctx: Context, end: int) -> bool:
    """Is the word after a year-like number what it counts (`2000 mensen`), so that it is no year?

    With the backbone's tags: a noun. Without: a unit, or a plural-looking word that is not
    a function word (`2020 werden` is a year, `1500 betogers` a count).
    """
    from duiding.lang.nl.counting import NOT_COUNTED

    nxt = ctx.next_word(end)
    low = nxt.lower()
    tag = ctx.tag_at(ctx.text.find(nxt, end)) if nxt else None
    if tag is not None:
        return tag in ("NOUN", "PROPN", "SYM") or low in _UNITS_AFTER_NUMBER
    if low in _UNITS_AFTER_NUMBER:
        return True
    return low not in NOT_COUNTED and (low.endswith(("en", "s", "ers")) or nxt[:1].isupper())


_UNITS_AFTER_NUMBER = frozenset(
    {"euro", "dollar", "procent", "pond", "frank", "gulden", "km", "kilometer", "meter", "ton"}
)
