"""`extract --dask`: the same records from a Dask cluster as from a local run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import distributed
from pipeline import output as output_module
from pipeline.cli import EXIT_CLUSTER, EXIT_PIPELINE, app
from pipeline.journal import journal_path
from pipeline.output import OutputError
from pipeline.runner import PipelineError, run

dask_distributed = pytest.importorskip(
    "distributed", reason="the Dask extra is not installed: pip install 'speechfacts[dask]'"
)


def _corpus(root):
    corpus = root / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"speech{i:03d}.txt").write_text(
            f"Speech {i}.\n\nInvestment reached {i + 1} billion roubles in {2000 + i % 20}, "
            f"and exports grew by {i % 9 + 1} percent. Delegations from {i + 3} countries "
            "came to the Northern Trade Forum.\n",
            encoding="utf-8",
        )
    (corpus / "bad.html").write_bytes(b"\x00\xff" * 100)
    records = [json.dumps({"id": f"r{i}", "text": f"It cost ${i + 1} million."}) for i in range(30)]
    (corpus / "records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    _print_versions(corpus)
    return corpus


def _print_versions(corpus):
    """kremlin.ru pages with their print versions, which the workers parse but do not annotate:
    the same text (a duplicate), other text (duplicate_id), and a print version whose page was
    not written (the main process annotates it)."""
    page = (Path(__file__).resolve().parents[1] / "corpus" / "70001.html").read_text("utf-8")

    def write(name, doc_id, extra=""):
        path = corpus / name
        path.parent.mkdir(exist_ok=True)
        html = page.replace("/70001", f"/{doc_id}").replace("<p>", f"<p>{extra} ", 1)
        path.write_text(html, encoding="utf-8")

    write("70001.html", "70001")
    write("70001/print.html", "70001")
    write("70002.html", "70002")
    write("70002/print.html", "70002", "Exports rose by 7 percent.")
    (corpus / "70003.html").write_text("")  # an error (empty): nothing written
    write("70003/print.html", "70003")


def _files(out):
    return {n: (out / n).read_bytes() for n in ("facts.jsonl", "docs.jsonl", "errors.jsonl")}


@pytest.fixture(scope="module")
def cluster():
    with dask_distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def test_dask_run_gives_the_same_bytes_as_a_local_run(cluster, tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    outputs = {}
    for name, kwargs in (("local", {}), ("dask", {"dask_address": cluster.scheduler_address})):
        out = tmp_path / name
        out.mkdir()
        summary = run(
            [str(corpus)],
            facts_out=str(out / "facts.jsonl"),
            docs_out=str(out / "docs.jsonl"),
            errors_out=str(out / "errors.jsonl"),
            part_bytes=1024,  # the JSONL file goes as several parts
            **kwargs,
        )
        assert summary.check()
        outputs[name] = _files(out)
    assert outputs["dask"] == outputs["local"]
    assert outputs["dask"]["facts.jsonl"].count(b"\n") > 100
    assert (summary.duplicates, summary.errors["duplicate_id"]) == (1, 1)
    assert b'"doc_id":"70003"' in outputs["dask"]["docs.jsonl"]


def test_dask_option_of_the_cli(cluster, tmp_path):
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    args = ["extract", str(corpus), "-o", str(out / "facts.jsonl"), "--docs", str(out / "d.jsonl")]
    out.mkdir()
    result = CliRunner().invoke(app, [*args, "--dask", cluster.scheduler_address, "-q"])
    assert result.exit_code == 0, result.output
    local = tmp_path / "local"
    local.mkdir()
    run([str(corpus)], facts_out=str(local / "facts.jsonl"))
    assert (out / "facts.jsonl").read_bytes() == (local / "facts.jsonl").read_bytes()


def test_unreachable_scheduler_is_exit_4_and_keeps_the_journal(tmp_path, monkeypatch):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "-o", str(out / "facts.jsonl"), "--dask", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == EXIT_CLUSTER
    assert "Dask scheduler" in result.output
    assert (out / "facts.jsonl.journal").exists()


# --- the summary says where the run's tasks ran (robust48) -------------------------------------


def _elapsed_line(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("elapsed:"))


def _address(cluster, tmp_path, kind: str) -> str:
    if kind == "scheduler file":
        path = tmp_path / "scheduler.json"
        path.write_text(json.dumps({"address": cluster.scheduler_address}), encoding="utf-8")
        return str(path)
    return cluster.scheduler_address


@pytest.mark.parametrize("workers_option", [[], ["--workers", "3"]])
@pytest.mark.parametrize("kind", ["address", "scheduler file"])
def test_the_summary_names_the_cluster_and_its_workers(cluster, tmp_path, kind, workers_option):
    """Not "(1 worker)", the --workers default that a Dask run ignores, nor --workers N."""
    corpus = _corpus(tmp_path)
    outputs = {}
    for name in ("local", "dask"):
        out = tmp_path / name
        out.mkdir()
        args = ["extract", str(corpus), "-o", str(out / "facts.jsonl")]
        args += ["--docs", str(out / "docs.jsonl"), "--errors", str(out / "errors.jsonl")]
        if name == "dask":
            args += ["--dask", _address(cluster, tmp_path, kind), *workers_option]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs[name] = (_files(out), _elapsed_line(result.output))
    assert outputs["dask"][0] == outputs["local"][0]  # the same records
    assert outputs["local"][1].endswith("(1 worker)")
    assert outputs["dask"][1].endswith(f"(Dask at {cluster.scheduler_address}: 2 workers)")


@pytest.mark.parametrize("address", ["given", "scheduler file"])
def test_a_dask_run_with_no_task_says_so(cluster, tmp_path, address):
    """Only an outcome that discovery decides (a missing path) and an empty folder: nothing is
    sent to the cluster, which is not asked about its workers."""
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "empty").mkdir()
    args = ["extract", str(tmp_path / "missing.txt"), str(tmp_path / "empty")]
    given = _address(cluster, tmp_path, address)
    args += ["-o", str(out / "facts.jsonl"), "--dask", given, "--allow-empty"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _elapsed_line(result.output).endswith(f"(Dask at {given}: no task to send)")


@pytest.mark.parametrize(("first", "then"), [("local", "dask"), ("dask", "local")])
def test_resume_on_the_other_side_gives_the_same_files(cluster, tmp_path, monkeypatch, first, then):
    """A run stopped by a failing output, resumed locally after a Dask run or on the cluster
    after a local one: the same files as an uninterrupted run, and a summary that names what
    ran the rest."""
    corpus = _corpus(tmp_path)
    reference = tmp_path / "reference"
    reference.mkdir()
    run(
        [str(corpus)],
        facts_out=str(reference / "facts.jsonl"),
        docs_out=str(reference / "docs.jsonl"),
        errors_out=str(reference / "errors.jsonl"),
    )
    out = tmp_path / "out"
    out.mkdir()
    targets = {
        "facts_out": str(out / "facts.jsonl"),
        "docs_out": str(out / "docs.jsonl"),
        "errors_out": str(out / "errors.jsonl"),
    }
    flush = output_module.JsonlWriter.flush
    calls = []

    def failing(writer):
        calls.append(writer)
        if len(calls) == 30:
            raise OutputError(f"cannot write {writer.name}: No space left on device")
        return flush(writer)

    monkeypatch.setattr(output_module.JsonlWriter, "flush", failing)
    place = {"dask_address": cluster.scheduler_address} if first == "dask" else {}
    with pytest.raises(OutputError):
        run([str(corpus)], **targets, **place)
    monkeypatch.undo()
    journal = journal_path(targets["facts_out"])
    assert os.path.exists(journal)
    args = ["extract", str(corpus), "-o", targets["facts_out"], "--docs", targets["docs_out"]]
    args += ["--errors", targets["errors_out"], "--resume"]
    if then == "dask":
        args += ["--dask", cluster.scheduler_address]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert _files(out) == _files(reference)
    assert not os.path.exists(journal)
    expected = (
        f"(Dask at {cluster.scheduler_address}: 2 workers)" if then == "dask" else "(1 worker)"
    )
    assert _elapsed_line(result.output).endswith(expected)


# --- a refresh that fails on one worker (stop73) -----------------------------------------------


def test_a_refresh_failing_on_one_worker_ends_the_run_without_the_rest(tmp_path, monkeypatch):
    """The first worker to begin a task fails its first refresh (tests/fixtures/stop_hook): the
    run stops with the reason (PipelineError: exit 6, as in a local run), having begun no more
    than the partitions it had sent (a window of 2 per worker thread, and one sent as the first
    came back), not the rest: closing the client releases what waits. Work is counted, never
    timed."""
    root = Path(__file__).resolve().parents[1]
    tasks = tmp_path / "tasks.txt"
    paths = [str(root / "tests" / "fixtures" / "stop_hook"), str(root)]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([*paths, os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("STOP_TEST_TASKS", str(tasks))  # read by the workers started below
    corpus = tmp_path / "in"
    corpus.mkdir()
    n_files = 200  # 13 partitions
    for n in range(n_files):
        (corpus / f"talk{n:03d}.txt").write_text(
            f"Talk {n}.\n\nOur imports of tea fell by {n % 30 + 2} percent this spring.\n",
            encoding="utf-8",
        )
    with dask_distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        with pytest.raises(PipelineError, match="cannot be refreshed: MemoryError"):
            run([str(corpus)], facts_out=str(tmp_path / "f"), dask_address=local.scheduler_address)
    begun = tasks.read_text().split()
    assert len(begun) <= 5 * distributed.PARTITION_TASKS < n_files


@pytest.mark.parametrize(
    "held",
    [
        "None",
        # a cause that cannot be pickled: Dask sends a task's error with its causes (tblib),
        # and such a cause made it a bare Exception on the client, exit 4 (review73)
        "threading.Lock()",
    ],
)
def test_a_pipeline_that_cannot_be_built_on_a_worker_is_exit_6(
    tmp_path, monkeypatch, held, broken_build_site
):
    """The pipeline, not the cluster, failed: exit 6 with the reason, as a local run's workers
    say it (exit 4 is for a cluster that cannot be reached or fails), and the journal kept;
    whatever the build's own error (the PipelineError's cause) holds."""
    site = broken_build_site(held)
    root = Path(__file__).resolve().parents[1]
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(site), str(root), os.environ.get("PYTHONPATH", "")])
    )
    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"s{n}.txt").write_text(f"Exports grew by {n + 2} percent last year.\n")
    out = tmp_path / "out"
    out.mkdir()
    args = ["extract", str(corpus), "-o", str(out / "facts.jsonl"), "-q"]
    with dask_distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        result = CliRunner().invoke(app, [*args, "--dask", local.scheduler_address])
    assert result.exit_code == EXIT_PIPELINE, result.output
    assert "the NLP pipeline cannot be built" in result.output
    assert "rules unreadable (made so by the test)" in result.output
    assert "a partition failed on the cluster" not in result.output
