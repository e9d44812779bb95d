"""The shared text representation of the classifiers: Thai word n-grams + character n-grams.

Words come from the project's tokenizer (`models.thai`, PyThaiNLP newmm + the domain
dictionary) when it is available, else from PyThaiNLP newmm directly; Thai is never split
on spaces.  `TextModel` wraps a fitted pipeline with what the rest of the program needs:
probabilities per class and the weighted phrases of one text that pushed it to a class.
"""

from __future__ import annotations

import re
import weakref
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


def _counts(vec: TfidfVectorizer, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`vec._count_vocab(texts, fixed_vocab=True)[1]` as (rows, columns, counts) of its nonzero
    entries in its order (row by row, each row's columns ascending, as after its sort_indices()),
    counted in numpy: the character n-grams of all the texts at once (`CharGrams`), the word
    n-grams by one dictionary lookup each."""
    chars = _char_grams(vec)
    if chars is not None:
        rows, cols = chars.find([char_text(t) for t in texts])
    else:
        rows, cols = _gram_columns(vec, texts)
    n_cols = len(vec.vocabulary_)
    keys, counts = np.unique(rows * n_cols + cols, return_counts=True)  # sorted: row, then column
    return keys // n_cols, keys % n_cols, counts


def _gram_columns(vec: TfidfVectorizer, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of each of the texts' n-grams in `vec`'s vocabulary, by its analyzer."""
    vocabulary, analyze = vec.vocabulary_, vec.build_analyzer()
    rows: list[int] = []
    cols: list[int] = []
    for r, doc in enumerate(texts):
        found = [j for j in map(vocabulary.get, analyze(doc)) if j is not None]
        cols += found
        rows += [r] * len(found)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


@dataclass(frozen=True)
class CharGrams:
    """A character vectoriser's vocabulary as integers, to find the n-grams of many texts with a
    few numpy operations instead of one Python string per n-gram (sklearn's _char_ngrams).  Each
    letter of the vocabulary is numbered from 1 (every other character is 0, so no n-gram holding
    one is in the vocabulary), an n-gram is its letters' numbers read in base `base`; per length,
    the vocabulary's keys sorted, with their columns."""

    number: np.ndarray  # code point -> the letter's number (0: not a letter of the vocabulary)
    base: int
    grams: tuple[tuple[int, np.ndarray, np.ndarray], ...]  # (n, sorted keys, their columns)

    @classmethod
    def of(cls, vec: TfidfVectorizer) -> CharGrams | None:
        """For `vectoriser()`'s character part (char_text, no white space left); None for any
        other configuration (counted by its own analyzer)."""
        lo, hi = vec.ngram_range
        vocabulary = vec.vocabulary_
        if not (vec.analyzer == "char" and vec.preprocessor is char_text and vec.input == "content"
                and all(lo <= len(g) <= hi for g in vocabulary)):
            return None
        letters = sorted({ord(c) for g in vocabulary for c in g})
        base = len(letters) + 1
        if base ** hi >= 2 ** 62 or _SEPARATOR in letters or letters[-1] > 0xFFFF:
            return None
        number = np.zeros(letters[-1] + 2, dtype=np.int64)  # the last entry: any code above
        number[letters] = np.arange(1, base)
        by_n: dict[int, list[tuple[int, int]]] = {}
        for gram, column in vocabulary.items():
            key = 0
            for c in gram:
                key = key * base + int(number[ord(c)])
            by_n.setdefault(len(gram), []).append((key, column))
        grams = []
        for n, pairs in sorted(by_n.items()):
            pairs.sort()
            grams.append((n, np.array([k for k, _ in pairs], dtype=np.int64),
                          np.array([c for _, c in pairs], dtype=np.int64)))
        return cls(number, base, tuple(grams))

    def find(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every vocabulary n-gram in `texts` (prepared: char_text), each
        occurrence once, in no particular order: the texts are joined by a character outside the
        vocabulary, so an n-gram across two texts holds a 0 and matches nothing."""
        codes = np.frombuffer("\0".join(texts).encode("utf-32-le", "surrogatepass"),
                              dtype=np.uint32)
        ids = self.number[np.minimum(codes, len(self.number) - 1)]
        row = np.repeat(np.arange(len(texts)), [len(t) + 1 for t in texts])
        rows, cols = [], []
        for n, keys, columns in self.grams:
            m = len(ids) - n + 1
            if m <= 0:
                continue
            key = ids[:m].copy()
            for k in range(1, n):
                key *= self.base
                key += ids[k:k + m]
            order = np.argsort(key)  # sorted queries: searchsorted walks the keys in order
            key, at_row = key[order], row[:m][order]
            at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
            hit = keys[at] == key
            rows.append(at_row[hit])
            cols.append(columns[at[hit]])
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(rows), np.concatenate(cols)


_SEPARATOR = 0  # the code point joining texts in CharGrams.find ("\0")
# per fitted character vectoriser, built at its first use (from the artifact, not from a text)
_CHAR_GRAMS: weakref.WeakKeyDictionary[TfidfVectorizer, CharGrams | None] = weakref.WeakKeyDictionary()


def _char_grams(vec: TfidfVectorizer) -> CharGrams | None:
    if vec.analyzer != "char":
        return None
    if vec not in _CHAR_GRAMS:
        _CHAR_GRAMS[vec] = CharGrams.of(vec)
    return _CHAR_GRAMS[vec]


def _shortcut(vec: TfidfVectorizer) -> bool:
    """The configurations `_union_matrix` computes (the one `vectoriser()` makes)."""
    tf = vec._tfidf
    return not vec.binary and tf.norm == "l2" and tf.use_idf and vec.dtype is np.float64


def _union_matrix(union: FeatureUnion, texts: Sequence[str]):
    """`union.transform(texts)` (each part's tf-idf rows times its weight, side by side) without
    sklearn's and scipy's per-call checks and intermediate matrices: sklearn's own arithmetic in
    its order on the same entries, so the same matrix, built once.  Also returns the word part's
    (columns, values) of a single text (for `evidence`)."""
    weights = union.transformer_weights or {}
    parts = union.transformer_list
    if not all(_shortcut(vec) for _, vec in parts):  # a configuration the shortcut does not cover
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            return union.transform(texts), None
    n = len(texts)
    rows, cols, data, offsets, sizes = [], [], [], [], []
    offset = 0
    for _, vec in parts:  # CountVectorizer.transform, then TfidfTransformer.transform
        r, c, counts = _counts(vec, texts)
        d = counts.astype(np.float64)
        if vec._tfidf.sublinear_tf:
            np.log(d, d)
            d += 1.0
        d *= vec._tfidf.idf_[c]
        rows.append(r)
        cols.append(c)
        data.append(d)
        offsets.append(offset)
        sizes.append(len(vec.vocabulary_))
        offset += sizes[-1]
    # normalize(x, norm="l2") row by row of each part: the parts' rows stacked in one matrix
    stacked = np.concatenate([r + k * n for k, r in enumerate(rows)])
    values = np.concatenate(data)
    by_part_row = sparse.csr_array((values, np.concatenate(cols), _indptr(stacked, len(parts) * n)),
                                   shape=(len(parts) * n, max(sizes)))
    inplace_csr_row_normalize_l2(by_part_row)
    values = by_part_row.data
    word = None
    starts = np.cumsum([0] + [len(r) for r in rows])
    for k, (name, _) in enumerate(parts):
        part = values[starts[k]:starts[k + 1]]
        if name == "word" and n == 1:
            word = (cols[k], part.copy())
        part *= weights.get(name, 1.0)  # block * weight
    # sparse.hstack: each row holds the first part's entries, then the next part's (offset)
    all_rows = np.concatenate(rows)
    order = np.argsort(all_rows, kind="stable")
    columns = np.concatenate([c + o for c, o in zip(cols, offsets)])[order]
    x = sparse.csr_array((values[order], columns.astype(np.int32), _indptr(all_rows, n)),
                         shape=(n, offset))
    return x, word


def _indptr(rows: np.ndarray, n_rows: int) -> np.ndarray:
    """The CSR row pointer of entries whose rows (ascending) are `rows`."""
    indptr = np.zeros(n_rows + 1, dtype=np.int32)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
    return indptr


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
        joblib dispatch of the union, the parts' intermediate matrices): the same numbers."""
        x, word = _union_matrix(self.pipe.named_steps["features"], texts)
        if word is not None:
            self._last_word = (texts[0], word)  # evidence() of the same text reuses it
        clf: LogisticRegression = self.pipe.named_steps["clf"]
        scores = np.asarray(x @ clf.coef_.T) + clf.intercept_  # LogisticRegression.predict_proba
        if scores.shape[1] == 1:
            p1 = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - p1, p1])
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def _word_row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, tf-idf values) of the word part of `text`'s features."""
        last = getattr(self, "_last_word", None)
        if last is not None and last[0] == text:
            return last[1]
        word_vec: TfidfVectorizer = dict(self.pipe.named_steps["features"].transformer_list)["word"]
        row = word_vec.transform([text]).tocoo()
        return row.col, row.data

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
        cols, values = self._word_row(text)
        classes = self.classes
        if clf.coef_.shape[0] == 1:  # binary: one row of coefficients, for classes[1]
            coef = clf.coef_[0] * (1 if label == classes[1] else -1)
        else:
            coef = self._centred_coef(classes.index(label))
        n_word = len(word_vec.vocabulary_)
        coef = coef[:n_word]
        contrib = [(float(v * coef[j]), j) for j, v in zip(cols, values)]
        contrib = [c for c in contrib if c[0] > 0]
        contrib.sort(reverse=True)
        names = _feature_names(word_vec)
        idf = word_vec.idf_
        out: list[str] = []
        for _, j in contrib:
            if idf[j] < COMMON_IDF or all(w in _stopwords() for w in names[j].split(" ")):
                continue  # a word most examples share ("นักเรียน") or a function word explains nothing
            phrase = _as_written(names[j], text)
            if phrase is None or len(phrase) < 3 or any(phrase in o or o in phrase for o in out):
                continue
            out.append(phrase)
            if len(out) >= k:
                break
        return out


@lru_cache(maxsize=1)
@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    """Thai (pythainlp) and English (scikit-learn) function words: an English Part 2's evidence
    was "from", "the"."""
    from pythainlp.corpus import thai_stopwords
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    return frozenset(thai_stopwords()) | ENGLISH_STOP_WORDS


def _as_written(name: str, text: str) -> str | None:
    """A word n-gram feature (lower-cased tokens, digits as 0) as the text writes it: Thai words
    joined, English ones with their space and capitals ("teacher handbook"); None if not found."""
    tokens = [re.escape(w).replace("0", "[0-9๐-๙]+") for w in name.split(" ")]
    m = re.search(r"\s*".join(tokens), text, re.I)
    return m.group(0) if m else None


def _feature_names(vec: TfidfVectorizer) -> np.ndarray:
    names = getattr(vec, "_pa_names", None)
    if names is None:
        names = vec.get_feature_names_out()
        vec._pa_names = names  # cached on the fitted vectoriser
    return names
