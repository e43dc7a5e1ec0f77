"""Score money and percentage extraction on a third-party test suite of English sentences.

    python scripts/third_party_suite.py SPEC.json [SPEC.json ...] [--quantulum] [--verbose]

SPEC files are the English test specifications of Microsoft Recognizers-Text (MIT licence), for
example `Specs/NumberWithUnit/English/CurrencyModel.json` and
`Specs/Number/English/PercentModel.json` of https://github.com/microsoft/Recognizers-Text. Nothing
of the suite is part of this project: get a copy of the repository and pass the files' paths.

Each spec file is a JSON list of cases, `{"Input": sentence, "Results": [{"Text", "TypeName",
"Resolution": {"value", "unit", "isoCurrency"}}, ...]}`. A file is scored as money when its results
are of TypeName `currency`, as percentages when they are `percentage`.

Matching rule (one case = one input sentence; every case counts, whatever the suite's own
`NotSupported` marks say):

- The expected facts of a case are its results. A money result becomes (value in whole currency
  units, the set of ISO 4217 codes it may be): `isoCurrency` when the result gives one; otherwise
  the codes of every currency the suite's generic unit name covers (`Dollar`: any dollar, `Pound`:
  any pound, `Franc`, `Rupee`, ...; see UNIT_CODES). A sub-unit result is converted to the whole
  unit: `Cent` 50 is 0.50 of a currency divided into cents, `Pence` 470 is 4.70 GBP, `Satoshi` 2 is
  0.00000002 bitcoin (XBT, the code speechfacts uses). A percentage result becomes (value, percent).
- Our facts are the `money` (or `percentage`) records of `pipeline.extract_facts(input)`, as
  (value, unit). A percentage point is not a percent.
- The case is right when our facts and the expected facts pair off one to one: same value (relative
  difference under 1e-6) and a unit in the expected set; no expected fact left over and no fact of
  ours left over (a false positive fails the case). The words matched (offsets, surface text) are
  not compared.
- A percentage below zero ("minus five percent", -5%) is matched by our fact of its size whose
  `change` is `decrease`: speechfacts writes a stated fall as its size and its direction, as the
  project's annotation guideline and gold do ("minus 35 percent" is 35, change "decrease"). The
  report says how many cases were matched so.
- Results without a value (a currency or percent word with no amount: "the dollar", "a small
  percent") cannot be a speechfacts record, which always has a number; such a case counts as wrong
  for us. Cases without results count as right only when we find nothing.

`--quantulum` scores quantulum3 (`parser.parse`) with the same rule, reading its currency units
by `currency_code` (and cents, pence, pennies as 0.01 of their currency) and its `percentage`
unit. `--verbose` prints every case that is wrong, with what was expected and found.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

# The suite's unit names (Resolution.unit) without isoCurrency, as the codes they may stand for,
# and the factor to whole currency units for sub-units.
DOLLARS = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"}
CENTS = DOLLARS | {"EUR"}
UNIT_CODES: dict[str, tuple[set[str], float]] = {
    "Dollar": (DOLLARS, 1),
    "Pound": ({"GBP", "EGP"}, 1),
    "Franc": ({"FRF", "CHF", "BEF", "LUF", "XOF", "XAF"}, 1),
    "Peseta": ({"ESP"}, 1),
    "Netherlands guilder": ({"NLG"}, 1),
    "Finnish markka": ({"FIM"}, 1),
    "Rupee": ({"INR", "PKR", "LKR", "NPR"}, 1),
    "Bitcoin": ({"XBT"}, 1),
    "Cent": (CENTS, 0.01),
    "Pence": ({"GBP"}, 0.01),
    "Penny": ({"GBP"}, 0.01),
    "Sen": ({"JPY", "MYR", "IDR"}, 0.01),
    "Satoshi": ({"XBT"}, 1e-8),
}
# quantulum3's sub-unit names (it gives them no currency code), as a code and the factor to it
QUANTULUM_SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "penny": ("GBP", 0.01),
    "pence": ("GBP", 0.01),
}

Fact = tuple[float, frozenset[str]]  # value, acceptable units
Found = tuple[float, str, bool]  # value, unit, written as a fall (change "decrease")


def load_spec(path: Path) -> tuple[str, list[dict]]:
    """The cases of a spec file and the fact type they test ('money' or 'percentage')."""
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    kinds = {r["TypeName"] for case in cases for r in case.get("Results", [])}
    if kinds == {"currency"}:
        return "money", cases
    if kinds == {"percentage"}:
        return "percentage", cases
    raise SystemExit(f"{path}: results of type {sorted(kinds)}; expected currency or percentage")


def expected_facts(kind: str, case: dict) -> list[Fact] | None:
    """The facts a case expects, or None when one of them has no value (not a record of ours)."""
    facts = []
    for result in case.get("Results", []):
        resolution = result["Resolution"]
        raw = resolution.get("value")
        if raw in (None, "null", ""):
            return None
        if kind == "percentage":
            facts.append((float(str(raw).rstrip("%")), frozenset({"percent"})))
            continue
        value = float(raw)
        if resolution.get("isoCurrency"):
            facts.append((value, frozenset({resolution["isoCurrency"]})))
            continue
        unit = resolution.get("unit")
        if unit not in UNIT_CODES:
            raise SystemExit(f"unit {unit!r} has no codes in UNIT_CODES: add it")
        codes, factor = UNIT_CODES[unit]
        facts.append((value * factor, frozenset(codes)))
    return facts


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def pairs_off(expected: list[Fact], found: list[Found]) -> tuple[bool, bool]:
    """Whether every expected fact has its own found fact and nothing found is left over; and
    whether a pair was made by reading a fall as a value below zero."""
    if len(expected) != len(found):
        return False, False
    left = list(found)
    as_fall = False
    # most specific expectations first, so that a broad one cannot take another's only match
    for value, units in sorted(expected, key=lambda f: len(f[1])):
        for i, (got_value, got_unit, fall) in enumerate(left):
            if got_unit not in units:
                continue
            if same_value(value, got_value):
                del left[i]
                break
            if value < 0 and fall and same_value(-value, got_value):
                as_fall = True
                del left[i]
                break
        else:
            return False, False
    return True, as_fall


def speechfacts_reader(kind: str) -> Callable[[str], list[Found]]:
    import pipeline

    def read(text: str) -> list[Found]:
        facts = pipeline.extract_facts(text)
        return [
            (f["value"], f["unit"], f["change"] == "decrease") for f in facts if f["type"] == kind
        ]

    return read


def quantulum_reader(kind: str) -> Callable[[str], list[Found]]:
    warnings.filterwarnings("ignore", module="quantulum3")
    from quantulum3 import parser

    def read(text: str) -> list[Found]:
        found = []
        for quantity in parser.parse(text):
            unit = quantity.unit
            if kind == "percentage":
                if unit.name == "percentage":
                    found.append((quantity.value, "percent", False))
                continue
            if unit.entity.name != "currency":
                continue
            if unit.currency_code:
                found.append((quantity.value, unit.currency_code, False))
            elif unit.name in QUANTULUM_SUBUNITS:
                code, factor = QUANTULUM_SUBUNITS[unit.name]
                found.append((quantity.value * factor, code, False))
        return found

    return read


def score(
    kind: str,
    cases: Iterable[dict],
    read: Callable[[str], list[Found]],
    verbose: bool = False,
) -> tuple[int, int, int]:
    """(right, of which matched by reading a fall as a value below zero, total)."""
    right = falls = total = 0
    for case in cases:
        total += 1
        expected = expected_facts(kind, case)
        found = read(case["Input"])
        ok, as_fall = pairs_off(expected, found) if expected is not None else (False, False)
        right += ok
        falls += ok and as_fall
        if verbose and not ok:
            shown = "a result without a value" if expected is None else expected
            print(
                f"  WRONG {case['Input'][:140]!r}\n        expected {shown}\n        found {found}"
            )
    return right, falls, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path, help="spec files (JSON)")
    parser.add_argument("--quantulum", action="store_true", help="also score quantulum3")
    parser.add_argument("--verbose", action="store_true", help="print the cases that are wrong")
    args = parser.parse_args(argv)
    systems = [("speechfacts", speechfacts_reader)]
    if args.quantulum:
        systems.append(("quantulum3", quantulum_reader))
    for path in args.specs:
        if not path.is_file():
            print(f"third_party_suite: no such file: {path}", file=sys.stderr)
            return 2
        kind, cases = load_spec(path)
        for name, reader in systems:
            if args.verbose:
                print(f"--- {name} on {path.name}")
            right, falls, total = score(kind, cases, reader(kind), args.verbose)
            note = f"\t({falls} matched as a fall)" if falls else ""
            print(f"{path.name}\t{kind}\t{name}\t{right}/{total}\t{right / total:.3f}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
