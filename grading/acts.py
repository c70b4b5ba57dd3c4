"""Dialogue acts: what a line *does* (greets, apologises, insults, asks for Mandarin).

One recogniser per act, defined as data in ``data/acts.yaml`` and used by both the
rubric and the scenario branches.  An act is recognised from:

* ``phrases``: substrings of the normalised text;
* ``words``: substrings that must also start and end on jieba token boundaries
  (so 88 is not found inside a phone number, 你 not inside 你们);
* ``regex``: regular expressions for patterns with gaps (我...挂了);
* ``except``: longer standard phrases inside which a match does not count, the
  way LanguageTool keeps antipatterns: 明白吗 is condescending, 您能明白吗 is not;
* ``outside_quotes``: the act is the agent's own offence, so a match inside quoted
  or reported words does not count (您说的"骗子"是指哪笔扣费？ quotes the customer),
  nor inside a clause the agent explicitly denies (我不是说您不懂);
* ``model``: a table of weights learned from labelled replies, for wording no list
  can name (``wording_model.py``), weighed unless one of its ``unless`` acts was found
  and, if it names ``after`` acts, only once one of them was;
* ``own_words``: the act describes what the agent says (说到第三个人) and is no formula:
  its words still count as the agent's own where a learned protocol step is looked for.

A piece of pattern several acts share (the list of surnames) is written once, under the
file's top-level ``fragments``, and named in a pattern as ``{name}``.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from . import reported, segment
from .errors import DataError, DataFileError, did_you_mean
from .normalize import NormalizedText, normalize
from .yamlio import compose_file, find_item_with_id, load_file, mapping_get, node_line

if TYPE_CHECKING:
    from .wording_model import WordingModel

_ROLES = ("agent", "customer", "any")
_ACT_KEYS = ("id", "label", "role", "strength", "answers", "description", "phrases", "words", "regex", "except", "outside_quotes", "own_words", "model")


@dataclass(frozen=True)
class Act:
    id: str
    label: str
    role: str = "any"
    strength: str = ""
    description: str = ""
    phrases: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()  # checked by check_pattern; compiled by the lexicon when first needed
    exceptions: tuple[str, ...] = ()
    outside_quotes: bool = False
    own_words: bool = False
    # Customer acts this act answers: its strength is praised only when the customer's
    # line showed one of them (no "well answered thanks" where nobody thanked).
    answers: tuple[str, ...] = ()
    # A learned recogniser instead of listed wording; see wording_model.py.
    model: ModelSpec | None = None


@dataclass(frozen=True)
class ModelSpec:
    path: Path  # the weights file, beside acts.yaml
    threshold: float
    unless: frozenset[str] = frozenset()  # acts whose presence makes the model unnecessary
    # Acts one of which must be found first for the model to be asked at all (the
    # grave_wording model weighs only replies already at fault for their tone).
    after: frozenset[str] = frozenset()
    # Run only when a condition asks whether the reply shows the act (a protocol
    # step whose listed wordings are all absent), not on every line.
    when_asked: bool = False


class ActMatch(NamedTuple):
    act: str
    start: int  # offsets in the normalised text
    end: int
    text: str


# Made thousands of times a second: tuple.__new__ skips the named tuple's Python-level
# constructor (a third of the cost of a match).
_match = tuple.__new__


@dataclass
class Analysis:
    """Everything the rubric and the scenario branches need to know about one line."""

    raw: str
    normalized: NormalizedText
    matches: dict[str, list[ActMatch]] = field(default_factory=dict)

    @property
    def tokens(self) -> tuple[str, ...]:
        """jieba's segmentation of the normalised text."""
        return segment.tokens(self.text) if self.text else ()

    @property
    def text(self) -> str:
        return self.normalized.text

    @property
    def acts(self) -> frozenset[str]:
        return frozenset(self.matches)

    def has(self, act: str) -> bool:
        return act in self.matches

    def first(self, act: str) -> ActMatch | None:
        found = self.matches.get(act)
        return found[0] if found else None

    def raw_span(self, match: ActMatch) -> tuple[int, int]:
        return self.normalized.raw_span(match.start, match.end)

    def unlisted_word_count(self, own_words: frozenset[str] = frozenset()) -> int:
        """How many characters of the normalised text, punctuation aside, lie outside the
        words of every act found but the ``own_words`` acts: what a learned protocol step
        reads (a formula such as 请您谅解 is no step of its own)."""
        text = self.text
        kept = bytearray(b"\x01") * len(text)
        for act_id, found in self.matches.items():
            if act_id in own_words:
                continue
            for match in found:
                kept[match.start : match.end] = bytes(match.end - match.start)
        return len("".join(compress(text, kept)).translate(NOT_WORDS))


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")

# How often each character and each pair of characters turns up in a line of service talk
# (python -m grading.pattern_index --frequencies writes it from the labelled sets' worked
# halves): a pattern is looked up by the set of its required strings a line is least
# likely to hold, and only strings seen in one line in two thousand or more are listed.
# It orders the look-up only (every required set is still checked), so it need not be
# written again for every new labelled set.
LINE_FREQUENCY = "line_frequency.tsv"
_UNLISTED_SHARE = 0.0002


@lru_cache(maxsize=1)
def _line_shares() -> dict[str, float]:
    """string -> the share of lines holding it, from data/line_frequency.tsv (read as the
    learned weights' tables are: a bad line is reported by file and line)."""
    from .wording_model import load_weights

    path = bundled_data(LINE_FREQUENCY)
    if not path.exists():
        return {}
    return {string: per_100k / 100_000 for string, per_100k in load_weights(str(path)).items()}


def line_share(strings: frozenset[str]) -> float:
    """The estimated share of lines holding at least one of ``strings``."""
    shares = _line_shares()
    missing = 1.0
    # In a fixed order: a set's order changes with each process's string hashing, and so
    # would the last bits of the product, and with them which of two near-equal sets wins.
    for s in sorted(strings):
        missing *= 1.0 - shares.get(s[:2], _UNLISTED_SHARE)
    return 1.0 - missing


# pattern -> the sets of strings every match contains one of (the rarest set first), or
# None when a match needs no particular text.
_REQUIRED: dict[str, tuple[frozenset[str], ...] | None] = {}
# How many sets beyond the first a pattern keeps: each is one more check of a line's
# characters before the pattern runs, and two halve the patterns run on a line.
_FURTHER_SETS = 2


def check_pattern(pattern: str) -> None:
    """Raise ``re.error`` when ``pattern`` is no valid regular expression.

    One parse serves both the check and the lexicon's index (``_required_strings``):
    compiling hundreds of patterns at every start would cost a cold ``peilian grade``
    a third of its time, and most of them are never needed for one reply.  The bundled
    patterns' parses are shipped (``data/pattern_index.json``), so a cold start parses
    only patterns it has not seen."""
    _required_strings(pattern)


PATTERN_INDEX = "pattern_index.json"


@lru_cache(maxsize=1)
def _shipped_index() -> dict[str, list[list[str]] | None]:
    """pattern -> its sets of required strings (None: none), for every bundled pattern, each
    valid when the index was written (python -m grading.pattern_index; a test keeps
    it current)."""
    import json

    try:
        text = bundled_data(PATTERN_INDEX).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return json.loads(text)


def _required_strings(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Sets of strings such that every match of pattern contains one string of each:
    the most selective set first (two characters before one, rare characters before
    common ones), then up to _FURTHER_SETS more; or None when the pattern could match
    without any particular text.  Raises ``re.error`` when the pattern is not valid."""
    if pattern in _REQUIRED:
        return _REQUIRED[pattern]
    shipped = _shipped_index()
    if pattern in shipped:
        sets = shipped[pattern]
        found = _REQUIRED[pattern] = tuple(frozenset(keys) for keys in sets) if sets is not None else None
        return found
    return _parse_required(pattern)


def _parse_required(pattern: str) -> tuple[frozenset[str], ...] | None:
    try:  # CPython's own parser: a private API, used only to speed matching up
        from re import _constants as c, _parser as parser
    except ImportError:  # pragma: no cover - another Python: compile to check, run on every line
        re.compile(pattern)
        _REQUIRED[pattern] = None
        return None

    # A set of a dozen rare pairs (您爱人|您先生|…) runs on far fewer lines than the 您 they
    # all begin with: sets are weighed by how many lines hold one of their strings.
    score = line_share

    def best(sets: list[frozenset[str]]) -> frozenset[str] | None:
        return min(sets, key=score) if sets else None

    def class_chars(arg, widest: int) -> set[str] | None:
        """The characters a class ([…]) matches, or None when it holds a range wider
        than ``widest`` or a category (a digit class, a negation)."""
        chars: set[str] = set()
        for kind, value in arg:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < widest:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None
        return chars

    def exact(op, arg) -> set[str] | None:
        """The few strings this item always matches exactly, or None."""
        if op is c.LITERAL:
            return {chr(arg)}
        if op is c.IN:
            chars = class_chars(arg, 8)
            return chars if chars and len(chars) <= 8 else None
        if op is c.SUBPATTERN:
            return exact_sequence(arg[-1])
        if op is c.BRANCH:
            choices = [exact_sequence(branch) for branch in arg[1]]
            return set().union(*choices) if all(choices) and sum(map(len, choices)) <= 16 else None
        return None

    def exact_sequence(items) -> set[str] | None:
        strings = {""}
        for op, arg in items:
            part = exact(op, arg)
            if part is None:
                return None
            strings = {a + b for a in strings for b in part}
            if len(strings) > 16:
                return None
        return strings if "" not in strings else None

    def required(items) -> list[frozenset[str]]:
        """Sets of strings that a match of this sequence must each contain one of."""
        found: list[frozenset[str]] = []
        # Two neighbours matching a few exact strings each ((帮|为)您): a match holds one of
        # their joins, two characters a line is looked up by, rarer than either alone.
        items = list(items)
        exacts = [exact(op, arg) for op, arg in items]
        for left, right in zip(exacts, exacts[1:]):
            if left and right and len(left) * len(right) <= 24:
                found.append(frozenset(a[-1] + b[0] for a in left for b in right))
        run = ""  # consecutive literal characters: one string
        for op, arg in items:
            if op is c.LITERAL:
                run += chr(arg)
                continue
            if run:
                found.append(frozenset([run]))
                run = ""
            if op is c.IN:
                # A wide class (the emoji blocks) still keys a pattern that needs nothing
                # narrower: a line is looked up by its characters, however many keys.
                chars = class_chars(arg, 64) or class_chars(arg, 4096)
                if chars and len(chars) <= 4096:
                    found.append(frozenset(chars))
            elif op is c.SUBPATTERN:
                found.extend(required(arg[-1]))
            elif op is c.BRANCH:
                choices = [best(required(branch)) for branch in arg[1]]
                if all(choices):
                    found.append(frozenset().union(*choices))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
                found.extend(required(arg[2]))
                # A character said at least twice (\.{3,}): the pair is rarer than one.
                repeated = exact_sequence(arg[2])
                if arg[0] >= 2 and repeated and all(len(r) == 1 for r in repeated) and len(repeated) <= 4:
                    found.append(frozenset(r * 2 for r in repeated))
            # anchors, lookarounds, wildcards, optional parts: nothing required
        if run:
            found.append(frozenset([run]))
        return found

    tree = parser.parse(pattern)  # re.error: not a valid pattern
    if "(?<" in pattern:
        re.compile(pattern)  # a look-behind's width is checked only when compiling
    try:
        sets = sorted(set(required(tree)), key=lambda strings: (score(strings), sorted(strings)))
    except Exception:  # pragma: no cover - the private parser changed shape
        sets = []
    found = _REQUIRED[pattern] = tuple(sets[: 1 + _FURTHER_SETS]) if sets else None
    return found


def _keys(strings: frozenset[str]) -> frozenset[str]:
    """What a line is looked up by: a string's first two characters, or the one."""
    return frozenset(s[:2] for s in strings)


class Lexicon:
    """All acts, compiled for a single pass over each line."""

    def __init__(self, acts: list[Act]):
        self.acts: dict[str, Act] = {act.id: act for act in acts}
        self._quotable = frozenset(act.id for act in acts if act.outside_quotes)
        self._own_words = frozenset(act.id for act in acts if act.own_words)
        # The models weighed on every line: (act, its acts unless:, its acts after:).
        self._weighed = [(act.id, act.model.unless, act.model.after) for act in acts if act.model is not None and not act.model.when_asked]
        # Acts a learned model finds only when a condition asks (ModelSpec.when_asked).
        self.asked = frozenset(act.id for act in acts if act.model is not None and act.model.when_asked)
        # Each model is loaded when first needed: a cold grade of a civil reply loads no
        # grave model, and a line that asks for no step loads no step model.
        self._loaded_models: dict[str, "WordingModel"] = {}
        self._strengths: dict[frozenset[str], tuple[str, ...]] = {}
        # phrase -> [(act id, must align with tokens, the act's exceptions)]
        self._owners: dict[str, list[tuple[str, bool, frozenset[str]]]] = {}
        self._exception_phrases: set[str] = set()
        for act in acts:
            exceptions = frozenset(act.exceptions)
            for phrase in act.phrases:
                self._owners.setdefault(phrase, []).append((act.id, False, exceptions))
            for word in act.words:
                self._owners.setdefault(word, []).append((act.id, True, exceptions))
            self._exception_phrases.update(act.exceptions)
        everything = set(self._owners) | self._exception_phrases
        self._phrases = frozenset(everything)
        # Where a phrase can start is told by its first two characters (or its one):
        # for each such head, the lengths of the phrases it begins, longest first, so a
        # position costs a dictionary lookup and a slice per length.
        lengths: dict[str, set[int]] = {}
        for phrase in everything:
            if len(phrase) > 1:
                lengths.setdefault(phrase[:2], set()).add(len(phrase))
        self._singles = frozenset(p for p in everything if len(p) == 1)
        for head, known in lengths.items():
            if head[0] in self._singles:
                known.add(1)
        self._lengths = {head: tuple(sorted(known, reverse=True)) for head, known in lengths.items()}
        # Patterns are indexed by a set of strings every match contains (the rarest
        # such set), by their first one or two characters: a line runs only the
        # patterns whose keys it holds, and of those only the ones whose further sets
        # it also holds a key of.
        self._regex_acts: list[tuple[str, str, frozenset[str]]] = []
        # (act id, compiled pattern, exceptions, group the span is taken from), made
        # when a line first needs the pattern.
        self._compiled: list[tuple[str, re.Pattern[str], frozenset[str], str | int] | None] = []
        self._regex_always: list[int] = []  # patterns that need no particular character
        self._regex_by_key: dict[str, list[int]] = {}
        self._regex_further: list[tuple[frozenset[str], ...]] = []  # by pattern: its further key sets
        for act in acts:
            # Patterns of one act with the same keys run as one alternation:
            # one scan of the line instead of several (back-references keep their own).
            groups: dict[frozenset[str] | None, list[str]] = {}
            further: dict[str, set[frozenset[str]]] = {}
            for pattern in act.regex:
                required = _required_strings(pattern)
                groups.setdefault(None if required is None else _keys(required[0]), []).append(pattern)
                further[pattern] = {_keys(strings) for strings in required[1:]} if required else set()
            for key, patterns in groups.items():
                alone = [p for p in patterns if _BACKREFERENCE.search(p)]
                # One alternation holds one (?P<act>…) group at most: a name is defined once.
                marked = [p for p in patterns if p not in alone and "(?P<act>" in p]
                alone += marked[1:]
                together = [p for p in patterns if p not in alone]
                runs = [(p, further[p]) for p in alone]
                if together:
                    # An alternation needs only what each of its patterns needs.
                    runs.append(("|".join(f"(?:{p})" for p in together) if len(together) > 1 else together[0], set.intersection(*(further[p] for p in together))))
                for run, needed in runs:
                    index = len(self._regex_acts)
                    self._regex_acts.append((act.id, run, frozenset(act.exceptions)))
                    self._regex_further.append(tuple(sorted(needed, key=sorted)))
                    self._compiled.append(None)
                    if key is None:
                        self._regex_always.append(index)
                    else:
                        for part in key:
                            self._regex_by_key.setdefault(part, []).append(index)
        # A set, so that intersecting with a reply's characters walks the reply's few
        # dozen, not every key (set.intersection walks a dict argument whole).
        self._regex_keys = frozenset(self._regex_by_key)

    def _model(self, act_id: str) -> "WordingModel":
        """The learned model of an act, loaded on first use."""
        model = self._loaded_models.get(act_id)
        if model is None:
            from .wording_model import WordingModel

            spec = self.acts[act_id].model
            model = self._loaded_models[act_id] = WordingModel.load(spec.path, spec.threshold, act_id)
        return model

    def recognise(self, act_id: str, analysis: Analysis) -> list[ActMatch] | None:
        """Where a learned model asked for by name finds its act in the line, or None."""
        spec = self.acts[act_id].model
        if spec is None or not analysis.text or not spec.unless.isdisjoint(analysis.matches) or (spec.after and spec.after.isdisjoint(analysis.matches)):
            return None  # (a lexicon without its models recognises nothing this way)
        cues = self._model(act_id).judge(analysis.text)
        if cues is None or analysis.unlisted_word_count(self._own_words) < _LEAST_OWN_WORDS:
            return None  # (formulas and nothing else: no step said in the agent's own words)
        return _cue_matches(act_id, analysis.text, cues)

    def without_models(self) -> "Lexicon":
        """The same acts with no learned recogniser: what the model is trained beside."""
        return Lexicon([replace(act, model=None) for act in self.acts.values()])

    def compile_all(self) -> None:
        """Compile every pattern and load every model now (before forking workers, so that
        they share them)."""
        for index in range(len(self._regex_acts)):
            if self._compiled[index] is None:
                self._compile(index)
        for act_id, act in self.acts.items():
            if act.model is not None:
                self._model(act_id)

    def _compile(self, index: int) -> tuple[str, re.Pattern[str], frozenset[str], str | int]:
        act_id, run, exceptions = self._regex_acts[index]
        pattern = re.compile(run)
        # A pattern that needs context to decide marks the words it found with
        # (?P<act>…): the span points at those, not at the context.
        group = "act" if "act" in pattern.groupindex else 0
        compiled = self._compiled[index] = (act_id, pattern, exceptions, group)
        return compiled

    def strengths(self, acts, heard: frozenset[str] | None = None) -> tuple[str, ...]:
        """What the reply did well, as the trainee is told it, in a stable order.
        ``heard``: the customer's line's acts, when there was one: an answer to
        something the customer did not do is not praised."""
        if heard is not None:
            acts = frozenset(a for a in acts if not self.acts[a].answers or not heard.isdisjoint(self.acts[a].answers))
        found = self._strengths.get(acts)
        if found is None:
            found = tuple(dict.fromkeys(self.acts[a].strength for a in sorted(acts) if self.acts[a].strength))
            if len(self._strengths) < 4096:
                self._strengths[acts] = found
        return found

    def label(self, act_id: str) -> str:
        act = self.acts.get(act_id)
        return act.label if act else act_id

    def _occurrences(self, text: str, pairs: list[str]) -> list[tuple[int, str]]:
        """Every (start, phrase) of a known phrase in text, longest first at each start;
        pairs are text's adjacent two characters."""
        found: list[tuple[int, str]] = []
        phrases = self._phrases
        singles = self._singles
        # The lengths to try at each start, looked up in C; most starts have none.
        for start, lengths in enumerate(map(self._lengths.get, pairs)):
            if lengths is None:
                if text[start] in singles:
                    found.append((start, text[start]))
                continue
            for length in lengths:
                piece = text[start : start + length]
                if piece in phrases:
                    found.append((start, piece))
        if text and text[-1] in singles:
            found.append((len(text) - 1, text[-1]))
        return found

    def analyze(self, raw: str) -> Analysis:
        normalized = normalize(raw)
        text = normalized.text
        analysis = Analysis(raw, normalized)
        if not text:
            return analysis
        pairs = list(map(operator.add, text, text[1:]))  # every two adjacent characters
        occurrences = self._occurrences(text, pairs)
        exception_phrases = self._exception_phrases
        exception_spans = [
            (start, start + len(phrase), phrase) for start, phrase in occurrences if phrase in exception_phrases
        ]
        matches = analysis.matches
        owners_of = self._owners
        for start, phrase in occurrences:
            owners = owners_of.get(phrase)
            if not owners:
                continue
            end = start + len(phrase)
            for act_id, aligned, exceptions in owners:
                if aligned and not segment.is_word(text, start, end):
                    continue
                if exceptions and exception_spans and _inside(exceptions, start, end, exception_spans):
                    continue
                found = matches.get(act_id)
                if found is None:
                    matches[act_id] = [_match(ActMatch, (act_id, start, end, phrase))]
                else:
                    found.append(_match(ActMatch, (act_id, start, end, phrase)))
        candidates = set(self._regex_always)
        present = set(text)
        present.update(pairs)
        candidates.update(*map(self._regex_by_key.__getitem__, present.intersection(self._regex_keys)))
        compiled = self._compiled
        further = self._regex_further
        # In any order: each act's matches are sorted once every pattern has run.
        for index in candidates:
            missing = False
            for keys in further[index]:
                if keys.isdisjoint(present):
                    missing = True  # a string every match needs is not in the line
                    break
            if missing:
                continue
            act_id, pattern, exceptions, group = compiled[index] or self._compile(index)
            # Most patterns run find nothing: a search is a third of the cost of setting
            # up an iterator, which is made only from the first match on.
            first = pattern.search(text)
            if first is None:
                continue
            for m in pattern.finditer(text, first.start()):
                start, end = m.span(group)
                if start < 0:
                    # Patterns run together: one without (?P<act>…) found this, all of it counts.
                    start, end = m.span()
                if end == start:
                    continue
                if exceptions and exception_spans and _inside(exceptions, start, end, exception_spans):
                    continue
                matches.setdefault(act_id, []).append(_match(ActMatch, (act_id, start, end, text[start:end])))
        for act_id, found in matches.items():
            if len(found) > 1:
                found.sort(key=lambda match: (match.start, -match.end))
                # Two patterns (or a phrase and a pattern) may find the same words.
                unique = [found[0]]
                for match in found[1:]:
                    if (match.start, match.end) != (unique[-1].start, unique[-1].end):
                        unique.append(match)
                matches[act_id] = unique
        self._keep_own_words(text, matches, self._quotable.intersection(matches))
        loaded = self._loaded_models
        for act_id, unless, after in self._weighed:
            if not unless.isdisjoint(matches):
                continue  # a named act already says what is wrong
            if after and after.isdisjoint(matches):
                continue
            cues = (loaded.get(act_id) or self._model(act_id)).judge(text, pairs, present)
            if cues is not None:
                matches[act_id] = _cue_matches(act_id, text, cues)
                if act_id in self._quotable:
                    self._keep_own_words(text, matches, (act_id,))
        return analysis

    @staticmethod
    def _keep_own_words(text: str, matches: dict[str, list[ActMatch]], offences) -> None:
        """Drop the matches of the agent's own offences that lie in quoted or reported words."""
        if not offences:
            return
        spans = reported.quoted_spans(text)
        if not spans:
            return
        for act_id in offences:
            kept = [m for m in matches[act_id] if not reported.inside(m.start, m.end, spans)]
            if kept:
                matches[act_id] = kept
            else:
                del matches[act_id]


# Blanks and punctuation after normalisation, and how many other characters a reply must
# hold outside every listed act's words for a learned step to be asked about.
NOT_WORDS = str.maketrans("", "", " ,.!?~;:\"'()…-")  # punctuation, deleted to count or compare the rest
_LEAST_OWN_WORDS = 4


def _cue_matches(act_id: str, text: str, cues: tuple[str, ...]) -> list[ActMatch]:
    """A learned act is where its heaviest stretches are, in the line's order."""
    spans: list[list[int]] = []
    for start, end in sorted((start, start + len(cue)) for cue in cues if (start := text.find(cue)) >= 0):
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)  # overlapping stretches read as one
        else:
            spans.append([start, end])
    return [ActMatch(act_id, a, b, text[a:b]) for a, b in spans]


def _inside(exceptions: frozenset[str], start: int, end: int, spans: list[tuple[int, int, str]]) -> bool:
    """Whether [start, end) lies inside an occurrence of one of the act's exceptions."""
    for ex_start, ex_end, phrase in spans:
        if ex_start <= start and end <= ex_end and phrase in exceptions:
            return True
    return False


def bundled_data(name: str) -> Path:
    """A file of the bundled lexicon's data folder (acts.yaml and what is derived from it)."""
    return Path(str(resources.files("grading").joinpath("data", name)))


def write_bundled_data(name: str, text: str) -> None:
    """Write one of the derived data files (the table of containing words, the pattern
    index, the wording weights) and say so."""
    target = bundled_data(name)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")


def default_acts_path() -> Path:
    return bundled_data("acts.yaml")


# {surname} in a pattern: a fragment named under the file's ``fragments``.  A regular
# expression's own braces hold digits ({0,12}), never a name.
_FRAGMENT_NAME = re.compile(r"\{([a-z_]+)\}")


def read_fragments(data: object, path: str | Path) -> tuple[dict[str, str], list[DataError]]:
    """The named pattern fragments of an acts file's data, and what is wrong with them."""
    fragments = data.get("fragments") if isinstance(data, dict) else None
    if fragments is None:
        return {}, []

    def line(name: object = None) -> int | None:  # the YAML is composed only when something is wrong
        node = mapping_get(compose_file(path), "fragments")
        return node_line((isinstance(name, str) and mapping_get(node, name)) or node)

    if not isinstance(fragments, dict):
        return {}, [DataError(str(path), line(), "fragments 要写成“名字: 正则片段”的映射", "例如 surname: \"[王李张刘]\"")]
    found: dict[str, str] = {}
    problems: list[DataError] = []
    for name, text in fragments.items():
        if not isinstance(name, str) or not _FRAGMENT_NAME.fullmatch("{" + name + "}"):
            problems.append(DataError(str(path), line(name), f"片段名 {name!r} 只能用小写英文字母和下划线", key=str(name)))
        elif not isinstance(text, str) or not text:
            problems.append(DataError(str(path), line(name), f"片段 {name} 必须是非空的文本", "请给它加上引号", key=name))
        else:
            try:
                re.compile(text)
            except re.error as exc:
                problems.append(DataError(str(path), line(name), f"片段 {name} 不是有效的正则表达式：{text}（{exc}）", key=name))
            else:
                found[name] = text
    return found, problems


def expand_fragments(pattern: str, fragments: dict[str, str]) -> str:
    """The pattern with each ``{name}`` replaced by its fragment, as a group of its own (so a
    fragment's alternatives stay together).  Raises KeyError for a name not defined."""
    return _FRAGMENT_NAME.sub(lambda m: f"(?:{fragments[m.group(1)]})", pattern)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    path = Path(path) if path is not None else default_acts_path()
    data = load_file(path)
    acts: list[Act] = []
    entries = data.get("acts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DataFileError([DataError(str(path), 1, "缺少顶层的 acts: 列表", "文件应以 acts: 开头，下面每一项是一个话语行为")])
    fragments, problems = read_fragments(data, path)
    declared = set(data.get("fragments") or ()) if isinstance(data.get("fragments"), dict) else set()
    seen: set[str] = set()
    tree = None

    def line_of(act_id: str) -> int | None:
        nonlocal tree
        if tree is None:
            tree = compose_file(path)
        return node_line(find_item_with_id(tree, act_id, "acts"))

    for index, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            problems.append(DataError(str(path), None, f"第 {index + 1} 个行为缺少 id", "每个行为都要有唯一的 id"))
            continue
        act_id = entry["id"]
        if act_id in seen:
            problems.append(DataError(str(path), line_of(act_id), "行为 id 重复", "给其中一个换个名字", key=act_id))
            continue
        seen.add(act_id)
        unknown = set(entry) - set(_ACT_KEYS)
        if unknown:
            problems.append(
                DataError(str(path), line_of(act_id), f"未知字段：{', '.join(sorted(unknown))}", "可用字段：" + " ".join(_ACT_KEYS), key=act_id)
            )
        role = entry.get("role", "any")
        if role not in _ROLES:
            problems.append(DataError(str(path), line_of(act_id), f"role 必须是 {' / '.join(_ROLES)}", key=act_id))
        compiled = []
        for pattern in entry.get("regex") or []:
            if not isinstance(pattern, str):
                problems.append(DataError(str(path), line_of(act_id), f"正则表达式必须是文本：{pattern!r}", "请给它加上引号", key=act_id))
                continue
            try:
                pattern = expand_fragments(pattern, fragments)
            except KeyError as exc:
                if exc.args[0] in declared:  # defined but broken: reported with the fragment
                    continue
                problems.append(DataError(str(path), line_of(act_id), f"正则表达式里的片段 {{{exc.args[0]}}} 没有定义", "在文件顶层的 fragments 下定义它" + did_you_mean(exc.args[0], fragments), key=act_id))
                continue
            try:
                check_pattern(pattern)
                compiled.append(pattern)
            except re.error as exc:
                problems.append(DataError(str(path), line_of(act_id), f"正则表达式无效：{pattern}（{exc}）", key=act_id))

        def texts(key: str) -> tuple[str, ...]:
            values = entry.get(key) or []
            if not isinstance(values, list):
                problems.append(DataError(str(path), line_of(act_id), f"{key} 必须是列表", key=act_id))
                return ()
            wrong = [v for v in values if not isinstance(v, str) or not v]
            if wrong:
                problems.append(
                    DataError(str(path), line_of(act_id), f"{key} 中的 {wrong[0]!r} 不是文本", "数字或 yes/no 之类的词请加引号，如 \"88\"", key=act_id)
                )
                return ()
            # Phrases are matched against normalised text, so normalise them too.
            return tuple(dict.fromkeys(normalize(v).text for v in values if normalize(v).text))

        phrases, words, exceptions = texts("phrases"), texts("words"), texts("except")
        model = None
        if "model" in entry:
            spec = entry["model"]
            file = spec.get("file") if isinstance(spec, dict) else None
            threshold = spec.get("threshold") if isinstance(spec, dict) else None
            unless = spec.get("unless", []) if isinstance(spec, dict) else None
            when_asked = spec.get("when_asked", False) if isinstance(spec, dict) else None
            after = spec.get("after", []) if isinstance(spec, dict) else None
            if (
                not isinstance(file, str)
                or isinstance(threshold, bool)
                or not isinstance(threshold, (int, float))
                or not isinstance(unless, list)
                or not all(isinstance(u, str) for u in unless)
                or not isinstance(when_asked, bool)
                or not isinstance(after, list)
                or not all(isinstance(a, str) for a in after)
                or set(spec) - {"file", "threshold", "unless", "after", "when_asked"}
            ):
                problems.append(
                    DataError(str(path), line_of(act_id), "model 要写成 {file: 权重文件, threshold: 阈值, unless: [行为, …], after: [行为, …], when_asked: true/false}", key=act_id)
                )
            elif file != Path(file).name or file.startswith("."):
                problems.append(DataError(str(path), line_of(act_id), f"model 的 file 只写文件名：{file}", "模型文件要和 acts.yaml 放在同一个文件夹", key=act_id))
            elif not (path.parent / file).is_file():
                problems.append(DataError(str(path), line_of(act_id), f"找不到模型文件 {file}", "模型文件要和 acts.yaml 放在同一个文件夹", key=act_id))
            else:
                from .wording_model import load_weights

                try:
                    # Read now, so a broken file (or one without this act's weights) is reported now.
                    load_weights(str(path.parent / file), act_id)
                    model = ModelSpec(path.parent / file, float(threshold), frozenset(unless), frozenset(after), when_asked)
                except DataFileError as exc:
                    problems.extend(exc.problems)
        if not (phrases or words or entry.get("regex") or "model" in entry):
            problems.append(DataError(str(path), line_of(act_id), "没有任何识别方式", "至少写一条 phrases、words、regex 或 model", key=act_id))
        acts.append(
            Act(
                id=act_id,
                label=str(entry.get("label", act_id)),
                role=role,
                strength=str(entry.get("strength", "")),
                answers=tuple(str(a) for a in entry.get("answers") or ()) if isinstance(entry.get("answers"), list) else (),
                description=str(entry.get("description", "")),
                phrases=phrases,
                words=words,
                regex=tuple(compiled),
                exceptions=exceptions,
                outside_quotes=entry.get("outside_quotes") is True,
                own_words=entry.get("own_words") is True,
                model=model,
            )
        )
    known = {act.id for act in acts}
    for act in acts:
        for named in sorted(act.model.unless - known) if act.model is not None else ():
            problems.append(DataError(str(path), line_of(act.id), f"model 的 unless 里的 {named!r} 不是已知的行为", key=act.id))
        for named in sorted(act.model.after - known) if act.model is not None else ():
            problems.append(DataError(str(path), line_of(act.id), f"model 的 after 里的 {named!r} 不是已知的行为", key=act.id))
        for answered in act.answers:
            if answered not in known:
                problems.append(DataError(str(path), line_of(act.id), f"answers 里的 {answered!r} 不是已知的行为", key=act.id))
    if problems:
        raise DataFileError(problems)
    return Lexicon(acts)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()


def analyze(raw: str) -> Analysis:
    """Analyse one line with the bundled lexicon (cached per text)."""
    return _cached_analysis(raw)


# The few lines a moment's replies share, and a turn's lines shared with the scenario's
# branches; a call graded turn by turn keeps its own (grader.CallLines).  A larger cache
# only keeps analyses alive that will not be read again, at a cost to batch grading (4% at
# 256, 6% at 1,024: more memory walked).
@lru_cache(maxsize=64)
def _cached_analysis(raw: str) -> Analysis:
    return default_lexicon().analyze(raw)
