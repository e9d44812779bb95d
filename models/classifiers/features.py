"""The shared text representation of the classifiers: Thai word n-grams + character n-grams.

Words come from the project's tokenizer (`models.thai`, PyThaiNLP newmm + the domain
dictionary) when it is available, else from PyThaiNLP newmm directly; Thai is never split
on spaces.  `TextModel` wraps a fitted pipeline with what the rest of the program needs:
probabilities per class and the weighted phrases of one text that pushed it to a class.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

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


def char_ngrams(text: str) -> list[str]:
    s = char_text(text)
    return [s[i:i + n] for n in (3, 4) for i in range(len(s) - n + 1)]


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

    def proba(self, text: str) -> float:
        """P(positive class) for a binary model whose classes are 0/1 or False/True."""
        p = self.pipe.predict_proba([text])[0]
        return float(p[-1])

    def probas(self, text: str) -> dict[str, float]:
        p = self.pipe.predict_proba([text])[0]
        return {c: float(x) for c, x in zip(self.classes, p)}

    def probas_many(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{c: float(x) for c, x in zip(self.classes, row)}
                for row in self.pipe.predict_proba(list(texts))]

    def evidence(self, text: str, label: str, k: int = 5) -> list[str]:
        """The word n-grams of `text` that weigh most towards `label` (positive contribution
        tf-idf × coefficient), as written in the text (spaces of bigrams removed)."""
        union: FeatureUnion = self.pipe.named_steps["features"]
        clf: LogisticRegression = self.pipe.named_steps["clf"]
        word_vec: TfidfVectorizer = dict(union.transformer_list)["word"]
        x = word_vec.transform([text])
        classes = self.classes
        if clf.coef_.shape[0] == 1:  # binary: one row of coefficients, for classes[1]
            coef = clf.coef_[0] * (1 if label == classes[1] else -1)
        else:
            coef = clf.coef_[classes.index(label)] - clf.coef_.mean(axis=0)
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
            if idf[j] < COMMON_IDF:
                continue  # a word most examples share ("นักเรียน") explains nothing
            phrase = names[j].replace(" ", "")
            if len(phrase) < 3 or any(phrase in o or o in phrase for o in out):
                continue
            out.append(phrase)
            if len(out) >= k:
                break
        return out


def _feature_names(vec: TfidfVectorizer) -> np.ndarray:
    names = getattr(vec, "_pa_names", None)
    if names is None:
        names = vec.get_feature_names_out()
        vec._pa_names = names  # cached on the fitted vectoriser
    return names
