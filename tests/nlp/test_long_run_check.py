"""Issue 19 round r: the quick test before the long-run regex of pipeline.nlp.tokens says
"no run" only where the regex finds none (and tokens.make_doc is unchanged)."""

from __future__ import annotations

import random

import pytest

from pipeline.nlp.tokens import _LONG, LONG_RUN, _may_run_long

N = LONG_RUN


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Lakeland " * 200,
        "x" * (N - 1),
        "x" * N,
        "x" * (N + 1),
        "a " + "x" * N + " b",
        "a " + "x" * (N - 1) + " b",
        "a\n" + "x" * N + "\nb",  # line breaks, no space at all
        "a\t" + "x" * (N - 1) + "\tb",
        ("y" * (N - 1) + " ") * 5,
        ("y" * (N - 2) + "\n") * 5,  # a window of N with no space, but white space in it
        " " * (3 * N),
    ],
)
def test_quick_check_never_hides_a_run(text: str) -> None:
    found = _LONG.search(text) is not None
    assert not found or _may_run_long(text, 0, len(text))
    # where it says there may be one, the regex decides: the same answer as the regex alone
    assert (_may_run_long(text, 0, len(text)) and found) == found


def test_quick_check_on_random_spans() -> None:
    rng = random.Random(19)
    for _ in range(3000):
        text = "".join(
            rng.choice(["x" * rng.randint(1, N + 5), " ", "\n", "\t", "Pine"])
            for _ in range(rng.randint(0, 12))
        )
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = _LONG.search(text, start, end) is not None
        quick = _may_run_long(text, start, end)
        assert (quick and found) == found, (text, start, end)
        # it says "no run" exactly when every N characters in a row hold a space
        assert quick != all(" " in text[i : i + N] for i in range(start, end - N + 1))
