"""`scripts/build_model.py --archive`: one run mines the event gazetteer AND saves the pipeline
with the gazetteer just mined (round review55). Before, the installed rules, read once per
process while the archive's pages were read, were what the pipeline was built from: the saved
model held the gazetteer of before the mining, until a plain build refreshed it."""

from __future__ import annotations

import json
import shutil
import sys

from conftest import ROOT, kremlin_page, load_script

from pipeline.nlp import rules as rules_module

# invented pages: two of them write "Full Name (ACR)", which the mining learns as an acronym
PAGES = [
    ("2015-03-02", "Delegates met at the Lakeland Pine Union (LPU) session in Pineville."),
    ("2015-04-07", "The Lakeland Pine Union (LPU) has grown, its secretary said on Tuesday."),
    ("2015-05-11", "The weather in Pineville was mild this spring, the mayor said."),
]


def test_archive_build_saves_the_gazetteer_it_has_just_mined(tmp_path, monkeypatch):
    rules_copy = tmp_path / "rules"
    shutil.copytree(ROOT / "models" / "rules", rules_copy)
    gazetteer = rules_copy / "event_gazetteer.json"
    before = gazetteer.read_text(encoding="utf-8")
    archive = tmp_path / "news"
    archive.mkdir()
    for i, (date, text) in enumerate(PAGES, start=1):
        (archive / f"{i}.html").write_text(kremlin_page(i, date, text), encoding="utf-8")

    build_model = load_script("build_model")
    monkeypatch.setattr(build_model, "GAZETTEER_FILE", gazetteer)
    monkeypatch.setattr(rules_module, "rules_dir", lambda: rules_copy)
    # the rules this process had read before (a list of its own: restored after the test)
    monkeypatch.setattr(rules_module, "_installed", [rules_module.Rules.installed()])
    out = tmp_path / "model"
    monkeypatch.setattr(
        sys,
        "argv",
        ["build_model.py", "--archive", str(archive), "--out", str(out), "--exclude", ""],
    )
    build_model.main()

    mined = gazetteer.read_text(encoding="utf-8")
    assert mined != before
    assert json.loads(mined)["acronyms"] == {"lakeland pine union": "LPU"}
    saved = list(out.glob("*/rules/event_gazetteer.json"))
    assert len(saved) == 1  # kept once, by the first component that reads it
    assert saved[0].read_text(encoding="utf-8") == mined
