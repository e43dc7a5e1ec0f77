"""scripts/sample_country_roles.py: the stratified draw that judges country counts' roles."""

from __future__ import annotations

import json

import pytest
from conftest import load_script


@pytest.fixture(scope="module")
def sampler():
    return load_script("sample_country_roles")


def _count(doc_id: str, start: int, role: str | None) -> dict:
    return {
        "type": "country_count",
        "fact_id": f"{doc_id}-{start}",
        "doc_id": doc_id,
        "start": start,
        "text": "12 countries",
        "sentence": "Delegations from 12 countries came to Lakeland.",
        "subject": None if role is None else "from",
        "subject_key": role,
    }


@pytest.mark.parametrize(
    ("sizes", "total", "expected"),
    [
        # every role at least min(4, its size); the largest takes what is left
        (
            {"participants": 50, "members": 10, "venues": 2},
            20,
            {"participants": 14, "members": 4, "venues": 2},
        ),
        ({"participants": 30, "members": 30}, 10, {"participants": 5, "members": 5}),
        ({"partners": 3}, 3, {"partners": 3}),
    ],
)
def test_quotas_cover_every_role_and_sum_to_the_total(sampler, sizes, total, expected):
    by_role = {role: [None] * n for role, n in sizes.items()}
    by_role[None] = [None] * 7
    want = sampler.quotas(by_role, total)
    assert want == expected
    assert sum(want.values()) == total


def test_the_draw_leaves_out_hidden_documents_and_is_seeded(sampler, tmp_path, capsys):
    facts = tmp_path / "facts.jsonl"
    records = [
        _count(str(d), s, role)
        for d in range(1, 9)
        for s, role in ((0, "members"), (50, None), (90, "participants"))
    ]
    records.append({"type": "money", "doc_id": "1", "fact_id": "m", "start": 5})
    facts.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    hidden = tmp_path / "hidden.txt"
    hidden.write_text("3\n4\n", encoding="utf-8")
    args = [str(facts), "--hidden", str(hidden), "--roled", "6", "--null", "2"]
    assert sampler.main(args) == 0
    first = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sampler.main(args) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == first
    assert len(first) == 8
    assert not {r["doc_id"] for r in first} & {"3", "4"}
    assert sum(r["subject_key"] is None for r in first) == 2
    assert {r["subject_key"] for r in first} == {"members", "participants", None}
