"""`python -m pipeline ...`: the same as the `speechfacts` command."""

from pipeline.cli import app

app(prog_name="speechfacts")
