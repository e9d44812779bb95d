"""Thai word segmentation: pythainlp's newmm over its default word list plus our domain words.

One Tokenizer, built once (about a second: the dictionary trie) and cached.  Domain words
(models/rubric/lexicon/domain_words.txt) keep ตัวชี้วัด, ประเด็นท้าทาย, ผลสัมฤทธิ์ทางการเรียน … whole;
split words (split_words.txt) are default entries removed because they glue across a boundary
the checks read (ถูก|ต้องตาม hid ถูกต้อง).
"""

from __future__ import annotations

from functools import cache, lru_cache

ENGINE = "newmm"


@cache
def tokenizer():
    from pythainlp.corpus.common import thai_words
    from pythainlp.tokenize import Tokenizer
    from pythainlp.util import dict_trie

    from models.rubric import lexicon

    words = (set(thai_words()) - set(lexicon("split_words"))) | set(lexicon("domain_words"))
    trie = dict_trie(words)
    return Tokenizer(custom_dict=trie, engine=ENGINE, keep_whitespace=True)


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Tokens of `text` in order; they concatenate back to `text` exactly (spaces are tokens)."""
    if not text:
        return ()
    return tuple(tokenizer().word_tokenize(text))


def spans(tokens: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """(start, end) character offsets of each token."""
    out, pos = [], 0
    for t in tokens:
        out.append((pos, pos + len(t)))
        pos += len(t)
    return tuple(out)
