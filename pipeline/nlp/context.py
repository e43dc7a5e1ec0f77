"""The context component: who said each fact (speaker turns, else the person a quotation or
reported speech is attributed to) and the year it is tied to (period).

Runs after the extractors. Speakers come from the turns that ingestion found (`doc._.turns`);
periods from `temporal.period_for`, resolved against `doc._.doc_date` (attribute names as the
component's `extension_names` say).
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.base import RULES_CONFIG, SCAN_KEY, RuleComponent
from pipeline.nlp.extensions import doc_text, span_text
from pipeline.nlp.speakers import quote_speaker
from pipeline.nlp.temporal import doc_month, doc_year, period_for


class ContextAnnotator(RuleComponent):
    rule_files = ("temporal", "speakers")

    def annotate(self, doc: Doc) -> Doc:
        # the numeric scan is working data: the Doc keeps the facts only
        doc.user_data.pop(SCAN_KEY, None)
        if self.names.spans_key not in doc.spans:
            return doc
        turns = self.names.context(doc, "turns") or []
        turn_starts = [t[0] for t in turns]
        year = doc_year(self.names.context(doc, "doc_date"))
        month = doc_month(self.names.context(doc, "doc_date"))
        has_sents = doc.has_annotation("SENT_START")
        # events by sentence, so that a figure said in the same sentence can name its event
        events_by_sentence: dict[int, str] = {}
        if has_sents:
            for span in self.names.facts(doc):
                if span.label_ == "event":
                    events_by_sentence.setdefault(
                        span.sent.start, self.names.fields_of(span)["name"]
                    )
        names: dict[str, str] = {}  # full names of quoted speakers, looked up once per doc
        for span in self.names.facts(doc):
            fact = self.names.fields_of(span)
            start, end = fact["start"], fact["end"]
            speaker = None
            i = bisect.bisect_right(turn_starts, start) - 1
            if i >= 0 and turns[i][0] <= start < turns[i][1]:
                speaker = turns[i][2]
            source = "turn" if speaker else None
            if speaker is None:
                speaker = quote_speaker(self.rules, doc_text(doc), start, end, names)
                source = "quote" if speaker else None
            fact["speaker"] = speaker
            fact["speaker_source"] = source
            if fact["type"] != "event":
                if has_sents:
                    sent = span.sent
                    offset = sent.start_char
                    fact["period"] = period_for(
                        self.rules,
                        span_text(sent),
                        start - offset,
                        end - offset,
                        year,
                        month,
                        change=fact.get("change"),
                    )
                    fact["event"] = events_by_sentence.get(sent.start)
                else:
                    fact["period"] = period_for(
                        self.rules,
                        doc_text(doc),
                        start,
                        end,
                        year,
                        month,
                        change=fact.get("change"),
                    )
            self.names.set_fields(span, fact)
        return doc


@Language.factory(
    "speechfacts_context",
    default_config=RULES_CONFIG,
    assigns=["span._.fact"],
    requires=["doc.spans", "token.is_sent_start"],
)
def make_context_annotator(
    nlp: Language, name: str, rules_dir: str | None, extension_names: dict[str, str]
) -> ContextAnnotator:
    return ContextAnnotator(nlp, name, rules_dir, extension_names)
