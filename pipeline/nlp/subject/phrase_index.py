"""Rule phrases indexed by their first or last word, so that a rule tries only the phrases that
can match where a word stands (one dictionary look-up instead of every phrase; issue 19).
"""

from __future__ import annotations

# (id of a tuple of phrases or links, by last word, of links) -> (the tuple, its index): built
# once per rule tuple, keyed by identity and keeping the tuple so that its id is not reused
_WORD_INDEXES: dict[tuple[int, bool, bool], tuple[tuple, dict[str, tuple] | None]] = {}


def _word_index(items: tuple, last: bool, links: bool) -> dict[str, tuple] | None:
    """`items` by the first word of each one's phrase (`last`: its last word), in their order.
    `items` are phrases (word tuples) or, with `links`, (phrase, mode) pairs. A phrase that is
    empty has no such word: a link with one is left out (it never links), and for phrases the
    index is None (every phrase must then be tried)."""
    key = (id(items), last, links)
    cached = _WORD_INDEXES.get(key)
    if cached is None or cached[0] is not items:
        index: dict[str, tuple] | None = {}
        for item in items:
            phrase = item[0] if links else item
            if not phrase:
                if links:
                    continue
                index = None
                break
            at = phrase[-1] if last else phrase[0]
            index[at] = (*index.get(at, ()), item)
        cached = _WORD_INDEXES[key] = (items, index)
    return cached[1]


# (ids of the tuples of phrases) -> (the tuples, the first words of all their phrases or None)
_FIRST_WORDS: dict[tuple[int, ...], tuple[tuple, frozenset[str] | None]] = {}


def _first_words(lists: tuple[tuple, ...]) -> frozenset[str] | None:
    """The first words of the phrases (word tuples) of every tuple of `lists`: a phrase of them
    can match only where one of these words stands. None when a phrase is empty (it has no
    first word: every place must then be tried). Built once per tuple of rule lists, kept by
    identity (the rule lists live as long as their rules)."""
    key = tuple(id(phrases) for phrases in lists)
    cached = _FIRST_WORDS.get(key)
    # the same ids are the same tuples while the cache holds them: `!=` answers at the
    # identity test of each element
    if cached is None or cached[0] != lists:
        # the words `_word_index` files each tuple's phrases under (None: an empty phrase)
        indexes = [_word_index(phrases, last=False, links=False) for phrases in lists]
        words = None if any(i is None for i in indexes) else frozenset().union(*indexes)
        cached = _FIRST_WORDS[key] = (lists, words)
    return cached[1]


def _links_ending(links: tuple, word: str) -> tuple:
    """The (phrase, mode) pairs of `links` whose last word is `word`, in their order: only those
    can match before a figure preceded by `word` (one dictionary look-up per figure instead of
    trying every link phrase)."""
    return _word_index(links, last=True, links=True).get(word, ())


def _last_words(phrases: tuple) -> set[str] | None:
    """The last words of `phrases`; None when one of them is empty (it has none: every phrase
    must then be tried)."""
    return {p[-1] for p in phrases} if all(phrases) else None


def _phrases_with(phrases: tuple, word: str, last: bool = False) -> tuple:
    """The phrases (word tuples) of `phrases` whose first word (`last`: last word) is `word`, in
    their order: only those can match where that word stands (one dictionary look-up instead
    of trying every phrase). All of `phrases` when one of them is empty (it has no such word:
    the caller's own test decides), so the answer is always the caller's slow loop's."""
    index = _word_index(phrases, last, links=False)
    return phrases if index is None else index.get(word, ())
