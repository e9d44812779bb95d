"""The generous band (an item close to some task's reading) counts only when the task-coverage model
confirms the pair (item_mapper.band_confirmed, BAND_CONFIRM): across writers the band lent items no
task does."""

from __future__ import annotations

from models.checks import part1
from models.classifiers import item_mapper
from models.document import Area


def _uncovered(area: int, tasks: list[str]) -> set[str]:
    a = Area(area=area, tasks=tasks, items=item_mapper.map_items(area, tasks))
    return set(item_mapper.ITEMS_BY_AREA[area]) - part1.covered_items(a)[0]


def test_band_alone_does_not_lend_an_item_the_coverage_model_denies():
    # task_sets12 tc042: attendance and a trip report lent 3.2 by the band (P 0.23); the writer: 3.2, 3.3
    tasks = ["อบรมออนไลน์ตามหลักสูตรที่สำนักงานเขตพื้นที่กำหนด และเก็บเกียรติบัตรไว้ในแฟ้มสะสมงาน",
             "เข้าประชุมครูประจำเดือนและประชุมกลุ่มสาระตามนัดหมาย",
             "ลงเวลาปฏิบัติราชการ และส่งรายงานการไปราชการตามระเบียบ"]
    assert "3.2" in _uncovered(3, tasks)
    # task_sets26 tj036: project names only; "โครงการห้องเรียนสีขาว" lent 2.4 (P 0.14); the writer: 2.1, 2.4
    tasks = ["โครงการเยี่ยมบ้านนักเรียน", "โครงการห้องเรียนสีขาว", "โครงการอาหารกลางวัน",
             "โครงการโรงเรียนสุจริต"]
    assert {"2.1", "2.4"} <= _uncovered(2, tasks)


def test_band_still_lends_an_item_the_coverage_model_confirms():
    # task_sets4 tv056: teaching (1.3) only inside a compound task whose best reading is another item
    tasks = ["ปรับหน่วยการเรียนรู้ศิลปะ ป.๖ ให้มีงานจักสานไม้ไผ่และลายผ้าทอของหมู่บ้าน ออกแบบแผนการจัดการเรียนรู้"
             "แบบโครงงาน และจัดกิจกรรมให้นักเรียนสร้างผลงานร่วมกับช่างจักสานในหมู่บ้าน",
             "ทำคลิปสาธิตเทคนิคการสานลายขัดและตัวอย่างชิ้นงาน และประเมินผลงานด้วยแบบประเมินชิ้นงานและแฟ้มสะสมผลงาน",
             "วิเคราะห์ผลงานนักเรียนเพื่อหาขั้นตอนที่ยังทำไม่ได้ ศึกษาวิธีสอนทักษะปฏิบัติแบบสาธิตทีละขั้น "
             "และนำมาแก้ปัญหาในชั้นเรียน",
             "จัดห้องศิลปะให้มีพื้นที่ทำงานกลุ่มและที่จัดแสดงผลงาน ให้นักเรียนช่วยกันจัดนิทรรศการปลายภาค "
             "และปลูกฝังความอดทน ความประณีต และความภาคภูมิใจในภูมิปัญญาท้องถิ่น"]
    assert "1.3" not in _uncovered(1, tasks)


def test_band_confirmed_reads_the_band_task_only(monkeypatch):
    import numpy as np

    class Judge:
        def probabilities(self, area, tasks, raws, threshold):
            return np.array([[0.5 if "ก" in t else 0.01] * 3 for t in tasks])

    real = item_mapper.load
    monkeypatch.setattr(item_mapper, "load",
                        lambda name: Judge() if name == "items_coverage" else real(name))
    assert item_mapper.band_confirmed(3, ["ก", "ข"], {"3.2": 0, "3.3": 1}) == {"3.2"}
    assert item_mapper.band_confirmed(3, ["ก", " "], {"3.3": 1, "3.1": 5}) == set()
