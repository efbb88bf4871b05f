"""The legal-basis table (``data/legal_basis.json``): documents and clauses rules cite.

Rules name clauses by key (``"191-3.1"``); :func:`cite` renders a key the way
a Chinese reviewer writes it, with the regulation's Chinese name in both
languages: 《App违法违规收集使用个人信息行为认定方法》三.1.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import load_json


@dataclass(frozen=True)
class Clause:
    key: str
    document_key: str
    document_zh: str
    document_en: str
    number: str
    clause_zh: str
    clause_en: str
    text_en: str
    text_zh: str

    def cite(self, lang: str = "en") -> str:
        """``《…认定方法》（国信办秘字〔2019〕191号）三.1`` — the Chinese name in every language."""
        number = f"（{self.number}）" if self.number else ""
        clause = self.clause_zh if lang == "zh" else self.clause_en
        return f"{self.document_zh}{number} {clause}".strip()

    def to_dict(self) -> dict[str, str]:
        return {
            "key": self.key,
            "document": self.document_zh,
            "document_en": self.document_en,
            "number": self.number,
            "clause": self.clause_zh,
            "clause_en": self.clause_en,
            "text_en": self.text_en,
            "text_zh": self.text_zh,
        }


@lru_cache(maxsize=1)
def clauses() -> dict[str, Clause]:
    data = load_json("legal_basis.json")
    docs = data["documents"]
    table = {}
    for key, c in data["clauses"].items():
        doc = docs[c["document"]]
        table[key] = Clause(
            key=key,
            document_key=c["document"],
            document_zh=doc["name_zh"],
            document_en=doc["name_en"],
            number=doc.get("number", ""),
            clause_zh=c["clause"],
            clause_en=c.get("clause_en", c["clause"]),
            text_en=c["text_en"],
            text_zh=c["text_zh"],
        )
    return table


def clause(key: str) -> Clause:
    """The clause for ``key``; KeyError names the unknown key."""
    try:
        return clauses()[key]
    except KeyError:
        raise KeyError(f"unknown legal-basis key {key!r}; known: {', '.join(sorted(clauses()))}") from None
