"""What the ruled-out and set-aside tests share: whether one task, alone in its area, is ruled out
of an item (coverage_model.ruled_out) or has every item of its area set aside
(item_mapper.set_aside)."""

from __future__ import annotations


def ruled_out_of(area: int, task: str, item: str) -> bool:
    """coverage_model.ruled_out rules `task` (the area's only task) out of `item`."""
    from models.classifiers.coverage_model import ruled_out

    return (0, item) in ruled_out(area, [task])


def every_item_set_aside(area: int, task: str) -> bool:
    """item_mapper.set_aside sets every item of `area` aside for `task` (the area's only task)."""
    from models.classifiers.item_mapper import ITEMS_BY_AREA, set_aside

    return {(0, item) for item in ITEMS_BY_AREA[area]} <= set_aside(area, [task])
