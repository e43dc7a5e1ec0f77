"""Documents not in English are reported, never run through the English rules."""

from __future__ import annotations

import pytest

from pipeline.ingest import load_source
from pipeline.ingest.language import not_english

ENGLISH = (
    "The President said that the cooperation between the two countries had grown over the "
    "last year. Trade went up by 15 percent, and investment in the energy sector rose. We are "
    "ready to go on with this dialogue in all areas, he added at the news conference. "
) * 2
FRENCH = (
    "Le président a déclaré que la coopération entre les deux pays avait progressé de manière "
    "significative au cours de l'année dernière. Les échanges commerciaux ont augmenté de 15 "
    "pour cent, et les investissements dans le secteur de l'énergie se sont développés. Nous "
    "sommes prêts à poursuivre ce dialogue dans tous les domaines, a-t-il ajouté à Moscou."
)
GERMAN = (
    "Der Präsident sagte, dass die Zusammenarbeit zwischen den beiden Ländern im vergangenen "
    "Jahr deutlich vorangekommen sei. Der Handel sei um 15 Prozent gewachsen, und die "
    "Investitionen im Energiesektor hätten sich entwickelt. Wir sind bereit, diesen Dialog in "
    "allen Bereichen fortzusetzen, fügte er auf der Pressekonferenz in Moskau hinzu, und die "
    "Delegationen haben weitere Gespräche über die Zukunft vereinbart."
)
RUSSIAN = (
    "Президент заявил, что сотрудничество между двумя странами значительно продвинулось в "
    "прошлом году. Товарооборот вырос на 15 процентов."
)
NAMES = (
    "Greetings were sent to President Ivan Petrov, President Anna Sokolova, President Oleg "
    "Orlov, President Pavel Lebedev, President Maria Ivanova and President Boris Berg."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (ENGLISH, None),
        (NAMES, None),  # capitalised names do not count against English
        ("Trade grew.", None),  # too short to tell
        (FRENCH, "does not read as English"),
        (GERMAN * 2, "does not read as English"),
        (GERMAN, None),  # under 40 lower-case words: too short to tell
        (RUSSIAN, "Cyrillic script"),
    ],
)
def test_not_english(text, words):
    reason = not_english(text)
    if words is None:
        assert reason is None
    else:
        assert words in reason


@pytest.mark.parametrize(
    ("text", "compiled"),
    [(ENGLISH, False), (FRENCH, False), (NAMES, False), (RUSSIAN, True), (GERMAN * 2, False)],
)
def test_other_scripts_compiled_only_for_a_text_not_mostly_ascii(text, compiled):
    # their wide character classes are compiled when a text needs them (issue 19, cold start):
    # the ASCII letters of these English, French and German texts settle the letter tests
    from pipeline.ingest import language

    language._other_scripts.cache_clear()
    language._script_patterns.cache_clear()
    reason = language.not_english(text)
    assert language._other_scripts.cache_info().currsize == int(compiled)
    assert language._script_patterns.cache_info().currsize == int(compiled)
    assert (reason is not None and "Cyrillic script" in reason) == compiled


def test_a_russian_record_is_an_error_and_the_english_one_a_document(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        f'{{"id": "ru", "text": "{RUSSIAN}"}}\n{{"id": "en", "text": "{ENGLISH}"}}\n',
        encoding="utf-8",
    )
    russian, english = load_source(str(path))
    assert russian.kind == "unsupported_language" and russian.source.endswith("mixed.jsonl:1")
    assert english.doc_id == "en"


@pytest.mark.parametrize(
    "sample",
    [
        "",
        ENGLISH,
        FRENCH,
        GERMAN,
        RUSSIAN,
        "Ǆemal Ẁales ſtate \u212a \u00bf\u00c0\u024f\u0250\u1dff\u1e00\u1eff\u1f00 AZaz@[`{",
        "lone \ud800 surrogate, x\u00d7y \u00f7 z",
        "".join(map(chr, range(0x2000))),
    ],
)
def test_latin_letters_counted_in_bytes_as_the_regex_counts_them(sample):
    from pipeline.ingest.language import _LATIN, _count, _count_latin

    assert _count_latin(sample) == _count(_LATIN, sample)


@pytest.mark.parametrize(
    "sample",
    [
        "the crew’s boat isn’t late, o’clock",
        "’tis ’ a ’’ b’’c d’e’f g'’h i’J k’9 l’_m n’ ’o",
        "WON’T can’t Can’t x’é y’z",
        "’" * 5 + "a’" * 7 + " b’c",
        ENGLISH.replace("'", "’"),
    ],
)
def test_curly_apostrophes_read_before_the_words_are_found(sample):
    # not_english reads "’" as "'" in the sample before it finds the words: the same words as
    # finding them first and replacing "’" in each
    from pipeline.ingest.language import _WORD

    found_then_replaced = [word.replace("’", "'") for word in _WORD.findall(sample)]
    assert _WORD.findall(sample.replace("’", "'")) == found_then_replaced
    assert not_english(sample) == not_english(sample.replace("’", "'"))
