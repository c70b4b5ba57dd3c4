"""Sub-commands of ``peilian``; each module exposes ``register(subparsers)``.

Modules are imported only when the command line is parsed, and each command
imports its heavy dependencies (Textual, the grader) inside its handler, so that
``peilian grade`` never pays for the user interface.
"""

COMMAND_MODULES = (
    "simulator.commands.grade",
    "simulator.commands.validate",
    "simulator.commands.play",
    "simulator.commands.scenario_test",
    "simulator.commands.graph",
    "simulator.commands.new",
    "simulator.commands.author",
    "simulator.commands.app",
    "simulator.commands.history",
    "simulator.commands.exam",
    "simulator.commands.report",
    "simulator.commands.serve",
    "simulator.commands.rubric",
    "simulator.commands.disputes",
)
