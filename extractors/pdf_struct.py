"""Paragraph boundaries from a tagged PDF's structure tree.

A tagged PDF (Chromium prints one; LibreOffice does with "tagged PDF" on) wraps the text of
each paragraph in marked content with an /MCID, and its structure tree says which element holds
each MCID: `/StructTreeRoot /ParentTree` maps a page's `/StructParents` key to an array whose
item n is the structure element of MCID n. Walking up from there to the nearest paragraph-level
element (P, H, H1–H6, a list item, a caption) names the paragraph a glyph belongs to, even when
nothing on the page shows where one paragraph ends and the next begins (two tasks in one cell,
the first one's last line full).

The tree is read lazily: a glyph only records its page and MCID (`Tagged`), and the elements
are parsed when two lines drawn in different MCIDs would otherwise join (parsing every
element costs pdfminer ~3 ms a page). Any damage (a missing key, a cycle, a wrong type) gives
no signal at all, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdftypes import PDFObjRef, resolve1

PARAGRAPH = frozenset({"P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "Caption", "TOCI",
                       "BibEntry"})
IN_LIST_ITEM = frozenset({"Lbl", "LBody"})  # a list item's label and body: one paragraph
STOP = frozenset({"TD", "TH", "TR", "Table", "THead", "TBody", "TFoot", "Document", "Part",
                  "Sect", "Art", "Div", "L", "TOC", "Index", "Form", "Figure"})
MAX_DEPTH = 32  # element ancestors walked up at most
MAX_NUMS = 100_000  # number-tree entries read at most (a malicious tree is cut short)
MAX_NODES = 10_000  # number-tree nodes visited at most in one lookup


def _name(value: Any) -> str | None:
    name = getattr(resolve1(value), "name", None)
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return name if isinstance(name, str) else None


class StructTree:
    """One document's structure tree, read lazily page by page."""

    def __init__(self, catalog: dict[str, Any]) -> None:
        root = resolve1(catalog.get("StructTreeRoot")) if isinstance(catalog, dict) else None
        self.parent_tree = resolve1(root.get("ParentTree")) if isinstance(root, dict) else None
        role_map = resolve1(root.get("RoleMap")) if isinstance(root, dict) else None
        self.role_map: dict[str, str] = {}
        if isinstance(role_map, dict):
            for key, value in role_map.items():
                mapped = _name(value)
                if mapped:
                    self.role_map[key] = mapped
        self._blocks: dict[int, int | None] = {}  # element objid → its paragraph's objid

    @property
    def tagged(self) -> bool:
        return isinstance(self.parent_tree, dict)

    def page(self, page_attrs: dict[str, Any]) -> "PageTags | None":
        """The page's view of the tree, or None when the page has no structure."""
        if not self.tagged:
            return None
        key = resolve1(page_attrs.get("StructParents"))
        return PageTags(self, key) if isinstance(key, int) else None

    def _role(self, element: dict[str, Any]) -> str | None:
        role = _name(element.get("S"))
        for _ in range(4):  # role maps may chain
            if role is None or role not in self.role_map:
                break
            role = self.role_map[role]
        return role

    def _block(self, ref: Any) -> int | None:
        """The objid of the paragraph-level element at or above `ref`, or None."""
        if not isinstance(ref, PDFObjRef):
            return None
        seen: list[int] = []
        block: int | None = None
        for _ in range(MAX_DEPTH):
            if ref.objid in self._blocks:
                block = self._blocks[ref.objid]
                break
            seen.append(ref.objid)
            element = resolve1(ref)
            if not isinstance(element, dict):
                break
            role = self._role(element)
            if role in PARAGRAPH:
                block = ref.objid
                break
            if role in STOP:
                break
            parent = element.get("P")
            if role in IN_LIST_ITEM:  # Lbl / LBody → the LI that holds them
                if isinstance(parent, PDFObjRef):
                    item = resolve1(parent)
                    if isinstance(item, dict) and self._role(item) == "LI":
                        block = parent.objid
                break
            if not isinstance(parent, PDFObjRef):
                break
            ref = parent
        for objid in seen:
            self._blocks[objid] = block
        return block


@dataclass(eq=False)
class PageTags:
    """One page's MCIDs → paragraph elements, each resolved on first use."""

    tree: StructTree
    key: int  # the page's /StructParents
    _parents: list[Any] | None = None
    _cache: dict[int, int | None] = field(default_factory=dict)

    def parents(self) -> list[Any]:
        if self._parents is None:
            try:
                found = resolve1(_lookup(self.tree.parent_tree, self.key))
            except Exception:  # a damaged tree: no signal
                found = None
            self._parents = found[:MAX_NUMS] if isinstance(found, list) else []
        return self._parents

    def paragraph(self, mcid: int) -> int | None:
        """The id of the paragraph-level element holding `mcid`, or None."""
        if mcid not in self._cache:
            parents = self.parents()
            try:
                block = self.tree._block(parents[mcid]) if 0 <= mcid < len(parents) else None
            except Exception:  # a damaged tree: no signal
                block = None
            self._cache[mcid] = block
        return self._cache[mcid]


def same_paragraph(a: tuple[PageTags, int] | None, b: tuple[PageTags, int] | None) -> bool | None:
    """Do two tagged glyphs (page view, MCID) belong to one paragraph element? None: unknown."""
    if a is None or b is None:
        return None
    if a[0] is b[0] and a[1] == b[1]:
        return True
    pa, pb = a[0].paragraph(a[1]), b[0].paragraph(b[1])
    return None if pa is None or pb is None else pa == pb


def _lookup(node: Any, key: int) -> Any:
    """A number tree's value for `key` (PDF 32000 §7.9.7), or None. At most MAX_NODES nodes
    are visited, however the tree is built (kids without limits, cycles)."""
    stack: list[tuple[Any, int]] = [(node, 0)]
    visited = 0
    while stack and visited < MAX_NODES:
        node, depth = stack.pop()
        visited += 1
        node = resolve1(node)
        if depth > MAX_DEPTH or not isinstance(node, dict):
            continue
        nums = resolve1(node.get("Nums"))
        if isinstance(nums, list):
            for i in range(0, min(len(nums), 2 * MAX_NUMS) - 1, 2):
                if resolve1(nums[i]) == key:
                    return nums[i + 1]
            continue
        kids = resolve1(node.get("Kids"))
        if isinstance(kids, list):
            stack.extend((kid, depth + 1) for kid in reversed(kids[:MAX_NODES])
                         if _in_limits(kid, key))
    return None


def _in_limits(kid: Any, key: int) -> bool:
    kid = resolve1(kid)
    limits = resolve1(kid.get("Limits")) if isinstance(kid, dict) else None
    if not isinstance(limits, list) or len(limits) != 2:
        return True  # no limits: look inside
    low, high = resolve1(limits[0]), resolve1(limits[1])
    return isinstance(low, int) and isinstance(high, int) and low <= key <= high
