"""Write data/t2s_characters.txt: every character OpenCC's Traditional-to-Simplified
conversion may change, so that normalize can skip the conversion (and the import of
OpenCC) for the many replies that hold none of them.

    python -m grading.variant_table
"""

from __future__ import annotations

from .normalize import T2S_CHARACTERS, _t2s

# Characters whose conversion on their own leaves them alone but which change inside
# a phrase of OpenCC's dictionary (瞭解 → 了解, 反覆 → 反复, 藉口 → 借口, 甦醒 → 苏醒).
PHRASE_ONLY = "么沈坏甦俱彷哩衹覆藉瞭"

# The CJK blocks: unified ideographs with extension A, the compatibility
# ideographs, and the supplementary planes' extensions.
_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2FA20))


def write_t2s_characters() -> str:
    """The table's text, from the installed OpenCC."""
    convert = _t2s().convert
    changed = {chr(c) for low, high in _RANGES for c in range(low, high) if convert(chr(c)) != chr(c)}
    changed.update(PHRASE_ONLY)
    return "# Characters OpenCC's t2s may change (python -m grading.variant_table).\n" + "".join(sorted(changed)) + "\n"


def main() -> None:
    from .acts import write_bundled_data

    write_bundled_data(T2S_CHARACTERS, write_t2s_characters())


if __name__ == "__main__":
    main()
