"""How much of a sample of archive pages the paragraph prefilter masks, and what the tokenizer
and the components cost on it (CPU seconds of this process).

    python scripts/prefilter_share.py ARCHIVE_DIR [--sample 1500] [--seed 19] [--cache FILE]
        [--repeat 3]

Pages are drawn at random (fixed seed) from the `.html` files under ARCHIVE_DIR and read with
`pipeline.ingest.load_source`; the documents are kept in `--cache` (a pickle), so that another
revision of the code (put first on PYTHONPATH) measures the very same texts. The share is the
characters of masked paragraphs over the characters of all paragraphs. The timing annotates
every document `--repeat` times, after a warm-up: `prepare_doc` (the prefilter, then the
tokenizer) and each component, each summed with `time.process_time`, and `all`. Prints one JSON
line.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path


def load_sample(archive: Path, n: int, seed: int) -> list:
    from pipeline.ingest import load_source

    files = sorted(str(p) for p in archive.rglob("*.html"))
    speeches = []
    for path in random.Random(seed).sample(files, min(n, len(files))):
        try:
            speeches += [s for s in load_source(path) if getattr(s, "paragraphs", None)]
        except Exception:  # a page that is not a speech (gallery, listing): not measured
            continue
    return speeches


def masked_share(nlp, speeches: list) -> tuple[int, int]:
    from pipeline.nlp.prefilter import tokenizer_text
    from pipeline.speech import PARAGRAPH_SEPARATOR

    masked = total = 0
    for speech in speeches:
        text = tokenizer_text(speech.paragraphs, PARAGRAPH_SEPARATOR, nlp)
        offset = 0
        for paragraph in speech.paragraphs:
            total += len(paragraph)
            if text[offset : offset + len(paragraph)] != paragraph:
                masked += len(paragraph)
            offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return masked, total


def timing(nlp, speeches: list, repeat: int) -> dict[str, list[float]]:
    """CPU seconds per pass: `prepare_doc` (the prefilter and the tokenizer) and each component,
    after a warm-up pass over the first 100 documents (untimed)."""
    from pipeline.nlp import prepare_doc

    for speech in speeches[:100]:
        nlp(prepare_doc(nlp, speech))
    out: dict[str, list[float]] = {}
    for _ in range(repeat):
        spent = dict.fromkeys(["prepare_doc", *nlp.pipe_names], 0.0)
        for speech in speeches:
            t0 = time.process_time()
            doc = prepare_doc(nlp, speech)
            spent["prepare_doc"] += time.process_time() - t0
            for name, proc in nlp.pipeline:
                t0 = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - t0
        spent["all"] = sum(spent.values())
        for name, seconds in spent.items():
            out.setdefault(name, []).append(round(seconds, 3))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--sample", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=0, help="timing passes (0: none)")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        speeches = pickle.loads(args.cache.read_bytes())
    else:
        speeches = load_sample(args.archive, args.sample, args.seed)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(speeches))
    from pipeline.nlp import build_pipeline

    nlp = build_pipeline()
    masked, total = masked_share(nlp, speeches)
    result = {
        "code": str(Path(sys.modules["pipeline"].__file__).parent.parent),
        "documents": len(speeches),
        "characters": total,
        "masked": masked,
        "masked_share": round(masked / total, 4) if total else None,
    }
    if args.repeat:
        result.update(timing(nlp, speeches, args.repeat))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
