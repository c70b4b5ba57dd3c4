"""Reading scenario YAML as trainers write it: folded Chinese lines, plain data.

Light on purpose (PyYAML only): the loader and the quick preview of the app's
first screen (``preview.py``) both read through it.

YAML folds a line break inside prose into a space; between two Chinese characters
that space is wrong ("先道歉、安抚， 他会…"), so :func:`unfold_cjk` takes it out
again, on the node tree, before the data is built.  :func:`construct_plain` builds
plain data much faster than PyYAML's generic constructor and leaves anything else
to it (``NotPlain``).  :func:`parse` does both in one pass of the safe loader.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from grading.errors import DataError, DataFileError
from grading.located_yaml import LOADER, refuse_over_limits
from grading.yamlio import load_text

# CJK ideographs (with the extensions and compatibility forms), kana, bopomofo, and
# the punctuation written in Chinese text: 、。「」《》【】…… ——  “ ” ‘ ’ · and the
# full-width forms （），：；！？
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\u2014\u2018-\u201f\u2026\u00b7\U00020000-\U0003134f]"
)
_STR_TAG = "tag:yaml.org,2002:str"


def is_cjk(char: str) -> bool:
    """A CJK character or a punctuation mark of Chinese text."""
    return bool(_CJK.match(char))


def unfold_cjk(root: yaml.Node, text: str) -> None:
    """Drop the spaces YAML folded in between two CJK characters (see the module notes).

    Works on the node tree before it is constructed, so the data and the locations
    come from the one parse.
    """
    scalar, mapping = yaml.ScalarNode, yaml.MappingNode
    if root.__class__ is scalar:
        if " " in root.value and root.style != "|" and root.tag == _STR_TAG and root.start_mark.line != root.end_mark.line:
            root.value = _join_folded(root, text)
        return
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias
            continue
        seen.add(id(node))
        # Values only (keys are never folded prose); most scalars hold no space at all.
        children = [v for _, v in node.value] if node.__class__ is mapping else node.value
        for child in children:
            if child.__class__ is scalar:
                if " " in child.value and child.style != "|" and child.tag == _STR_TAG and child.start_mark.line != child.end_mark.line:
                    child.value = _join_folded(child, text)
            else:
                stack.append(child)


def _join_folded(node: yaml.ScalarNode, text: str) -> str:
    """``node.value`` without the folded spaces between CJK characters.

    The scalar's source lines, found in order in its value, tell where each line
    ended: a space right there is a fold.  A value that does not read back line by
    line (escapes in a quoted scalar) is left as it is.
    """
    value = node.value
    lines = text[node.start_mark.index : node.end_mark.index].split("\n")
    if node.style == ">":
        lines = lines[1:]  # the header: ">", ">-", ">+2" …
    pieces = [line.strip() for line in lines]
    if node.style in ('"', "'") and pieces:
        pieces[0] = pieces[0][1:]
        pieces[-1] = pieces[-1][:-1]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return value
    drop, position = [], 0
    for number, piece in enumerate(pieces):
        found = value.find(piece, position)
        if found < 0:
            return value
        position = found + len(piece)
        if (
            number < len(pieces) - 1
            and value[position : position + 1] == " "
            and is_cjk(value[position - 1])
            and is_cjk(value[position + 1 : position + 2] or "a")
        ):
            drop.append(position)
    for index in reversed(drop):
        value = value[:index] + value[index + 1 :]
    return value


class NotPlain(Exception):
    """The node tree holds something the plain constructor leaves to PyYAML."""


# PyYAML's own conversions for the plain scalar tags (its constructor methods only read
# the node, so one bare instance serves every file).
_SCALAR_CONSTRUCTOR = yaml.SafeLoader.__new__(yaml.SafeLoader)
_PLAIN_SCALARS: dict[str, Any] = {
    "tag:yaml.org,2002:int": _SCALAR_CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _SCALAR_CONSTRUCTOR.construct_yaml_float,
    "tag:yaml.org,2002:bool": _SCALAR_CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:null": lambda node: None,
}


def construct_plain(root: yaml.Node) -> Any:
    """Build the data of a node tree of plain mappings, lists and scalars.

    Scenario files are plain data, and PyYAML's generic constructor is most of the
    cost of validating a large library; this does the same for the plain tags and
    raises NotPlain on anything else (merge keys, timestamps, sets, ...), so PyYAML
    still decides every case that is not plain.  Aliases share the object, as in PyYAML.
    """
    convert = _PLAIN_SCALARS
    built: dict[int, Any] = {}
    scalar, mapping, sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    str_tag, map_tag, seq_tag = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"

    def build(node):
        known = built.get(id(node))
        if known is not None:
            return known
        kind = node.__class__
        if kind is scalar:
            if node.tag == str_tag:
                return node.value
            make = convert.get(node.tag)
            if make is None:
                raise NotPlain
            return make(node)
        if kind is mapping:
            if node.tag != map_tag:
                raise NotPlain
            result: dict = {}
            built[id(node)] = result
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise NotPlain
                key = build(key_node)
                if isinstance(key, (dict, list)):
                    raise NotPlain  # unhashable: let PyYAML say so
                result[key] = build(value_node)
            return result
        if kind is sequence:
            if node.tag != seq_tag:
                raise NotPlain
            result_list: list = []
            built[id(node)] = result_list
            result_list.extend(build(child) for child in node.value)
            return result_list
        raise NotPlain

    return build(root)


def parse(text: str, path: str) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text and its node tree, in one pass of the safe loader.

    Any YAML problem (a syntax error, a ``!!python/...`` tag) is reported the way
    ``grading.yamlio.load_text`` reports it: a ``DataFileError`` with a location and
    a Chinese message.  Folded line breaks between Chinese characters leave no space.
    """
    loader = LOADER(text)
    try:
        root = loader.get_single_node()
        refuse_over_limits(text, root, path)
        if root is not None:
            unfold_cjk(root, text)
        data = None
        if root is not None:
            try:
                data = construct_plain(root)
            except NotPlain:  # anything beyond plain data: PyYAML's own safe constructor
                data = loader.construct_document(root)
    except yaml.YAMLError as exc:
        load_text(text, path)  # raises DataFileError with the located, translated problem
        raise DataFileError([DataError(path, None, f"YAML 格式错误：{exc}")]) from None
    finally:
        loader.dispose()
    return data, root
