"""A faster reading of page content streams for pdfminer's interpreter, same objects out.

pdfminer.six tokenises content streams with a character-level state machine (PSBaseParser)
that costs about three quarters of a page's parse. `content_objects()` gives the same
top-level objects (operands, operators, arrays, dicts) in one regex-driven pass per stream,
copying pdfminer's token rules, quirks included (a `\\q` escape drops the `q`, a `>` on its own
is ignored, a number like `1.2.3` is `1.2` then `.3`). Whatever it does not handle the same way
for sure — inline images, `#` escapes in names, an odd dictionary, unbalanced brackets, a
string or a token cut at a stream's end — makes it return None, and `FastInterpreter` runs
pdfminer's own parser for that content instead. `test_pdf_content.py` compares the two on
every content stream of the corpus and the sample PDFs.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from pdfminer import settings
from pdfminer.pdfinterp import PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psparser import KWD, LIT, PSKeyword, keyword_name, literal_name

# One token at a time, after whitespace (and NULs, which pdfminer skips between tokens):
# number | float starting with "." | keyword | name | "<<" | hex string start | ">" | "(" |
# comment | any other single character (a one-letter operator or bracket).
_TOKEN = re.compile(
    rb"[\s\x00]*(?:"
    rb"(?P<num>[-+0-9][0-9]*(?P<frac>\.[0-9]*)?)"
    rb"|(?P<dot>\.[0-9]*)"
    rb"|(?P<kw>[A-Za-z][^#/%\[\]()<>{}\s]*)"
    rb"|/(?P<name>[^#/%\[\]()<>{}\s]*)(?P<hash>#?)"
    rb"|(?P<dict><<)"
    rb"|<(?P<hex>[\s0-9a-fA-F]*)(?P<hexend>[^\s0-9a-fA-F]?)"
    rb"|(?P<close>>>?)"
    rb"|(?P<str>\()"
    rb"|%[^\r\n]*"
    rb"|(?P<other>[^\s\x00])"
    rb")?")
_SPC = re.compile(rb"\s")
_HEX_PAIR = re.compile(rb"[0-9a-fA-F]{2}|.")
_END_STRING = re.compile(rb"[()\\]")
_ESC = {b"b"[0]: 8, b"t"[0]: 9, b"n"[0]: 10, b"f"[0]: 12, b"r"[0]: 13, b"("[0]: 40,
        b")"[0]: 41, b"\\"[0]: 92}
_OCT = frozenset(b"01234567")
_ARRAY_BEGIN, _ARRAY_END = KWD(b"["), KWD(b"]")
_PROC_BEGIN, _PROC_END = KWD(b"{"), KWD(b"}")
_DICT_END = KWD(b">>")
_BI, _ID = KWD(b"BI"), KWD(b"ID")
_TRUE_FALSE = {b"true": True, b"false": False}


class _Fallback(Exception):
    """Content this reader does not handle exactly like pdfminer: use pdfminer's parser."""


def _string(data: bytes, i: int) -> tuple[bytes, int]:
    """A literal string whose "(" ends at i → (its bytes, the index after its ")").
    pdfminer's _parse_string/_parse_string_1, including its handling of unknown escapes."""
    out = bytearray()
    depth = 1
    n = len(data)
    while True:
        m = _END_STRING.search(data, i)
        if m is None:
            raise _Fallback  # unterminated: pdfminer would carry it into the next stream
        j = m.start()
        out += data[i:j]
        c = data[j]
        if c == 0x5C:  # backslash
            i = j + 1
            if i >= n:
                raise _Fallback
            oct_digits = b""
            while i < n and data[i] in _OCT and len(oct_digits) < 3:
                oct_digits += data[i:i + 1]
                i += 1
            if oct_digits:
                code = int(oct_digits, 8)
                if code >= 256:
                    raise _Fallback  # pdfminer asserts
                out.append(code)
                continue
            esc = data[i]
            if esc in _ESC:
                out.append(_ESC[esc])
            elif esc == 0x0D and i + 1 < n and data[i + 1] == 0x0A:
                i += 1
            i += 1  # any other escaped character is dropped, as pdfminer does
            continue
        if c == 0x28:  # (
            depth += 1
            out.append(c)
            i = j + 1
            continue
        depth -= 1  # )
        if depth:
            out.append(c)
            i = j + 1
            continue
        return bytes(out), j + 1


def _tokens(data: bytes, out: list[Any], stack: list[tuple[str, list[Any]]]) -> None:
    """Append one stream's top-level objects to `out`; `stack` holds open arrays/dicts."""
    cur = stack[-1][1] if stack else out
    pos, n = 0, len(data)
    match = _TOKEN.match
    while pos < n:
        m = match(data, pos)
        pos = m.end()
        kind = m.lastgroup
        if kind is None:  # whitespace, a comment
            continue
        if kind == "num" or kind == "frac":
            text = m.group("num")
            try:
                cur.append(float(text) if m.group("frac") is not None else int(text))
            except ValueError:
                pass  # "-", "+.": pdfminer drops them too
        elif kind == "kw":
            word = m.group("kw")
            value = _TRUE_FALSE.get(word)
            if value is None:
                token = KWD(word)
                if token is _BI or token is _ID:
                    raise _Fallback  # inline image: binary data in the stream
                cur.append(token)
            else:
                cur.append(value)
        elif kind == "name" or kind == "hash":
            if m.group("hash"):
                raise _Fallback  # "#xx" escapes in a name
            raw = m.group("name")
            try:
                name: str | bytes = str(raw, "utf-8")
            except UnicodeDecodeError:
                name = raw
            cur.append(LIT(name))
        elif kind == "hex" or kind == "hexend":
            if not m.group("hexend"):
                raise _Fallback  # unterminated hex string
            pos = m.start("hexend")  # pdfminer leaves the terminator to the main state
            digits = m.group("hex")
            if len(digits) % 2 == 0 and not _SPC.search(digits):
                cur.append(bytes.fromhex(digits.decode("ascii")))
            else:
                cur.append(_HEX_PAIR.sub(lambda p: bytes((int(p.group(0), 16),)),
                                         _SPC.sub(b"", digits)))
        elif kind == "str":
            text, pos = _string(data, pos)
            cur.append(text)
        elif kind == "dict":
            stack.append(("d", []))
            cur = stack[-1][1]
        elif kind == "close":
            if m.group("close") != b">>":
                continue  # a lone ">" is ignored
            if not stack or stack[-1][0] != "d":
                raise _Fallback
            objs = stack.pop()[1]
            if len(objs) % 2:
                raise _Fallback  # pdfminer raises PSSyntaxError: let it
            cur = stack[-1][1] if stack else out
            cur.append({literal_name(k): v for k, v in zip(objs[::2], objs[1::2])
                        if v is not None})
        else:  # "other" or "dot"
            if kind == "dot":
                try:
                    cur.append(float(m.group("dot")))
                except ValueError:
                    pass
                continue
            token = KWD(m.group("other"))
            if token is _ARRAY_BEGIN or token is _PROC_BEGIN:
                stack.append(("a" if token is _ARRAY_BEGIN else "p", []))
                cur = stack[-1][1]
            elif token is _ARRAY_END or token is _PROC_END:
                if not stack or stack[-1][0] != ("a" if token is _ARRAY_END else "p"):
                    raise _Fallback
                objs = stack.pop()[1]
                cur = stack[-1][1] if stack else out
                cur.append(objs)
            else:
                cur.append(token)


# The same tokens as _TOKEN, as plain byte strings for findall (whitespace and NUL skipped):
# for streams with no literal string, comment or "#", the usual case (Chromium and
# LibreOffice write text as hex strings).
_BARE = re.compile(
    rb"[-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*|[A-Za-z][^#/%\[\]()<>{}\s]*"
    rb"|/[^#/%\[\]()<>{}\s]*|<<|<[\s0-9a-fA-F]*|>>?|[^\s\x00]")
_DIGITS_SIGN = frozenset(b"0123456789+-")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_BRACKETS = {b"[": "a", b"{": "p"}
_CLOSERS = {b"]": "a", b"}": "p"}


def _bare_tokens(data: bytes, out: list[Any], stack: list[tuple[str, list[Any]]]) -> None:
    """_tokens() for a stream with no "(", "%" or "#": one findall, then a loop."""
    cur = stack[-1][1] if stack else out
    tokens = _BARE.findall(data)
    if tokens and tokens[-1][:1] == b"<" and tokens[-1] != b"<<":
        raise _Fallback  # a hex string the stream's end cuts
    for t in tokens:
        c = t[0]
        if c in _DIGITS_SIGN:
            try:
                cur.append(float(t) if b"." in t else int(t))
            except ValueError:
                pass
        elif c in _LETTERS:
            value = _TRUE_FALSE.get(t)
            if value is None:
                token = KWD(t)
                if token is _BI or token is _ID:
                    raise _Fallback
                cur.append(token)
            else:
                cur.append(value)
        elif c == 0x2F:  # /
            raw = t[1:]
            try:
                cur.append(LIT(str(raw, "utf-8")))
            except UnicodeDecodeError:
                cur.append(LIT(raw))
        elif c == 0x3C:  # <
            if t == b"<<":
                stack.append(("d", []))
                cur = stack[-1][1]
                continue
            digits = t[1:]
            if len(digits) % 2 == 0 and not _SPC.search(digits):
                cur.append(bytes.fromhex(digits.decode("ascii")))
            else:
                cur.append(_HEX_PAIR.sub(lambda p: bytes((int(p.group(0), 16),)),
                                         _SPC.sub(b"", digits)))
        elif c == 0x3E:  # >
            if t != b">>":
                continue
            if not stack or stack[-1][0] != "d":
                raise _Fallback
            objs = stack.pop()[1]
            if len(objs) % 2:
                raise _Fallback
            cur = stack[-1][1] if stack else out
            cur.append({literal_name(k): v for k, v in zip(objs[::2], objs[1::2])
                        if v is not None})
        elif c == 0x2E:  # .
            try:
                cur.append(float(t))
            except ValueError:
                pass
        elif t in _BRACKETS:
            stack.append((_BRACKETS[t], []))
            cur = stack[-1][1]
        elif t in _CLOSERS:
            if not stack or stack[-1][0] != _CLOSERS[t]:
                raise _Fallback
            objs = stack.pop()[1]
            cur = stack[-1][1] if stack else out
            cur.append(objs)
        else:
            cur.append(KWD(t))


def content_objects(streams: Sequence[bytes]) -> list[Any] | None:
    """The objects pdfminer's PDFContentParser would give for these stream bodies, in order,
    or None when this reader cannot be sure to give the same."""
    out: list[Any] = []
    stack: list[tuple[str, list[Any]]] = []
    try:
        for k, data in enumerate(streams):
            if k < len(streams) - 1 and data[-1:] in (b">", b"/"):
                raise _Fallback  # pdfminer would join it with the next stream's first byte
            if b"(" in data or b"%" in data or b"#" in data:
                _tokens(data, out, stack)
            else:
                _bare_tokens(data, out, stack)
    except _Fallback:
        return None
    return None if stack else out


class FastInterpreter(PDFPageInterpreter):
    """pdfminer's PDFPageInterpreter with `content_objects()` in place of PDFContentParser
    (Form XObjects too: subinterp() makes one of this class)."""

    def execute(self, streams: Sequence[object]) -> None:
        valid = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                return super().execute(streams)  # pdfminer warns and skips: let it
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        try:
            objects = content_objects([s.get_data() for s in valid])
        except Exception:
            objects = None  # a broken filter: pdfminer's parser raises it as before
        if objects is None:
            return super().execute(streams)
        ops: dict[PSKeyword, Any] = {}
        for obj in objects:
            if not isinstance(obj, PSKeyword):
                self.argstack.append(obj)
                continue
            op = ops.get(obj)
            if op is None:
                name = keyword_name(obj)
                method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
                func = getattr(self, method, None)
                op = ops[obj] = (func, func.__code__.co_argcount - 1) if func else (None, 0)
            func, nargs = op
            if func is None:
                if settings.STRICT:
                    raise PDFInterpreterError(f"Unknown operator: {keyword_name(obj)!r}")
                continue
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()
