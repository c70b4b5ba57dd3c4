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

__all__ = ["LOADER", "Locator", "LIMITS", "over_limits", "refuse_over_limits", "duplicate_key_errors"]

# What one YAML file of this project may hold.  Aliases are allowed but counted as
# if expanded, so an alias bomb ("billion laughs": a few lines naming a list of
# lists of the same list) is refused in a moment instead of taking gigabytes.
LIMITS = {"bytes": 2_000_000, "nodes": 200_000, "depth": 64, "number_chars": 40}
_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_ALIASES = "删去重复引用的锚点（&名字 / *名字），把内容直接写出来"

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


def _plainly_within_limits(root: yaml.Node) -> bool:
    """True when the tree holds no node twice (no alias) and is within LIMITS: one pass,
    a level at a time, as every file the project ships is.  False sends the tree to the
    full walk, which finds what is wrong and where."""
    mapping, sequence = yaml.MappingNode, yaml.SequenceNode
    seen: set[int] = set()
    level = [root]
    count = depth = 0
    while level:
        depth += 1
        count += len(level)
        seen.update(map(id, level))
        if depth > LIMITS["depth"] or count > LIMITS["nodes"] or len(seen) != count:
            return False
        below: list[yaml.Node] = []
        for node in level:
            kind = node.__class__
            if kind is mapping:
                for pair in node.value:
                    below.extend(pair)
            elif kind is sequence:
                below.extend(node.value)
            elif node.tag in _NUMBER_TAGS and len(node.value) > LIMITS["number_chars"]:
                return False
        level = below
    return True


def over_limits(text: str, root: yaml.Node | None) -> tuple[str, int | None, str] | None:
    """(a Chinese sentence, the line, what to do) when the text or its node tree is
    too large, too deep, refers to itself or holds an absurd number; None when it is
    within LIMITS."""
    if len(text.encode("utf-8", "surrogatepass")) > LIMITS["bytes"]:
        return f"文件太大（超过 {LIMITS['bytes'] // 1_000_000} MB），场景和规则文件不会这么大", None, "检查是不是选错了文件"
    if root is None or _plainly_within_limits(root):
        return None
    # Sizes and depths with every alias expanded, computed once per node.
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            if isinstance(node, yaml.MappingNode):
                children = [c for pair in node.value for c in pair]
            elif isinstance(node, yaml.SequenceNode):
                children = list(node.value)
            else:
                children = []
                # A number no file needs: Python refuses to read one of 4,300 digits.
                if node.tag in _NUMBER_TAGS and len(node.value) > LIMITS["number_chars"]:
                    return f"数字太长（{len(node.value)} 个字符），不是有效的数值", node.start_mark.line + 1, "写一个合理的数值"
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            if size[key] > LIMITS["nodes"]:
                return (f"内容展开后超过 {LIMITS['nodes']:,} 项（多半是用锚点和别名（& 和 *）层层引用），拒绝读取", node.start_mark.line + 1, _ALIASES)
            if depth[key] > LIMITS["depth"]:
                return (f"嵌套超过 {LIMITS['depth']} 层，拒绝读取", node.start_mark.line + 1, "把内容拆平，少嵌套几层")
            continue
        if key in size:
            continue
        if key in open_nodes:
            return "锚点引用了它自己（& 和 * 形成了循环），拒绝读取", node.start_mark.line + 1, _ALIASES
        open_nodes.add(key)
        stack.append((node, True))
        if isinstance(node, yaml.MappingNode):
            stack.extend((c, False) for pair in node.value for c in pair if id(c) not in size)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((c, False) for c in node.value if id(c) not in size)
    return None


def refuse_over_limits(text: str, root: yaml.Node | None, path: str) -> None:
    """Raise ``DataFileError`` (one located sentence) when the text is over the limits."""
    from .errors import DataError, DataFileError

    problem = over_limits(text, root)
    if problem is not None:
        message, line, hint = problem
        raise DataFileError([DataError(path, line, message, hint)])


def duplicate_key_errors(text: str, root: yaml.Node | None, path: str) -> list:
    """A located ``DataError`` per key written twice in one mapping (YAML keeps the last, silently)."""
    from .errors import DataError

    return [
        DataError(path, line, f"字段 {name!r} 在同一处写了两次，只有后一个会生效", "删掉或合并其中一个", column)
        for line, column, name in Locator(text, root).duplicate_keys()
    ]
