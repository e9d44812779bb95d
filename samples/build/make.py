"""Regenerate the whole sample corpus from samples/specs/ (deterministic order and content).

    python -m samples.build            # everything
    python -m samples.build --only p4-math-professional --no-pdf

Per PA1 scenario (samples/specs/<scenario>.json):
- documents/<scenario>.docx                 python-docx, TH SarabunPSK 16pt (producer "docx")
- documents/<scenario>.lo.docx              that DOCX re-saved by LibreOffice (layout.lo_resave)
- documents/<scenario>.lo-<font>.pdf        LibreOffice DOCX→PDF with the DOCX's font set to
                                            TH SarabunPSK / TH Sarabun New / Garuda (two per
                                            scenario, rotating, so each producer has ≥ 5 files)
- documents/<scenario>.chrome-thsarabunnew.pdf   Chromium print-to-PDF of an HTML rendering
- expected/<scenario>.document.json         = spec["document"], the golden extraction
Non-PA1 documents (samples/specs/not-pa1/*.json) → documents/not-pa1/<name>.docx and .pdf,
listed in expected/not-pa1.json.

PDF creation dates, /ID and /DocChecksum are pinned (same length, offsets intact), and DOCX zips
get fixed timestamps, so a rebuild with the same LibreOffice/Chromium/fonts is byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # `python samples/build/make.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from samples.build.common import DOCUMENTS, EXPECTED, dump_json, load_not_pa1, load_specs  # noqa: E402
from samples.build.docx_render import render_docx  # noqa: E402
from samples.build.html_render import render_html  # noqa: E402
from samples.build.not_pa1 import render_not_pa1_docx  # noqa: E402

LO_FONTS = {  # producer suffix -> font family written into the DOCX before conversion
    "lo-thsarabunpsk": "TH SarabunPSK",
    "lo-thsarabunnew": "TH Sarabun New",
    "lo-garuda": "Garuda",
}
ROTATION = (("lo-thsarabunpsk", "lo-thsarabunnew"), ("lo-thsarabunnew", "lo-garuda"),
            ("lo-garuda", "lo-thsarabunpsk"))


def lo_producers(index: int, spec: dict) -> tuple[str, ...]:
    return tuple(spec["layout"].get("lo_pdf", ROTATION[index % 3]))


_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)")
_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]{32})")


def pin_pdf(data: bytes) -> bytes:
    """Pin the producer's clock: creation/modification dates, /ID and LibreOffice's /DocChecksum
    become fixed or content-derived values of the same length (offsets and xref stay valid),
    so a rebuild is byte-identical. Nothing else of the producer's output is touched."""
    data = _DATE.sub(rb"\g<1>20230501090000", data)
    blank = _CHECKSUM.sub(lambda m: m.group(1) + b"0" * 32, _ID.sub(
        lambda m: m.group(1) + b"0" * 32 + m.group(3) + b"0" * 32 + m.group(5), data))
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = _ID.sub(lambda m: m.group(1) + digest + m.group(3) + digest + m.group(5), data)
    return _CHECKSUM.sub(lambda m: m.group(1) + digest, data)


def copy_pdf(src: Path, dst: Path) -> None:
    dst.write_bytes(pin_pdf(src.read_bytes()))


_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def pin_docx(data: bytes) -> bytes:
    """A LibreOffice-saved DOCX with its save time pinned (core.xml dates, zip timestamps)."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "docProps/core.xml":
                body = _CORE_DATE.sub(rb"\g<1>2023-05-01T09:00:00Z\g<2>", body)
            info = zipfile.ZipInfo(name, date_time=(2023, 5, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, body)
    return out.getvalue()


def soffice(args: list[str], profile: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", *args]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


def chromium_pdf(html: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", f"--print-to-pdf={out}", "--no-pdf-header-footer",
               html.as_uri()]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out.write_bytes(pin_pdf(out.read_bytes()))


def validate(spec: dict) -> None:
    """The golden must be a valid contract document, and the layout must account for every entry."""
    from models.document import Pa1Document
    doc = Pa1Document.model_validate(spec["document"])
    if doc.dump() != spec["document"]:
        raise ValueError(f"{spec['scenario']}: document is not in canonical form")
    lay = spec["layout"]
    for area in spec["document"]["part1"]["areas"]:
        n = str(area["area"])
        if lay["part1"] in ("item-rows", "merged"):
            rows = lay["rows"][n]
            for k, field in enumerate(("tasks", "outcomes", "indicators"), start=1):
                if sum(r[k] for r in rows) != len(area[field]):
                    raise ValueError(f"{spec['scenario']}: area {n} {field} do not match layout rows")
        if lay["part1"] == "item-rows":
            want, i = {}, 0
            for code, nt, _, _ in lay["rows"][n]:
                if nt:
                    want[code] = list(range(i, i + nt))
                i += nt
            if want != area["items"]:
                raise ValueError(f"{spec['scenario']}: area {n} items {area['items']} != rows {want}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="scenario names")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    specs = load_specs()
    if args.only:
        specs = [s for s in specs if s["scenario"] in args.only]
    DOCUMENTS.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    all_specs = load_specs()
    if not args.only and not args.no_pdf:  # a full build regenerates everything: drop stale outputs
        for old in [*DOCUMENTS.glob("*.docx"), *DOCUMENTS.glob("*.pdf"), *DOCUMENTS.glob("not-pa1/*")]:
            old.unlink()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        profile = tmp / "lo-profile"
        by_font: dict[str, list[Path]] = {p: [] for p in LO_FONTS}
        resave: list[Path] = []
        for spec in specs:
            name = spec["scenario"]
            validate(spec)
            # LibreOffice PDF rotation counts within the spec's split, so adding held-out specs
            # leaves the development scenarios' producers (and bytes) as they were
            split = spec.get("split", "development")
            index = [s["scenario"] for s in all_specs if s.get("split", "development") == split].index(name)
            (EXPECTED / f"{name}.document.json").write_text(dump_json(spec["document"]), encoding="utf-8")
            docx = DOCUMENTS / f"{name}.docx"
            docx.write_bytes(render_docx(spec))
            print(f"{name}: docx", file=sys.stderr)
            if spec["layout"].get("lo_resave"):
                resave.append(docx)
            if args.no_pdf:
                continue
            for producer in lo_producers(index, spec):
                d = tmp / producer
                d.mkdir(exist_ok=True)
                path = d / f"{name}.{producer}.docx"
                path.write_bytes(render_docx(spec, font=LO_FONTS[producer]))
                by_font[producer].append(path)
            html = tmp / f"{name}.html"
            html.write_text(render_html(spec), encoding="utf-8")
            chromium_pdf(html, DOCUMENTS / f"{name}.chrome-thsarabunnew.pdf")
            print(f"{name}: chrome pdf", file=sys.stderr)
        if resave:
            out = tmp / "resaved"
            soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), *map(str, resave)], profile)
            for src in resave:
                (DOCUMENTS / f"{src.stem}.lo.docx").write_bytes(pin_docx((out / src.name).read_bytes()))
            print(f"lo re-saved {len(resave)} docx", file=sys.stderr)
        for producer, paths in by_font.items():
            if not paths:
                continue
            out = tmp / f"pdf-{producer}"
            soffice(["--convert-to", "pdf", "--outdir", str(out), *map(str, paths)], profile)
            for p in paths:
                copy_pdf(out / f"{p.stem}.pdf", DOCUMENTS / f"{p.stem}.pdf")
            print(f"{producer}: {len(paths)} pdf", file=sys.stderr)
        if not args.only:
            build_not_pa1(tmp, profile, pdf=not args.no_pdf)
    return 0


def build_not_pa1(tmp: Path, profile: Path, pdf: bool = True) -> None:
    folder = DOCUMENTS / "not-pa1"
    folder.mkdir(exist_ok=True)
    listing = []
    paths = []
    for spec in load_not_pa1():
        name = spec["scenario"]
        path = folder / f"{name}.docx"
        path.write_bytes(render_not_pa1_docx(spec))
        paths.append(path)
        listing.append({"file": f"documents/not-pa1/{name}.docx", "kind": spec["kind"], "is_pa1": False,
                        "document": None, "findings": ["document.not-pa1"]})
        listing.append({"file": f"documents/not-pa1/{name}.pdf", "kind": spec["kind"], "is_pa1": False,
                        "document": None, "findings": ["document.not-pa1"]})
    if pdf and paths:
        out = tmp / "pdf-not-pa1"
        soffice(["--convert-to", "pdf", "--outdir", str(out), *map(str, paths)], profile)
        for p in paths:
            copy_pdf(out / f"{p.stem}.pdf", folder / f"{p.stem}.pdf")
    (EXPECTED / "not-pa1.json").write_text(dump_json(listing), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
