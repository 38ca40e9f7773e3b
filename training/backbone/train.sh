#!/usr/bin/env bash
# Rebuild the shipped Dutch backbone (src/duiding/models/nl_news) from scratch.
#
#   bash training/backbone/train.sh            # everything, one CPU core
#
# Reads data from $DUIDING_DATA (default ../shared/data); writes corpora,
# vectors and checkpoints to $BACKBONE_WORK (default ../exp/backbone), never
# into the repository.  Fixed seeds (system.seed = 1234, word2vec seed 1234).
# Needs: spacy 3.8, gensim (training only).  Takes about 1.5-2 h on one core.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
WORK="${BACKBONE_WORK:-$REPO/../exp/backbone}"
export DUIDING_DATA="${DUIDING_DATA:-$REPO/../shared/data}" BACKBONE_WORK="$WORK"
CORE="${TRAIN_CORE:-1}"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONHASHSEED=0
export PYTHONPATH="$HERE${PYTHONPATH:+:$PYTHONPATH}"
RUN="taskset -c $CORE"
command -v taskset >/dev/null || RUN=""
mkdir -p "$WORK/corpus"
cd "$HERE"

# 1. corpora
$RUN "$PY" convert_alpino.py                 # Alpino XML -> UD (alpino_ud_raw.conllu)
$RUN "$PY" convert_ud.py                     # UD 2017 -> r2.16 mapping, DocBins
$RUN "$PY" convert_ner.py                    # CoNLL-2002 (+ silver) DocBins
rm -rf "$WORK/corpus/ud_train" "$WORK/corpus/ner_train"
mkdir -p "$WORK/corpus/ud_train" "$WORK/corpus/ner_train"
# UD: 2017 LassySmall/Alpino (mapped to r2.16, in-domain for LassySmall: twice) + converted Alpino treebank
ln -sf ../ud_train.spacy "$WORK/corpus/ud_train/ud_train_a.spacy"
ln -sf ../ud_train.spacy "$WORK/corpus/ud_train/ud_train_b.spacy"
ln -sf ../alpino_ud.spacy "$WORK/corpus/ud_train/alpino_ud.spacy"
# NER: CoNLL-2002 train + name-replacement copy + WikiNEuRal subset (silver)
ln -sf ../conll_train.spacy ../conll_aug.spacy ../wikineural_sub.spacy "$WORK/corpus/ner_train/"

# 2. static vectors (word2vec on raw_nl + unlabelled training text + name-list pseudo-sentences)
VEC="$WORK/vectors/spacy_${VEC_PRUNE:-40000}_gaz"
[ -d "$VEC" ] || $RUN "$PY" train_vectors.py

# 3. UD pipeline: tok2vec + morphologizer + trainable_lemmatizer + parser
$RUN "$PY" -m spacy train configs/ud.cfg -o "$WORK/ud" \
    --paths.train "$WORK/corpus/ud_train" --paths.dev "$WORK/corpus/ls_dev.spacy" \
    --paths.vectors "$VEC"

# 4. NER pipeline: ner with its own tok2vec
$RUN "$PY" -m spacy train configs/ner.cfg -o "$WORK/ner" \
    --paths.train "$WORK/corpus/ner_train" --paths.dev "$WORK/corpus/conll_dev.spacy" \
    --paths.vectors "$VEC"

# 5. assemble, evaluate, benchmark
$RUN "$PY" assemble.py "$WORK/ud/model-best" "$WORK/ner/model-best" "$REPO/src/duiding/models/nl_news"
$RUN "$PY" evaluate.py "$REPO/src/duiding/models/nl_news"
$RUN "$PY" bench.py "$REPO/src/duiding/models/nl_news"
