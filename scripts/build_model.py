"""Assemble the default pipeline from the rule files and save it as spaCy does.

The result goes to models/speechfacts_en.

    python scripts/build_model.py [--out models/speechfacts_en]

`spacy.load("models/speechfacts_en")` then restores the whole pipeline (config, components and the
copy of the rule files it was built with); tests/test_model.py checks that it extracts exactly what
`extract` does.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from pipeline import __version__
from pipeline.nlp import build_pipeline

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "models" / "speechfacts_en"


def build(out: Path) -> Path:
    nlp = build_pipeline()
    nlp.meta["name"] = "speechfacts_en"
    nlp.meta["version"] = __version__
    nlp.meta["description"] = "speechfacts rule pipeline: money, percentage, country_count, event"
    nlp.meta["license"] = "MIT"
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    print(f"saved pipeline to {build(args.out)}")


if __name__ == "__main__":
    main()
