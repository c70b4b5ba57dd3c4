"""Write data/containing_words.txt: the dictionary words that contain each
single-character act word, so that segment.is_word can answer most boundary
questions without loading jieba.

    python -m grading.boundary_table
"""

from __future__ import annotations

import os

from .segment import CONTAINING_WORDS, _user_dictionary_path


def write_containing_words(single_characters) -> str:
    """The table's text for these characters, from jieba's and the project's dictionaries."""
    import jieba

    sources = [os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), _user_dictionary_path()]
    words: set[str] = set()
    for source in sources:
        with open(source, encoding="utf-8") as handle:
            words.update(line.split()[0] for line in handle if line.strip())
    lines = ["# Dictionary words containing each single-character act word (python -m grading.boundary_table)."]
    for char in sorted(set(single_characters)):
        containers = sorted(w for w in words if char in w and w != char)
        lines.append(f"{char}\t{' '.join(containers)}")
    return "\n".join(lines) + "\n"


def single_character_words() -> list[str]:
    from .acts import default_lexicon

    return sorted({w for act in default_lexicon().acts.values() for w in act.words if len(w) == 1})


def main() -> None:
    from .acts import write_bundled_data

    write_bundled_data(CONTAINING_WORDS, write_containing_words(single_character_words()))


if __name__ == "__main__":
    main()
