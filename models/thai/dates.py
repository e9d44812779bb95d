"""Thai dates as PA1 forms write them: "1 ตุลาคม 2565", "1 ต.ค. 65", "๓๐ ก.ย. ๒๕๖๖".

Years stay Buddhist Era (BE). A 2-digit year means 25xx ("65" → 2565). Dates are returned
ISO-shaped ("2565-10-01") exactly as written, even when the day does not exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.thai.normalize import to_arabic_digits

# Full names and the abbreviations seen in forms (with or without dots / spaces between them).
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "ม.ค."),
    2: ("กุมภาพันธ์", "ก.พ."),
    3: ("มีนาคม", "มี.ค."),
    4: ("เมษายน", "เม.ย."),
    5: ("พฤษภาคม", "พ.ค."),
    6: ("มิถุนายน", "มิ.ย."),
    7: ("กรกฎาคม", "ก.ค."),
    8: ("สิงหาคม", "ส.ค."),
    9: ("กันยายน", "ก.ย."),
    10: ("ตุลาคม", "ต.ค."),
    11: ("พฤศจิกายน", "พ.ย."),
    12: ("ธันวาคม", "ธ.ค."),
}


def _month_pattern(name: str) -> str:
    if "." in name:  # abbreviation: dots optional, spaces allowed after them ("ต. ค.", "ตค")
        letters = [part for part in name.split(".") if part]
        return r"\.?\s?".join(map(re.escape, letters)) + r"\.?"
    return re.escape(name)


_MONTH_ALTS = sorted(((_month_pattern(n), m) for m, names in MONTHS.items() for n in names),
                     key=lambda x: -len(x[0]))
_MONTH_RE = "|".join(f"(?P<m{i}>{p})" for i, (p, _) in enumerate(_MONTH_ALTS))
_DIGIT = r"[0-9๐-๙]"
DATE_RE = re.compile(
    rf"(?<![0-9๐-๙])(?P<day>{_DIGIT}{{1,2}})\s*(?:เดือน\s*)?(?:{_MONTH_RE})\s*(?:พ\.?\s?ศ\.?\s*)?"
    rf"(?P<year>{_DIGIT}{{4}}|{_DIGIT}{{2}})(?![0-9๐-๙])")


@dataclass(frozen=True)
class ThaiDate:
    year: int  # BE
    month: int
    day: int
    start: int  # span in the searched text
    end: int

    @property
    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def to_int(text: str) -> int | None:
    """`"๒๕๖๖"` → 2566; None when there is no digit."""
    digits = re.sub(r"\D", "", to_arabic_digits(text))
    return int(digits) if digits else None


def be_year(text: str) -> int | None:
    """A year as written, to BE: `"2566"`/`"๒๕๖๖"` → 2566, `"66"` → 2566. None if not a year."""
    value = to_int(text)
    if value is None:
        return None
    if value < 100:
        return 2500 + value
    if 1000 <= value <= 9999:
        return value
    return None


def month_number(text: str) -> int | None:
    """`"ต.ค."`, `"ตค"`, `"ตุลาคม"` → 10."""
    text = text.strip()
    for i, (pattern, month) in enumerate(_MONTH_ALTS):
        if re.fullmatch(pattern, text):
            return month
    return None


def find_dates(text: str) -> list[ThaiDate]:
    """Every "day month year" in `text`, in order."""
    out: list[ThaiDate] = []
    for m in DATE_RE.finditer(text):
        month = next(_MONTH_ALTS[int(k[1:])][1] for k, v in m.groupdict().items()
                     if k.startswith("m") and v)
        year = be_year(m.group("year"))
        day = to_int(m.group("day"))
        if year is None or day is None:
            continue
        out.append(ThaiDate(year, month, day, m.start(), m.end()))
    return out


def parse_date(text: str) -> str | None:
    """The first date in `text`, ISO-shaped BE ("2565-10-01"), or None."""
    found = find_dates(text)
    return found[0].iso if found else None


def period_for_fiscal_year_be(year: int) -> tuple[str, str]:
    """Fiscal year 2566 (BE) runs 1 ต.ค. 2565 – 30 ก.ย. 2566: `("2565-10-01", "2566-09-30")`."""
    return f"{year - 1:04d}-10-01", f"{year:04d}-09-30"


def thai_date(iso_be: str | None, *, abbreviated: bool = True) -> str | None:
    """`"2565-10-01"` → `"1 ต.ค. 2565"` (or `"1 ตุลาคม 2565"`); None when not ISO-shaped."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso_be or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    name = MONTHS[int(m.group(2))][1 if abbreviated else 0]
    return f"{int(m.group(3))} {name} {m.group(1)}"
