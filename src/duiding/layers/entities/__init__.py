"""The entity layer (`duiding_entities`): one entity per actor, place and organisation.

From the backbone's `doc.ents` it builds `doc._.entities`: name variants clustered
(`Michail Chodorkovski`, `Chodorkovski`, `Chodorkovski's`), one type per entity (the majority
of its mentions, the KB breaking ties), titles and appositions read (`de Russische
zakenman`), standing descriptions and pronouns resolved, demonyms (`Russische`) linked
to their country, and each entity linked to the knowledge base where the match is sure.
The agreed types and the repeated names are written back to `doc.ents`.
"""

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.kb import KBEntity, KnowledgeBase, default_kb
from duiding.layers.doctokens import token_table
from duiding.layers.entities.descriptions import Describer
from duiding.layers.entities.linking import link_all
from duiding.layers.entities.model import Cand, Cluster
from duiding.layers.entities.names import (
    cluster_names,
    gazetteer_places,
    name_mentions,
    propagate,
    vote_types,
    write_back,
)
from duiding.layers.entities.pronouns import resolve as resolve_pronouns
from duiding.layers.entities.records import to_records
from duiding.layers.entities.repair import (
    camel_case_names,
    cut_at_sentences,
    drop_non_names,
    extend_models,
    join_hyphenated,
    join_touching_products,
    split_at_titles,
    split_known_names,
    trim_edges,
)
from duiding.reading import sentence_index

COMPONENT = "duiding_entities"
VERSION = f"duiding-{__version__}"


def article_days(doc: Doc) -> list[dt.date]:
    """The days to read roles at: the publication date's first and last day (one for a day)."""
    pub = doc._.published
    if pub is None:
        return []
    return [pub.first] if pub.first == pub.last else [pub.first, pub.last]


def analyse_entities(doc: Doc, kb: KnowledgeBase) -> list[Cluster]:
    """All the layer's steps on one Doc; returns the clusters (the records are built from them)."""
    sent_of = sentence_index(doc)
    days = article_days(doc)
    names = name_mentions(doc, sent_of)
    describer = Describer(doc, kb, sent_of, [])
    demonym_names: list[tuple[Cand, KBEntity]] = []
    kept: list[Cand] = []
    for c in names:
        demonym = describer.is_demonym_name(c)
        if demonym is not None:
            demonym_names.append(demonym)
        else:
            kept.append(c)
    kept = join_hyphenated(doc, trim_edges(doc, split_at_titles(doc, cut_at_sentences(doc, kept))), kb)
    kept = join_touching_products(doc, camel_case_names(doc, drop_non_names(doc, kept, kb), kb, sent_of))
    kept = split_known_names(doc, extend_models(doc, kept))
    kept += propagate(doc, kept, sent_of)
    kept += gazetteer_places(doc, kept, kb, sent_of)
    kept = join_touching_products(doc, kept)  # a repeated name can touch a brand too (`iPhone SDK`)
    clusters = cluster_names(doc, kept)
    vote_types(doc, clusters, kb)

    describer = Describer(doc, kb, sent_of, clusters)
    demonyms = demonym_names + describer.find_demonyms()
    write_back(doc, clusters, [c for c, _ in demonyms])
    for c, _country in demonym_names:
        describer.demonyms[c.start] = _country
    containers = _containers(doc, clusters)
    link_all(clusters, kb, [], containers)  # places first, so that descriptions can read countries
    for cl, cand in describer.appositions():
        cl.mentions.append(cand)
    link_all(clusters, kb, days, containers)
    _attach_demonyms(clusters, demonyms)
    for target, cand in describer.descriptions(days):
        _attach(clusters, target, cand)
    for cl, cand in resolve_pronouns(doc, clusters, sent_of):
        cl.mentions.append(cand)
    return clusters


def _containers(doc: Doc, clusters: list[Cluster]) -> dict[int, list[Cluster]]:
    """Places written as `X, Y` (`San Jose, Californië`): cluster of X -> clusters of Y."""
    text = token_table(doc).text
    at: dict[int, Cluster] = {m.start: cl for cl in clusters for m in cl.mentions if m.kind == "name"}
    out: dict[int, list[Cluster]] = {}
    for cl in clusters:
        if cl.type != "LOC":
            continue
        for m in cl.mentions:
            if m.end + 1 < len(text) and text[m.end] == "," and (m.end + 1) in at:
                outer = at[m.end + 1]
                if outer.type == "LOC" and outer is not cl:
                    out.setdefault(cl.idx, []).append(outer)
    return out


def _attach_demonyms(clusters: list[Cluster], demonyms: list[tuple[Cand, KBEntity]]) -> None:
    for cand, country in demonyms:
        _attach(clusters, country, cand)


def _attach(clusters: list[Cluster], target: Cluster | KBEntity, cand: Cand) -> None:
    if isinstance(target, Cluster):
        target.mentions.append(cand)
        return
    for cl in clusters:
        if cl.kb is not None and cl.kb.id == target.id:
            cl.mentions.append(cand)
            return
    cl = Cluster(idx=len(clusters), type=target.type, kb=target, kb_score=100.0, country=target.country)
    cl.mentions.append(cand)
    clusters.append(cl)


class EntityLayer:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = default_kb()
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        clusters = analyse_entities(doc, self.kb)
        doc._.entities = to_records(doc, clusters, COMPONENT, VERSION)
        return doc


@Language.factory(
    COMPONENT,
    requires=["doc.ents", "doc.sents"],
    assigns=["doc._.entities", "doc.ents"],
)
def make_entity_layer(nlp: Language, name: str) -> EntityLayer:
    layer = EntityLayer()
    layer.kb.load_people()  # read when the pipeline loads, not on the first article
    return layer
