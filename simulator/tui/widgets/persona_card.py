"""Who is calling, and how they feel right now: a mood meter driven by the
scenario's state (the variable the scenario names with ``mood:``)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

# A meter whose label names a good feeling fills towards calm, not towards anger.
_CALM_WORDS = ("耐心", "满意", "信任", "好感", "平静", "心情", "配合")


def meter_is_calm(label: str) -> bool:
    return any(word in (label or "") for word in _CALM_WORDS)


def meter_word(label: str, badness: float) -> str:
    """How the customer feels, read from the meter itself (the words agree with the number)."""
    if meter_is_calm(label):
        return "还算平和" if badness < 0.34 else "有些不满" if badness < 0.67 else "快失去耐心了"
    return "平和" if badness < 0.34 else "生气" if badness < 0.67 else "非常恼火"


def meter_content(meter, width: int = 14) -> Content:
    """``火气 ██████░░░░ 6/10  生气`` from the engine's ``MoodMeter`` (or its journal dict)."""
    get = meter.get if isinstance(meter, dict) else lambda k, d=None: getattr(meter, k, d)
    low, high, value = float(get("low", 0)), float(get("high", 1)), float(get("value", 0))
    fraction = (value - low) / (high - low) if high > low else 0.0
    fraction = min(1.0, max(0.0, fraction))
    label = get("label", "") or "情绪"
    badness = 1.0 - fraction if meter_is_calm(label) else fraction
    style = "$text-success" if badness < 0.34 else "$text-warning" if badness < 0.67 else "$text-error"
    filled = round(fraction * width)
    shown = f"{value:g}/{high:g}"
    parts = [
        Content.styled(f"{label} ", "bold"),
        Content.styled("█" * filled, style),
        Content.styled("░" * (width - filled), "$text-muted"),
        Content.styled(f" {shown}", style),
    ]
    # The word comes from the number, not from the scenario's note on the node, so the
    # two never disagree ("6/10 平和").
    parts.append(Content.styled(f"  {meter_word(label, badness)}", style))
    return Content.assemble(*parts)


class PersonaCard(Vertical):
    DEFAULT_CSS = """
    PersonaCard {
        height: auto;
        border: round $secondary 60%;
        border-title-color: $text-secondary;
        padding: 0 1;
    }
    PersonaCard > #persona-name { text-style: bold; }
    PersonaCard > .persona-detail { color: $text-muted; }
    PersonaCard > #persona-hint { color: $text-accent; margin-top: 1; display: none; }
    PersonaCard > #persona-hint.-shown { display: block; }
    """

    def __init__(self, persona, **kwargs):
        super().__init__(**kwargs)
        self.persona = persona
        self.border_title = "来电客户"
        self.meter = None
        self.mood = ""

    def compose(self) -> ComposeResult:
        persona = self.persona
        name = persona.name if persona is not None else "客户"
        yield Static(Content(name), id="persona-name")
        if persona is not None:
            traits = " · ".join(t for t in (persona.dialect and f"讲{persona.dialect}", persona.temperament, persona.age) if t)
            if traits:
                yield Static(Content(traits), classes="persona-detail")
            if persona.background:
                yield Static(Content(persona.background), classes="persona-detail")
        yield Static("", id="persona-mood")
        yield Static("", id="persona-hint")

    def show_line(self, line, *, show_hint: bool = True) -> None:
        """Update from the engine's ``CustomerLine``: the meter, the mood, the speaker, the hint."""
        if line is None:
            return
        if line.meter is not None:
            self.meter = line.meter
        mood = line.mood or self.mood
        # The engine falls back to the persona's temperament, already on the card.
        self.mood = "" if self.persona is not None and mood == self.persona.temperament else mood
        if line.speaker_name and self.persona is not None and line.speaker_name != self.persona.name:
            self.border_title = f"来电客户 · 正在说话：{line.speaker_name}"
        else:
            self.border_title = "来电客户"
        self._render_mood()
        self.show_hint(line.hint if show_hint else "")

    def show_state(self, meter) -> None:
        self.meter = meter
        self._render_mood()

    def show_hint(self, hint: str) -> None:
        widget = self.query_one("#persona-hint", Static)
        widget.update(Content(f"提示：{hint}") if hint else "")
        widget.set_class(bool(hint), "-shown")

    def _render_mood(self) -> None:
        widget = self.query_one("#persona-mood", Static)
        if self.meter is None:
            widget.update(Content.styled(f"情绪：{self.mood}", "$text-muted") if self.mood else "")
        else:
            widget.update(meter_content(self.meter))

    @property
    def meter_text(self) -> str:
        return str(self.query_one("#persona-mood", Static).render())
