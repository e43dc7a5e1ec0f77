"""`python -m pipeline ...`: the same as the `speechfacts` command."""

from pipeline.entry import speechfacts_main

speechfacts_main(prog_name="speechfacts")
