"""YAML with locations: the one place both packages find where in a file a value was written.

``LOADER`` is the safe loader every YAML read in the project uses (libyaml's C
loader when PyYAML has it: start-up time is part of the product).  ``Locator``
finds the line and column of a key path (``("nodes", 2, "branches", 0, "when")``)
in a document, and the keys written twice in one mapping.  ``grading.yamlio``
(rubric and acts files) and ``simulator.scenario.loader`` (scenarios, personas,
curricula) both read through it.
"""

from __future__ import annotations

from typing import Sequence

import yaml

__all__ = ["LOADER", "Locator"]

try:
    LOADER = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    LOADER = yaml.SafeLoader


class Locator:
    """Finds the line and column of a key path in a YAML document.

    Built from the node tree when the file was parsed (no second parse), or from the
    text, composed on first use.
    """

    def __init__(self, text: str = "", root: yaml.Node | None = None):
        self.text = text
        self._root: yaml.Node | None | bool = root if root is not None else False

    @property
    def root(self) -> yaml.Node | None:
        if self._root is False:
            try:
                self._root = yaml.compose(self.text, Loader=LOADER)
            except yaml.YAMLError:
                self._root = None
        return self._root  # type: ignore[return-value]

    def find(self, key: Sequence[str | int], on_key: bool = False) -> tuple[int | None, int | None]:
        node = self.root
        if node is None:
            return None, None
        mark = node.start_mark
        for depth, part in enumerate(key):
            last = depth == len(key) - 1
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                        if last and on_key:
                            mark = key_node.start_mark
                        else:
                            mark = value_node.start_mark
                        node = value_node
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        return mark.line + 1, mark.column + 1

    def duplicate_keys(self) -> list[tuple[int, int, str]]:
        """Keys written twice in one mapping (YAML keeps only the last, silently)."""
        found: list[tuple[int, int, str]] = []
        root = self.root
        if root is None:
            return found
        mapping, sequence, scalar = yaml.MappingNode, yaml.SequenceNode, yaml.ScalarNode
        stack = [root]
        seen: set[int] = set()  # an alias may point back at its own parent
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.__class__ is mapping:
                pairs = node.value
                keys = [k.value for k, _ in pairs if k.__class__ is scalar]
                if len(set(keys)) != len(keys):
                    counted: set[str] = set()
                    for key_node, _ in pairs:
                        if key_node.__class__ is scalar:
                            if key_node.value in counted and key_node.value != "<<":
                                found.append((key_node.start_mark.line + 1, key_node.start_mark.column + 1, key_node.value))
                            counted.add(key_node.value)
                stack.extend(v for _, v in pairs if v.__class__ is not scalar)
            elif node.__class__ is sequence:
                stack.extend(v for v in node.value if v.__class__ is not scalar)
        return found
