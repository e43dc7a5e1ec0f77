"""Defaults that a command's options show and the modules behind them use, kept where importing
them imports nothing else: the CLI defines every command's options when it is imported, and the
`load` command's defaults must not bring the database layer and the record schemas into a
process that only extracts (issue 19, round o)."""

DEFAULT_URL = "sqlite:///facts.db"  # pipeline.db: the database `load` writes to
DEFAULT_BATCH_SIZE = 10_000  # pipeline.load: lines per transaction
