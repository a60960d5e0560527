"""How the golden-set scorers compare a found name with an annotated one."""

from __future__ import annotations

import re
import unicodedata
from typing import Any


def norm_name(name: str) -> str:
    """A name without accents, possessive, punctuation or a leading article."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['’`]s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def same_name(gold: Any, pred: Any) -> bool:
    """Names agree when one holds the other ("army" ~ "the Sudanese army"); lists mean any."""
    if isinstance(gold, list):
        return any(same_name(g, pred) for g in gold)
    if gold is None or pred is None:
        return gold is None and pred is None
    g, p = norm_name(str(gold)), norm_name(str(pred))
    return bool(g and p) and (g in p or p in g)
