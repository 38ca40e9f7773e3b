"""Third-person pronouns resolved to the people of the article.

A subject pronoun (`hij`, `zij`, `ze`) takes the first compatible person mentioned before it
in its sentence, else the subject (or, without a parse, the first compatible mention) of the
previous sentence, else one person who alone fits within two sentences. An object pronoun
(`hem`, `haar`) cannot share the referent of its own clause's subject (`Macron ... is hij niet
van plan hem te laten vallen`). A relative `die` right after `Name ,` is that name. Pronouns
the rules cannot settle are left out rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from duiding.lang.nl.pronouns import (
    CLAUSE_OPENERS,
    FEMININE_NAME_ENDINGS,
    FEMININE_SURNAME_ENDINGS,
    MASCULINE_EXCEPTIONS,
    NEEDS_PARSE,
    PERSONAL,
    RELATIVE,
)
from duiding.layers.doctokens import TokenTable, token_table
from duiding.layers.entities.model import Cand, Cluster

_QUOTES = {"'", '"', "‘", "’", "“", "”", "«", "»", "„"}


@dataclass
class Seen:
    """A resolved mention of a person, in text order: the material antecedents are taken from."""

    start: int
    sent: int
    cluster: Cluster
    subject: bool


def guess_gender(cl: Cluster, doc: Doc) -> str | None:
    """From feminine role nouns (set earlier), then given names and Slavic/Baltic surnames."""
    if cl.gender:
        return cl.gender
    if cl.type != "PER":
        return None
    full = [n for n in cl.names if len(n.split()) >= 2]
    for name in full:
        words = name.split()
        given = words[0].lower()
        if given in MASCULINE_EXCEPTIONS:
            return "m"
        if given.endswith(FEMININE_NAME_ENDINGS) and len(given) > 2:
            return "f"
        if words[-1].lower().endswith(FEMININE_SURNAME_ENDINGS):
            return "f"
        return "m" if len(given) > 2 else None
    for name in cl.names:
        if name.lower().endswith(FEMININE_SURNAME_ENDINGS):
            return "f"
    return None


def _compatible(cl: Cluster, gender: str) -> bool:
    if cl.type != "PER":
        return False
    if gender == "f":
        return cl.gender == "f"
    return cl.gender in ("m", None)


def _clause_start(tt: TokenTable, i: int, sent_start: int) -> int:
    """The first token of the clause that token `i` is in (approximate without a parse)."""
    for j in range(i - 1, sent_start - 1, -1):
        text = tt.text[j]
        if text in {",", ";", ":"} or tt.lower[j] in CLAUSE_OPENERS or text in _QUOTES:
            return j + 1
    return sent_start


def _is_subject(tt: TokenTable, i: int, parsed: bool) -> bool:
    if parsed:
        head = tt.head[i]
        return tt.dep[i].startswith("nsubj") or (tt.dep[head].startswith("nsubj") and head != i)
    return False


def resolve(doc: Doc, clusters: list[Cluster], sent_of: dict[int, int]) -> list[tuple[Cluster, Cand]]:
    for cl in clusters:
        cl.gender = guess_gender(cl, doc)
    owner: dict[int, Cluster] = {}
    first_token: dict[int, Cluster] = {}
    for cl in clusters:
        for m in cl.mentions:
            for k in range(m.start, m.end):
                owner[k] = cl
            first_token[m.start] = cl
    tt = token_table(doc)
    dep_parsed = doc.has_annotation("DEP")
    seen: list[Seen] = [
        Seen(m.start, m.sent, cl, _is_subject(tt, m.start, dep_parsed))
        for cl in clusters
        if cl.type == "PER"
        for m in cl.mentions
    ]
    out: list[tuple[Cluster, Cand]] = []
    parsed = doc.has_annotation("POS")
    starts: dict[int, int] = {}
    for k, s_ in sorted(sent_of.items()):
        starts.setdefault(s_, k)
    for i, word in enumerate(tt.lower):
        if i in owner:
            continue
        if word in RELATIVE and i >= 2 and tt.text[i - 1] == "," and (i - 2) in owner:
            cl = owner[i - 2]
            if cl.type in ("PER", "ORG", "MISC"):
                out.append((cl, Cand(i, i + 1, "pronoun", sent_of.get(i, 0))))
            continue
        if word not in PERSONAL:
            continue
        if word in NEEDS_PARSE and not (parsed and tt.pos[i] == "PRON" and "Poss=Yes" not in str(tt.tokens[i].morph)):
            continue
        gender, _number, case = PERSONAL[word]
        sent = sent_of.get(i, 0)
        sent_start = starts[sent]
        before = sorted((s for s in seen if s.start < i), key=lambda s: s.start)
        here = [s for s in before if s.sent == sent and _compatible(s.cluster, gender)]
        target: Cluster | None = None
        if case == "subj":
            target = here[0].cluster if here else _previous(before, sent, gender)
        else:
            clause = _clause_start(tt, i, sent_start)
            subject = next((s.cluster for s in here if s.start >= clause), None)
            others = [s for s in here if s.cluster is not subject]
            if others:
                target = others[-1].cluster
            else:
                prev = [
                    s
                    for s in before
                    if s.sent == sent - 1 and _compatible(s.cluster, gender) and s.cluster is not subject
                ]
                target = prev[0].cluster if prev else None
        if target is not None:
            c = Cand(i, i + 1, "pronoun", sent)
            out.append((target, c))
            seen.append(Seen(i, sent, target, case == "subj"))
    return out


def _previous(before: list[Seen], sent: int, gender: str) -> Cluster | None:
    prev = [s for s in before if s.sent == sent - 1 and _compatible(s.cluster, gender)]
    if prev:
        subjects = [s for s in prev if s.subject]
        return (subjects or prev)[0].cluster
    if gender == "f":
        return None  # `ze`/`zij` may be plural: only a person in the last sentence is safe
    window = {s.cluster.idx: s.cluster for s in before if sent - 2 <= s.sent < sent and _compatible(s.cluster, gender)}
    return next(iter(window.values())) if len(window) == 1 else None
