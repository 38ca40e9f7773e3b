"""Mentions of one event across an article, and what they tell each other.

`zijn onderhoud met Macron maandag` ... `Het gesprek was ...` ... `de meeting in Genève`: a
definite event noun refers back to the latest earlier mention of the same type. Each mention
keeps its own sentence and trigger; roles it lacks are taken from the other mentions of its
chain and listed in `inherited`, so a reader can tell them from what its sentence says.

Protests are reported as a campaign: a protest mention that names no target takes the
target that every other protest mention of the article agrees on (`de protesten tegen
Rutte` ... `Zondag kwamen ... de straat op`), again marked as inherited.
"""

from __future__ import annotations

from duiding.layers.events.arguments import Argument
from duiding.layers.events.draft import Draft

ROLES = ("actors", "targets", "places")
# Types whose different nouns name one occurrence (`het onderhoud`, `het gesprek`, `de meeting`);
# for speech acts (an accusation, a demand) only the same noun refers back.
OCCURRENCE_TYPES = frozenset({"CONSULT", "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "OTHER"})


def link(drafts: list[Draft]) -> None:
    chains: dict[str, list[Draft]] = {}
    for k, d in enumerate(drafts):
        if not d.definite or (d.type == "OTHER" and d.mode is None):
            continue
        for prev in reversed(drafts[:k]):
            same_kind = prev.type == d.type and prev.mode == d.mode
            if same_kind and (d.type in OCCURRENCE_TYPES or prev.cand.lemma == d.cand.lemma) and _compatible(prev, d):
                root = prev.same_as or prev.id
                d.same_as = root
                chains.setdefault(root, [next(x for x in drafts if x.id == root)])
                chains[root].append(d)
                break
    for chain in chains.values():
        _share(chain)
    _protest_campaign(drafts)


def _compatible(a: Draft, b: Draft) -> bool:
    """Two mentions can be one event unless both name actors and share none, or their dates differ."""
    if a.actor_entities and b.actor_entities and not a.actor_entities & b.actor_entities:
        return False
    if a.time is None or b.time is None or not a.time.value or not b.time.value:
        return True
    va, vb = a.time.value, b.time.value
    return va.startswith(vb) or vb.startswith(va)  # `2020-09` and `2020-09-14` agree


def _share(chain: list[Draft]) -> None:
    for role in ROLES:
        pool: list[Argument] = []
        for d in chain:
            for a in d.role(role):
                if all((a.entity or a.text) != (b.entity or b.text) for b in pool):
                    pool.append(a)
        for d in chain:
            if pool and not d.role(role):
                setattr(d.roles, role, list(pool))
                d.inherited.append(role)
    times = [d for d in chain if d.time is not None]
    if times:
        for d in chain:
            if d.time is None:
                d.time = times[0].time
                d.date = times[0].date
                d.inherited.append("time")


def _protest_campaign(drafts: list[Draft]) -> None:
    protests = [d for d in drafts if d.type == "PROTEST"]
    targets = [{a.entity for a in d.roles.targets if a.entity} for d in protests if d.roles.targets]
    named = [t for t in targets if t]
    if not named or any(t != named[0] for t in named):
        return
    source = next(d for d in protests if {a.entity for a in d.roles.targets if a.entity} == named[0])
    keep = [a for a in source.roles.targets if a.entity in named[0]]
    for d in protests:
        if not d.roles.targets:
            d.roles.targets = list(keep)
            d.inherited.append("targets")
