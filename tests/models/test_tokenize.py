"""The fast tokenizer (nlpo3 where it is exact) gives pythainlp newmm's tokens (the reference)."""

import random

import pytest

from models.thai import tokenize

pytestmark = pytest.mark.skipif(tokenize._fast() is None, reason="nlpo3 not installed")

TEXTS = [
    "ครูผู้สอนมีความรู้ ความเข้าใจ (ร้อยละ 80) น.ส.สมใจ ตรง ๆ เสีย ๑๒.๕ abc123 ไปๆ มาๆ ฯลฯ",
    "พร้อมๆ กัน ม.1/2 ข้อเสีย\nก",
    "นักเรียนร้อยละ 70 ขึ้นไปมีผลสัมฤทธิ์ทางการเรียนวิชาคณิตศาสตร์ไม่ต่ำกว่าระดับ 3.00",
    "ตรวจวัดชิ้นงานด้วยเวอร์เนียร์และไมโครมิเตอร์",  # เนียร์: clusters differ (pythainlp)
    "อ่านเวอร์เนียร์ผิด 1",
    "เปลี่ยนแปลงเกรียบเหนียว ๆ เสีย",  # look-ahead clusters, a run ending in ย
    "เสีย\n", "เสีย", "เสีย\nก", "เสีย.ก", "เปลี่ย", "เปลี่ย ",
    "ปีการศึกษา ๒๕๖๗ ภาคเรียนที่ ๑/๒๕๖๗ เวลา 08:30 น. 1,234.50 บาท",
    "ม.1-ม.3 ป.๔–ป.๖ “โครงงาน” ‘PLC’ … e-Learning, Google Classroom; Canva/Padlet",
    "ผบช.นครบาล สทท.11 ร.ร.บ้านหนองบัว พ.ศ.2567 ค.ศ. 2024",
    "  ช่องว่าง\tแท็บ\n\nบรรทัดว่าง  ",
    "ๆ ฯ ฯลฯ ๆๆ เด็กๆ ของๆ",
    "carriage\r\nreturn ครู\rนักเรียน",
    "สุขภาวะ ๑๐๐% (n=35) ≥ 80 ± 5 ÷ × → ★ ✓ ✔",
    "อาจารย์ พระพักตร์ สิทธิ์ ธรรม์ กรรม์ เม้าท์ จันทร์ ศุกร์",
    "การพัฒนาทักษะการวัดขนาดชิ้นงานของนักศึกษา ปวช.1 ด้วยการสอนแบบสาธิต",
    "A", "1", "๑", " ", ".", "ย", "์", "เ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_as_pythainlp_newmm(text):
    assert tokenize.words(text) == tokenize.reference_words(text)
    assert "".join(tokenize.words(text)) == text


def test_same_tokens_on_random_mixtures():
    """Dictionary words, punctuation, digits, Latin, Thai digits, spaces, ๆ and stray marks glued
    at random: 3000 texts (benchmarks/tokenizer_identity.py compares every repository text)."""
    rng = random.Random(20261124)
    words = sorted(tokenize.dictionary())
    thai = [chr(c) for c in range(0x0E01, 0x0E5C)]
    extra = [" ", ".", ",", "(", ")", "-", "/", ":", "1", "23", "4.5", "a", "AB", "๑", "๒๓", "ๆ",
             "ฯ", " ๆ", "\n", "\t", "“", "”", "%", "…", "ร์", "ย", "เ", "์", "ย ", "ย\n", "เปลี่ย",
             "เกิย", "เคลีย ", "เสีย", "เปลี่ย\n"]
    diff = []
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 12)):
            r = rng.random()
            if r < 0.6:
                parts.append(rng.choice(words))
            elif r < 0.8:
                parts.append(rng.choice(extra))
            else:
                parts.append("".join(rng.choice(thai) for _ in range(rng.randint(1, 4))))
        text = "".join(parts)
        if tokenize.words(text) != tokenize.reference_words(text):
            diff.append(text)
    assert diff == []


def test_clusters_compared_where_the_rules_differ():
    # pythainlp clusters เนียร์ whole, nlpo3 1.4 splits the ์ off; เปลี่ยน's look-ahead cluster
    assert not tokenize._same_clusters("เนียร์")
    assert not tokenize._nlpo3_exact("เวอร์เนียร์")
    assert tokenize._nlpo3_exact("นักเรียน")
    assert tokenize._nlpo3_exact("ครูผู้สอน")


def test_reference_trie_built_at_start_up():
    """pythainlp's trie (seconds to build) is made with nlpo3's dictionary, not inside the first
    review whose text holds a piece nlpo3 does not take (ม.1, เวอร์เนียร์)."""
    tokenize._fast.cache_clear()
    tokenize._trie.cache_clear()
    tokenize.words.cache_clear()
    tokenize.words("ครูผู้สอน")
    assert tokenize._trie.cache_info().currsize == 1


@pytest.mark.parametrize("text", [
    "ขณะนี้เวลา 12:00น อัตราแลกเปลี่ยน 1,234.5 baht", "IP 127.0.0.1 ครับ", "ร้อยละ 80.50 ของนักเรียน",
    "นักเรียนร้อยละ 80 ผ่านเกณฑ์", "ม.3/2 จำนวน 35 คน", "ปีการศึกษา 2567", "", "1.", ".5", "1,", "1,2",
])
def test_rejoin_skipped_only_without_a_formatted_number(text):
    """_segment skips pythainlp's rejoin_formatted_num when its own pattern finds no formatted
    number in the text (speed, round 12): the tokens are the same as with it."""
    from pythainlp.tokenize._utils import rejoin_formatted_num

    tokens = list(tokenize.reference_words(text)) if text else []
    assert tokenize._rejoined(text, list(tokens)) == rejoin_formatted_num(list(tokens))
    assert tokenize.words(text) == tokenize.reference_words(text)
