"""Imports every component module so that their factories are registered with spaCy."""

from pipeline.nlp import (  # noqa: F401
    context,
    countries,
    events,
    money,
    percentages,
    physical,
    scope,
    sentences,
    subject,
)
