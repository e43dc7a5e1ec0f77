"""Assemble the default pipeline from the rule files and save it as spaCy does.

The result goes to models/speechfacts_en.

    python scripts/build_model.py [--out models/speechfacts_en]
    python scripts/build_model.py --archive /tmp/kremlin/kremlin-en/news [--exclude @IDS]

With `--archive`, the event gazetteer (models/rules/event_gazetteer.json: the years anniversaries
count from, the years of one-off events and the acronyms of full names, see
`pipeline.nlp.event_gazetteer`) is first mined again from the archive's pages, leaving out the
pages listed by `--exclude` (by default the development pages of ../shared/gold/dev_docs.txt, so
that accuracy measured on them stays a measure on unseen pages). Without it the committed
gazetteer is used as it is. The same archive gives the same gazetteer, byte for byte.

`spacy.load("models/speechfacts_en")` then restores the whole pipeline: config, components and the
rule files each component owns (a folder `rules/` per component, read back by that component
only); tests/test_model.py checks that it extracts exactly what `extract` does.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from pipeline import __version__
from pipeline.nlp import build_pipeline
from pipeline.nlp.rules import Rules, read_installed_rules_again

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "models" / "speechfacts_en"
GAZETTEER_FILE = ROOT / "models" / "rules" / "event_gazetteer.json"
DEV_DOCS = ROOT.parent / "shared" / "gold" / "dev_docs.txt"


def build(out: Path) -> Path:
    # the rule files as they are now: the installed rules are read once per process, and
    # --archive has just rewritten the gazetteer (reading the archive's pages read them before:
    # the pipeline was saved with the gazetteer as it was before the mining)
    read_installed_rules_again()
    nlp = build_pipeline()
    nlp.meta["name"] = "speechfacts_en"
    nlp.meta["version"] = __version__
    nlp.meta["description"] = "speechfacts rule pipeline: money, percentage, country_count, event"
    nlp.meta["license"] = "MIT"
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return out


def archive_documents(archive: Path, exclude: set[str]):
    """(date, text) of every article under `archive` (sorted by path) not in `exclude`, each
    document once (a page's print version has the page's id: the runner keeps the first)."""
    from pipeline.ingest import load_source
    from pipeline.speech import Speech

    seen: set[str] = set()
    for path in sorted(archive.rglob("*.html")):
        for item in load_source(str(path)):
            if isinstance(item, Speech) and item.doc_id not in seen and item.doc_id not in exclude:
                seen.add(item.doc_id)
                yield item.date, item.text


def build_gazetteer(archive: Path, exclude: set[str], out: Path = GAZETTEER_FILE) -> dict:
    """Mine the event gazetteer from `archive` and write it to `out`."""
    from pipeline.nlp import event_gazetteer
    from pipeline.nlp.events import EventExtractor

    counted = []

    def documents():
        for date, text in archive_documents(archive, exclude):
            counted.append(1)
            yield date, text

    # the events grammar of the rule files being built, not of an installed copy: every file
    # the event component reads (a list typed here once missed the place gazetteer, scopes)
    rules = Rules.from_dir(GAZETTEER_FILE.parent, EventExtractor.rule_files)
    tables = event_gazetteer.mine(rules, documents())
    source = (
        f"{len(counted)} pages of {archive.parent.name}/{archive.name}"
        f" ({len(exclude)} development pages left out)"
    )
    event_gazetteer.write(tables, out, source)
    return tables


def _read_ids(spec: str) -> set[str]:
    if spec.startswith("@"):
        path = Path(spec[1:])
        return set(path.read_text(encoding="utf-8").split()) if path.exists() else set()
    return {s for s in spec.split(",") if s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--archive",
        type=Path,
        default=None,
        help="mine the event gazetteer again from the pages (*.html) under this folder",
    )
    parser.add_argument(
        "--exclude",
        default=f"@{DEV_DOCS}",
        help="pages left out of the mining: @FILE of ids or ID,ID (default: the dev pages)",
    )
    args = parser.parse_args()
    if args.archive is not None:
        if not args.archive.is_dir():
            parser.error(f"--archive {args.archive} is not a folder")
        tables = build_gazetteer(args.archive, _read_ids(args.exclude), out=GAZETTEER_FILE)
        print(
            f"event gazetteer: {len(tables['anniversary_bases'])} anniversary bases, "
            f"{len(tables['event_years'])} event years, "
            f"{len(tables['acronyms'])} acronyms -> {GAZETTEER_FILE}",
            file=sys.stderr,
        )
    print(f"saved pipeline to {build(args.out)}")


if __name__ == "__main__":
    main()
