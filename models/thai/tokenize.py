"""Thai word segmentation: pythainlp's newmm over its default word list plus our domain words.

One Tokenizer, built once (about a second: the dictionary trie) and cached.  Domain words
(models/rubric/lexicon/domain_words.txt) keep ตัวชี้วัด, ประเด็นท้าทาย, ผลสัมฤทธิ์ทางการเรียน … whole;
split words (split_words.txt) are default entries removed because they glue across a boundary
the checks read (ถูก|ต้องตาม hid ถูกต้อง).

Speed: newmm in Python was the largest share of a document's check, so `words` runs the same
algorithm through nlpo3 (PyThaiNLP's newmm in Rust) where that gives these tokens exactly, and
pythainlp's newmm (`reference_words`, the definition) everywhere else:
- the text is cut where newmm's own state always starts afresh: between a run of Thai letters and
  anything else (a non-Thai character or a Thai digit: newmm's non-Thai pattern, whose matches
  never hold a Thai letter, and no dictionary word holds a Thai digit or starts with a non-Thai
  character), except across a dictionary word holding a non-Thai character (น.ส., ตรง ๆ,
  พร้อมๆ กัน) and after a run ending in a look-ahead stem (เปลี่ย: pythainlp's clusters there
  read the next character);
- a run of Thai letters goes to nlpo3 (its dictionary: the same words without the non-Thai
  ones, which cannot occur in such a run) when both libraries cluster its characters alike
  (nlpo3 1.4 orders its look-ahead rules differently: เนียร์, เปลี่ยน); other characters become
  newmm's non-Thai tokens; any other piece (a run clustered differently, a piece across a
  kept-whole cut) goes to pythainlp's newmm; then pythainlp's post-processing (formatted numbers
  rejoined).  A text with a carriage return goes wholly to pythainlp.
Without nlpo3 1.4.0, or with other pythainlp newmm sources than those this was made against,
`words` is `reference_words`.  benchmarks/tokenizer_identity.py compares the two on every text
of the repository; tests/models/test_tokenize.py on edge cases and random mixtures.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from functools import cache, lru_cache

ENGINE = "newmm"
NLPO3_VERSION = "1.4.0"  # pyproject pins it: _NLPO3_TCC mirrors this version's cluster rules
# pythainlp/tokenize/newmm.py and tcc_p.py (pythainlp 5.4.0) as read for the cut points and the
# cluster comparison; other sources: `words` is `reference_words`
PYTHAINLP_NEWMM = "89070e9f0f28406d"

_THAI_LETTERS = "\u0E00-\u0E4F\u0E5A-\u0E7F"  # the Thai block without the Thai digits ๐-๙
_RUN = re.compile(f"[{_THAI_LETTERS}]+|[^{_THAI_LETTERS}]+")
_IS_THAI = re.compile(f"[{_THAI_LETTERS}]")
_LETTERS = re.compile(f"[{_THAI_LETTERS}]+")
_NOT_LETTER = re.compile(f"[^{_THAI_LETTERS}]")


def _tcc_rules(rules: list[str]) -> str:
    return "|".join(r.replace("k", "(cc?[dิ]?[์])?").replace("c", "[ก-ฮ]").replace("t", "[่-๋]?")
                    .replace("d", "ูุ") for r in rules)


# nlpo3 1.4's character clusters (src/tokenizer/tcc/tcc_rules.rs, tcc_tokenizer.rs), which differ
# from pythainlp's (pythainlp/tokenize/tcc_p.py): its two look-ahead rules (เccีtย, เc[ิีุู]tย
# before a consonant or a leading vowel) come last and take the next character, then give one
# character back (เนียร์ → เนียร|์; เหนียว → เห|…); c[ิุู]์ takes a final cluster; cรรc์ never
# matches.  A run of Thai letters whose clusters are the same under both goes to nlpo3.
_NLPO3_TCC = re.compile(_tcc_rules([
    "เc็ck", "เcctาะk", "เccีtยะk", "เcc็ck", "เcิc์ck", "เcิtck", "เcีtยะ?k", "เcืtอะ?k",
    "เctา?ะ?k", "cัtวะk", "c[ัื]tc[ุิะ]?k", "c[ิุู]์k", "c[ะ-ู]tk", "c็", "ct[ะาำ]?k", "ck",
    "แc็c", "แcc์", "แctะ", "แcc็c", "แccc์", "โctะ", "[เ-ไ]ct", "ก็", "อึ", "หึ",
    "(เccีtย)[เ-ไก-ฮ]k", "(เc[ิีุู]tย)[เ-ไก-ฮ]k"]))
_NLPO3_LOOKAHEAD = re.compile(_tcc_rules(["(เccีtย)[เ-ไก-ฮ]k", "(เc[ิีุู]tย)[เ-ไก-ฮ]k"]))
# where the two rule sets can cluster differently: a look-ahead rule's stem (เccีtย, เc[ิุู]tย),
# เcีtย with a final cluster (its match holds a look-ahead stem: nlpo3 gives the ์ back),
# c[ิุู]์ before a consonant, cรรc์.  A run without any is clustered alike by both (checked on
# 4.7 million runs: the repository's, random ones and every string of up to five of 23 letters)
_TCC_DIFFER = re.compile("เ[ก-ฮ][ก-ฮ]ี[่-๋]?ย|เ[ก-ฮ][ิุู][่-๋]?ย|เ[ก-ฮ]ี[่-๋]?ย[ก-ฮ][ก-ฮ]?[ุูิ]?์"
                         "|[ก-ฮ][ิุู]์[ก-ฮ]|[ก-ฮ]รร[ก-ฮ]์")
# a run ending in a look-ahead stem: pythainlp's clusters there depend on the next character
# (เcีย is rule 7's, tried before the look-ahead)
_LOOKAHEAD_END = re.compile("(?:เ[ก-ฮ][ก-ฮ]ี|เ[ก-ฮ][ิุู])[่-๋]?ย$")


def _same_clusters(run: str) -> bool:
    """Whether pythainlp's and nlpo3's character clusters of `run` (alone) end at the same
    places."""
    from pythainlp.tokenize.tcc_p import _PAT_TCC
    n, p = len(run), 0
    while p < n:
        m = _PAT_TCC.match(run, p)  # as tcc_p.tcc's match(text[p:]): no pattern matches empty
        o = _NLPO3_TCC.match(run, p)
        if o is not None and _NLPO3_LOOKAHEAD.match(run, p, o.end()):
            q = o.end() - 1
        else:
            q = o.end() if o else p + 1
        p = m.end() if m else p + 1
        if q != p:
            return False
    return True


@cache
def dictionary() -> frozenset[str]:
    """The words newmm matches: pythainlp's default list minus split words plus domain words."""
    from pythainlp.corpus.common import thai_words

    from models.rubric import lexicon

    return frozenset((set(thai_words()) - set(lexicon("split_words")))
                     | set(lexicon("domain_words")))


@cache
def _trie():
    from pythainlp.util import dict_trie

    return dict_trie(dictionary())


@cache
def tokenizer():
    from pythainlp.tokenize import Tokenizer

    return Tokenizer(custom_dict=_trie(), engine=ENGINE, keep_whitespace=True)


def reference_words(text: str) -> tuple[str, ...]:
    """pythainlp's newmm over our dictionary: the definition `words` keeps to."""
    if not text:
        return ()
    return tuple(tokenizer().word_tokenize(text))


@cache
def _fast():
    """(nlpo3, its dictionary's name, the non-Thai dictionary words by the characters around their
    first non-Thai one) or None when nlpo3 is not installed (then `words` is `reference_words`)."""
    try:
        import nlpo3
        from importlib.metadata import version
    except ImportError:
        return None
    if version("nlpo3") != NLPO3_VERSION or _pythainlp_newmm_sha256() != PYTHAINLP_NEWMM:
        return None  # not the pair the cut points and the cluster comparison were made for
    words = dictionary()
    thai = sorted(w for w in words if _LETTERS.fullmatch(w))
    name = "pa-review-" + hashlib.sha256("\n".join(thai).encode()).hexdigest()[:16]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(thai) + "\n")
    try:  # read into memory; a name already loaded is kept (same digest, same words)
        nlpo3.load_dict(f.name, name)
    finally:
        os.unlink(f.name)
    crossing: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
    for w in words:
        m = _NOT_LETTER.search(w)
        if m:  # no dictionary word starts with a non-Thai character or holds a Thai digit
            k = m.start()
            crossing.setdefault((w[k - 1], w[k], w[k + 1:k + 2]), []).append((w, k))
    _trie()  # pythainlp's trie for the pieces nlpo3 does not take: built now, not in a review
    return nlpo3, name, crossing


def _pythainlp_newmm_sha256() -> str:
    from pathlib import Path

    from pythainlp.tokenize import newmm, tcc_p
    h = hashlib.sha256()
    for module in (newmm, tcc_p):
        h.update(Path(module.__file__).read_bytes())
    return h.hexdigest()[:16]


@cache
def definition_sha256() -> str:
    """What fixes the tokens: the engine, pythainlp's newmm sources and the dictionary (its word
    list, our split and domain words).  The classifiers' artifacts hash it (models.classifiers.train):
    a change here retrains them."""
    h = hashlib.sha256(f"{ENGINE}\0{_pythainlp_newmm_sha256()}\0".encode())
    h.update("\n".join(sorted(dictionary())).encode())
    return h.hexdigest()


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Tokens of `text` in order; they concatenate back to `text` exactly (spaces are tokens)."""
    if not text:
        return ()
    fast = _fast()
    if fast is None or "\r" in text:
        return reference_words(text)
    return tuple(_segment(text, *fast))


def _nlpo3_exact(run: str) -> bool:
    return not _TCC_DIFFER.search(run) or _same_clusters(run)


@cache
def _newmm():
    """pythainlp's pieces `_segment` and `_piece` use (imported once, not on every call)."""
    from pythainlp.tokenize._utils import _DIGITS_WITH_SEPARATOR, rejoin_formatted_num
    from pythainlp.tokenize.newmm import _PAT_NONTHAI, segment

    return _PAT_NONTHAI, segment, _DIGITS_WITH_SEPARATOR, rejoin_formatted_num


def _rejoined(text: str, tokens: list[str]) -> list[str]:
    """pythainlp's post-processing (formatted numbers rejoined) of `text`'s tokens; a text with
    no formatted number (its own pattern, on the tokens joined: `text`) is left as it is."""
    _, _, formatted, rejoin_formatted_num = _newmm()
    return rejoin_formatted_num(tokens) if formatted.search(text) else tokens


def _segment(text: str, nlpo3, name: str, crossing) -> list[str]:
    runs = _RUN.findall(text)
    if len(runs) == 1 and _IS_THAI.match(text):
        return _rejoined(text, list(_piece(text)))
    # cut points: run boundaries, minus those inside a non-Thai dictionary word or after a
    # run ending in a look-ahead stem (and the newline after it: `$` matches before a last \n)
    cuts, pos = [], 0
    for r in runs[:-1]:
        pos += len(r)
        cuts.append(pos)
    drop: set[int] = set()
    thai_first = _IS_THAI.match(runs[0]) is not None  # runs alternate: Thai letters, others
    for i, q in enumerate(cuts):
        if (i % 2 == 0) != thai_first:
            continue  # the run before the cut is not Thai letters
        a, b = text[q - 1], text[q]
        if a == "ย" and _LOOKAHEAD_END.search(text, 0, q):
            drop.add(q)
            if b == "\n":
                drop.add(q + 1)
        for key in ((a, b, text[q + 1:q + 2]), (a, b, "")):
            for w, k in crossing.get(key, ()):
                s = q - k
                if s >= 0 and text.startswith(w, s):
                    e = s + len(w)
                    j = i
                    while j < len(cuts) and cuts[j] < e:
                        drop.add(cuts[j])
                        j += 1
    out: list[str] = []
    start = 0
    for end in [c for c in cuts if c not in drop] + [len(text)]:
        out += _piece(text[start:end])
        start = end
    return _rejoined(text, out)


@lru_cache(maxsize=8192)
def _piece(piece: str) -> tuple[str, ...]:
    """newmm's tokens of one piece of a text cut where newmm's state starts afresh (`_segment`):
    a run of Thai letters through nlpo3 when it clusters it as pythainlp does, newmm's non-Thai
    tokens for other characters, pythainlp's newmm for anything else (a run clustered
    differently, a piece across a kept-whole cut).  Cached: a document's texts share pieces (the
    analysis's and the classifiers' forms of a text differ in their digits, the clauses of a task
    are pieces of it); cleared with `words` (clear_caches)."""
    _PAT_NONTHAI, segment = _newmm()[:2]
    if _LETTERS.fullmatch(piece):
        if _nlpo3_exact(piece):
            nlpo3, name, _ = _fast()
            return tuple(nlpo3.segment(piece, name))
        return tuple(segment(piece, _trie()))
    if _IS_THAI.search(piece):  # Thai letters and others, kept together
        return tuple(segment(piece, _trie()))
    out = []  # newmm's non-Thai tokens (no dictionary word starts with a non-Thai character)
    p, n = 0, len(piece)
    while p < n:
        m = _PAT_NONTHAI.match(piece, p)
        e = m.end() if m else n  # no match: only a lone \r, sent to pythainlp above
        out.append(piece[p:e])
        p = e
    return tuple(out)


def clear_caches() -> None:
    """Forget every text's tokens (`words`) and every piece's (`_piece`)."""
    words.cache_clear()
    _piece.cache_clear()


def spans(tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(start, end) character offsets of each token."""
    out, pos = [], 0
    for t in tokens:
        out.append((pos, pos + len(t)))
        pos += len(t)
    return tuple(out)
