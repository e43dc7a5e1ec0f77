"""The fact types, named once for the whole package (records, pipeline, runner, command line)."""

# in pipeline order; records of one offset are sorted by this order
FACT_TYPES = ("money", "percentage", "country_count", "event", "quantity")
# the types extracted by default; a document's fact_counts always has these keys, and an opt-in
# type ("quantity", which runs quantulum3) only when the document has facts of it
DEFAULT_TYPES = ("money", "percentage", "country_count", "event")
