"""Each folder imports only the layers below it (docs/architecture.md's table, checked).

Read with ``ast``; imports inside functions count too.  A new import that crosses
a layer the wrong way fails here with the module and what it imports.
"""

from test_import_cycles import _imports, _modules

# Layer -> the layers it may import (besides itself and the standard library).
ALLOWED = {
    "grading": set(),
    "simulator": set(),  # simulator/__init__.py
    "simulator.settings": set(),
    "simulator.output_files": set(),
    "simulator.display_script": set(),
    "simulator.scenario": {"grading"},
    "simulator.engine": {"simulator.scenario", "grading"},
    "simulator.authoring": {"simulator.engine", "simulator.scenario", "grading"},
    "simulator.records": {"simulator.scenario", "simulator.settings", "grading"},
    "simulator.call": {"simulator.records", "simulator.engine", "simulator.scenario", "simulator.settings", "grading"},
    "simulator.exam": {"simulator.records", "simulator.engine", "simulator.scenario", "simulator.settings", "simulator.output_files", "grading"},
    "simulator.reports": {"simulator.records", "simulator.scenario", "simulator.settings", "simulator.output_files", "grading"},
    "simulator.tui": (_APP := {
        "simulator",
        "simulator.call",
        "simulator.authoring",
        "simulator.engine",
        "simulator.exam",
        "simulator.records",
        "simulator.reports",
        "simulator.scenario",
        "simulator.settings",
        "simulator.output_files",
        "simulator.display_script",
        "grading",
    }),
    # The commands may import all the app may, and the app itself.
    "simulator.commands": _APP | {"simulator.tui"},
    "simulator.cli": {"simulator.commands", "simulator.settings", "simulator.display_script"},
    "simulator.__main__": {"simulator.cli"},
}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[0] if len(parts) == 1 or parts[0] == "grading" else ".".join(parts[:2])


def test_every_module_belongs_to_a_known_layer():
    unknown = sorted({layer(m) for m in _modules()} - set(ALLOWED))
    assert unknown == [], f"add these folders to ALLOWED here and to docs/architecture.md: {unknown}"


def test_each_layer_imports_only_the_layers_below_it():
    modules = _modules()
    wrong = []
    for name, path in sorted(modules.items()):
        own = layer(name)
        for target in sorted(_imports(name, path, modules)):
            other = layer(target)
            if other != own and other not in ALLOWED[own]:
                wrong.append(f"{name} imports {target} ({own} may import: {', '.join(sorted(ALLOWED[own])) or 'nothing of the project'})")
    assert wrong == [], "\n".join(wrong)
