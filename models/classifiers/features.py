"""The shared text representation of the classifiers: Thai word n-grams + character n-grams.

Words come from the project's tokenizer (`models.thai`, PyThaiNLP newmm + the domain
dictionary) when it is available, else from PyThaiNLP newmm directly; Thai is never split
on spaces.  `TextModel` wraps a fitted pipeline with what the rest of the program needs:
probabilities per class and the weighted phrases of one text that pushed it to a class.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils._sparse import _align_api_if_sparse
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from models.thai.normalize import normalize, to_arabic_digits

COMMON_IDF = 2.0  # smooth idf below this: the word is in roughly 40 % of the examples or more
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_JUNK = re.compile(r"^[\s\W_]+$")


def _tokenizer() -> Callable[[str], list[str]]:
    try:  # the project's tokenizer (domain dictionary), when the Thai helper has shipped it
        from models.thai.tokenize import words  # type: ignore[attr-defined]
        return words
    except Exception:  # noqa: BLE001
        from pythainlp.tokenize import word_tokenize
        return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=False)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Normalised word tokens: digits → `0`, punctuation and spaces dropped, lower-cased."""
    text = _DIGITS.sub("0", to_arabic_digits(normalize(text or "")))
    out = []
    for w in _tokenizer()(text):
        w = w.strip().lower()
        if w and not _JUNK.match(w):
            out.append(w)
    return tuple(out)


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams (the analyzer of the word vectoriser; picklable: module-level)."""
    ws = words(text)
    return list(ws) + [f"{a} {b}" for a, b in zip(ws, ws[1:])]


def char_text(text: str) -> str:
    """The text the character vectoriser sees: normalised, digits → 0, no spaces."""
    return re.sub(r"\s+", "", _DIGITS.sub("0", to_arabic_digits(normalize(text or ""))))


def vectoriser(*, char: bool = True, min_df: int = 1) -> FeatureUnion:
    parts: list[tuple[str, Any]] = [
        ("word", TfidfVectorizer(analyzer=word_ngrams, min_df=min_df, sublinear_tf=True)),
    ]
    if char:
        parts.append(("char", TfidfVectorizer(analyzer="char", ngram_range=(3, 4),
                                              preprocessor=char_text, lowercase=False,
                                              min_df=min_df, sublinear_tf=True,
                                              max_features=20000)))
    return FeatureUnion(parts, transformer_weights={"word": 1.0, "char": 0.6} if char else None)


def pipeline(*, char: bool = True, c: float = 4.0, balanced: bool = True) -> Pipeline:
    return Pipeline([
        ("features", vectoriser(char=char)),
        ("clf", LogisticRegression(C=c, max_iter=2000,
                                   class_weight="balanced" if balanced else None)),
    ])


def _counts(vec: TfidfVectorizer, texts: Sequence[str]):
    """`vec._count_vocab(texts, fixed_vocab=True)[1]`: the same matrix, counted with Counter and
    looked up in the vocabulary by set intersection (C loops, not one Python step per n-gram)."""
    vocabulary, analyze = vec.vocabulary_, vec.build_analyzer()
    j_indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in texts:
        counts = Counter(analyze(doc))
        known = counts.keys() & vocabulary.keys()  # any order: sort_indices() orders each row
        j_indices.extend(map(vocabulary.__getitem__, known))
        values.extend(map(counts.__getitem__, known))
        indptr.append(len(j_indices))
    x = sparse.csr_array((np.asarray(values, dtype=np.intc), np.asarray(j_indices, dtype=np.int32),
                          np.asarray(indptr, dtype=np.int32)),
                         shape=(len(indptr) - 1, len(vocabulary)), dtype=vec.dtype)
    x.sort_indices()  # as _count_vocab: rows in column order
    return _align_api_if_sparse(x)


def _tfidf_transform(vec: TfidfVectorizer, texts: Sequence[str]):
    """`vec.transform(texts)` without its per-call checks (fitted? vocabulary? array validation,
    ~40 % of a one-text call): sklearn's own steps in its order, so the same numbers."""
    tf = vec._tfidf
    if vec.binary or tf.norm != "l2" or not tf.use_idf or vec.dtype is not np.float64:
        return vec.transform(texts)  # a configuration the shortcut does not cover
    x = _counts(vec, texts)  # CountVectorizer.transform
    if tf.sublinear_tf:  # TfidfTransformer.transform
        np.log(x.data, x.data)
        x.data += 1.0
    x.data *= tf.idf_[x.indices]
    inplace_csr_row_normalize_l2(x)  # normalize(x, norm="l2", copy=False)
    return x


@dataclass
class TextModel:
    """A fitted pipeline plus its provenance (what `train.py` stores in NAME.json)."""

    name: str
    pipe: Pipeline
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def classes(self) -> list[str]:
        return [str(c) for c in self.pipe.classes_]

    def _predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """`pipe.predict_proba` without the pipeline's per-call machinery (parameter validation,
        joblib dispatch of the union): the same numbers, a few ms less per call."""
        union: FeatureUnion = self.pipe.named_steps["features"]
        weights = union.transformer_weights or {}
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            blocks = []
            for name, vec in union.transformer_list:
                block = _tfidf_transform(vec, texts)
                if name == "word" and len(texts) == 1:
                    self._last_word = (texts[0], block)  # evidence() of the same text reuses it
                blocks.append(block * weights.get(name, 1.0))
            x = sparse.hstack(blocks, format="csr")
        clf: LogisticRegression = self.pipe.named_steps["clf"]
        scores = np.asarray(x @ clf.coef_.T) + clf.intercept_  # LogisticRegression.predict_proba
        if scores.shape[1] == 1:
            p1 = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def _word_row(self, text: str):
        last = getattr(self, "_last_word", None)
        if last is not None and last[0] == text:
            return last[1]
        word_vec: TfidfVectorizer = dict(self.pipe.named_steps["features"].transformer_list)["word"]
        return word_vec.transform([text])

    def _centred_coef(self, k: int) -> np.ndarray:
        """Class k's coefficients minus the classes' mean, computed once per model (the mean
        over the whole coefficient matrix cost ~0.3 ms per evidence() call)."""
        cache = self.__dict__.setdefault("_centred", {})
        if k not in cache:
            coef = self.pipe.named_steps["clf"].coef_
            cache[k] = coef[k] - coef.mean(axis=0)
        return cache[k]

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_last_word", None)  # caches, never stored in an artifact
        state.pop("_centred", None)
        return state

    def proba(self, text: str) -> float:
        """P(positive class) for a binary model whose classes are 0/1 or False/True."""
        return float(self._predict_proba([text])[0][-1])

    def probas(self, text: str) -> dict[str, float]:
        return self.probas_many([text])[0]

    def probas_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        classes = self.classes
        return [{c: float(x) for c, x in zip(classes, row)}
                for row in self._predict_proba(list(texts))]

    def evidence(self, text: str, label: str, k: int = 5) -> list[str]:
        """The word n-grams of `text` that weigh most towards `label` (positive contribution
        tf-idf × coefficient), as written in the text (spaces of bigrams removed)."""
        union: FeatureUnion = self.pipe.named_steps["features"]
        clf: LogisticRegression = self.pipe.named_steps["clf"]
        word_vec: TfidfVectorizer = dict(union.transformer_list)["word"]
        x = self._word_row(text)
        classes = self.classes
        if clf.coef_.shape[0] == 1:  # binary: one row of coefficients, for classes[1]
            coef = clf.coef_[0] * (1 if label == classes[1] else -1)
        else:
            coef = self._centred_coef(classes.index(label))
        n_word = len(word_vec.vocabulary_)
        coef = coef[:n_word]
        row = x.tocoo()
        contrib = [(float(v * coef[j]), j) for j, v in zip(row.col, row.data)]
        contrib = [c for c in contrib if c[0] > 0]
        contrib.sort(reverse=True)
        names = _feature_names(word_vec)
        idf = word_vec.idf_
        out: list[str] = []
        for _, j in contrib:
            if idf[j] < COMMON_IDF or names[j] in _stopwords():
                continue  # a word most examples share ("นักเรียน") or a function word explains nothing
            phrase = names[j].replace(" ", "")
            if len(phrase) < 3 or any(phrase in o or o in phrase for o in out):
                continue
            out.append(phrase)
            if len(out) >= k:
                break
        return out


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords
    return frozenset(thai_stopwords())


def _feature_names(vec: TfidfVectorizer) -> np.ndarray:
    names = getattr(vec, "_pa_names", None)
    if names is None:
        names = vec.get_feature_names_out()
        vec._pa_names = names  # cached on the fitted vectoriser
    return names
