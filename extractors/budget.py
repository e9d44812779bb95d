"""A time budget that readers check between units of work, so no reader runs away."""

from __future__ import annotations

import time

from extractors.errors import UnreadableFile


class Budget:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise UnreadableFile(
                "timeout",
                f"อ่านไฟล์ไม่เสร็จภายใน {self.seconds:g} วินาที ไฟล์อาจซับซ้อนหรือเสียหาย",
                f"Reading the file did not finish within {self.seconds:g} seconds: "
                "it may be too complex or damaged.",
                status=422,
            )
