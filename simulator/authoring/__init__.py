"""Tools for trainers who write scenarios (headless, no Textual).

``bench`` (AuthorBench: play a file from any node, explain every move, reload),
``runner`` (a scenario's own tests and ``--explore``'s random walks), ``skeletons``
(``peilian new``), ``graph`` and ``graph_svg`` (``peilian graph``).  Imports the
scenario format, the engine and grading; never records, reports or the TUI.
"""
