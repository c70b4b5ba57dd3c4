"""The acts recognise the standard's protocol functions however an agent words them.

tests/data/protocol_functions.jsonl was written by an author who never saw the rubric
or the acts: for each of 16 functions the standards ask of an agent (thank for a
suggestion, answer thanks, accept an apology, expedite, commit to an action, explain
what cannot be done, point to the right channel, thank for waiting, ask to hold, say
the line is bad, ask for Mandarin, acknowledge an earlier call, show empathy,
apologise, close, greet), 30 replies that do it and 10 that look alike and do not.
Odd-numbered lines were used to widen the acts; even-numbered lines were only measured.

Before any change for them the acts found the function in 0.767 (odd) and 0.729 (even)
of the replies that do it; after widening on the odd half, 0.950 and 0.808.  A function
missed is a good reply failed for "not doing" what it did, so these floors keep it so.

tests/data/protocol_functions_2.jsonl, by the same kind of author, holds 12 more
(expedite, explain what cannot be met, point elsewhere, acknowledge an earlier call,
name the feelings, record the details, commit to a time, escalate, refuse to give out
someone's data, ask to repeat or read back, soothe, warn an abusive caller once), split
the same way: 0.561 (odd) and 0.478 (even) before, 0.917 and 0.583 after widening on the
odd half.  Commitments to a time were left as they were: widening them made a held-out
labelled set worse (a time the standards do not give is a promise, not a commitment).

tests/data/protocol_functions_3.jsonl, a third such author, holds 8 more: promise to find
out and call back, tell a nuisance caller what the line is for, tell a wrong-number caller
where they are and where to call, answer a complaint with an apology and a next step, ask
whether there is anything else, offer an alternative, thank for a suggestion, accept an
apology.  A function counts as done when the reply has an act the rubric accepts for it
(the rule that fails its absence), so a look-alike that does something else the rule also
accepts counts as taken.  0.783 (odd) and 0.708 (even) before, 0.967 and 0.833 after.

tests/data/protocol_functions_4.jsonl, a fourth such author, holds 12 more, each the step
whose absence a rule fails (explain why a request cannot be met, answer thanks, say what
happens next when the answer is not known, answer a complaint, take a demand for a
supervisor, acknowledge and speed up a repeat complaint, calm a caller who swears, tell a
nuisance caller what the line is for, ask for Mandarin, say the line is bad, accept an
apology, turn a request down with its reason).  Each reply is graded in its situation and
counts as done when that rule does not fire.  0.661 (odd) and 0.622 (even) before,
0.972 and 0.661 after widening on the odd half.  Thanks returned (谢谢您) now answers
thanks, as the labelled sets' inspectors hold, so more look-alikes of that step pass.

The protocol steps are also recognised by learned models when none of their listed
wordings is found (grading/train_steps.py), taught by the odd halves only.  The fourth
set's even half went from 0.661 to 0.906 (look-alikes taken 0.183 to 0.200).
tests/data/protocol_functions_5.jsonl, a fifth author's same twelve steps, is kept whole
and only measured: 0.756 before the models, 0.911 with them (look-alikes taken 0.200 and
0.225).
tests/data/protocol_functions_6.jsonl, a sixth author, holds only two steps (answer thanks,
accept an apology), 60 ways each with 20 look-alikes: 0.567 (odd) and 0.533 (even) before,
0.850 and 0.667 after the odd half was taught to the step models and read for the acts'
wordings (no look-alike taken either way).
"""

import json
from pathlib import Path

import pytest

from grading import Context, analyze, default_grader

DATA = Path(__file__).resolve().parents[1] / "data"
# The acts that perform each function (grading/data/acts.yaml).
ACTS = {
    "F01": ("suggestion_thanks", "thanks"),
    "F02": ("thanks_reply",),
    "F03": ("no_problem",),
    "F04": ("expedite",),
    "F05": ("commit_action", "record_details", "time_commitment"),
    "F06": ("out_of_scope_notice", "privacy_refusal", "rule_explained"),
    "F07": ("redirect",),
    "F08": ("thanks_for_waiting",),
    "F09": ("hold_notice",),
    "F10": ("cannot_hear_notice",),
    "F11": ("ask_mandarin", "ask_helper"),
    "F12": ("acknowledge_previous",),
    "F13": ("empathy", "soothe"),
    "F14": ("apology",),
    "F15": ("polite_close",),
    "F16": ("greeting", "self_identify"),
    "G01": ("expedite",),
    "G02": ("out_of_scope_notice", "rule_explained"),
    "G03": ("redirect",),
    "G04": ("acknowledge_previous",),
    "G05": ("empathy",),
    "G06": ("record_details", "confirm_understanding"),
    "G07": ("time_commitment",),
    "G08": ("escalate_supervisor",),
    "G09": ("privacy_refusal",),
    "G10": ("ask_repeat", "confirm_understanding"),
    "G11": ("soothe", "empathy"),
    "G12": ("warning_first",),
    "H01": ("hold_notice", "commit_action", "escalate_supervisor", "time_commitment", "record_details", "redirect"),
    "H02": ("out_of_scope_notice", "announce_hang_up", "ask_call_back", "commit_action", "record_details"),
    "H03": ("self_identify", "out_of_scope_notice", "redirect", "offer_help"),
    "H04": ("commit_action", "record_details", "escalate_supervisor", "time_commitment"),
    "H05": ("offer_help",),
    "H06": ("alternative",),
    "H07": ("suggestion_thanks", "thanks"),
    "H08": ("no_problem",),
}
# (file, half) -> (recall, share of look-alikes taken for it)
FLOORS = {
    ("protocol_functions.jsonl", "odd"): (0.94, 0.06),
    ("protocol_functions.jsonl", "even"): (0.80, 0.07),
    ("protocol_functions_2.jsonl", "odd"): (0.90, 0.02),
    ("protocol_functions_2.jsonl", "even"): (0.57, 0.03),
    ("protocol_functions_3.jsonl", "odd"): (0.95, 0.26),
    ("protocol_functions_3.jsonl", "even"): (0.82, 0.11),
}


def _half(name: str, half: str) -> list[dict]:
    """The set's odd or even half by item number, or all of it."""
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    if half == "all":
        return rows
    return [r for r in rows if int(r["id"].split("-")[1][1:]) % 2 == (1 if half == "odd" else 0)]


def _assert_floors(rows: list[dict], done, floors: tuple[float, float]) -> None:
    """The share of replies doing a step that are seen doing it, and of look-alikes taken
    for it, against (least recall, most look-alikes taken)."""
    missed = [r["id"] for r in rows if r["performs"] and not done(r)]
    taken = [r["id"] for r in rows if not r["performs"] and done(r)]
    doing = sum(r["performs"] for r in rows)
    recall, false_share = 1 - len(missed) / doing, len(taken) / (len(rows) - doing)
    low_recall, high_false = floors
    assert recall >= low_recall, (round(recall, 3), missed)
    assert false_share <= high_false, (round(false_share, 3), taken)


@pytest.mark.parametrize("name, half", sorted(FLOORS))
def test_the_acts_find_each_function_however_it_is_worded(name, half):
    def found(row) -> bool:
        analysis = analyze(row["reply"])
        return any(analysis.has(act) for act in ACTS[row["function"]])

    _assert_floors(_half(name, half), found, FLOORS[name, half])


# Function -> (situation it is said in, the rules that fail its absence).
RULES = {
    "I01": ("out_of_scope", ("out_of_scope.no_explanation",)),
    "I02": ("thanks", ("thanks.ignored",)),
    "I03": ("cannot_answer", ("cannot_answer.no_follow_up",)),
    "I04": ("complaint", ("complaint.not_addressed",)),
    "I05": ("supervisor_request", ("supervisor.no_escalation", "supervisor.refused")),
    "I06": ("repeat_complaint", ("repeat.not_acknowledged", "repeat.no_expedite")),
    "I07": ("abusive", ("abusive.no_apology_soothe",)),
    "I08": ("harassment", ("harassment.no_notice",)),
    "I09": ("dialect", ("dialect.no_polite_request",)),
    "I10": ("cannot_hear", ("cannot_hear.no_polite_request",)),
    "I11": ("caller_apology", ("caller_apology.ignored",)),
    "I12": ("out_of_scope", ("attitude.flat_refusal", "out_of_scope.no_explanation")),
    "J01": ("thanks", ("thanks.ignored",)),
    "J02": ("caller_apology", ("caller_apology.ignored",)),
}
# The step models learn from the good-practice sets as they arrive: with the ninth taught, one
# more look-alike of the fourth author's held-out half (7 of 30) reads as the step done.
# A dialect caller answered in words that take up his own (你们有粤语服务吗？— 有的，按3号键…)
# owes no request for Mandarin (dialect.no_polite_request), so one more look-alike of the
# fourth author's worked half passes that rule (11 of 60).
RULE_FLOORS = {
    ("protocol_functions_4.jsonl", "odd"): (0.98, 0.19),
    ("protocol_functions_4.jsonl", "even"): (0.86, 0.24),
    ("protocol_functions_5.jsonl", "all"): (0.90, 0.25),
    ("protocol_functions_6.jsonl", "odd"): (0.83, 0.05),
    ("protocol_functions_6.jsonl", "even"): (0.65, 0.05),
}


@pytest.mark.parametrize("name, half", sorted(RULE_FLOORS))
def test_a_step_done_in_the_agents_own_words_is_not_failed_as_missing(name, half):
    grader = default_grader()

    def done(row) -> bool:
        situation, rules = RULES[row["function"]]
        grade = grader.grade(row["reply"], Context(situation, customer=row["customer"]))
        return not any(v.rule in rules for v in grade.violations)

    _assert_floors(_half(name, half), done, RULE_FLOORS[name, half])
