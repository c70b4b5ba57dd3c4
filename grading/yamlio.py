"""Safe YAML loading with line numbers for error messages.

Only the safe loader is ever used: a ``!!python/...`` tag is refused, never run.
The C loader is used when available because start-up time is part of the product
(`peilian grade` on one reply must start about as fast as jieba itself).
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError, DataFileError
from .located_yaml import LOADER as _Loader, duplicate_key_errors, refuse_over_limits


# PyYAML's problems, said as a trainer would read them: (what PyYAML says, in Chinese, what to do).
_PROBLEMS_ZH = (
    ("did not find expected ',' or ']'", "方括号 [ ] 里的列表没有写完整：少了逗号或右方括号 ]", "列表写成 [甲, 乙, 丙]，项与项之间用逗号隔开"),
    ("did not find expected ',' or '}'", "花括号 { } 里的映射没有写完整：少了逗号或右花括号 }", "写成 {键: 值, 键: 值}"),
    ("mapping values are not allowed", "这里不能再出现“冒号加空格”", "值里要有冒号时，给整个值加上引号，如 \"时间: 下午\""),
    ("found character that cannot start any token", "这一行有 YAML 不认的字符（常见的是用 Tab 缩进）", "缩进只用空格，不用 Tab"),
    ("found unexpected end of stream", "文件在引号或括号还没闭合时就结束了", "检查引号和括号是否成对"),
    ("found undefined alias", "引用了没有定义的锚点（*名字）", "先用 &名字 定义，或者直接写出内容"),
    ("did not find expected key", "缩进不一致：这一行和同一层的其他行没有对齐", "同一层的键要用相同数量的空格缩进"),
    ("did not find expected '-' indicator", "列表和映射混在了同一层", "列表的每一项都以“- ”开头，并且对齐"),
    ("could not find expected ':'", "缺少冒号：键后面要写“: ”", "写成 键: 值（冒号后面有一个空格）"),
    ("found duplicate anchor", "同一个锚点（&名字）定义了两次", "给其中一个换个名字"),
)


def _problem_from_yaml_error(path: str, exc: yaml.YAMLError) -> DataError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    hint = "请检查缩进、冒号后的空格和引号是否成对"
    for english, chinese, what_to_do in _PROBLEMS_ZH:
        if problem.startswith(english):
            problem, hint = chinese, what_to_do
            break
    if "python/" in str(exc) or "could not determine a constructor" in str(exc):
        problem = "文件中含有不安全的 YAML 标签（如 !!python/...），出于安全原因拒绝加载"
        hint = "删除这个标签，场景和规则只能包含普通数据"
    return DataError(path, line, f"YAML 格式错误：{problem}", hint, column)


def load_text(text: str, path: str) -> Any:
    """The data of a YAML text, read safely: no tags that run code, and within the
    limits of size, depth and alias expansion (``located_yaml.LIMITS``)."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        refuse_over_limits(text, root, path)
        if root is not None:
            # YAML keeps only the last of two equal keys, silently: half a rule lost.
            twice = duplicate_key_errors(text, root, path)
            if twice:
                raise DataFileError(twice)
        return loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        raise DataFileError([_problem_from_yaml_error(path, exc)]) from None
    except RecursionError:
        raise DataFileError([DataError(path, None, "嵌套层数太深，无法读取")]) from None
    finally:
        loader.dispose()


def load_file(path: str | Path) -> Any:
    """The data of a YAML file, read safely; a bundled file's from the store of parsed
    files (parsed_yaml.py) when its text is the one stored."""
    path = Path(path)
    text = _read(path)
    stored = _parsed_store().get(text_key(text))
    # Each load builds its data anew: a caller may change what it was given.
    return json.loads(stored) if stored is not None else load_text(text, str(path))


def parse_file(path: str | Path) -> Any:
    """The data of a YAML file, always parsed (what the store is made from)."""
    path = Path(path)
    return load_text(_read(path), str(path))


# The store of the bundled files' data (written by python -m grading.parsed_yaml).
PARSED_STORE = "parsed_yaml.json"


def text_key(text: str) -> str:
    """The key a YAML text's data is stored under."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _parsed_store() -> dict[str, str]:
    try:
        return json.loads((Path(__file__).resolve().parent / "data" / PARSED_STORE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(
            [DataError(str(path), None, f"文件不是 UTF-8 编码：{exc.reason}", "请用 UTF-8 保存文件")]
        ) from None
    except OSError as exc:
        raise DataFileError([DataError(str(path), None, f"无法读取文件：{exc.strerror}")]) from None


def compose_file(path: str | Path) -> yaml.Node | None:
    """The node tree of a file, for finding the line of an item after the fact."""
    try:
        return yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        return None


def node_line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def mapping_get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value_node
    return None


def find_item_with_id(node: yaml.Node | None, item_id: str, list_key: str | None = None) -> yaml.Node | None:
    """Find, in a sequence (optionally under ``list_key``), the mapping whose id is ``item_id``."""
    if list_key is not None:
        node = mapping_get(node, list_key)
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            id_node = mapping_get(item, "id")
            if isinstance(id_node, yaml.ScalarNode) and id_node.value == item_id:
                return item
    return None
