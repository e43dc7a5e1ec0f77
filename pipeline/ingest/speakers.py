"""Speaker labels: recognise "Name:" at the start of a paragraph, and read what a label says.

`find_label` finds a label at a paragraph's start; `read_label` tells what it is: a person
("President of Russia Vladimir Putin" -> speaker "Vladimir Putin", role "official"), a role
("Q" -> "Question", journalist), a bare title ("THE PRESIDENT"), an answer, an unnamed voice
("Remark"), or no label at all ("Note", "Source"). `full_name` finds the person a short name
("Putin", "V.V. Putin") stands for in the same document. The word lists are rule data
(models/rules/speakers.json). Every input format uses these functions: HTML passes its bold labels
(`strict=False`: bold is already strong evidence of a label), text formats the labels of their
text (pipeline.ingest.turns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.ingest.language import function_words
from pipeline.nlp.rules import installed_rule_data


@dataclass(frozen=True)
class _Rules:
    connectives: frozenset[str]
    particles: frozenset[str]
    title_words: frozenset[str]
    regnal_titles: frozenset[str]
    not_labels: frozenset[str]
    continuing: frozenset[str]
    no_speaker: frozenset[str]
    answers: frozenset[str]
    role_labels: dict[str, tuple[str, str]]  # label word(s) -> (canonical speaker, role)
    roles: tuple[tuple[str, frozenset[str]], ...]  # (role, phrases), in order
    remarks: frozenset[str]
    stop_words: frozenset[str]
    description_words: frozenset[str]  # stop words a description after a comma may hold
    address_words: frozenset[str]  # salutation words ("Colleagues, Friends:"), never a name


@cache
def rules() -> _Rules:
    data = installed_rule_data(
        "speakers",
        required=(
            "connectives",
            "particles",
            "title_words",
            "regnal_titles",
            "not_labels",
            "continuing_labels",
            "no_speaker_labels",
            "answer_labels",
            "role_labels",
            "roles",
            "remarks",
            "label_stop_words",
        ),
    )
    role_labels = {
        alias: (name, spec["role"])
        for name, spec in data["role_labels"]["speakers"].items()
        for alias in spec["labels"]
    }
    roles = tuple(
        (role, frozenset(data["roles"][role])) for role in ("official", "journalist", "moderator")
    )
    return _Rules(
        connectives=frozenset(data["connectives"]["words"]),
        particles=frozenset(data["particles"]["words"]),
        title_words=frozenset(data["title_words"]["words"]),
        regnal_titles=frozenset(data["regnal_titles"]["words"]),
        not_labels=frozenset(data["not_labels"]["labels"]),
        continuing=frozenset(data["continuing_labels"]["labels"]),
        no_speaker=frozenset(data["no_speaker_labels"]["labels"]),
        answers=frozenset(data["answer_labels"]["labels"]),
        role_labels=role_labels,
        roles=roles,
        remarks=frozenset(data["remarks"]["phrases"]),
        stop_words=frozenset(data["label_stop_words"]["words"]),
        description_words=frozenset(data["label_stop_words"]["after_name_words"]),
        address_words=frozenset(data["label_stop_words"]["salutation_words"]),
    )


_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az|ibn|bin|abu|ben)-[^\W\d_]", re.I)
_PATRONYMIC = re.compile(r"(?:ich|vna|ichna)$")
_PARENS = re.compile(r"\s*[(\[]([^)\]]*)[)\]]")
_WORD_OK = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_LETTERS = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# "V.", "V.V.", "V": initials before a surname; "V.Putin" is split into "V." and "Putin"
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_]$")
_GLUED_INITIALS = re.compile(r"^((?:[^\W\d_]\.){1,3})([^\W\d_][\w'’\-]+)$")

_MAX_LABEL_WORDS = 20
# a bold HTML label may name a long title ("Head of the Department of ... at the Academy of ...
# Ivan Petrov"): the bold is already strong evidence of a label
_MAX_BOLD_LABEL_WORDS = 30
_SPACE_COMMA = re.compile(r"\s+,")
_MAX_NAME_WORDS = 4  # a personal name alone before a comma ("Ivan Petrov, engineer")
_DASHES = frozenset("- – —".split())
_LABEL_SCAN = 300  # a label colon further into the paragraph than this is not a label
# a document says who is who near its start (title, lead, first labels); searching only there
# keeps the work per name bounded on any document
NAME_SEARCH_CHARS = 20_000
_OPENING = "\"“‘'«([„"

# What a label is (Label.kind)
PERSON = "person"  # names a person: speaker = the name without titles
ROLE = "role"  # names a role ("Question", "Moderator"): speaker = the canonical role name
TITLE = "title"  # a bare title ("THE PRESIDENT"): the person holding it, where the text says
ANSWER = "answer"  # "Answer:": the one named person of an interview, else nobody
NO_SPEAKER = "no_speaker"  # an unnamed voice ("Remark:"): a turn without a speaker
NOT_LABEL = "not_label"  # editorial ("Note:", "Source:"): no turn at all
CONTINUING = "continuing"  # a point inside one's words ("Second:"): the turn goes on

ROLES = ("official", "journalist", "moderator", "other")


@dataclass(frozen=True)
class Label:
    """What one speaker label says."""

    text: str  # the label as written, without the colon
    kind: str  # PERSON, ROLE, TITLE, ANSWER, NO_SPEAKER, NOT_LABEL or CONTINUING
    speaker: str | None  # the name (PERSON), canonical role (ROLE), title as written (TITLE)
    role: str | None  # official, journalist, moderator, other; None when the label does not say
    long_name: str | None = None  # a three-word name the label may hold ("Recep Tayyip Erdogan")


def strip_remarks(label: str) -> str:
    """Drop parenthesised remarks such as "(retranslated)" and normalise spaces (a comma kept
    on the word before it: "Ivan Petrov (Freedonia), engineer" -> "Ivan Petrov, engineer")."""
    core = " ".join(_PARENS.sub(" ", label).split())
    return _SPACE_COMMA.sub(",", core) if " ," in core else core


def _is_capitalised(word: str) -> bool:
    # "el-Sisi", "al-Bashir": a lowercase Arabic article still starts a capitalised name.
    return word[:1].isupper() or bool(_ARTICLE_NAME.match(word))


def _bare(word: str) -> str:
    return word.strip(".,;:").lower()


def fold_case(text: str) -> str:
    """An all-capitals label in the usual case: "VLADIMIR PUTIN" -> "Vladimir Putin",
    "PRESIDENT OF RUSSIA" -> "President of Russia", "KING ABDULLAH II" -> "King Abdullah II",
    "PRESIDENT PUTIN (as interpreted)" -> "President Putin (as interpreted)". A label with
    lower-case letters outside parentheses is returned as it is."""
    letters = "".join(_LETTERS.findall(strip_remarks(text)))
    if len(letters) < 2 or not letters.isupper():
        return text
    connectives = rules().connectives
    out = []
    for index, word in enumerate(text.split(" ")):
        if not word.isupper() or (_ROMAN.match(word) and index > 0):
            out.append(word)  # a remark in lower case, a regnal number
        elif index > 0 and word.lower() in connectives:
            out.append(word.lower())
        else:
            out.append(_LETTERS.sub(lambda m: m.group(0).capitalize(), word))
    return " ".join(out)


def _title_opening(words: list[str]) -> bool:
    """A label may open with a title word in lower case ("chairman of the Board of Eastport
    Bank Ivan Petrov"): the site's typing, not a sentence, when a preposition follows it. Bold
    HTML labels and text labels alike: a page's text saved as plain text, JSON or CSV keeps the
    site's lower case, and a text label must still end in a name (`looks_like_label`)."""
    return len(words) > 2 and _bare(words[0]) in rules().title_words and words[1] == "of"


def looks_like_label(label: str, strict: bool = True) -> bool:
    """True when `label` (text before the colon) reads like a speaker label.

    Both: at most 20 words (30 not strict), no sentence punctuation, the last word capitalised.
    strict (text formats): every word is capitalised or a connective ("President of Russia
    Vladimir Putin"), or the label ends in a name of two words or more and its other lower-case
    words are no sentence words ("Editor-in-chief of the Northern Courier newspaper Oleg Smirnov",
    not "President Putin met with Prime Minister Narendra Modi").
    not strict (bold HTML label): at least half the words capitalised; commas allowed where the
    label names a person (`_comma_label_ok`).
    """
    core = strip_remarks(label)
    words = [w for w in core.split() if w not in _DASHES]
    if not words or not (_is_capitalised(words[0]) or _title_opening(words)):
        return False
    if any(ch in core for ch in ';!?"“”'):
        return False
    if "," in core:
        return _comma_label_ok(words) and (not strict or _text_comma_label_ok(words))
    if not all(_WORD_OK.match(w) for w in words):
        return False
    limit = _MAX_LABEL_WORDS if strict and not _ends_in_name(words) else _MAX_BOLD_LABEL_WORDS
    if len(words) > limit or not _is_capitalised(words[-1]):
        return False
    r = rules()
    lower = _lower_case_words(words)
    if strict:
        if not lower:
            return True
        if _bare(words[0]) in r.role_labels and lower == [words[1]] and words[1] == "from":
            return True  # "Question from Nizhny Novgorod Region"
        if any(w.lower() in r.stop_words for w in lower) or len(lower) * 2 > len(words):
            return False
        return len(_name_run(_split_initials(words))) >= 2
    content = [w for w in words if w not in r.connectives]
    if sum(_is_capitalised(w) for w in content) * 2 >= len(content):
        return True
    # bold is stronger evidence than a text format's paragraph: what a text label may be, a bold
    # one may be too ("President of the Lake association of small businesses Ivan Petrov")
    return looks_like_label(label, strict=True)


def _lower_case_words(words: list[str]) -> list[str]:
    """A label's words in lower case that are no connective or particle ("moderator", "said";
    not "of", "van"): the words that may make it a sentence rather than a title."""
    r = rules()
    skipped = r.connectives | r.particles
    return [w for w in words if not _is_capitalised(w) and w not in skipped]


def _text_comma_label_ok(words: list[str]) -> bool:
    """A text label holding commas: a bold label's title typed out ("Minister of Roads, Bridges
    and Tunnels Ivan Petrov", "Adviser to the President, Chairman of the Lake Council Ivan
    Petrov"). Without the bold, more must hold than `_comma_label_ok` asks: a title word, every
    lower-case word a title word or a connective, a name at the end, and no opening a sentence
    or a greeting has ("Before the talks, ...", "Dear Mr President, ...", "Moreover, ...")."""
    r = rules()
    first = _bare(words[0])
    if first in function_words() or first in r.address_words | r.continuing | r.not_labels:
        return False
    if not any(is_title_word(w) for w in words) or not _ends_in_name(words):
        return False
    lower = _lower_case_words(words)
    return all(is_title_word(w) for w in lower)


def _segments(words: list[str]) -> list[list[str]]:
    """A label's words cut at its commas, the commas dropped: "Head of Tours, Pope Leo XX" ->
    [["Head", "of", "Tours"], ["Pope", "Leo", "XX"]]."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word.endswith(","):
            parts[-1].append(word.rstrip(","))
            parts.append([])
        else:
            parts[-1].append(word)
    return parts


def _is_plain_name(words: list[str]) -> bool:
    """A personal name and nothing else ("Ivan Petrov", "Anna van der Berg", "Oleg"): at most
    four words, capitalised or particles, none a title, connective, common or salutation word,
    nor a label word of the rules ("Moreover", "Question", "Note")."""
    r = rules()
    if not words or len(words) > _MAX_NAME_WORDS or words[0] in r.particles:
        return False
    for word in words:
        if word in r.particles:
            continue
        bare = _bare(word)
        if (
            not _is_capitalised(word)
            or is_title_word(word)
            or bare in r.connectives
            or bare in r.address_words
            or bare in r.stop_words
            or bare in function_words()
            or bare in r.role_labels
            or bare in r.continuing
            or bare in r.not_labels
            or bare in r.no_speaker
            or _ROMAN.match(word)
        ):
            return False
    return True


def _name_first(parts: list[list[str]]) -> bool:
    """The label is a name and then what the person is: "Ivan Petrov, engineer at the Volga
    Shipyard", "Anna Berg, Channel Nine", "TV host Ivan Petrov, moderator of the session" (the
    label ends in lower case: the name is the one before the first comma). The name has two
    words or more (one word before a comma may be anything: "Healthcare, education:"), and what
    follows holds a title or occupation word, or is capitalised throughout (an organisation, a
    place), not a topic ("Foreign Trade, exports:"). `parts`: see `_segments`."""
    first, rest = parts[0], [w for part in parts[1:] for w in part]
    if len(first) < 2:
        return False
    if not (
        _is_plain_name(first)
        or (
            not _is_capitalised(rest[-1])
            and len(_name_words(_trailing_run(_split_initials(first)))) >= 2
        )
    ):
        return False
    r = rules()
    return all(_is_capitalised(w) or w in r.connectives for w in rest) or any(
        is_title_word(w) or any(_bare(w) in phrases for _, phrases in r.roles) for w in rest
    )


def _ends_in_name(words: list[str]) -> bool:
    """The words end in a personal name: two name words or more, a name after a regnal title
    ("Pope Leo XX"), or one after a title word ("Colonel Petrov"); not "Ladies and Gentlemen"."""
    words = _split_initials(words)
    run = _trailing_run(words)
    if not run:
        return False
    if run[-1] != words[-1] or len(_name_words(run)) >= 2:
        return True
    before = words[-len(run) - 1] if len(words) > len(run) else ""
    return bool(before) and is_title_word(before)


def _comma_label_ok(words: list[str]) -> bool:
    """A bold label holding commas (see `looks_like_label`): each part between the commas has
    words; no sentence words among the lower-case ones (see `rules().description_words`); and
    either a name comes first and a description follows ("Ivan Petrov, engineer at a plant",
    which needs no capitals), or at least half the words are capitalised and the last part ends
    in a personal name ("Minister of Roads, Bridges and Tunnels Ivan Petrov", "Deputy Mayor,
    Colonel Oleg Orlov"). Bold sentences ending in a colon stay text ("As for the harvest, I
    must say:", "Dear friends, colleagues:", "Healthcare, education:")."""
    if len(words) > _MAX_BOLD_LABEL_WORDS:
        return False
    parts = _segments(words)
    flat = [w for part in parts for w in part]
    if not all(parts) or not all(_WORD_OK.match(w) for w in flat):
        return False
    r = rules()
    lower = [_bare(w) for w in _lower_case_words(flat)]
    if any(w in r.stop_words and w not in r.description_words for w in lower):
        return False
    if _name_first(parts):
        return True
    if not _is_capitalised(flat[-1]):
        return False
    content = [w for w in flat if w not in r.connectives]
    if sum(_is_capitalised(w) for w in content) * 2 < len(content):
        return False
    return _ends_in_name(parts[-1])


def _name_part(words: list[str]) -> list[str]:
    """The words of a label whose end is the speaker's name: all of them, or for a label holding
    commas, the part before the first comma when the label is a name and a description
    (`_name_first`), else the part after the last one."""
    if not any(w.endswith(",") for w in words):
        return words
    parts = _segments(words)
    if not all(parts):
        return [w.rstrip(",") for w in words]
    return parts[0] if _name_first(parts) else parts[-1]


def find_label(paragraph_text: str, strict: bool = True) -> tuple[str, int] | None:
    """Find a speaker label at the start of a paragraph ("Vladimir Putin: Thank you").

    Returns (label, end_offset) where end_offset is just after the colon, or None.
    Rejects sentences ending in a colon ("He said:", "There are three points:"), times
    ("10:30"), list items ("1. Exports:", "- Trade:") and anything not capitalised. The colon is
    followed by a space, or directly by a capital letter or a quotation mark ("Chemezov:Mr
    President"); with `strict`, what follows does not start with a lower-case letter ("Listen:
    you should read it" is no label).
    """
    head = paragraph_text[:_LABEL_SCAN]
    colon = head.find(":")
    if colon <= 0:
        return None
    after = paragraph_text[colon + 1 : colon + 2]
    if after and not after.isspace() and not (after.isupper() or after in _OPENING):
        return None
    if strict and paragraph_text[colon + 1 :].lstrip()[:1].islower():
        return None
    label = paragraph_text[:colon].strip()
    if not looks_like_label(label, strict=strict):
        return None
    return label, colon + 1


def _split_initials(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        glued = _GLUED_INITIALS.match(word)
        out.extend(glued.groups() if glued else [word])
    return out


def _is_initial(word: str) -> bool:
    return bool(_INITIALS.match(word))


def _trailing_run(words: list[str]) -> list[str]:
    """The personal name at the end of a label's words, uncut: the trailing run of capitalised
    words (particles allowed between them), stopping at title words; after a regnal title, the
    words following it ("King Abdullah II of Jordan")."""
    r = rules()
    for index, word in enumerate(words[:-1]):
        if _bare(word) in r.regnal_titles and _is_capitalised(words[index + 1]):
            name: list[str] = []
            for part in words[index + 1 :]:
                if not (_is_capitalised(part) or part in r.particles):
                    break
                name.append(part)
            while name and name[-1] in r.particles:
                name.pop()
            return name
    run: list[str] = []
    for word in reversed(words):
        if _is_capitalised(word) and not is_title_word(word):
            run.append(word)
        elif word in r.particles and run:
            run.append(word)
        else:
            break
    while run and run[-1] in r.particles:  # a particle cannot start a name
        run.pop()
    run.reverse()
    return run


def is_title_word(word: str) -> bool:
    """A title, occupation or organisation word (\"President\", \"Editor-in-chief\")."""
    bare = _bare(word)
    title_words = rules().title_words
    return bare in title_words or any(part in title_words for part in bare.split("-") if part)


def _name_words(run: list[str]) -> list[int]:
    """Indexes of the words of a run that count as name words (capitalised particles such as
    "Van der" in "Alexander Van der Bellen" do not)."""
    particles = rules().particles
    return [i for i, w in enumerate(run) if _is_capitalised(w) and w.lower() not in particles]


def _name_run(words: list[str]) -> list[str]:
    """The name at the end of a label's words: at most two name words (given name and surname),
    three with a patronymic, initials, or when the whole label is a name ("Recep Tayyip
    Erdogan")."""
    run = _trailing_run(words)
    if run and run[-1] != words[-1]:
        return run  # after a regnal title: the name as written ("Hamad bin Isa Al Khalifa")
    caps = _name_words(run)
    limit = 2
    if len(caps) >= 3 and _PATRONYMIC.search(run[caps[-2]].lower()):
        limit = 3
    elif len(caps) == 3 and len(run) == len(words):
        limit = 3
    elif len(caps) >= 3 and all(_is_initial(run[i]) for i in caps[:-1]):
        limit = len(caps)  # "V. V. Putin"
    if len(caps) > limit:
        run = run[caps[-limit] :]
    return run


def _long_name(words: list[str]) -> str | None:
    """The three-word name a label may end in where `_name_run` keeps two ("President of Freedonia
    Ana Maria Lopez": "Ana Maria Lopez", or is it "Freedonia Ana Maria"?); the
    document decides (pipeline.ingest.turns)."""
    run = _trailing_run(words)
    caps = _name_words(run)
    if len(caps) < 3 or run[-1] != words[-1] or len(_name_words(_name_run(words))) != 2:
        return None
    return " ".join(run[caps[-3] :])


def _parenthesised(label: str) -> list[str]:
    return [" ".join(inner.split()) for inner in _PARENS.findall(label)]


def _is_remark(text: str) -> bool:
    return text.lower().strip(" .") in rules().remarks


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 5 and all(_is_capitalised(w) or w in rules().particles for w in words)


def speaker_from_label(label: str, name_hint: str | None = None) -> str | None:
    """Reduce a label to the speaker's name, titles and remarks removed.

    "President of Russia Vladimir Putin" -> "Vladimir Putin";
    "President of Uganda Yoweri Museveni (retranslated)" -> "Yoweri Museveni";
    "VLADIMIR PUTIN" -> "Vladimir Putin"; "The Prime Minister (Boris Johnson)" -> "Boris Johnson";
    "Question" -> "Question". `name_hint` (e.g. the text of a kremlin.ru person link inside the
    label) wins when given, since it is the name exactly as the site tagged it.
    """
    r = rules()
    if name_hint:
        hint = strip_remarks(name_hint).strip(" :")
        if hint and hint.split()[0].lower() not in r.regnal_titles:
            return fold_case(hint)
        if hint:
            label = hint  # "King Abdullah II of Jordan": reduce the hint like a label
    label = fold_case(label)
    core = strip_remarks(label).strip(" :")
    words = _split_initials(core.split())
    if not words:
        return None
    if len(words) == 1 or _bare(words[0]) in r.role_labels:
        return r.role_labels.get(_bare(words[0]), (words[0], None))[0]
    run = _name_run(_name_part(words))
    if not run:
        # a bare title: a parenthesised name names its holder ("The Prime Minister (Boris
        # Johnson)")
        for inner in _parenthesised(label):
            if not _is_remark(inner) and _looks_like_name(inner):
                return inner
        return core
    return " ".join(run)


def _role_of(label: str) -> str | None:
    """What the label's title says: official, journalist, moderator, other, or None (a bare
    name, or nothing known)."""
    r = rules()
    split = _split_initials(strip_remarks(label).split())
    words = [_bare(w) for w in split]
    text = " " + " ".join(words) + " "
    for role, phrases in r.roles:
        if any(f" {phrase} " in text for phrase in phrases):
            return role
    name = {_bare(w) for w in _name_run(_name_part(split))}
    titles = [w for w in words if w not in name and w not in r.connectives]
    honorifics = {"mr", "mrs", "ms", "dr", "sir", "madam", "the"}
    if any(w not in honorifics for w in titles):
        return "other"
    return None


# read_label's answers by (label, hint), for the rule tables they were read with: a transcript
# repeats its few labels, and an archive its speakers' (14,352 labels of the kremlin.ru archive
# are 1,800 distinct ones). A Label is immutable; the memo is emptied when it grows this large.
_MEMO_SIZE = 20_000
_memo: dict[tuple[str, str | None], Label] = {}
_memo_rules: list[_Rules] = []


def read_label(label: str, name_hint: str | None = None) -> Label:
    """What a speaker label says (see the module docstring)."""
    r = rules()
    if not _memo_rules or _memo_rules[0] is not r or len(_memo) >= _MEMO_SIZE:
        _memo.clear()
        _memo_rules[:] = [r]
    read = _memo.get((label, name_hint))
    if read is None:
        read = _memo[(label, name_hint)] = _read_label(r, label, name_hint)
    return read


def _read_label(r: _Rules, label: str, name_hint: str | None) -> Label:
    folded = fold_case(" ".join(label.split()))
    key = " ".join(_bare(w) for w in strip_remarks(folded).split())
    if key in r.not_labels:
        return Label(label, NOT_LABEL, None, None)
    if key in r.continuing:
        return Label(label, CONTINUING, None, None)
    if key in r.no_speaker:
        return Label(label, NO_SPEAKER, None, None)
    if key in r.answers:
        return Label(label, ANSWER, None, None)
    first = key.split(" ", 1)[0]
    alias = r.role_labels.get(key) or r.role_labels.get(first)
    if alias and not name_hint:
        return Label(label, ROLE, alias[0], alias[1])
    role = _role_of(folded)
    words = _name_part(_split_initials(strip_remarks(folded).split()))
    run = _name_run(words)
    if len(run) == 1 and len(words) > 1 and words[-2] in r.connectives and run[0] == words[-1]:
        run = []  # "Minister of Justice", "President of France": no personal name
    if not name_hint and not run:
        named = [
            inner
            for inner in _parenthesised(folded)
            if not _is_remark(inner) and _looks_like_name(inner)
        ]
        if named:
            return Label(label, PERSON, named[0], role)
        return Label(label, TITLE, strip_remarks(folded), role)
    speaker = speaker_from_label(label, name_hint)
    long_name = None if name_hint else _long_name(words)
    return Label(label, PERSON, speaker, role, long_name)


# --- the same person under several names in one document -----------------------------------------


def name_parts(name: str) -> tuple[list[str], str]:
    """(initials or given names, surname): "V.V. Putin" -> (["V.V."], "Putin")."""
    words = _split_initials(name.split())
    return words[:-1], words[-1] if words else ""


def is_short_name(name: str) -> bool:
    """A surname alone, or with initials only ("Putin", "V. Putin", "V.V.Putin")."""
    given, surname = name_parts(name)
    return bool(surname) and all(_is_initial(w) for w in given)


def _initials_fit(given: list[str], first_name: str) -> bool:
    letters = [ch for w in given for ch in w if ch.isalpha()]
    return not letters or first_name[:1].lower() == letters[0].lower()


def full_name(name: str, known: list[str], text: str = "") -> str:
    """The full name a short name stands for in this document: the one full name among `known`
    (the document's other speakers) with that surname and fitting initials, else the one full
    name in the first NAME_SEARCH_CHARS characters of `text` written after a title or twice
    ("President Vladimir Putin said" -> "Vladimir Putin"); the name unchanged when there is none
    or more than one."""
    if not is_short_name(name):
        return name
    given, surname = name_parts(name)
    lowered = surname.lower()
    matches = []
    for other in known:
        other_given, other_surname = name_parts(other)
        if (
            other_surname.lower() == lowered
            and other_given
            and not all(_is_initial(w) for w in other_given)
            and _initials_fit(given, other_given[0])
        ):
            matches.append(other)
    if len(set(matches)) == 1:
        return matches[0]
    if matches or not text:
        return name
    # given name -> was it written after a title ("President Vladimir Putin"), per mention; one
    # mention without a title ("East Germany") is too little to call it a person's name
    firsts: dict[str, list[bool]] = {}
    for before in _words_before(surname, text[:NAME_SEARCH_CHARS]):
        first = _first_name(before)
        if first and _initials_fit(given, first):
            firsts.setdefault(first, []).append(before.index(first) > 0)
    if len(firsts) == 1:
        first, titled = firsts.popitem()
        if any(titled) or len(titled) >= 2:
            return f"{first} {surname}"
    return name


@lru_cache(maxsize=256)
def _before_surname(surname: str) -> re.Pattern[str]:
    return re.compile(rf"((?:[A-Z][\w’'-]+ +){{1,3}}){re.escape(surname)}\b")


def _words_before(surname: str, text: str) -> list[list[str]]:
    """The capitalised words right before each mention of `surname` in `text`."""
    return [m.group(1).split() for m in _before_surname(surname).finditer(text)]


def _first_name(words: list[str]) -> str | None:
    """The given name in the capitalised words before a surname ("Russian President Vladimir"
    -> "Vladimir"): titles dropped from the left; a common word ("When Putin") is no name."""
    title_words = rules().title_words
    index = 0
    while index < len(words) and _bare(words[index]) in title_words:
        index += 1
    if index == len(words):
        return None
    first = words[index]
    if first.lower() in function_words() or not first.isalpha() or len(first) < 2:
        return None
    return first


__all__ = [
    "Label",
    "find_label",
    "fold_case",
    "full_name",
    "is_short_name",
    "looks_like_label",
    "read_label",
    "speaker_from_label",
    "strip_remarks",
]
