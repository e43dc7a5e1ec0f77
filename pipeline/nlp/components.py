"""Imports every component module so that their factories are registered with spaCy."""

from pipeline.nlp import context, countries, events, money, percentages  # noqa: F401
