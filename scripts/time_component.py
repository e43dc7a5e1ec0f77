"""Time one pipeline component alone over archive pages: the CPU a component costs, with
everything else held equal (issue 12's condition that the event component cost no more per
word). The Docs are prepared and run through the components before it once; then the component
runs over them `--repeat` times, each pass timed with `time.process_time` (the first pays for
caches). Each pass is followed by a pass of spaCy's bare tokenizer (`spacy.blank("en")`'s
`make_doc`) over the same whole texts, which no revision of ours changes: the component's CPU
divided by it is the figure to compare across revisions and machines (the `tokenise
(prepare_doc)` stage is ours and changes with the paragraph prefilter, and our pipeline's
tokenizer keeps its affix searches' answers since issue 19's `tokens.AffixMemo`). Run it with
each revision's own installation to compare two revisions.

    python scripts/time_component.py /tmp/kremlin/kremlin-en/news --every 2 --repeat 3
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path, help="folder of HTML pages")
    parser.add_argument("--component", default="speechfacts_event")
    parser.add_argument("--every", type=int, default=2, help="every Nth page in name order")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    from pipeline.ingest import load_source
    from pipeline.nlp import build_pipeline, prepare_doc
    from pipeline.speech import Speech

    files = sorted(args.archive.glob("*.html"))[:: args.every]
    speeches = [s for f in files for s in load_source(str(f)) if isinstance(s, Speech)]
    nlp = build_pipeline()
    names = [name for name, _ in nlp.pipeline]
    if args.component not in names:
        sys.exit(f"no component {args.component!r} in the pipeline: {', '.join(names)}")
    before = nlp.pipeline[: names.index(args.component)]
    component = nlp.get_pipe(args.component)
    docs = []
    for speech in speeches:
        doc = prepare_doc(nlp, speech)
        for _, proc in before:
            doc = proc(doc)
        docs.append(doc)
    bare = spacy.blank("en")  # not our pipeline's tokenizer, which keeps affix answers
    words = sum(len(s.text.split()) for s in speeches)
    print(f"{len(docs)} documents, {words:,} words, component {args.component}")
    for n in range(1, args.repeat + 1):
        start = time.process_time()
        for doc in docs:
            component(doc)
        spent = time.process_time() - start
        start = time.process_time()
        for speech in speeches:
            bare.make_doc(speech.text)
        reference = time.process_time() - start
        print(
            f"pass {n}: {spent:.3f} s CPU; bare tokenizer {reference:.3f} s; "
            f"ratio {spent / reference:.3f}"
        )


if __name__ == "__main__":
    main()
