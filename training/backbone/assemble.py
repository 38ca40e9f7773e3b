"""Assemble the shipped pipeline from the trained UD and NER pipelines.

  python assemble.py UD_MODEL NER_MODEL [OUT]   (OUT defaults to src/duiding/models/nl_news)

The UD pipeline provides tok2vec + morphologizer + trainable_lemmatizer +
parser (listeners on the shared tok2vec); the NER pipeline provides `ner`
with its own inline tok2vec.  Writes meta.json with name/version/sources/licence.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc

from common import MODEL_DIR

VERSION = "0.1.1"

META = {
    "lang": "nl",
    "name": "news",  # spaCy prefixes lang: "nl_news"
    "version": VERSION,
    "description": (
        "duiding Dutch news backbone: CNN tok2vec, morphologizer (UPOS+FEATS), "
        "trainable lemmatizer (UD r2.16 lemmas with `_` compound separators), "
        "dependency parser (UD r2.16 labels) and NER (PER/ORG/LOC/MISC, CoNLL-2002 style). "
        "Trained only on open data in shared/data; see docs/model-card.md."),
    "author": "duiding",
    "license": "research use only, non-commercial (inherits CoNLL-2002 and WikiNEuRal CC BY-NC-SA 4.0 terms)",
    "sources": [
        {"name": "UD_Dutch-LassySmall (2017 train, mapped to r2.16)",
         "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
         "license": "CC BY-SA 4.0"},
        {"name": "UD_Dutch-Alpino (partial 2017 train, mapped to r2.16)",
         "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
         "license": "CC BY-SA 4.0"},
        {"name": "Alpino Treebank (cdb, eans, wpspel, suites; converted to UD by duiding)",
         "url": "https://github.com/rug-compling/Alpino", "license": "LGPL-2.1-or-later"},
        {"name": "CoNLL-2002 Dutch NER (ned.train)",
         "url": "https://www.clips.uantwerpen.be/conll2002/ner/",
         "license": "research use only; no open licence"},
        {"name": "WikiNEuRal Dutch (val+test, silver NER, a subset)",
         "url": "https://github.com/Babelscape/wikineural",
         "license": "CC BY-NC-SA 4.0 (non-commercial)"},
        {"name": "Alpino name lists (name-replacement copy of CoNLL train; pseudo-sentences for vectors)",
         "url": "https://github.com/rug-compling/Alpino", "license": "LGPL-2.1-or-later"},
        {"name": "raw_nl (Dutch laws BWB, LibreOffice help, GIMP manual) for word vectors",
         "license": "public domain / MPL-2.0 / GFDL-1.2+"},
    ],
}


def assemble(ud_path, ner_path, out=MODEL_DIR, extra_sources=()):
    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    if ner_nlp.vocab.vectors.shape[0] and not nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    if "ner" in ner_nlp.pipe_names:
        if "tok2vec" in ner_nlp.pipe_names:
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.add_pipe("ner", source=ner_nlp)
    meta = dict(META)
    meta["sources"] = list(META["sources"]) + list(extra_sources)
    meta["performance"] = {}
    nlp.meta.update(meta)
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # sanity: preset sentence starts are respected by the parser
    nlp2 = spacy.load(out)
    doc = Doc(nlp2.vocab, words="Hij komt morgen . Zij blijft thuis".split(),
              sent_starts=[True, False, False, False, True, False, False])
    doc = nlp2(doc)
    assert [s.start for s in doc.sents] == [0, 4], [s.text for s in doc.sents]
    print("saved", out, nlp2.pipe_names)
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    assemble(args[0], args[1], args[2] if len(args) > 2 else MODEL_DIR)
