"""The one error every reader raises for a file it cannot read."""

from __future__ import annotations


class UnreadableFile(Exception):
    """A file pa-review cannot read, with the reason in Thai and English.

    `code` is stable (tests, API clients and batch reports use it): empty, too-large,
    unsupported-type, corrupt, not-docx, encrypted, zip-bomb, xml-attack, too-many-pages,
    scanned, timeout, internal.
    """

    def __init__(self, code: str, message_th: str, message_en: str, *, status: int = 422):
        super().__init__(f"{code}: {message_en}")
        self.code = code
        self.message_th = message_th
        self.message_en = message_en
        self.status = status  # the HTTP status the service answers with (always 4xx)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message_th": self.message_th, "message_en": self.message_en}
