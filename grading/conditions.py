"""Declarative conditions, shared by rubric rules (and read by scenario branches).

A condition is plain data, never code.  Forms:

    act: apology                      the reply shows this act (an act a learned model
                                      finds when asked, ModelSpec.when_asked, is
                                      looked for only here and in any_act)
    any_act: [apology, empathy]       the reply shows at least one of them
    customer_act: thanks_given        the customer's current line shows it
    history: {act: greeting, role: agent, min: 2}   (or any_act: [...])
                                      how many earlier turns by that role show it;
                                      with last: true, only that role's latest turn;
                                      with except_act: [...], turns that also show one
                                      of those are not counted
    history_turns: {role: agent, max: 0}
    reply_chars: {min: 1, max: 4}     length of the normalised reply
    customer_chars: {min: 2}          length of the customer's current line
    reply_only: [greeting, polite_close]
                                      the reply does nothing but these acts: every
                                      character but punctuation lies inside one of them
    covered: {acts: [apology, empathy], min: 0.8}
                                      at least that share of the reply's characters
                                      (punctuation aside) lies inside these acts
    repeated: {acts: [apology, thanks], min: 3}
                                      these acts are found that many times in all
    call: {customer_swore: true, attempts: {min: 2}}
                                      facts about the moment (grading/dialogue.py):
                                      a true/false field, or a count with min/max
    situation: [closing]              the reply is judged in one of these situations
    echoes_customer: true             the reply opens with the customer's own words
                                      thrown back as a question (抢钱？…)
    takes_up_customer_words: true     the reply uses two characters of the customer's
                                      content again (讲座几点开始？— 讲座是…)
    not_from_caller: foreign_term     the reply shows this act in words the customer has
                                      not used in the call
    unseen_data: true                 the reply states personal data (a phone, ID or
                                      card number) that the caller did not give
    record_before_caller_spoke: true  the reply reads out a record (a number's tail,
                                      a flat) before the caller said a word of their own
    particulars_before_caller_spoke: true
                                      the reply reads out what the record holds about a
                                      named person (act record_particulars) before the
                                      caller said a word, on a call not said to be the
                                      agent's own (act outbound_call)
    request_forgotten: true           part of the customer's latest two-part request has had
                                      no word of answer, the reply included
    said_again: true                  the reply repeats word for word a line of eight
                                      characters or more the agent already said in the call
    specifics_not_given: true         a person's particulars (act person_specifics) that
                                      the caller did not say first, the agent's own name aside
    surname_not_used: true            the caller's line gives his surname (act
                                      customer_gives_surname) and the reply does not use it
    paused: {below: 3}                the quiet before the reply lasted less than 3 s
                                      ({min: 3, below: 6} also); only when known
    condition: call_may_end           a condition several rules share, written once
                                      under rubric.yaml's conditions: (expand_shared)
    not: <condition>
    all: [<condition>, ...]
    any: [<condition>, ...]

Compiled once into small closures so grading stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .acts import ActMatch, Analysis, Lexicon
from .dialogue import BOOLEAN_FIELDS, FIELDS, DialogueState, forgotten_request, read_state, said_again
from .echo import echoed_words, surname_not_used, taken_up_words, words_not_from_caller
from .errors import did_you_mean
from .personal_data import particulars_before_caller_spoke, record_before_caller_spoke, specifics_not_given, unseen_data

FORMS = ("act", "any_act", "customer_act", "history", "history_turns", "reply_chars", "customer_chars", "reply_only", "covered", "repeated", "call", "situation", "echoes_customer", "takes_up_customer_words", "not_from_caller", "unseen_data", "record_before_caller_spoke", "particulars_before_caller_spoke", "specifics_not_given", "surname_not_used", "request_forgotten", "said_again", "paused", "condition", "not", "given", "all", "any")

# Characters that carry no content of their own when deciding what a reply "does".
_FILLER = frozenset(",.!?;:~-'\"()[]…、 嗯啊呀哦呢吧的了")


@dataclass
class Env:
    reply: Analysis
    customer: Analysis | None
    history: list[tuple[str, Analysis]]  # (role, analysis) oldest first
    situation: str = "general"
    paused: float | None = None  # seconds of quiet before the reply, when known
    lexicon: Lexicon | None = None  # finds the acts recognised only when asked
    _state: DialogueState | None = None
    _asked: dict[str, list[ActMatch] | None] = field(default_factory=dict)

    @property
    def state(self) -> DialogueState:
        """The moment the reply answers, read once per reply when a rule asks."""
        if self._state is None:
            self._state = read_state(self.customer, self.history)
        return self._state

    def asked(self, act: str) -> list[ActMatch] | None:
        """Where the reply shows an act recognised only when asked, found once per reply."""
        if act not in self._asked:
            self._asked[act] = self.lexicon.recognise(act, self.reply) if self.lexicon is not None else None
        return self._asked[act]

    @property
    def asked_found(self) -> frozenset[str]:
        """The acts recognised when asked that this reply was found to show."""
        return frozenset(act for act, found in self._asked.items() if found) if self._asked else frozenset()


# A compiled condition returns (holds, the match to point at or None).
Check = Callable[[Env], tuple[bool, ActMatch | None]]


# Conditions that compare the reply with the customer's lines and point at the words found.
_FINDERS: dict[str, Callable[["Env"], ActMatch | None]] = {
    "echoes_customer": lambda env: echoed_words(env.reply, env.customer),
    "takes_up_customer_words": lambda env: taken_up_words(env.reply, env.customer),
    "unseen_data": lambda env: unseen_data(env.reply, env.customer, env.history),
    "record_before_caller_spoke": lambda env: record_before_caller_spoke(env.reply, env.customer, env.history),
    "particulars_before_caller_spoke": lambda env: particulars_before_caller_spoke(env.reply, env.customer, env.history),
    "specifics_not_given": lambda env: specifics_not_given(env.reply, env.customer, env.history),
    "surname_not_used": lambda env: surname_not_used(env.reply, env.customer),
    "request_forgotten": lambda env: forgotten_request(env.reply, env.customer, env.history),
    "said_again": lambda env: said_again(env.reply, env.history),
}


# The reply act each finder cannot do without (personal_data.py reads a line for
# identifiers only when it holds an identifier_cue, for particulars only in person_specifics).
_FINDER_NEEDS = {
    "unseen_data": frozenset(["identifier_cue"]),
    "record_before_caller_spoke": frozenset(["identifier_cue"]),
    "particulars_before_caller_spoke": frozenset(["record_particulars"]),
    "specifics_not_given": frozenset(["person_specifics"]),
}


class ConditionError(ValueError):
    """A condition that cannot be compiled; the message says what to write instead."""


def _count_range(spec: dict, where: str) -> tuple[int, int]:
    low, high = spec.get("min", 0), spec.get("max", 10**9)
    if not isinstance(low, int) or not isinstance(high, int) or low < 0 or high < low:
        raise ConditionError(f"{where} 的 min/max 必须是非负整数且 min ≤ max")
    return low, high


def _covered_share(reply: Analysis, acts) -> float | None:
    """The share of the reply's content characters that lie inside these acts."""
    text = reply.text
    if not text:
        return None
    covered = bytearray(len(text))
    for act in acts:
        for match in reply.matches.get(act, ()):
            covered[match.start : match.end] = b"\x01" * (match.end - match.start)
    content = [done for ch, done in zip(text, covered) if ch not in _FILLER]
    if not content:
        return None
    return sum(content) / len(content)


def _separate_matches(reply: Analysis, acts) -> int:
    """How many separate places these acts are found at: overlapping matches
    (请您稍等 holds 稍等 and 您稍等 too) count once."""
    spans = sorted((m.start, m.end) for act in acts for m in reply.matches.get(act, ()))
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


def necessary_acts(spec, *, customer: bool = False, asked: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Acts at least one of which must be present for the condition to hold — in the
    reply, or with ``customer`` in the customer's line — or None when it can hold
    without any.  Lets the grader skip, with one set operation, the many rules a
    reply cannot break.  ``asked``: acts found only when a condition asks, which the
    reply's matches never hold."""
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (form, value), = spec.items()
    if not customer and form == "act" and isinstance(value, str):
        return frozenset([value]) if value not in asked else None
    if not customer and form == "any_act" and isinstance(value, list) and value:
        return frozenset(value) if asked.isdisjoint(value) else None
    if customer and form == "customer_act" and isinstance(value, str):
        return frozenset([value])
    if not customer and form == "not_from_caller" and isinstance(value, str):
        return frozenset([value])
    if not customer and form in _FINDER_NEEDS and value is True:
        return _FINDER_NEEDS[form]
    if form == "given":
        return necessary_acts(value, customer=customer, asked=asked)
    if form == "all" and isinstance(value, list):
        found = [n for n in (necessary_acts(v, customer=customer, asked=asked) for v in value) if n is not None]
        return min(found, key=len) if found else None
    if form == "any" and isinstance(value, list) and value:
        found = [necessary_acts(v, customer=customer, asked=asked) for v in value]
        return frozenset().union(*found) if all(n is not None for n in found) else None
    return None


def necessary_either(spec, asked: frozenset[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]] | None:
    """(reply acts, customer acts): for a condition that may hold by an act of either line
    (the reply speaks of someone, or the caller asked about someone), the acts one of which
    must be present in the reply or in the customer's line; None when it can hold without
    any.  For the rules necessary_acts can say nothing of."""
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (form, value), = spec.items()
    if form == "customer_act" and isinstance(value, str):
        return frozenset(), frozenset([value])
    if form in ("all", "any") and isinstance(value, list) and value:
        found = [necessary_either(v, asked) for v in value]
        if form == "all":
            found = [n for n in found if n is not None]
            return min(found, key=lambda n: len(n[0]) + len(n[1])) if found else None
        if any(n is None for n in found):
            return None
        return frozenset().union(*(n[0] for n in found)), frozenset().union(*(n[1] for n in found))
    if form == "given":
        return necessary_either(value, asked)
    in_reply = necessary_acts(spec, asked=asked)
    return (in_reply, frozenset()) if in_reply is not None else None


# How deep shared conditions may refer to one another: enough for any real rubric, and
# a loop (a condition naming itself) stops with a sentence rather than a RecursionError.
_SHARED_DEPTH = 8


def expand_shared(spec, shared: dict, where: str = "when", _depth: int = 0):
    """The condition with every ``{condition: name}`` replaced by the shared condition
    of that name, so compile_condition and necessary_acts see plain forms only."""
    if isinstance(spec, list):
        return [expand_shared(v, shared, f"{where}[{i}]", _depth) for i, v in enumerate(spec)]
    if not isinstance(spec, dict):
        return spec
    if set(spec) == {"condition"}:
        name = spec["condition"]
        if not isinstance(name, str) or name not in shared:
            hint = did_you_mean(name, shared)
            known = f"（rubric.yaml 的 conditions 里有：{'、'.join(shared)}）" if shared and not hint else ""
            raise ConditionError(f"{where}.condition 引用了未知的共用条件 {name!r}{hint}{known}")
        if _depth >= _SHARED_DEPTH:
            raise ConditionError(f"{where}.condition: 共用条件 {name!r} 层层引用超过 {_SHARED_DEPTH} 层，是不是引用了自己？")
        return expand_shared(shared[name], shared, f"conditions.{name}", _depth + 1)
    return {k: expand_shared(v, shared, f"{where}.{k}", _depth) for k, v in spec.items()}


def compile_condition(spec, known_acts: set[str], where: str = "when", asked: frozenset[str] = frozenset()) -> Check:
    """``asked``: the known acts a learned model finds only when a condition asks."""
    if not isinstance(spec, dict) or len(spec) != 1:
        raise ConditionError(f"{where} 必须是只有一个键的映射，可用：{', '.join(FORMS)}")
    (form, value), = spec.items()

    def need_act(name) -> str:
        if not isinstance(name, str) or name not in known_acts:
            raise ConditionError(f"{where} 引用了未知的行为 {name!r}{did_you_mean(name, known_acts)}")
        return name

    if form == "act":
        act = need_act(value)

        def check(env: Env):
            found = env.reply.matches.get(act)
            if found is None and act in asked:
                found = env.asked(act)
            return (True, found[0]) if found else (False, None)

        return check
    if form == "any_act":
        if not isinstance(value, list) or not value:
            raise ConditionError(f"{where}.any_act 必须是非空的行为列表")
        acts = [need_act(v) for v in value]
        listed, learned = [a for a in acts if a not in asked], [a for a in acts if a in asked]
        # Most lines show none of them: one set test says so (a line's matches hold no
        # act without a match).
        listed_set = frozenset(listed)

        def check(env: Env):
            matches = env.reply.matches
            if not listed_set.isdisjoint(matches):
                for act in listed:
                    found = matches.get(act)
                    if found:
                        return True, found[0]
            for act in learned:  # only when no listed wording was found: a model costs more
                found = env.asked(act)
                if found:
                    return True, found[0]
            return False, None

        return check
    if form == "customer_act":
        act = need_act(value)
        return lambda env: (env.customer is not None and env.customer.has(act), None)
    if form == "history":
        if not isinstance(value, dict) or ("act" in value) == ("any_act" in value):
            raise ConditionError(f"{where}.history 需要 act（或 any_act 列表），以及 role、min、max")
        if "act" in value:
            acts = frozenset([need_act(value["act"])])
        elif isinstance(value["any_act"], list) and value["any_act"]:
            acts = frozenset(need_act(v) for v in value["any_act"])
        else:
            raise ConditionError(f"{where}.history.any_act 必须是非空的行为列表")
        role = value.get("role", "agent")
        if role not in ("agent", "customer"):
            raise ConditionError(f"{where}.history.role 只能是 agent 或 customer")
        last = value.get("last", False)
        if not isinstance(last, bool):
            raise ConditionError(f"{where}.history.last 只能是 true 或 false")
        excepted = value.get("except_act", [])
        if not isinstance(excepted, list):
            raise ConditionError(f"{where}.history.except_act 必须是行为列表")
        excepted = frozenset(need_act(v) for v in excepted)
        low, high = _count_range(value, f"{where}.history")

        def check(env: Env):
            turns = [a for r, a in env.history if r == role]
            if last:
                turns = turns[-1:]
            count = sum(1 for a in turns if not acts.isdisjoint(a.matches) and excepted.isdisjoint(a.matches))
            return low <= count <= high, None

        return check
    if form == "history_turns":
        if not isinstance(value, dict):
            raise ConditionError(f"{where}.history_turns 需要 role、min、max")
        role = value.get("role", "agent")
        low, high = _count_range(value, f"{where}.history_turns")
        return lambda env: (low <= sum(1 for r, _ in env.history if r == role) <= high, None)
    if form == "reply_chars":
        if not isinstance(value, dict):
            raise ConditionError(f"{where}.reply_chars 需要 min、max")
        low, high = _count_range(value, f"{where}.reply_chars")
        return lambda env: (low <= len(env.reply.text) <= high, None)
    if form == "customer_chars":
        if not isinstance(value, dict):
            raise ConditionError(f"{where}.customer_chars 需要 min、max")
        low, high = _count_range(value, f"{where}.customer_chars")
        return lambda env: (low <= (len(env.customer.text) if env.customer is not None else 0) <= high, None)
    if form == "reply_only":
        if not isinstance(value, list) or not value:
            raise ConditionError(f"{where}.reply_only 必须是非空的行为列表")
        acts = [need_act(v) for v in value]

        def check(env: Env):
            share = _covered_share(env.reply, acts)
            return share is not None and share >= 1.0, None

        return check
    if form == "covered":
        if not isinstance(value, dict) or not isinstance(value.get("acts"), list) or not value["acts"]:
            raise ConditionError(f"{where}.covered 需要 acts（行为列表）和 min（0 到 1 之间的比例）")
        acts = [need_act(v) for v in value["acts"]]
        low = value.get("min", 1.0)
        if isinstance(low, bool) or not isinstance(low, (int, float)) or not 0 < low <= 1:
            raise ConditionError(f"{where}.covered.min 必须是 0 到 1 之间的比例，如 0.8")

        def check(env: Env):
            share = _covered_share(env.reply, acts)
            return share is not None and share >= low, None

        return check
    if form == "repeated":
        if not isinstance(value, dict) or not isinstance(value.get("acts"), list) or not value["acts"]:
            raise ConditionError(f"{where}.repeated 需要 acts（行为列表）和 min（次数）")
        acts = [need_act(v) for v in value["acts"]]
        low, high = _count_range(value, f"{where}.repeated")
        return lambda env: (low <= _separate_matches(env.reply, acts) <= high, None)
    if form == "call":
        if not isinstance(value, dict) or not value:
            raise ConditionError(f"{where}.call 需要至少一个字段，可用：{', '.join(FIELDS)}")
        tests = []
        for name, expected in value.items():
            if name not in FIELDS:
                raise ConditionError(f"{where}.call 里的 {name!r} 未知，可用：{', '.join(FIELDS)}")
            if name in BOOLEAN_FIELDS:
                if not isinstance(expected, bool):
                    raise ConditionError(f"{where}.call.{name} 只能是 true 或 false")
                tests.append(lambda state, name=name, expected=expected: state.get(name) is expected)
            else:
                if isinstance(expected, bool) or not isinstance(expected, (int, dict)):
                    raise ConditionError(f"{where}.call.{name} 是一个次数：写一个整数，或 {{min: 1, max: 2}}")
                low, high = (expected, expected) if isinstance(expected, int) else _count_range(expected, f"{where}.call.{name}")
                tests.append(lambda state, name=name, low=low, high=high: low <= state.get(name) <= high)
        return lambda env: (all(test(env.state) for test in tests), None)
    if form == "situation":
        from .situations import SITUATIONS

        if not isinstance(value, list) or not value or not all(v in SITUATIONS for v in value):
            raise ConditionError(f"{where}.situation 必须是情境列表，可用：{', '.join(SITUATIONS)}")
        names = frozenset(value)
        return lambda env: (env.situation in names, None)
    if form == "paused":
        if not isinstance(value, dict) or not value or set(value) - {"min", "below"}:
            raise ConditionError(f"{where}.paused 要写成 {{below: 秒数}} 或 {{min: 秒数, below: 秒数}}")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v < 3600 for v in value.values()):
            raise ConditionError(f"{where}.paused 的秒数要在 0 到 3600 之间")
        low, below = value.get("min", 0), value.get("below", float("inf"))
        # Holds only when the pause is known: a reply graded without it breaks no pause rule.
        return lambda env: (env.paused is not None and low <= env.paused < below, None)
    if form == "not_from_caller":
        act = need_act(value)

        def check(env: Env):
            found = words_not_from_caller(env.reply, act, env.customer, env.history)
            return (True, found) if found is not None else (False, None)

        return check
    if form in _FINDERS:
        if value is not True:
            raise ConditionError(f"{where}.{form} 只能写 true（否定请用 not）")
        find = _FINDERS[form]

        def check(env: Env):
            found = find(env)
            return (True, found) if found is not None else (False, None)

        return check
    if form == "condition":
        # Shared conditions are expanded before compiling (expand_shared); one left here
        # was written where the rubric's conditions: are not known (a call rule).
        raise ConditionError(f"{where}.condition: 这里不能引用共用条件 {value!r}，只有评分规则可以")
    if form == "not":
        inner = compile_condition(value, known_acts, f"{where}.not", asked)
        if isinstance(value, dict) and list(value) == ["any_act"] and asked.isdisjoint(value["any_act"]):
            # None of these words in the line: a set test, the commonest condition of all.
            unwanted = frozenset(value["any_act"])
            return lambda env: (unwanted.isdisjoint(env.reply.matches), None)
        return lambda env: (not inner(env)[0], None)
    if form == "given":
        # A circumstance, not the fault: it must hold, but the words to point at are found
        # by the other parts (a learned act's stretches, not the 她 that made it apply).
        inner = compile_condition(value, known_acts, f"{where}.given", asked)
        return lambda env: (inner(env)[0], None)
    if form in ("all", "any"):
        if not isinstance(value, list) or not value:
            raise ConditionError(f"{where}.{form} 必须是非空的条件列表")
        parts = [compile_condition(v, known_acts, f"{where}.{form}[{i}]", asked) for i, v in enumerate(value)]
        if form == "all":

            def check(env: Env):
                pointer = None
                for part in parts:
                    holds, match = part(env)
                    if not holds:
                        return False, None
                    pointer = pointer or match
                return True, pointer

            return check

        def check(env: Env):
            for part in parts:
                holds, match = part(env)
                if holds:
                    return True, match
            return False, None

        return check
    raise ConditionError(f"{where} 里的 {form!r} 不是已知的条件，可用：{', '.join(FORMS)}")
