"""A part's share of a whole said with a share link, for the finder (round sub57): "Lakeland
cheese accounts for 30 percent of the northern market" gives "share of Lakeland cheese in the
northern market", where the part alone or the whole alone would name another measure
(`Shares.part_without_its_whole` refuses both). Only when both sides are named in the clause:
no pronoun, pointing word or unnamed unit in either, a part that opens its clause, a whole that
ends its clause with at least `part_share_min_whole_words` words that say which whole, not a
name on both sides, no organisation's proper name as the part (one firm's own figure), and no
modal, target or deadline.
"""

from __future__ import annotations

from pipeline.nlp.places import find_places
from pipeline.nlp.subject.phrase_index import _phrases_with
from pipeline.nlp.subject.units import _is_place


class PartShares:
    """A mixin of `_Finder`: "<part> accounts for N percent of <whole>"."""

    def part_share(self) -> str | None:
        """ "share of <part> in <whole>" for a percentage after a link of `share_links` with
        "of" right after the figure, when the rules of `part_share_*` find both sides named;
        else None. Sets `span` to the part's start and the whole's end."""
        r = self.rules
        if not r.part_share_max_words or self.fact_type != "percentage":
            return None
        if not self.words_match(self.fe, ("of",)):
            return None
        link = self.share_link_start()
        if link is None:
            return None
        part = self.part_before(link)
        whole = self.whole_after(self.fe + 1)
        if part is None or whole is None:
            return None
        if self.organisation_part(*part):
            # "Pine Railways accounts for 3 percent of national freight investment": one
            # firm's own share, which its key (without the name) cannot hold (round fix58c)
            return None
        if self.named_in(*part) and self.named_in(*whole):
            # "Brazil accounts for 30 percent of Lakeland's trade": one scope cannot hold both
            # names, and the key would keep neither
            return None
        part_text = self.text(*part)
        whole_text = self.text(*whole)
        if not part_text or not whole_text:
            return None
        if self.opens_with_a_place(part[0], part_text):
            # "South Africa accounts for": `text` lower-cases a sentence's common first word,
            # which would leave "south" in the key once the place is read as the scope
            part_text = self.u[part[0]].text[:1] + part_text[1:]
        self.span = (self.u[part[0]].start, self.u[whole[1]].end)
        return f"share of {part_text} in {whole_text}"

    def share_link_start(self) -> int | None:
        """The first position of the share link that ends right before the figure (words of
        `skip_after` read over), or None."""
        r = self.rules
        end = self.fs
        while end - 1 >= 0 and self.free_word(end - 1) and self.u[end - 1].lower in r.skip_after:
            end -= 1
        last_word = self.u[end - 1].lower if end >= 1 else ""
        return next(
            (
                end - len(p)
                for p in _phrases_with(r.share_links, last_word, last=True)
                if self.words_match(end - len(p), p)
            ),
            None,
        )

    def part_before(self, link: int) -> tuple[int, int] | None:
        """(first, last) of the noun phrase before the link, which must open the clause (after
        the sentence's start, a mark or a word of `part_share_openers`) and hold no word of
        `part_share_refused`; a word of `part_share_before_link` ("will", "should")
        right before the link refuses it (a forecast or a target). An opener that is
        also a pointing word ("that") opens the clause only after a word: `pointing_opener`."""
        r = self.rules
        last = link - 1
        if last >= 0 and self.free_word(last) and self.u[last].lower in r.part_share_before_link:
            return None
        last = self.skip_time_back(last)
        if last < 0 or not self.chunk_word(last):
            return None
        first = last
        most = r.part_share_max_words
        while first - 1 >= 0 and self.chunk_word(first - 1) and last - first < most:
            first -= 1
        if last - first + 1 > r.part_share_max_words:
            return None
        while first < last and self.u[first].lower in r.part_share_openers:
            first += 1  # "; and fuel accounts for": the joiner opens the clause
        before = first - 1
        if before >= 0 and not (
            (not self.u[before].word and not self.u[before].text[:1].isalnum())
            or (self.free_word(before) and self.u[before].lower in r.part_share_openers)
        ):
            return None  # "he said Russians account for": not a clause's whole subject
        if self.pointing_opener(before):
            return None  # "That gas accounts for", ", and that gas": not a conjunction
        if self.refused_words(first, last):
            return None
        return first, last

    def whole_after(self, k: int) -> tuple[int, int] | None:
        """(first, last) of the whole after "of" at k - 1: the words up to the clause's end (a
        mark, another figure or the sentence's end), at least `part_share_min_whole_words`
        words other than determiners, prepositions and `part_share_vague_words` ("all",
        "entire"), none of `part_share_refused`, and no "the" with one word after "of" or
        another preposition ("of the market": a whole said before); a restrictive clause after
        it ("of the workers who ...") refuses it, as a restriction left out."""
        r = self.rules
        first = k
        while k < len(self.u) and self.free_word(k):
            if self.u[k].lower in r.restrictive_followers or self.u[k].lower in r.boundary:
                return None
            k += 1
        if k < len(self.u) and self.u[k].fact is not None:
            return None  # "of GDP and 24 percent of ...": a list of shares
        last = k - 1
        if last < first or last - first + 1 > r.part_share_max_words:
            return None
        content = [
            i
            for i in range(first, last + 1)
            if self.u[i].lower not in r.determiners
            and self.u[i].lower not in r.preps
            and self.u[i].lower not in r.part_share_vague_words
        ]
        if len(content) < r.part_share_min_whole_words or self.refused_words(first, last):
            return None
        for i in range(first, last):
            # "of the Lakeland segment of the market": "the" and one word name a whole said
            # before (which market?), at the whole's start or after a preposition in it
            opens = i == first or self.u[i - 1].lower in r.preps
            alone = i + 1 == last or self.u[i + 2].lower in r.preps
            if opens and self.u[i].lower == "the" and alone:
                return None
        return first, last

    def refused_words(self, first: int, last: int) -> bool:
        """A word of `part_share_refused` (a pronoun, a pointing word, an unnamed unit) among
        the positions first..last."""
        refused = self.rules.part_share_refused
        # "company’s" as "company's": the list's possessives are written with "'"
        return any(self.u[i].lower.replace("’", "'") in refused for i in range(first, last + 1))

    def pointing_opener(self, i: int) -> bool:
        """The opener at i is also a pointing word of `part_share_refused` ("that") and opens
        its clause itself (at the sentence's start, after a mark or after another opener):
        "That gas accounts for", ", and that gas accounts for" point to a gas said before. After
        any other word ("he said that gas accounts for") it is a conjunction."""
        r = self.rules
        if not (self.free_word(i) and self.u[i].lower in r.part_share_refused):
            return False
        return not (self.free_word(i - 1) and self.u[i - 1].lower not in r.part_share_openers)

    def organisation_part(self, first: int, last: int) -> bool:
        """Two or more capitalised words in a row among first..last (the sentence's first word
        too) that are not together a place's name, with a word in the run that names no place:
        an organisation's proper name ("Pine Railways", "Lakeland Copper Mines"), not a country
        ("South Africa") nor a place's adjective before a common noun ("Lakeland cheese")."""
        i = first
        while i <= last:
            if not (self.u[i].word and self.u[i].text[:1].isupper()):
                i += 1
                continue
            j = i
            while j + 1 <= last and self.u[j + 1].word and self.u[j + 1].text[:1].isupper():
                j += 1
            if j > i:
                run = " ".join(self.u[k].text for k in range(i, j + 1))
                whole_place = any(
                    p.start == 0 and p.end == len(run) for p in find_places(self.ruleset, run)
                )
                if not whole_place and any(
                    not _is_place(self.ruleset, self.u[k].text) for k in range(i, j + 1)
                ):
                    return True
            i = j + 1
        return False

    def opens_with_a_place(self, first: int, part_text: str) -> bool:
        """Whether the part's first word, written with a capital, opens a place's name of more
        than one word ("South Africa", "New Zealand") that `part_text` wrote in lower case."""
        head = self.u[first].text
        if not head[:1].isupper() or part_text[:1] == head[:1]:
            return False
        written = head[:1] + part_text[1:]
        return any(
            p.start == 0 and " " in written[: p.end] for p in find_places(self.ruleset, written)
        )

    def named_in(self, first: int, last: int) -> bool:
        """A capitalised word among first..last other than the sentence's first: a country's,
        company's or body's name ("Lakeland's", "Pine Railways")."""
        return any(
            (i > 0 and self.u[i].word and self.u[i].text[:1].isupper())
            or (i == 0 and self.proper_name(i))  # a capital that may only open the sentence
            for i in range(first, last + 1)
        )
