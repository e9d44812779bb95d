"""Hand-built RawDocuments for the PA1 parser tests (no reader involved)."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.raw import Cell, Paragraph, RawDocument, Row, Table
from models.document import SourceRef


@dataclass
class C:
    """A cell spec: text (one paragraph, "\\n" = soft break) or a list of paragraphs, or a nested
    Table; `col` forces the grid column (after a vMerge continuation that is not repeated)."""

    content: str | list | Table = ""
    span: int = 1
    col: int | None = None
    rows: int = 1
    labels: list[str | None] | None = None


@dataclass
class Doc:
    fmt: str = "docx"
    blocks: list = field(default_factory=list)
    _paras: int = 0
    _tables: int = 0

    def p(self, text: str, *, label: str | None = None, confidence: float = 1.0) -> "Doc":
        self.blocks.append(Paragraph(text, SourceRef(kind="paragraph", paragraph=self._paras),
                                     label=label, confidence=confidence))
        self._paras += 1
        return self

    def lines(self, text: str) -> "Doc":
        for line in text.strip("\n").split("\n"):
            self.p(line.strip())
        return self

    def table(self, rows: list[list], n_cols: int | None = None) -> "Doc":
        t = build_table(rows, self._tables, n_cols)
        self.blocks.append(t)
        self._tables += 1
        return self

    def raw(self) -> RawDocument:
        return RawDocument(format=self.fmt, blocks=list(self.blocks))


def build_table(rows: list[list], table_index: int = 0, n_cols: int | None = None,
                nested: tuple[int, ...] = ()) -> Table:
    out_rows = []
    width = 0
    for r, row in enumerate(rows):
        cells, col = [], 0
        for c_index, spec in enumerate(row):
            if not isinstance(spec, C):
                spec = C(spec)
            if spec.col is not None:
                col = spec.col
            ref = SourceRef(kind="cell", table=table_index, row=r, cell=c_index, nested=nested)
            blocks: list = []
            content = spec.content
            if isinstance(content, Table):
                blocks = [content]
            else:
                texts = content if isinstance(content, list) else ([content] if content else [])
                for line, text in enumerate(texts):
                    if isinstance(text, Table):
                        blocks.append(text)
                        continue
                    label = spec.labels[line] if spec.labels and line < len(spec.labels) else None
                    blocks.append(Paragraph(text, SourceRef(kind="cell", table=table_index, row=r,
                                                            cell=c_index, nested=nested, line=line),
                                            label=label))
            cells.append(Cell(blocks, ref, grid_col=col, grid_span=spec.span, row_span=spec.rows))
            col += spec.span
        width = max(width, col)
        out_rows.append(Row(cells))
    return Table(out_rows, SourceRef(kind="cell", table=table_index, nested=nested), n_cols or width)


HEADER = """
แบบข้อตกลงในการพัฒนางาน (PA 1/ส)
สำหรับข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู วิทยฐานะครูชำนาญการ
(ทุกสังกัด)
ปีงบประมาณ พ.ศ. 2566
ระหว่างวันที่ 1 ตุลาคม 2565 ถึงวันที่ 30 กันยายน 2566
ผู้จัดทำข้อตกลง
ชื่อ นายสมชาย  นามสกุล ใจดี   ตำแหน่ง ครู   วิทยฐานะ ชำนาญการ
สถานศึกษา โรงเรียนบ้านหนองบัว   สังกัด สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1
รับเงินเดือนในอันดับ คศ.2 อัตราเงินเดือน 32,500 บาท
ประเภทห้องเรียนที่จัดการเรียนรู้ (สามารถระบุได้มากกว่า 1 ประเภทห้องเรียน)
☑ ห้องเรียนวิชาสามัญหรือวิชาพื้นฐาน
☐ ห้องเรียนปฐมวัย
☐ ห้องเรียนการศึกษาพิเศษ
☐ ห้องเรียนสายวิชาชีพ
☐ ห้องเรียนการศึกษานอกระบบ / ตามอัธยาศัย
ข้าพเจ้าขอแสดงเจตจำนงในการจัดทำข้อตกลงในการพัฒนางานตำแหน่งครู วิทยฐานะชำนาญการ ซึ่งเป็นตำแหน่ง/วิทยฐานะที่ดำรงอยู่ในปัจจุบันกับผู้อำนวยการสถานศึกษา ไว้ดังต่อไปนี้
"""

WORKLOAD = """
ส่วนที่ 1 ข้อตกลงในการพัฒนางานตามมาตรฐานตำแหน่ง
1. ภาระงาน จะมีภาระงานเป็นไปตามที่ ก.ค.ศ. กำหนด ดังนี้
1.1 ชั่วโมงสอนตามตารางสอน รวมจำนวน 18 ชั่วโมง/สัปดาห์ ดังนี้
รายวิชา ค14101 คณิตศาสตร์ 4 จำนวน 5 ชั่วโมง/สัปดาห์
รายวิชา ว14101 วิทยาศาสตร์ 4 จำนวน 13 ชั่วโมง/สัปดาห์
1.2 งานส่งเสริมและสนับสนุนการจัดการเรียนรู้ จำนวน 4 ชั่วโมง/สัปดาห์
1.3 งานพัฒนาคุณภาพการจัดการศึกษาของสถานศึกษา จำนวน 2 ชั่วโมง/สัปดาห์
1.4 งานตอบสนองนโยบายและจุดเน้น จำนวน 1 ชั่วโมง/สัปดาห์
รวมทั้งสิ้น 25 ชั่วโมง/สัปดาห์
2. งานที่จะปฏิบัติตามมาตรฐานตำแหน่งครู (ให้ระบุรายละเอียดของงานที่จะปฏิบัติในแต่ละด้าน)
"""

PART2 = """
ส่วนที่ 2 ข้อตกลงในการพัฒนางานที่เป็นประเด็นท้าทายในการพัฒนาผลลัพธ์การเรียนรู้ของผู้เรียน
ประเด็นท้าทาย เรื่อง การพัฒนาทักษะการแก้โจทย์ปัญหาคณิตศาสตร์ของนักเรียนชั้นประถมศึกษาปีที่ 4
1. สภาพปัญหาของผู้เรียนและการจัดการเรียนรู้
นักเรียนร้อยละ 57 มีคะแนนต่ำกว่าเกณฑ์
ครูใช้วิธีบรรยายเป็นหลัก
2. วิธีการดำเนินการให้บรรลุผล
1) วิเคราะห์ผู้เรียนรายบุคคล (ต.ค. 2565)
2) สร้างแบบฝึกทักษะ 5 ชุด
3) ประเมินผลหลังเรียน
3. ผลลัพธ์การพัฒนาที่คาดหวัง
3.1 เชิงปริมาณ
- นักเรียนร้อยละ 75 มีคะแนนผ่านเกณฑ์ร้อยละ 70
3.2 เชิงคุณภาพ
- นักเรียนแก้โจทย์ปัญหาได้อย่างเป็นขั้นตอน
ลงชื่อ....................................ผู้จัดทำข้อตกลง
(นายสมชาย ใจดี)
ความเห็นของผู้อำนวยการสถานศึกษา
"""

TABLE_HEAD = ["ลักษณะงานที่เสนอให้ครอบคลุม", "งาน (Tasks)",
              "ผลลัพธ์ (Outcomes) ที่จะเกิดขึ้นกับผู้เรียนที่คาดหวังให้เกิดขึ้น",
              "ตัวชี้วัด (Indicators) ที่จะเกิดขึ้นกับผู้เรียนที่แสดงให้เห็นถึงความก้าวหน้า"]
