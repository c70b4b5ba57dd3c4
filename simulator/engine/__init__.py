"""The call engine: one trainee taking one scripted call, turn by turn (headless, no Textual).

``session`` (CallSession and what it hands out), ``machine`` (the scenario's graph as a
``transitions`` state machine), ``clock`` (system and manual time).  Imports the
scenario format and grading; nothing of records, reports or the TUI.
"""
