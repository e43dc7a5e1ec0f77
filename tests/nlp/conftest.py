"""Fixtures shared by the NLP tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def events_component():
    """The events component of the pipeline `extract_facts` uses for events (a first call
    builds that pipeline), for tests that swap its rules with `monkeypatch`."""
    from pipeline import _PIPELINES, _types_key, extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t",
        source="<test>",
        paragraphs=["The President greeted the Polar Summit."],
        title="News",
        date="2021-06-07",
    )
    list(extract_facts(speech, types="event"))
    nlp = _PIPELINES[_types_key("event")]
    return next(pipe for _, pipe in nlp.pipeline if hasattr(pipe, "_day_from_later_sentence"))
