"""Chinese characters in a widget drawn over another one (a notice, a dialog) stay whole.

Textualize/textual#6357, open in Textual 8.2.8: the compositor cuts every screen line
wherever any widget starts or ends, including widgets hidden under a notice, and cuts
the notice's own line at those places too.  A double-width character straddling such
a cut is split, and each half is drawn as a space: a notice over the border of the
panel beneath it lost a character there ("还没有输入  复"), and a partial repaint of
the panel beneath could wipe it again.

The notice's size and position cannot avoid this (the cuts come from whatever is
underneath), so the fix is in the one place that cuts: :func:`install` replaces
``Compositor._render_chops`` with a copy that, where the same widget is on top on
both sides of a cut that falls inside one of its wide characters, keeps that
character whole in the piece on the left and leaves the piece on the right empty.
Everything else is drawn exactly as before.  Remove once the issue is fixed upstream.
"""

from __future__ import annotations

from rich.cells import get_character_cell_size

_installed = False


def _wide_starts(strip) -> set[int]:
    """The cells at which a double-width character of ``strip`` starts."""
    starts: set[int] = set()
    x = 0
    for text, _style, control in strip:
        if control:
            continue
        if text.isascii():
            x += len(text)
            continue
        for char in text:
            width = get_character_cell_size(char)
            if width == 2:
                starts.add(x)
            x += width
    return starts


def _keep_wide_characters_whole(chops_line: dict, strip, render_x: int, final_cuts: list[int], won: set[int]) -> None:
    """Join the pieces of ``strip`` (its widget on top at the cuts in ``won``) across
    every cut that falls inside one of its wide characters."""
    from textual.strip import Strip

    starts = None
    run_start = None  # the first cut of the pieces being joined
    for i in range(1, len(final_cuts) - 1):
        before, cut = final_cuts[i - 1], final_cuts[i]
        if before in won and cut in won:
            if starts is None:
                starts = _wide_starts(strip)
            if cut - render_x - 1 in starts:
                run_start = before if run_start is None else run_start
                chops_line[run_start] = strip.crop(run_start - render_x, final_cuts[i + 1] - render_x)
                chops_line[cut] = Strip([], 0)
                continue
        run_start = None


def _render_chops(self, crop, is_rendered_line):
    # Textual 8.2.8's Compositor._render_chops, plus the call marked below.
    from textual.geometry import Region

    cuts = self.cuts
    chops = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    intersection = Region.intersection
    for region, clip, strips in self._get_renders(crop):
        render_region = intersection(region, clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips):
            if not is_rendered_line(y):
                continue
            chops_line = chops[y]
            final_cuts = [cut for cut in cuts[y] if (last_cut >= cut >= first_cut)]
            cut_strips = strip.divide([cut - render_x for cut in final_cuts[1:]])
            # Painting front to back, the first piece for a cut wins.
            won = set()
            for cut, piece in zip(final_cuts, cut_strips):
                if chops_line.get(cut) is None:
                    chops_line[cut] = piece
                    won.add(cut)
            if len(won) > 1:  # the fix: only where this widget is on top across a cut
                _keep_wide_characters_whole(chops_line, strip, render_x, final_cuts, won)
    return chops


def install() -> None:
    """Put the fixed ``_render_chops`` in place (idempotent).  Not on a Textual whose
    ``_render_chops`` takes other arguments: that is not the code this copies."""
    global _installed
    if _installed:
        return
    from textual._compositor import Compositor

    original = Compositor._render_chops.__code__
    if original.co_varnames[: original.co_argcount] != ("self", "crop", "is_rendered_line"):
        return
    Compositor._render_chops = _render_chops
    _installed = True
