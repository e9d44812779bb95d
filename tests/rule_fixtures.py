"""The rule fixtures' document patches (samples/rules/*.toml, kind = "document"): the baseline
document and the JSON merge patch applied over it, shared by every test that reads them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

BASELINE_PATH = Path(__file__).resolve().parents[1] / "samples" / "baseline.document.json"


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396, plus: an object whose keys are all decimal indexes patches a list element-wise."""
    if isinstance(patch, dict) and isinstance(target, list) and patch and all(
            k.isdigit() for k in patch):
        out = list(target)
        for k in sorted(patch, key=int, reverse=True):
            i = int(k)
            if patch[k] is None:
                del out[i]
            elif i < len(out):
                out[i] = merge_patch(out[i], patch[k])
            else:
                out.append(merge_patch(None, patch[k]))
        return out
    if not isinstance(patch, dict):
        return patch
    out = dict(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def baseline() -> dict:
    """A fresh copy of samples/baseline.document.json (a valid PA1 with no findings)."""
    return copy.deepcopy(_BASELINE)


_BASELINE = json.loads(BASELINE_PATH.read_text(encoding="utf-8"))
