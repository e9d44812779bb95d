"""Shared pieces of the sample generators: the form's fixed wording, digits, spec loading.

The fixed wording is the official PA 1/ส form (ว 9/2564 annex) as teachers retype it; the
scenario-specific text (names, tasks, challenge) comes from samples/specs/<scenario>.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parents[1]
SPECS = SAMPLES / "specs"
DOCUMENTS = SAMPLES / "documents"
EXPECTED = SAMPLES / "expected"

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans("0123456789", THAI_DIGITS)


def load_specs() -> list[dict[str, Any]]:
    """Every PA1 scenario spec, sorted by file name (the build order is deterministic)."""
    out = []
    for path in sorted(SPECS.glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        spec["scenario"] = path.stem
        out.append(spec)
    return out


def load_not_pa1() -> list[dict[str, Any]]:
    out = []
    for path in sorted((SPECS / "not-pa1").glob("*.json")):
        spec = json.loads(path.read_text(encoding="utf-8"))
        spec["scenario"] = path.stem
        out.append(spec)
    return out


class Digits:
    """Renders the form's own numbers (section numbers, list numbers) in the file's digits.

    "thai": everything the form prints is in Thai digits; "arabic": Arabic; "mixed": the
    header and section labels in Thai digits, list numbering in Arabic (typed by the teacher).
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def form(self, text: str) -> str:
        return text.translate(_TO_THAI) if self.mode in ("thai", "mixed") else text

    def list(self, text: str) -> str:
        return text.translate(_TO_THAI) if self.mode == "thai" else text


AREA_TITLES = {
    1: "ด้านการจัดการเรียนรู้",
    2: "ด้านการส่งเสริมและสนับสนุนการจัดการเรียนรู้",
    3: "ด้านการพัฒนาตนเองและวิชาชีพ",
}
AREA_SCOPES = {
    1: ("ลักษณะงานที่เสนอให้ครอบคลุมถึง การสร้างและหรือพัฒนาหลักสูตร การออกแบบการจัดการเรียนรู้ "
        "การจัดกิจกรรมการเรียนรู้ การสร้างและหรือพัฒนาสื่อ นวัตกรรม เทคโนโลยี และแหล่งเรียนรู้ "
        "การวัดและประเมินผลการจัดการเรียนรู้ การศึกษา วิเคราะห์ สังเคราะห์ เพื่อแก้ปัญหาหรือพัฒนาการเรียนรู้ "
        "การจัดบรรยากาศที่ส่งเสริมและพัฒนาผู้เรียน และการอบรมและพัฒนาคุณลักษณะที่ดีของผู้เรียน"),
    2: ("ลักษณะงานที่เสนอให้ครอบคลุมถึง การจัดทำข้อมูลสารสนเทศของผู้เรียนและรายวิชา "
        "การดำเนินการตามระบบดูแลช่วยเหลือผู้เรียน การปฏิบัติงานวิชาการ และงานอื่น ๆ ของสถานศึกษา "
        "และการประสานความร่วมมือกับผู้ปกครอง ภาคีเครือข่าย และหรือสถานประกอบการ"),
    3: ("ลักษณะงานที่เสนอให้ครอบคลุมถึง การพัฒนาตนเองอย่างเป็นระบบและต่อเนื่อง "
        "การมีส่วนร่วมในการแลกเปลี่ยนเรียนรู้ทางวิชาชีพเพื่อพัฒนาการจัดการเรียนรู้ "
        "และการนำความรู้ความสามารถ ทักษะที่ได้จากการพัฒนาตนเองและวิชาชีพมาใช้ในการพัฒนาการจัดการเรียนรู้ "
        "การพัฒนาคุณภาพผู้เรียน และการพัฒนานวัตกรรมการจัดการเรียนรู้"),
}
ITEM_TITLES = {
    "1.1": "สร้างและหรือพัฒนาหลักสูตร",
    "1.2": "ออกแบบการจัดการเรียนรู้",
    "1.3": "จัดกิจกรรมการเรียนรู้",
    "1.4": "สร้างและหรือพัฒนาสื่อ นวัตกรรม เทคโนโลยีและแหล่งเรียนรู้",
    "1.5": "วัดและประเมินผลการเรียนรู้",
    "1.6": "ศึกษา วิเคราะห์ และสังเคราะห์ เพื่อแก้ปัญหาหรือพัฒนาการเรียนรู้",
    "1.7": "จัดบรรยากาศที่ส่งเสริมและพัฒนาผู้เรียน",
    "1.8": "อบรมและพัฒนาคุณลักษณะที่ดีของผู้เรียน",
    "2.1": "จัดทำข้อมูลสารสนเทศของผู้เรียนและรายวิชา",
    "2.2": "ดำเนินการตามระบบดูแลช่วยเหลือผู้เรียน",
    "2.3": "ปฏิบัติงานวิชาการ และงานอื่น ๆ ของสถานศึกษา",
    "2.4": "ประสานความร่วมมือกับผู้ปกครอง ภาคีเครือข่าย และหรือสถานประกอบการ",
    "3.1": "พัฒนาตนเองอย่างเป็นระบบและต่อเนื่อง",
    "3.2": "มีส่วนร่วมในการแลกเปลี่ยนเรียนรู้ทางวิชาชีพ",
    "3.3": "นำความรู้ ความสามารถ ทักษะที่ได้จากการพัฒนาตนเองและวิชาชีพมาใช้ในการพัฒนาการจัดการเรียนรู้",
}
COLUMN_HEADS = (
    "ลักษณะงานที่เสนอให้ครอบคลุม",
    "งาน (Tasks)",
    "ผลลัพธ์ (Outcomes) ที่จะเกิดขึ้นกับผู้เรียนตามข้อตกลงที่คาดหวังให้เกิดขึ้น",
    "ตัวชี้วัด (Indicators) ที่จะเกิดขึ้นกับผู้เรียนที่แสดงให้เห็นถึงความก้าวหน้าในการพัฒนา",
)
CLASSROOM_LABELS = (
    ("general", "ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน"),
    ("early_childhood", "ห้องเรียนปฐมวัย"),
    ("special_education", "ห้องเรียนการศึกษาพิเศษ"),
    ("vocational", "ห้องเรียนสายวิชาชีพ"),
    ("non_formal", "ห้องเรียนการศึกษานอกระบบ / ตามอัธยาศัย"),
)
TICKS = {  # layout["ticks"] -> (ticked, unticked)
    "boxes": ("☑", "☐"),
    "crossed": ("☒", "☐"),
    "parens": ("(/)", "( )"),
    "brackets": ("[✓]", "[ ]"),
}
WORKLOAD_LABELS = (
    ("teaching", "1.1 ชั่วโมงสอนตามตารางสอน"),
    ("support", "1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้"),
    ("quality", "1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา"),
    ("policy", "1.4 งานตอบสนองนโยบายและจุดเน้น"),
)
PART1_TITLE = "ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง"
PART1_TASKS_INTRO = ("2. งานที่จะปฏิบัติตามมาตรฐานตำแหน่งครู (ให้ระบุรายละเอียดของงานที่จะปฏิบัติในแต่ละด้าน "
                     "ว่าจะปฏิบัติอย่างไร ซึ่งจะต้องสะท้อนให้เห็นถึงระดับการปฏิบัติที่คาดหวังตามมาตรฐานตำแหน่ง)")
PART2_TITLE = ("ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน")
PART2_HEADS = {
    "problem": "1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้",
    "method": "2. วิธีการดำเนินการให้บรรลุผล",
    "results": "3. ผลลัพธ์การพัฒนาที่คาดหวัง",
    "quantitative": "3.1 เชิงปริมาณ",
    "qualitative": "3.2 เชิงคุณภาพ",
}
LEVEL_PHRASES = {  # the Part 2 preamble's "expected practice level" wording, per rank id
    "teacher": "การปรับประยุกต์",
    "professional": "การแก้ไขปัญหา",
    "senior_professional": "การริเริ่ม พัฒนา",
    "expert": "การคิดค้น ปรับเปลี่ยน",
    "senior_expert": "การคิดค้นและสร้างการเปลี่ยนแปลง",
}


def list_label(style: str, n: int) -> str:
    """Typed list numbering as teachers write it: "1.", "1)", "(1)", "-", "•"."""
    return {"1.": f"{n}.", "1)": f"{n})", "(1)": f"({n})", "-": "-", "•": "•"}[style]


def task_codes(area: dict[str, Any]) -> dict[int, str]:
    """task index -> the item code written in front of it (first code that names the task)."""
    out: dict[int, str] = {}
    for code, indexes in area.get("items", {}).items():
        for i in indexes:
            out.setdefault(i, code)
    return out


def item_code_text(code: str, style: str) -> str:
    return {"plain": code, "paren": f"({code})", "indicator": f"ตัวชี้วัดที่ {code}"}[style]


def signature_lines(spec: dict[str, Any]) -> list[str]:
    w = spec["written"]
    full = f"{w['title']}{w['first']} {w['surname']}"
    return [
        "ลงชื่อ.....................................................ผู้จัดทำข้อตกลง",
        f"({full})",
        "ตำแหน่ง ครู",
        "ความเห็นของผู้อำนวยการสถานศึกษา",
        "( ) เห็นชอบให้เป็นข้อตกลงในการพัฒนางาน",
        "( ) ไม่เห็นชอบให้เป็นข้อตกลงในการพัฒนางาน และให้นำไปปรับปรุงแก้ไขใหม่ในประเด็น..............",
        "ลงชื่อ.....................................................",
        "(.....................................................)",
        "ตำแหน่ง ผู้อำนวยการ" + w.get("school_word", "สถานศึกษา"),
    ]


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
