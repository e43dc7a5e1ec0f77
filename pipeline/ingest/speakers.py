"""Speaker labels: recognise "Name:" labels at the start of a paragraph and reduce a label
("President of Russia Vladimir Putin") to the speaker's name ("Vladimir Putin").

Both HTML (bold labels) and plain text use the same label test, `looks_like_label`; HTML passes
`strict=False` because a bold prefix is already strong evidence of a label.
"""

from __future__ import annotations

import re

# Lowercase words that may appear inside a title or a name without ending the label
# ("President of the Russian Federation", "Ursula von der Leyen").
_CONNECTIVES = frozenset(
    "of the and for at to in on de da del der di du des la le van von bin ibn al el y e".split()
)
# Particles that may sit inside a personal name; counted as part of the name run.
_PARTICLES = frozenset("de da del der di du des la le van von bin ibn al el dos das ter".split())
# Capitalised words that are titles or organisations, never part of a personal name. A name run
# stops at them ("Deputy Prime Minister Dmitry Kozak" -> "Dmitry Kozak").
_TITLE_WORDS = frozenset(
    """president minister prime deputy head chairman chairwoman chair governor director general
    secretary mayor ceo chief executive ambassador speaker member commissioner presidential aide
    press spokesman spokeswoman adviser advisor king queen prince princess emir sultan chancellor
    vice first senior acting mr mrs ms dr professor patriarch metropolitan his her majesty
    highness excellency federation foundation council committee bank ministry region republic
    company corporation agency service state duma russian russia board fund union centre center
    university academy institute court office territory commander marshal colonel major
    writer cosmonaut astronaut paramedic journalist correspondent editor producer teacher doctor
    student worker pilot engineer farmer coach athlete host anchor
    """.split()
)
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az|ibn|bin|abu|ben)-[^\W\d_]", re.I)
# Labels that name a role rather than a person; "Question from Perm Territory" -> "Question".
_ROLE_WORDS = frozenset(
    """question questions remark remarks reply response answer comment voice voices audience
    operator presenter moderator email volunteer volunteers""".split()
)
# Monarchs and church leaders are named "King Abdullah II of Jordan": the name follows the title
# and ends before "of".
_REGNAL_TITLES = frozenset("king queen patriarch emir sultan pope metropolitan catholicos".split())
_PATRONYMIC = re.compile(r"(?:ich|vna|ichna)$")
_PARENS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_WORD_OK = re.compile(r"^[^\W\d_][\w'’.\-]*$")

# Words that are labels on their own in transcripts; they are returned as the "speaker".
_MAX_LABEL_WORDS = 12
_MAX_HTML_LABEL_WORDS = 20
_LABEL_SCAN = 200  # a label colon further into the paragraph than this is not a label


def strip_remarks(label: str) -> str:
    """Drop parenthesised remarks such as "(retranslated)" and normalise spaces."""
    return " ".join(_PARENS.sub(" ", label).split())


def _is_capitalised(word: str) -> bool:
    # "el-Sisi", "al-Bashir": a lowercase Arabic article still starts a capitalised name.
    return word[:1].isupper() or bool(_ARTICLE_NAME.match(word))


def looks_like_label(label: str, strict: bool = True) -> bool:
    """True when `label` (text before the colon) reads like a speaker label.

    strict (plain text): every word is capitalised or a connective, at most 12 words.
    not strict (bold HTML label): at most 20 words, at least half the words capitalised.
    """
    core = strip_remarks(label)
    words = core.split()
    if not words or not _is_capitalised(words[0]):
        return False
    if any(ch in core for ch in ',;!?"“”'):
        return False
    if not all(_WORD_OK.match(w) for w in words):
        return False
    if strict:
        if len(words) > _MAX_LABEL_WORDS or not _is_capitalised(words[-1]):
            return False
        return all(_is_capitalised(w) or w in _CONNECTIVES for w in words)
    if len(words) > _MAX_HTML_LABEL_WORDS or not _is_capitalised(words[-1]):
        return False
    content = [w for w in words if w not in _CONNECTIVES]
    return sum(_is_capitalised(w) for w in content) * 2 >= len(content)


def find_label(paragraph_text: str, strict: bool = True) -> tuple[str, int] | None:
    """Find a speaker label at the start of a paragraph ("Vladimir Putin: Thank you").

    Returns (label, end_offset) where end_offset is just after the colon, or None.
    Rejects sentences ending in a colon ("He said:", "There are three points:") and times
    ("10:30").
    """
    head = paragraph_text[:_LABEL_SCAN]
    colon = head.find(":")
    if colon <= 0:
        return None
    after = paragraph_text[colon + 1 : colon + 2]
    if after and not after.isspace():
        return None
    label = paragraph_text[:colon].strip()
    if not looks_like_label(label, strict=strict):
        return None
    return label, colon + 1


def speaker_from_label(label: str, name_hint: str | None = None) -> str | None:
    """Reduce a label to the speaker's name, titles and remarks removed.

    "President of Russia Vladimir Putin" -> "Vladimir Putin";
    "President of Uganda Yoweri Museveni (retranslated)" -> "Yoweri Museveni";
    "Question" -> "Question". `name_hint` (e.g. the text of a kremlin.ru person link inside the
    label) wins when given, since it is the name exactly as the site tagged it.
    """
    if name_hint:
        hint = strip_remarks(name_hint).strip(" :")
        if hint and hint.split()[0].lower() not in _REGNAL_TITLES:
            return hint
        if hint:
            label = hint  # "King Abdullah II of Jordan": reduce the hint like a label
    core = strip_remarks(label).strip(" :")
    words = core.split()
    if not words:
        return None
    if len(words) == 1 or words[0].lower() in _ROLE_WORDS:
        return words[0]
    for index, word in enumerate(words[:-1]):
        if word.lower() in _REGNAL_TITLES and _is_capitalised(words[index + 1]):
            name: list[str] = []
            for part in words[index + 1 :]:
                if not _is_capitalised(part):
                    break
                name.append(part)
            return " ".join(name)
    # Trailing run of capitalised words (particles allowed between capitalised words),
    # stopping at title words.
    run: list[str] = []
    for word in reversed(words):
        bare = word.strip(".")
        if _is_capitalised(word) and bare.lower() not in _TITLE_WORDS:
            run.append(word)
        elif word in _PARTICLES and run:
            run.append(word)
        else:
            break
    while run and run[-1] in _PARTICLES:  # a particle cannot start a name
        run.pop()
    run.reverse()
    if not run:
        return core
    # Capitalised particles ("Alexander Van der Bellen") do not count as name words.
    caps = [i for i, w in enumerate(run) if _is_capitalised(w) and w.lower() not in _PARTICLES]
    limit = 2
    if len(caps) >= 3 and _PATRONYMIC.search(run[caps[-2]].lower()):
        limit = 3
    elif len(caps) == 3 and len(run) == len(words):
        limit = 3  # the whole label is a name ("Recep Tayyip Erdogan")
    if len(caps) > limit:
        run = run[caps[-limit] :]
    return " ".join(run)
