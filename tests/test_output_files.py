"""Output files: whole or not at all, and never a rename over what is not a regular file."""

import os
import stat

import pytest

from simulator.output_files import csv_cell, csv_row, write_text


def test_a_regular_file_is_replaced_whole_and_no_temporary_is_left(tmp_path):
    target = tmp_path / "report.csv"
    write_text(target, "a,b\n")
    write_text(target, "c,d\n")
    assert target.read_text(encoding="utf-8") == "c,d\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.csv"]


def test_a_named_pipe_is_written_into_not_replaced(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_text(fifo, "数据\n")
    reader.join(timeout=10)
    assert got == ["数据\n"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_folder_is_refused_and_a_failed_write_leaves_nothing_behind(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_text(tmp_path, "x")

    with pytest.raises(TypeError):
        write_text(tmp_path / "half.txt", 42)  # cannot be written: nothing may remain
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_cells_a_spreadsheet_would_run_are_written_as_text(value):
    assert csv_cell(value) == "'" + value
    assert csv_row([value, "王芳", 3]) == ["'" + value, "王芳", 3]
