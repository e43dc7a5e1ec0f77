"""Rule data (JSON/JSONL) for the speechfacts components, installed as ``pipeline.rules``."""
