"""Learn data/unkind_wording.tsv, data/grave_wording.tsv, data/disclosure_wording.tsv and
data/sarcasm_wording.tsv, the weights of the ``unkind_wording``, ``grave_wording``,
``disclosure_wording`` and ``sarcasm_wording`` acts.

    python -m grading.train_wording [--data tests/data]

What it learns from, all in the repository:

* failed: every reply of the worked halves (those data/wording_halves.txt lists) that
  inspectors failed, whatever the fault;
* acceptable: the worked halves' acceptable replies, the rules' good examples and the two
  samples of ordinary public dialogue (people helping travellers, people chatting about
  films).

What it learns does not depend on what the rules catch.  It once learned only from the
failed replies the rules failed for their wording: then every change to a pattern changed
the weights, and each retraining moved a handful of held-out replies across the threshold,
either way, as much as the change itself.

The grave wording model learns from the critical replies of the worked halves both
data/wording_halves.txt and data/grave_halves.txt list, against their major ones and the
public samples: ordinary helpful talk (你可以去他家住; 有一个…餐厅) said after a
friendly laugh is no critical wording, however often a leak or a sneer used the same words.

The disclosure model learns from the worked halves' replies that speak of a person or answer
a caller asking about one (the rubric's ``disclosure_possible`` condition): those inspectors failed
as critical for a disclosure (their note or kind says so) against all the others, the public
samples' and the rules' good examples among them; those two overrule it.

The sarcasm model learns from the worked halves' faulty replies whose inspector's note or
kind says sarcasm (讽刺, 挖苦, 阴阳怪气, …) against the acceptable replies, the public samples
and the rules' good examples; the last two overrule it.

The held-out halves (``*_holdout``) and the unseen author's set are never read: they
measure the model.  The same data always gives the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from pathlib import Path

from .wording_model import stretches

MODEL_FILE = "unkind_wording.tsv"
GRAVE_FILE = "grave_wording.tsv"
DISCLOSURE_FILE = "disclosure_wording.tsv"
# An inspector's note or kind that names a disclosure of personal data.
_DISCLOSURE_NOTE = re.compile("泄露|隐私|个人信息|透露|保密")
SARCASM_FILE = "sarcasm_wording.tsv"
# ... and one that names sarcasm: praise or thanks that mean the opposite.
_SARCASM_NOTE = re.compile("讽刺|挖苦|阴阳|反讽|调侃|揶揄|暗讽|嘲讽")
# Where the labelled sets are, unless --data says otherwise (train_steps reads them too).
DEFAULT_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
# The worked halves data/wording_halves.txt lists teach the model (worked_halves): from
# session twenty to session twenty-eight's second batch, every one.  Until session twenty
# only the halves train_steps still lists did; the threshold (the act's, in acts.yaml) is set
# by learning without each author in turn and measuring on that author's held-out half
# (docs/grading.md).  There, every worked half taught fails 947 faulty replies the rules pass
# and 57 acceptable ones at 4; the older list taught, 831 and 63 at 5.5.
PUBLIC = ("public_dialogue_sample.jsonl", "public_dialogue_sample_2.jsonl")
# A stretch seen once says nothing; a weak one only adds noise and size.  Measured the same way,
# keeping stretches down to 1.0 fails fewer faulty replies at every threshold (at 5, 274 and 11).
MIN_SEEN = 2
MIN_WEIGHT = 1.5
# Between critical and major replies the differences are finer: learning without each author
# in turn, keeping stretches down to 1.0 marks more critical replies at every share of wrong
# marks than 1.5 does.  The same holds between disclosures and other replies about someone.
GRAVE_MIN_WEIGHT = 1.0
# Numbers carry no tone: a card number's 890 once tipped a good reply over.
_DIGITS = frozenset("0123456789")


# The worked halves that teach the models, one name per line (data/wording_halves.txt).
# Until session twenty-eight every worked half taught them.  By then each batch's
# retraining moved held-out verdicts about as often wrong as right (over twelve batches,
# 332 right and 372 wrong), so the list is closed: later sets are worked on by hand and
# measured, and a retraining no longer reshuffles verdicts the rules did not change.
TAUGHT_FILE = "wording_halves.txt"
# The worked halves that teach the grave wording model as well (data/grave_halves.txt):
# every other one in the repository up to session thirty-seven.  Critical and major
# replies differ in few words, and each author finds new ones; taught those halves, the
# model marked new authors' critical replies better where the unkind, sarcasm and
# disclosure models read them no better (docs/grading.md, 4c).
GRAVE_TAUGHT_FILE = "grave_halves.txt"


def worked_halves(data: Path, also: str | None = None) -> tuple[str, ...]:
    """The names of the labelled sets' worked halves that teach the models
    (tests/data/labelled_<name>.jsonl, listed in data/wording_halves.txt and, when given,
    the bundled list ``also``): the held-out halves (``*_holdout``) and the unseen
    author's set are never read."""
    from .acts import bundled_data

    listed = bundled_data(TAUGHT_FILE).read_text(encoding="utf-8").splitlines()
    if also is not None:
        listed += bundled_data(also).read_text(encoding="utf-8").splitlines()
    taught = {line.strip() for line in listed if line.strip() and not line.startswith("#")}
    names = (path.stem.removeprefix("labelled_") for path in data.glob("labelled_*.jsonl"))
    return tuple(sorted(name for name in names if name in taught and not name.endswith("_holdout") and name != "unseen"))


def worked_replies(data: Path, also: str | None = None) -> dict[str, list[str]]:
    """The worked halves' normalised replies by the severity their authors gave them
    (``also``: as worked_halves)."""
    from .evaluate import load
    from .normalize import normalize

    by_expect: dict[str, list[str]] = {"ok": [], "minor": [], "major": [], "critical": []}
    for name in worked_halves(data, also):
        for item in load(str(data / f"labelled_{name}.jsonl")):
            by_expect[item["expect"]].append(normalize(item["reply"]).text)
    return by_expect


def examples(data: Path, good: list[str], worked: dict[str, list[str]] | None = None) -> tuple[list[str], list[str]]:
    """(failed, acceptable) normalised replies; ``good`` are the rules' good examples."""
    worked = worked_replies(data) if worked is None else worked
    failed = worked["major"] + worked["critical"]
    acceptable = worked["ok"] + worked["minor"]
    # The rules' good examples are acceptable replies by definition: a reply that reads
    # out an account (开户行是建设银行江南支行) must not look unkind for its place names.
    acceptable.extend(good)
    acceptable.extend(public_replies(data))
    return failed, acceptable


def public_replies(data: Path) -> list[str]:
    """The samples of ordinary public dialogue, normalised: acceptable replies, all."""
    from .normalize import normalize

    replies = []
    for name in PUBLIC:
        with open(data / name, encoding="utf-8") as handle:
            replies.extend(normalize(json.loads(line)["reply"]).text for line in handle if line.strip())
    return replies


def good_examples() -> list[str]:
    """The rules' good examples, normalised."""
    from .acts import default_lexicon
    from .normalize import normalize
    from .rubric import load_rubric

    return [normalize(e.reply).text for rule in load_rubric(lexicon=default_lexicon().without_models()).rules for e in rule.good_examples if e.reply]


def learn(failed: list[str], acceptable: list[str], longest: int = 3, least_weight: float | None = None) -> dict[str, float]:
    """Log-odds of each stretch (of up to ``longest`` characters) between the two kinds
    of reply (counted once per reply); stretches that weigh less than ``least_weight`` either
    way are dropped (MIN_WEIGHT unless said)."""
    least_weight = MIN_WEIGHT if least_weight is None else least_weight
    in_failed: Counter[str] = Counter()
    in_acceptable: Counter[str] = Counter()
    for text in failed:
        in_failed.update(stretches(text, longest))
    for text in acceptable:
        in_acceptable.update(stretches(text, longest))
    weights = {}
    for gram in in_failed.keys() | in_acceptable.keys():
        a, b = in_failed[gram], in_acceptable[gram]
        if a + b < MIN_SEEN or _DIGITS.intersection(gram):
            continue
        weight = math.log((a + 0.5) / (len(failed) + 1)) - math.log((b + 0.5) / (len(acceptable) + 1))
        if abs(weight) >= least_weight:
            weights[gram] = round(weight, 2)
    return weights


def overrule(weights: dict[str, float], good: list[str], threshold: float) -> dict[str, float]:
    """The weights less what would still fail one of ``good`` (the rules' good examples):
    its heaviest stretches, dropped until it passes.  A trainer who finds the model failing
    a good reply writes it as a rule's good example, and the model accepts it from then on."""
    from .wording_model import WordingModel

    weights = dict(weights)
    model = WordingModel(weights, threshold)
    for text in good:
        while (cues := model.judge(text)) is not None:
            del weights[cues[0]]
            model = WordingModel(weights, threshold)
    return weights


def model_weights(data: Path, worked: dict[str, list[str]] | None = None, good: list[str] | None = None) -> tuple[dict[str, float], int, int]:
    """The weights the data teach, and how many failed and acceptable replies taught them."""
    from .acts import default_lexicon

    good = good_examples() if good is None else good
    failed, acceptable = examples(data, good, worked)
    threshold = default_lexicon().acts["unkind_wording"].model.threshold
    return overrule(learn(failed, acceptable), good, threshold), len(failed), len(acceptable)


def grave_weights(worked: dict[str, list[str]], public: list[str]) -> dict[str, float]:
    """The weights of the ``grave_wording`` act: log-odds of each stretch between the worked
    halves' critical replies and their major ones with the public samples' replies.  It is
    weighed only after a fault in tone is found (the act's after: list), so the labelled
    acceptable replies teach it nothing; but a reply that opens with a laugh (哈哈，我还真找到
    一家…) is weighed whatever follows, and without the samples the words of any helpful
    answer (北京, 可以去, 有一个) leaned critical.  With them (and the threshold at 19, where
    the held-out halves' critical marks are as many as before), the CrossWOZ test and
    validation replies' critical marks fell from 5 to 2 (docs/grading.md, 4c).  The rules'
    good examples do not overrule it: long and never weighed, they dropped stretches that
    cost ten right critical marks on the held-out halves for one wrong one."""
    return learn(worked["critical"], worked["major"] + public, least_weight=GRAVE_MIN_WEIGHT)


def disclosure_examples(data: Path) -> tuple[list[str], list[str], list[str]]:
    """(disclosures, others, good): the normalised replies for which the rubric's
    ``disclosure_possible`` condition holds.  Of the worked halves', those inspectors failed as
    critical for a disclosure, and the others (critical replies for another offence teach
    neither side); the samples of ordinary dialogue count among the others.  ``good``: the
    rules' good examples and the samples' replies among them, which the model must not fail."""
    from .acts import default_lexicon
    from .conditions import Env, compile_condition, expand_shared
    from .evaluate import context_of, load
    from .rubric import load_rubric

    lexicon = default_lexicon().without_models()
    rubric = load_rubric(lexicon=lexicon)
    disclosure_possible = compile_condition(expand_shared({"condition": "disclosure_possible"}, rubric.conditions), set(lexicon.acts))

    def about(item: dict) -> str | None:
        """The reply's normalised text when the condition holds for it, else None."""
        context = context_of(item)
        # The customer's line, or as the grader reads it, the last one before the reply.
        heard = context.customer or next((t.text for t in reversed(context.history) if t.role == "customer"), "")
        reply = lexicon.analyze(item["reply"])
        holds = disclosure_possible(Env(reply, lexicon.analyze(heard) if heard else None, [], context.situation))[0]
        return reply.text if holds else None

    disclosures: list[str] = []
    others: list[str] = []
    for name in worked_halves(data):
        for item in load(str(data / f"labelled_{name}.jsonl")):
            text = about(item)
            if text is None:
                continue
            if item["expect"] != "critical":
                others.append(text)
            elif _DISCLOSURE_NOTE.search(item.get("why", "") + item.get("kind", "")):
                disclosures.append(text)
    # All acceptable: a restaurant's address given to a traveller who asked about 他家 is no
    # disclosure, nor is a caller's own flat read back to check who is calling.  They overrule
    # the model as the good examples do: a shop's neighbours listed for a traveller were once
    # a critical mark.
    public = [t for name in PUBLIC for t in map(about, load(str(data / name))) if t is not None]
    others.extend(public)
    good = []
    for rule in rubric.rules:
        for example in rule.good_examples:
            item = {"reply": example.reply, "situation": example.situation, "customer": example.customer, "history": [{"role": role, "text": text} for role, text in example.history]}
            text = about(item) if example.reply else None
            if text is not None:
                good.append(text)
    return disclosures, others + good, good + public


def _table(weights: dict[str, float], *header: str) -> str:
    lines = [f"# {line}" for line in header] + [f"{gram}\t{weight:.2f}" for gram, weight in sorted(weights.items())]
    return "\n".join(lines) + "\n"


def write(weights: dict[str, float], failed: int, acceptable: int) -> str:
    return _table(
        weights,
        f"Weights of the unkind_wording act: python -m grading.train_wording ({failed} failed, {acceptable} acceptable replies).",
        "stretch<TAB>log-odds of appearing in a reply failed for its wording",
    )


def grave_table(data: Path) -> str:
    """The text of grave_wording.tsv as the labelled sets in ``data`` teach it."""
    worked = worked_replies(data, GRAVE_TAUGHT_FILE)
    public = public_replies(data)
    return _table(
        grave_weights(worked, public),
        f"Weights of the grave_wording act: python -m grading.train_wording ({len(worked['critical'])} critical; {len(worked['major'])} major and {len(public)} public replies).",
        "stretch<TAB>log-odds of appearing in a reply inspectors rank critical rather than major",
    )


def disclosure_table(data: Path) -> str:
    """The text of disclosure_wording.tsv as the labelled sets in ``data`` teach it."""
    from .acts import default_lexicon

    disclosures, others, good = disclosure_examples(data)
    threshold = default_lexicon().acts["disclosure_wording"].model.threshold
    return _table(
        overrule(learn(disclosures, others, least_weight=GRAVE_MIN_WEIGHT), good, threshold),
        f"Weights of the disclosure_wording act: python -m grading.train_wording ({len(disclosures)} disclosures, {len(others)} other replies about someone).",
        "stretch<TAB>log-odds of appearing in a reply inspectors fail as a disclosure of personal data",
    )


def sarcasm_table(data: Path, good: list[str] | None = None) -> str:
    """The text of sarcasm_wording.tsv as the labelled sets in ``data`` teach it; ``good``:
    the rules' good examples, when the caller has them."""
    from .acts import default_lexicon
    from .evaluate import load
    from .normalize import normalize

    sarcastic: list[str] = []
    acceptable: list[str] = []
    for name in worked_halves(data):
        for item in load(str(data / f"labelled_{name}.jsonl")):
            if item["expect"] in ("ok", "minor"):
                acceptable.append(normalize(item["reply"]).text)
            elif _SARCASM_NOTE.search(item.get("why", "") + item.get("kind", "")):
                sarcastic.append(normalize(item["reply"]).text)
    # Ordinary chat is warm in the words sarcasm borrows (真羡慕你啊, 那可真要去看看呀): the
    # public samples overrule the model as the rules' good examples do.
    public = public_replies(data)
    good = good_examples() if good is None else good
    threshold = default_lexicon().acts["sarcasm_wording"].model.threshold
    return _table(
        overrule(learn(sarcastic, acceptable + public + good), good + public, threshold),
        f"Weights of the sarcasm_wording act: python -m grading.train_wording ({len(sarcastic)} sarcastic, {len(acceptable) + len(public) + len(good)} acceptable replies).",
        "stretch<TAB>log-odds of appearing in a reply inspectors fail as sarcasm",
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m grading.train_wording", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    args = parser.parse_args(argv)
    data = Path(args.data)
    worked = worked_replies(data)
    good = good_examples()
    weights, failed, acceptable = model_weights(data, worked, good)
    from .acts import write_bundled_data

    write_bundled_data(MODEL_FILE, write(weights, failed, acceptable))
    print(f"learned from {failed} failed and {acceptable} acceptable replies")
    write_bundled_data(GRAVE_FILE, grave_table(data))
    write_bundled_data(DISCLOSURE_FILE, disclosure_table(data))
    write_bundled_data(SARCASM_FILE, sarcasm_table(data, good))


if __name__ == "__main__":
    main()
