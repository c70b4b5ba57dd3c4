"""Learn data/protocol_steps.tsv: the weights of the acts a learned model finds when a
rule asks (ModelSpec.when_asked), protocol steps said in words no list names.

    python -m grading.train_steps [--data tests/data]

Each such act is named by the rules that fail the step's absence (grading/rules); their
situations say where replies are taken from.  What it learns from, all in the repository:

* doing the step: the worked halves' acceptable replies in those situations, the replies
  of the protocol-function sets' odd halves that perform it, and the rules' good examples;
* not doing it: the worked halves' faulty replies in those situations that the rule
  (without the models) fails, the odd halves' look-alikes, and the rules' bad examples.

The held-out halves, the protocol-function sets' even halves and the sets kept whole
for measuring are never read.  The same data always gives the same file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .train_wording import DEFAULT_DATA, learn

MODEL_FILE = "protocol_steps.tsv"
# The labelled sets whose worked halves teach the steps (tests/data/labelled_<name>.jsonl):
# the halves worked on up to session fifteen, but for the later offence sets (a few kinds of
# offence each, whose replies are all about wording) and three late halves (the forty-second author's,
# the twelfth and thirteenth good-practice authors': taught, the first two moved 8 held-out
# replies wrong and 4 right).  Later halves are not taught: each retraining moves held-out
# replies either way, and the steps are recognised well enough from these.
STEP_WORKED = (
    "replies", "holdout", "generalisation", "moments", "good_practice",
    "fresh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "offences", "offences2", "offences3", "offences4", "offences5", "offences8", "offences9", "good_practice2", "good_practice3", "moments7", "good_practice4", "good_practice7",
    "good_practice8", "good_practice9", "thirtieth", "good_practice10", "thirtysecond", "thirtyfourth",
    "thirtysixth", "thirtyseventh", "good_practice11",
)
# Stretches kept (the wording model's MIN_WEIGHT is its own, set for it).
STEP_MIN_WEIGHT = 1.0
# The protocol-function sets (tests/data) and, for each step, the functions in them
# that perform it (each set's author numbered them afresh).
FUNCTION_SETS = (
    "protocol_functions.jsonl", "protocol_functions_2.jsonl", "protocol_functions_3.jsonl", "protocol_functions_4.jsonl",
    "protocol_functions_6.jsonl",
)
FUNCTIONS = {
    "refusal_explained_in_own_words": ("F06", "F07", "G02", "G03", "G09", "I01", "I12"),
    "thanks_answered_in_own_words": ("F02", "I02", "J01"),
    "way_forward_in_own_words": ("H01", "I03"),
    "complaint_taken_up_in_own_words": ("H04", "I04"),
    "escalation_agreed_in_own_words": ("G08", "I05"),
    "repeat_taken_up_in_own_words": ("F04", "G01", "I06"),
    "abuse_calmed_in_own_words": ("F13", "G11", "I07"),
    "line_purpose_told_in_own_words": ("H02", "I08"),
    "mandarin_requested_in_own_words": ("F11", "I09"),
    "bad_line_told_in_own_words": ("F10", "I10"),
    "apology_accepted_in_own_words": ("F03", "H08", "I11", "J02"),
    "wrong_number_guided_in_own_words": ("H03",),
    "suggestion_welcomed_in_own_words": ("F01", "H07"),
}


def _names(spec, act: str) -> bool:
    """Whether a rule's condition names the act anywhere."""
    if isinstance(spec, dict):
        return any(_names(v, act) for v in spec.values())
    if isinstance(spec, list):
        return any(_names(v, act) for v in spec)
    return spec == act


def asking_rules(act: str) -> set[str]:
    """The ids of the bundled rules whose condition names the act."""
    from .rubric import default_rules_dir
    from .yamlio import load_file

    found = set()
    for path in sorted(Path(default_rules_dir()).glob("*.yaml")):
        data = load_file(path)
        for entry in (data.get("rules") or []) if isinstance(data, dict) else []:
            if isinstance(entry, dict) and _names(entry.get("when"), act):
                found.add(entry["id"])
    return found


def _odd(row: dict) -> bool:
    return int(row["id"].split("-")[1][1:]) % 2 == 1


def examples(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    """For each step: (replies doing it, replies not doing it), each as the words no
    listed act accounts for (as Analysis.unlisted_word_count counts them), which is what the model reads."""
    from .acts import default_lexicon
    from .evaluate import evaluate, load
    from .grader import Grader
    from .rubric import load_rubric

    lexicon = default_lexicon().without_models()
    rubric = load_rubric(lexicon=lexicon)
    grader = Grader(rubric)
    judged = {name: evaluate(load(str(data / f"labelled_{name}.jsonl")), grader).judged for name in STEP_WORKED}
    functions = [row for name in FUNCTION_SETS for row in load(str(data / name)) if _odd(row)]
    steps: dict[str, tuple[list[str], list[str]]] = {}
    for act in sorted(FUNCTIONS):
        asking = asking_rules(act)
        rules = [r for r in rubric.rules if r.id in asking]
        situations = set().union(*(r.situations or () for r in rules))
        doing: list[str] = []
        not_doing: list[str] = []
        for name in STEP_WORKED:
            for j in judged[name]:
                if j.item.get("situation", "general") not in situations:
                    continue
                if not j.expected_fail:
                    doing.append(j.item["reply"])
                elif any(v.rule in asking for v in j.grade.violations):
                    not_doing.append(j.item["reply"])
        for row in functions:
            if row["function"] in FUNCTIONS[act]:
                (doing if row["performs"] else not_doing).append(row["reply"])
        for rule in rules:
            doing.extend(e.reply for e in rule.good_examples)
            not_doing.extend(e.reply for e in rule.bad_examples)
        steps[act] = ([lexicon.analyze(t).text for t in doing], [lexicon.analyze(t).text for t in not_doing])
    return steps


def write(steps: dict[str, tuple[list[str], list[str]]]) -> str:
    lines = [
        "# Weights of the protocol steps found when a rule asks: python -m grading.train_steps",
        "# act<TAB>stretch<TAB>log-odds of appearing in a reply that does the step, "
        + ", ".join(f"{act} {len(d)}/{len(n)}" for act, (d, n) in sorted(steps.items())),
    ]
    for act, (doing, not_doing) in sorted(steps.items()):
        # Pairs alone: as good as with triples when learned without each author in turn,
        # and a step is asked about on many replies, so half the cost counts.
        weights = learn(doing, not_doing, longest=2, least_weight=STEP_MIN_WEIGHT)
        lines += [f"{act}\t{gram}\t{weight:.2f}" for gram, weight in sorted(weights.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m grading.train_steps", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    args = parser.parse_args(argv)
    steps = examples(Path(args.data))
    from .acts import write_bundled_data

    write_bundled_data(MODEL_FILE, write(steps))
    for act, (doing, not_doing) in sorted(steps.items()):
        print(f"{act}: {len(doing)} doing, {len(not_doing)} not")


if __name__ == "__main__":
    main()
