"""A teacher fixes the reviewed DOCX and uploads it again: the new copy carries this review's
comments only (last review's pa-review comments are taken out, never doubled or left stale),
while comments by anyone else (a colleague, the director) stay, and the text is untouched."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from lxml import etree

from service.annotate import AUTHOR, annotate_docx
from service.pipeline import review

SAMPLE = (Path(__file__).resolve().parents[2] / "samples" / "documents"
          / "heldout6-m2-science-professional.docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _annotate(data: bytes, name: str = "PA1.docx") -> bytes:
    return annotate_docx(data, review(data, name))


def _body_text(data: bytes) -> str:
    return "".join(t.text or "" for t in docx.Document(io.BytesIO(data)).element.body.iter(W + "t"))


def _markers(data: bytes) -> dict[str, list[str]]:
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return {tag: sorted(e.get(W + "id") for e in body.iter(W + tag))
            for tag in ("commentRangeStart", "commentRangeEnd", "commentReference")}


def test_reviewing_the_reviewed_file_again_does_not_double_the_comments():
    original = SAMPLE.read_bytes()
    first = _annotate(original)
    findings = len(review(original, "PA1.docx").findings)
    assert len(list(docx.Document(io.BytesIO(first)).comments)) == findings

    # A colleague adds a comment of their own in Word before the teacher uploads it again.
    edited = docx.Document(io.BytesIO(first))
    edited.add_comment(edited.paragraphs[0].runs, text="ตรวจทานแล้ว", author="ครูวิชาการ")
    buffer = io.BytesIO()
    edited.save(buffer)

    second = _annotate(buffer.getvalue())
    comments = list(docx.Document(io.BytesIO(second)).comments)
    assert sum(c.author == AUTHOR for c in comments) == findings
    assert [c.text for c in comments if c.author != AUTHOR] == ["ตรวจทานแล้ว"]
    assert _body_text(second) == _body_text(original)
    ids = {str(c.comment_id) for c in comments}
    marks = _markers(second)
    assert set(marks["commentRangeStart"]) == set(marks["commentRangeEnd"]) == ids
    assert set(marks["commentReference"]) == ids


def test_word_s_comment_threads_part_loses_the_removed_comments_only():
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    from service.annotate import remove_own_comments

    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    document = docx.Document(io.BytesIO(_annotate(SAMPLE.read_bytes())))
    document.add_comment(document.paragraphs[0].runs, text="ตรวจทานแล้ว", author="ครูวิชาการ")
    # What Word writes: a paraId on each comment's paragraph, and one commentEx per comment.
    comments = document.comments._comments_elm
    entries = []
    for n, comment in enumerate(comments.findall(W + "comment")):
        para_id = f"{n + 1:08X}"
        comment.find(W + "p").set(f"{{{w14}}}paraId", para_id)
        entries.append(f'<w15:commentEx w15:paraId="{para_id}" w15:done="0"/>')
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx '
            f'xmlns:w15="{w15}">{"".join(entries)}</w15:commentsEx>').encode()
    part = Part(PackURI("/word/commentsExtended.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
                blob, document.part.package)
    document.part.relate_to(part, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")
    colleague = next(c for c in comments.findall(W + "comment")
                     if c.get(W + "author") != AUTHOR).find(W + "p").get(f"{{{w14}}}paraId")

    assert remove_own_comments(document) == len(entries) - 1
    buffer = io.BytesIO()
    document.save(buffer)
    extended = etree.fromstring(zipfile.ZipFile(buffer).read("word/commentsExtended.xml"))
    assert [e.get(f"{{{w15}}}paraId") for e in extended] == [colleague]


def test_the_reviewed_copy_of_a_reviewed_copy_is_not_named_twice(tmp_path):
    from urllib.parse import unquote

    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.settings import Settings

    data = SAMPLE.read_bytes()
    with TestClient(create_app(Settings(data_dir=tmp_path, warm_up=False))) as client:
        names = []
        for upload in ("ครูธีรวัฒน์.docx", "ครูธีรวัฒน์-ผลการตรวจ.docx",
                       "ครูธีรวัฒน์-ผลการตรวจ (1).docx"):
            r = client.post("/api/v1/annotate", files={"file": (upload, data, "application/octet-stream")})
            assert r.status_code == 200
            names.append(unquote(r.headers["content-disposition"].split("UTF-8''")[1]))
    assert names == ["ครูธีรวัฒน์-ผลการตรวจ.docx"] * 3
