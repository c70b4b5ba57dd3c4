"""Who the customer is: the one part of a scenario the app's first screen shows
before anything is loaded, so it lives apart from the rest of the model."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    dialect: str = ""  # empty: speaks Mandarin
    temperament: str = ""
    background: str = ""
    age: str = ""
    key: tuple = ()  # the path of keys to it in its YAML file (model.Key)
    path: str = ""  # the file that declares it (a scenario or a personas file)
