"""The settings table: every setting declared once, in the order the Settings page shows them.

One dataclass per section of the settings file. Each field is a setting:
its name is its key in the file, its declaration (``whole``, ``flag`` …
from ``fields.py``) gives its default, its kind and limits, and the label,
accessible name and help of its control on the Settings page. Checking,
reading, writing and the page's rows all come from these declarations, so a
new setting is one more field here (see docs/architecture.md, "Add a
setting").

The dataclasses only ever hold valid values (constructors raise
``ValueError`` naming the field otherwise), so the reminder scheduler and
the pages can use them without checking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from hipcoach.core.settings.fields import (
    Limits,
    Place,
    SettingsGroup,
    SettingsPageText,
    exercise_choices,
    flag,
    fraction,
    hours,
    identifier,
    identifiers,
    one_of,
    whole,
)
from hipcoach.core.settings.working_hours import WorkingHours

#: The settings format this version writes; files with a higher number are never overwritten.
SCHEMA = 1
DEFAULT_MOVES = ("standing-hip-flexor-stretch", "standing-glute-squeezes", "walk-break")

#: The unit of the spin boxes that count minutes.
MINUTES = SettingsPageText.tr(" min")


class BreakStyle(StrEnum):
    """What each movement break offers (``BreakSettings.style``)."""

    GUIDE = "guide"
    """The guide's rule: every part that is on, in order, in every break."""
    ROTATION = "rotation"
    """One move per break, the moves taking turns (a walk after long sitting)."""


@dataclass(frozen=True)
class BreakSettings(SettingsGroup):
    """Movement-break reminders: how often, when, and what to do."""

    enabled: bool = flag(
        True,
        place=Place.SWITCH,
        label=SettingsPageText.tr("Suggest &movement breaks"),
        accessible_name=SettingsPageText.tr("Suggest movement breaks"),
        help=SettingsPageText.tr(
            "Remind you to get up and move after sitting for a while. "
            "Turn off to stop all break reminders; sessions still work."
        ),
    )
    interval_minutes: int = whole(
        60,
        Limits(10, 240),
        suffix=MINUTES,
        step=5,
        label=SettingsPageText.tr("Suggest a break after &sitting for"),
        accessible_name=SettingsPageText.tr("Sitting time before a break"),
        help=SettingsPageText.tr(
            "How long you may sit before a break is suggested ({low}–{high} minutes). "
            "Getting up or finishing a session starts the count again."
        ),
    )
    # hours() returns a dataclasses.field whose default factory makes WorkingHours.
    working_hours: WorkingHours = hours(label=SettingsPageText.tr("Working &hours"))  # noqa: RUF009
    #: Whether a break is the whole set of moves or one move in turn.
    # one_of() returns a dataclasses.field whose default is a (frozen) enum member.
    style: BreakStyle = one_of(  # noqa: RUF009
        BreakStyle.GUIDE,
        options=(
            (BreakStyle.GUIDE, SettingsPageText.tr("The guide's set every hour (recommended)")),
            (BreakStyle.ROTATION, SettingsPageText.tr("One move per break, taking turns")),
        ),
        label=SettingsPageText.tr("Every break o&ffers"),
        accessible_name=SettingsPageText.tr("What every break offers"),
        help=SettingsPageText.tr(
            "The guide's rule: every break is the whole set in order, the standing "
            "stretch on each side, ten glute squeezes, then a short walk. Taking turns "
            "offers one move per break instead, and the walk after long sitting."
        ),
    )
    #: Exercise ids of the moves a break offers (the parts of the set, or those taking turns).
    moves: tuple[str, ...] = identifiers(
        DEFAULT_MOVES,
        label=SettingsPageText.tr("Break mo&ves"),
        help=SettingsPageText.tr(
            "The moves that are on: the parts of every break's set, or the moves that take turns."
        ),
    )
    stretch_per_side: bool = flag(
        True,
        label=SettingsPageText.tr("Stretch &each side in turn"),
        accessible_name=SettingsPageText.tr("Stretch each side in turn"),
        help=SettingsPageText.tr(
            "Time the standing stretch for the left and the right side, "
            "with a short switch between them."
        ),
    )
    walk_minutes: int = whole(
        3,
        Limits(2, 5),
        suffix=MINUTES,
        label=SettingsPageText.tr("&Walk length"),
        accessible_name=SettingsPageText.tr("Walk length"),
        help=SettingsPageText.tr("How long a walk break lasts ({low}–{high} minutes)."),
    )
    snooze_minutes: int = whole(
        5,
        Limits(1, 60),
        suffix=MINUTES,
        heading=SettingsPageText.tr("Snoozing and time away"),
        label=SettingsPageText.tr("Snooze &length"),
        accessible_name=SettingsPageText.tr("Snooze length"),
        help=SettingsPageText.tr("How long “Snooze” puts a break off ({low}–{high} minutes)."),
    )
    #: Snoozes allowed per break.
    snooze_limit: int = whole(
        3,
        Limits(0, 10),
        zero=SettingsPageText.tr("No snoozing"),
        label=SettingsPageText.tr("Snoozes &allowed per break"),
        accessible_name=SettingsPageText.tr("Snoozes allowed per break"),
        help=SettingsPageText.tr(
            "How many times one break may be snoozed before “Snooze” is no "
            "longer offered ({low}–{high}; 0 = no snoozing)."
        ),
    )
    #: No input at least this long counts as a break already taken (a lock or sleep always does).
    #: Files from before the minimum was 3 may hold 1 or 2: those are raised to 3.
    absence_minutes: int = whole(
        5,
        Limits(3, 30),
        raised_from=1,
        suffix=MINUTES,
        after=SettingsPageText.tr("counts as a break"),
        label=SettingsPageText.tr("An a&bsence of at least"),
        accessible_name=SettingsPageText.tr("Absence that counts as a break"),
        help=SettingsPageText.tr(
            "When there is no keyboard or mouse input for at least this long, you were "
            "probably up and about: it counts as a break and the sitting time starts "
            "again. A shorter pause (reading, a call) is still sitting; locking the "
            "screen or a sleep always counts ({low}–{high} minutes)."
        ),
    )
    #: How long a full-screen app or do-not-disturb may hold a due break back.
    defer_cap_minutes: int = whole(
        30,
        Limits(0, 120),
        suffix=MINUTES,
        zero=SettingsPageText.tr("Never wait"),
        step=5,
        label=SettingsPageText.tr("Full screen or do-not-disturb\nmay &delay a break by"),
        accessible_name=SettingsPageText.tr("Longest delay in full screen or do-not-disturb"),
        help=SettingsPageText.tr(
            "While a full-screen app (a video call, a presentation) or "
            "do-not-disturb is on, a due break waits, but no longer than this "
            "({low}–{high} minutes; 0 = breaks never wait)."
        ),
    )
    #: How long a call (microphone or camera in use) may hold a due break back; 0: never.
    call_hold_minutes: int = whole(
        60,
        Limits(0, 240),
        suffix=MINUTES,
        zero=SettingsPageText.tr("Never hold"),
        step=5,
        label=SettingsPageText.tr("Hold brea&ks during calls for at most"),
        accessible_name=SettingsPageText.tr("Longest hold during calls"),
        help=SettingsPageText.tr(
            "While another program uses the microphone or a camera, a due break "
            "waits until the call ends, at most this long ({low}–{high} minutes). "
            "Never hold: breaks come during calls as usual."
        ),
    )


@dataclass(frozen=True)
class SoundSettings(SettingsGroup):
    """Sound cues during breaks and sessions."""

    enabled: bool = flag(
        True,
        place=Place.WIDE,
        label=SettingsPageText.tr("Play &cue sounds"),
        accessible_name=SettingsPageText.tr("Play cue sounds"),
        help=SettingsPageText.tr(
            "Short sounds for the countdown, halfway, switching sides and the end of a hold."
        ),
    )
    volume: float = fraction(
        0.7,
        needs="enabled",
        label=SettingsPageText.tr("V&olume"),
        accessible_name=SettingsPageText.tr("Cue volume"),
        help=SettingsPageText.tr("How loud the cue sounds play, 0 to 100 %"),
    )
    spoken_cues: bool = flag(
        False,
        place=Place.WIDE,
        label=SettingsPageText.tr("S&peak cues aloud"),
        accessible_name=SettingsPageText.tr("Speak cues aloud"),
        help=SettingsPageText.tr(
            "Say what comes next (“switch sides”, “last rep”) with the "
            "system's voice, if it has one."
        ),
    )


@dataclass(frozen=True)
class GeneralSettings(SettingsGroup):
    """Everything else: start-up, the session routine and the user's exercise choices.

    ``choices`` maps a block of the routine that offers a choice (named by
    the caller, e.g. ``"daily/stretch-2"``) to the exercise id the user picked.
    It is a read-only mapping; settings are compared with ``==``, not hashed.
    The routine and the choices are made on the Session page, not on the
    Settings page.
    """

    start_at_login: bool = flag(
        False,
        place=Place.WIDE,
        label=SettingsPageText.tr("S&tart hipcoach when I log in"),
        accessible_name=SettingsPageText.tr("Start hipcoach when I log in"),
        help=SettingsPageText.tr(
            "Start hipcoach in the background when you log in, so break "
            "reminders run without opening it yourself."
        ),
    )
    protocol: str = identifier("daily")
    choices: Mapping[str, str] = exercise_choices()


@dataclass(frozen=True)
class Settings:
    """All settings of one user, a group per section of the file."""

    breaks: BreakSettings = field(default_factory=BreakSettings)
    sound: SoundSettings = field(default_factory=SoundSettings)
    general: GeneralSettings = field(default_factory=GeneralSettings)

    schema: ClassVar[int] = SCHEMA
