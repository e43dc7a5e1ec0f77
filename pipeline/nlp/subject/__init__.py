"""The subject component: a short phrase for what a figure measures ("trade turnover", "GDP growth",
"exports of weapons and military equipment"), read from the tokens of its sentence.

The pipeline has no tagger or parser, so the rules (models/rules/subjects.json) work on words:

- before the figure, a link ("amounted to", "reached", "was", "grew by", "stood at", "exceeded")
  preceded by a noun phrase whose head is a measure noun ("exports", "budget", "inflation"), with
  modifiers ("trade", "Russian", "Russia's") and prepositional phrases after the head ("of weapons
  and military equipment", "between Russia and China"); auxiliaries and time words between the
  phrase and the link are skipped ("Trade turnover last year amounted to");
- right before the figure, a measure noun directly linked to it ("a budget of", "inflation at",
  "imports by", "contracts worth");
- after the figure, a measure noun right after it ("a 15 percent stake", "a $5 billion loan") or
  after "in"/"of"/"worth of" ("$5 billion in investment", "20 percent of GDP").

"the volume of trade", "an increase in wages" give the inner phrase ("trade", "wages"). Precision
first: a subject is set only when one of these patterns fires with a measure noun as its head,
never across other figures, pronouns or clause words; otherwise it stays null.

Runs after the extractors (so that other facts' words are known) and before the context component.

The modules:

- `component`: the spaCy component and its factory; `fact_refusals`: refusals read from a
  figure's record after the finder; `organisation_heads`: an organisation head's own figures;
- `finder`: `_Finder`, the subject of one figure, put together from its mixins:
  `word_classes`, `phrase_builders`, `links_before`, `after_figure`, `ellipses`,
  `continued_figures` (the readings) and `shares`, `wholes`, `one_off_amounts`, `owners`,
  `targets`, `cut_phrases`, `restrictions` (the refusals);
- `units`: the words of a sentence; `rule_lists`: the compiled rules; `phrase_index`: rule
  phrases by word.
"""

from pipeline.nlp.subject.component import (
    SUBJECT_TYPES,
    SubjectAnnotator,
    make_subject_annotator,
)
from pipeline.nlp.subject.finder import _Finder, _opening_of_previous, find_subject
from pipeline.nlp.subject.organisation_heads import organisation_head, own_measure
from pipeline.nlp.subject.phrase_index import _last_words, _phrases_with
from pipeline.nlp.subject.rule_lists import SubjectRules, subject_rules
from pipeline.nlp.subject.units import (
    _POSSESSIVE,
    Unit,
    _is_word,
    _number_word,
    sentence_units,
)

__all__ = [
    "SUBJECT_TYPES",
    "SubjectAnnotator",
    "SubjectRules",
    "Unit",
    "_Finder",
    "_POSSESSIVE",
    "_is_word",
    "_last_words",
    "_number_word",
    "_opening_of_previous",
    "_phrases_with",
    "find_subject",
    "make_subject_annotator",
    "organisation_head",
    "own_measure",
    "sentence_units",
    "subject_rules",
]
