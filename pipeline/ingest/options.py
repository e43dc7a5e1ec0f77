"""What a run tells ingestion: the columns (or JSON fields) to read, and the date and title to use
where a document gives none. One frozen value, passed to every worker with the task list."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class IngestOptions:
    """Ingestion options of a run (`extract --text-column ... --date-order ...`).

    text_column / id_column / date_column: the CSV column or JSON field holding the text, the
    document id and the date, instead of the usual names. date (ISO) and title: the document date
    and title where the document itself gives none. date_order: "DMY" or "MDY", how to read
    numeric dates that both orders read ("03/04/2013"); None leaves them empty, with a warning.
    """

    text_column: str | None = None
    id_column: str | None = None
    date_column: str | None = None
    date: str | None = None
    title: str | None = None
    date_order: str | None = None

    def describe(self) -> dict:
        """The options as plain data (the run's journal key)."""
        return {k: v for k, v in asdict(self).items() if v is not None}


DEFAULT_OPTIONS = IngestOptions()
