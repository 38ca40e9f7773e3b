"""The times layer (`duiding_times`): every time expression, normalised, honest about precision.

One pass of the time grammar over the text finds the expressions; the anchoring step
resolves them against the publication date, narrowing a partial date with the article's
own evidence. Fills `doc._.times` (a list of `duiding.records.Time`) and, where the
evidence leaves exactly one publication day, `doc._.published_inferred`.
"""

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from duiding import __version__
from duiding.layers.doctokens import token_table
from duiding.layers.docview import DocView
from duiding.layers.times.anchoring import Mention, find_series, resolve
from duiding.layers.times.grammar import GRAMMAR, Context, find_times
from duiding.pipeline import extensions  # noqa: F401  (registers the Doc extensions)
from duiding.records import Provenance, Time

COMPONENT = "duiding_times"
PROVENANCE = Provenance(COMPONENT, __version__)


def context_for(view: DocView) -> Context:
    ctx = Context(view.text, view.sentence_starts)
    ctx.tense = view.sentence_tense  # type: ignore[assignment]
    ctx.names = view.names
    if view.has_pos:
        ctx.tag_at = view.tag_at
    return ctx


def find_and_anchor_times(doc: Doc) -> Doc:
    view = token_table(doc).view
    text = view.text
    mentions = [
        Mention(f.start, f.end, text[f.start : f.end], view.sentence_of(f.start), f.meaning)
        for f in find_times(context_for(view))
    ]
    texts = [text[s:e] for s, e in view.sentences]
    anchoring = resolve(mentions, doc._.published, texts, find_series(text, view.sentence_of))
    times = []
    for n, (m, r) in enumerate(zip(mentions, anchoring.resolved, strict=True), start=1):
        times.append(
            Time(
                id=f"time{n}",
                start=m.start,
                end=m.end,
                text=m.text,
                sentence=m.sentence,
                type=m.meaning.type,
                value=r.value.value,
                provenance=PROVENANCE,
                mod=m.meaning.mod,
                precision=r.value.precision,
                certain=r.certain and m.meaning.note is None,
                candidates=r.candidates,
                note=m.meaning.note,
            )
        )
    doc._.times = times
    published = doc._.published
    if published is not None and published.precision != "day" and anchoring.inferred is not None:
        doc._.published_inferred = anchoring.inferred
    return doc


@Language.factory(
    COMPONENT,
    requires=["token.is_sent_start"],
    assigns=["doc._.times", "doc._.published_inferred"],
)
def make_times_layer(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Compile the grammar's patterns at load time, not on the first article."""
    GRAMMAR.warm()
    return find_and_anchor_times
