"""Where the models' matrix products run.

thinc multiplies with its bundled blis kernels by default. On the backbone's small matrices
(a batch of tokens times 96- to 384-wide weights) numpy's OpenBLAS on one thread was 1.6x
faster on the same 201 articles (10.6 s -> 6.5 s CPU), with token-for-token identical tags,
lemmas, parses and names. More BLAS threads only spin: parallelism comes from worker processes
(`duiding ingest --workers`), so BLAS is held to one thread.
"""

from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

_OPS = NumpyOps(use_blis=False)
_limited: list[object] = []  # the limit stays in force while its object lives


def use_numpy_blas(nlp: Language) -> Language:
    """Point every model layer of `nlp` at numpy's BLAS, on one thread. Returns `nlp`."""
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = _OPS
    if not _limited:
        _limited.append(threadpool_limits(limits=1, user_api="blas"))
    return nlp
