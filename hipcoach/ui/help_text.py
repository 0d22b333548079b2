"""What the Help dialog (F1) says: the README's "Using it" section, one topic per page.

The README does not ship inside the package, so its "Using it" section is
kept here too, one ``HelpTopic`` per top-level bullet, each translatable. A
test compares these texts with the README, so the two cannot drift apart:
change both together. Each text is Markdown as in the README, with its
lines joined and a nested bullet on a line of its own (``"\n  - …"``).

``section`` names the main window's section the topic is about, so the
dialog can link to it. A section with no topic here (a page added later,
such as a Learn page) still gets a link of its own in the dialog.
"""

from __future__ import annotations

from typing import NamedTuple

from hipcoach.ui.sections import Section
from hipcoach.ui.translate import QT_TRANSLATE_NOOP

#: The README heading whose section ``TOPICS`` repeats.
README_SECTION = "Using it"


class HelpTopic(NamedTuple):
    """One bullet of the help: the section it is about (if any) and its Markdown text."""

    section: Section | None
    text: str


#: The README's "Using it" section, in its order (English; shown translated in "HelpText").
TOPICS: tuple[HelpTopic, ...] = (
    HelpTopic(
        Section.LIBRARY,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Library** (Ctrl+1) — every exercise, searchable as you type (Ctrl+F), and "
            "filterable by category, target muscle, equipment and position. Your own "
            "exercises: **New…** (Ctrl+N) writes a new exercise, **Copy and edit…** makes"
            " your own copy of any exercise (for example with the dosage your "
            "physiotherapist gave you), and **Edit…** / **Delete** change or remove the "
            "exercises of your own packs (**Restore** brings back the last one deleted). "
            "The editor covers every field, lists are edited in place (Insert adds, F2 "
            "edits, Delete removes, Alt+↑/↓ or dragging reorders), it checks as you type "
            "with the same messages as `hipcoach check`, shows the exercise as the "
            "Library will, and cannot save while anything is wrong. **Edit figure…** "
            'opens the figure editor ("Start from" takes a person standing straight or '
            "any bundled exercise's figure): drag a joint's handle or type its angle, "
            "add, rename, reorder or remove keyframes (2–4), choose the ground contact, "
            "props and tinted muscles; the other side and the movement are shown beside "
            "it, angles stop at the joint's limits and a body point may not sink through "
            "the floor, also between keyframes. Everything is saved as one file per "
            'exercise in a pack of yours ("My exercises" unless you choose another); a '
            "file you wrote by hand keeps its comments. Ctrl+Z / Ctrl+Shift+Z undo and "
            "redo; closing with unsaved changes asks. The pages show the change at once "
            '(a running session first ends). "Install pack…" (from a .zip file or a '
            'folder) and "Export pack…" share exercise packs; a pack is checked before it'
            " goes in, and one with problems is not installed. Select an exercise to read"
            " its dosage, numbered steps, cues, cautions, common mistakes, progressions "
            "and why it works. A drawn figure shows the move (◀ / ▶ step through its "
            "positions, Play animates them, and the side button mirrors it for the other "
            "leg); the same figure moves with you in the session, at the exercise's pace,"
            " and on the break card.",
        ),
    ),
    HelpTopic(
        Section.SESSION,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Session** (Ctrl+2) — pick a routine (the daily release → stretch → "
            "strengthen routine, a gentle one for sore days, or one from your packs). "
            "Before you start, the page lists its exercises in order with their sides, "
            "amounts and time, each phase's time and the total, all worked out from the "
            'routine\'s steps; a choice such as "Stretch choice" says which exercises it '
            'picks between. "Time I have" (full routine, 20, 15 or 10 min) fits the '
            "routine into less time: fewer sets first, then whole exercises in the order "
            "the routine ranks them, never a shorter hold or a missing side, and every "
            "phase keeps an exercise. The page then says what was left out and which "
            "phase is shorter than the routine sets aside (a short session every day "
            "still beats a long one once a week); when even one exercise per phase does "
            "not fit, it says so and how long that would take. hipcoach remembers your "
            "choice. **New routine…** and **Copy and edit…** (Edit… for a routine of your"
            " own) open the routine editor: add exercises by typing and Enter, reorder "
            "them with Alt+↑/↓ or by dragging, choose each amount within what the "
            "exercise allows, give a phase the minutes it sets aside, and see each "
            "phase's length worked out as you edit; Save writes it into a pack of yours, "
            "Start saves it and begins at once. Press Enter. hipcoach counts every hold "
            "and repetition, switches sides for you, shows the cue that matters and what "
            "comes next, and plays short sounds (spoken cues are optional). Keys: Space "
            "pause/resume, → skip step, Shift+→ next exercise, ← back, R restart step, "
            "Enter done, Esc stop. During a session the keyboard stays with it: ↑/↓ do "
            "nothing and the section list takes no focus. Time never runs unseen: the "
            "session pauses when you leave the page (Ctrl+1…6 or a click on another "
            "section), minimise or hide the window, or when any dialog opens over it, and"
            ' waits for you to resume (Space). "Stop the session?" also pauses it; '
            'answering No carries on where it was if it was running. "Sharp pain — stop" '
            "pauses at once on the exercise that hurt (its remaining work is recorded as "
            "stopped for pain) and says what to do for that kind of exercise, offers a "
            "gentler exercise where there is one (or says there is none), and lets you "
            "continue with the next exercise or end the session (Tab moves between the "
            "choices, Space or Enter presses one); nothing counts down until you choose. "
            "At the end, as after any session, hipcoach asks how your hip feels, and the "
            "safety questions come back before the next session.",
        ),
    ),
    HelpTopic(
        Section.BREAKS,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Breaks** (Ctrl+3) — after an hour of sitting inside your working hours, a "
            "small card brings the guide's movement break, in order: the standing "
            "hip-flexor stretch, 20 seconds on each side with a switch; ten standing "
            "glute squeezes, counted; then a walk of 2–5 minutes (3 unless you change it)"
            " with its own countdown. The card shows the whole set — what is done ✓, what"
            " is now and what comes next. Start guides each part and goes on to the next "
            'by itself; "Skip this part" skips one part alone ("No time to walk now" for '
            "the walk), and the break still counts. Answer All done, Later, or say why "
            'not in one click; "I stood up" (on the card and in the tray menu) is for '
            "when you got up without the computer noticing, and the sitting time starts "
            "again. Settings can make each break one move in turn instead, or leave parts"
            " out. Sitting is measured honestly: a pause from the keyboard and mouse "
            "counts as getting up only when it lasts 5 minutes or more (3–30 on the "
            "Settings page), so reading or listening on a call for a few minutes is still"
            " sitting; locking the screen or a sleep of any length always counts, and "
            "nothing piles up after a sleep. A break that falls due while you are on a "
            "call (another program uses the microphone or a camera), in a full-screen app"
            " or with do-not-disturb on stays quiet — no card, no sound, no notification "
            "— and comes once within a minute of the end, saying why it waited. A call "
            "may hold a break for up to an hour, full screen for up to half an hour; set "
            'both on the Settings page ("Never hold" lets breaks come during calls as '
            'usual). The sitting time keeps counting during a call, typing or not. "About'
            ' hipcoach" lists which call sources work on your computer. With a system '
            "tray, hipcoach lives there; without one, keep the window open (minimised is "
            "fine). At the top of the Breaks page a timeline of today shows when you sat,"
            " how long you sat in all, your longest sit without getting up, and how many "
            "breaks you did, skipped or let pass while you kept sitting; below it, "
            "today's breaks with each part and how you answered, from earlier runs too.",
        ),
    ),
    HelpTopic(
        Section.PROGRESS,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Progress** (Ctrl+4) — a month calendar of done, partly done, missed and "
            "rest days (daily for the first two weeks, then 3–4 sessions a week), a "
            "forgiving streak, where you are in the recovery timeline, pain and stiffness"
            ' over time, sessions per week, "Export CSV…" and a PDF "Report for my '
            'physiotherapist". A session counts by the exercise work you did: *done* from'
            " 90 % of its planned work, *partly done* from 20 %, and not at all below "
            "that (a routine tapped through with Shift+→ is not a done day); work you "
            "stop for sharp pain is not held against you. The session summary says which "
            "it was, and [docs/records.md](docs/records.md) has the details. The report "
            "covers the period you pick: the programme, sessions per week, the pain "
            "chart, how each exercise's reps or sets went (done, skipped, stopped for "
            "pain, or cut short when the session ended) and how movement breaks were "
            "answered (shown, done, snoozed, skipped), with each part of the guide's set "
            "(stretch, squeezes, walk) counted too, then the pain journal and safety "
            "check-ins. Once saved, the page says where the file is and offers to open it"
            ' or its folder. "Pain entries…" lists everything you logged; correct an '
            "entry with Edit… or remove it with Delete (after a confirmation). The "
            "history keeps an audit of every correction and deletion (what changed, from "
            "what to what, and when), and the report marks corrected entries. Before and "
            "after sessions hipcoach asks, in one tap each and always skippably, how your"
            " hip feels; before the first session, every two weeks and after sharp pain "
            "it asks the safety questions, and if any answer is yes it tells you plainly "
            "to have it checked (the gentle routine stays available). Exercises with "
            "cautions show them the first time.",
        ),
    ),
    HelpTopic(
        Section.SETTINGS,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Settings** (Ctrl+5) — interval, working hours per weekday, what a break "
            "offers (the guide's set every hour, or one move per break in turn), which "
            "moves, walk length, what counts as getting up, snooze, sounds and volume, "
            "spoken cues, start at login. Changes apply at once and are saved; Ctrl+Z (or"
            " Undo) takes back the last one, one step at a time. A weekday you turn off "
            "keeps its hours for when you turn it on again.",
        ),
    ),
    HelpTopic(
        Section.LEARN,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Learn** (Ctrl+6) — the background, in short: the five hip flexors (psoas "
            "major, iliacus, rectus femoris, tensor fasciae latae, sartorius), each drawn"
            " close up with the muscle tinted, with where it runs, what it does, how it "
            "gets tight, where it hurts and the exercises that work it; the signs of "
            "tight hip flexors; common mistakes; how long recovery takes (it depends on "
            "how tight and sore your hips are and how regularly you practise); and when "
            "to see a professional, and whom. ↑/↓ pick a topic; Tab moves into the text "
            "and from link to link, Enter follows one. An exercise link opens it in the "
            "Library; there, an exercise's target muscles link back, and the search also "
            'offers the Learn topics it finds (search "psoas", say).',
        ),
    ),
    HelpTopic(
        None,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "**Help** (F1) — this list of what each page does, with a link to each page. "
            '"About hipcoach" (Shift+F1, or the button under the sections) shows the '
            "version, the licence and what works on this desktop.",
        ),
    ),
    HelpTopic(
        None,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "If hipcoach is already running, `hipcoach --break-now`, `hipcoach --pause "
            "1h` (or `30m`, `2h`, `tomorrow`), `hipcoach --resume` and `hipcoach "
            "--start-session` act on it; plain `hipcoach` brings its window forward. "
            "`hipcoach status` tells how long you have sat and when the next break comes,"
            ' for a panel or a script ("In your panel" below).',
        ),
    ),
    HelpTopic(
        None,
        QT_TRANSLATE_NOOP(
            "HelpText",
            "On the command line:\n"
            "  - `hipcoach library` lists what loaded; `hipcoach library --json` prints "
            "the exercises as a JSON array (`id`, `name`, `category`, `targets`, "
            "`per_side`, `dosage` with ranges as `[min, max]`, `source` …).\n"
            "  - `hipcoach check PATH...` checks exercise packs or single files and "
            "prints one line per problem (`file:line: message` or `file: key.path: "
            "message`); it exits with status 1 if there is any.\n"
            "  - `hipcoach install-desktop [--system] [--uninstall]` adds hipcoach (with "
            'its icon and "Start today\'s session" / "Take a break now" actions) to your '
            "desktop's app menu after a pip or uv install.\n"
            "  - `hipcoach export --csv DIR` writes your history as CSV files: sessions "
            "(each with its status — complete, partial or abandoned — and its work done "
            "and planned), steps (one row per set or repetition of every session, with "
            "its outcome), breaks, the parts of each break (`break_parts.csv`), pain "
            "entries with every correction made to them (`pain_changes.csv`), and your "
            "spans of sitting (`sitting.csv`). With no history yet it writes the files "
            "with their header rows. [docs/records.md](docs/records.md) describes every "
            "column.\n"
            "  - `hipcoach render EXERCISE_ID --out FILE.png [--side left|right] [--frame"
            " N] [--size PX] [--dark]` draws an exercise's figure as a square picture (by"
            " default its held pose, 400 pixels, left side; no display needed); `hipcoach"
            " render --contact-sheet FILE.png` draws every exercise's poses in one "
            "picture.\n"
            "  - `hipcoach plan ROUTINE_ID [--json]` prints the step-by-step plan of a "
            "routine, with each phase's planned time next to the time it sets aside. "
            "`hipcoach plan ROUTINE_ID --fit MINUTES [--json]` prints the routine fitted "
            'into that many minutes, the way "Time I have" does, with what it left out '
            "(the JSON adds `fit_minutes`, `omissions` and `notes`); it exits with status"
            " 1 and says why when the routine cannot fit.\n"
            "  - `hipcoach pack install PATH [--as ID] [--yes]` installs an exercise pack"
            " from a folder or a `.zip`, after checking it as `hipcoach check` does: a "
            "pack with problems is not installed (they are printed, status 1). Replacing "
            "an installed pack of the same id asks first (`--yes` to skip). `hipcoach "
            "pack export PACK --out FILE.zip` writes one of your packs to hand over; "
            "`hipcoach pack list [--json]` shows your packs with how many exercises and "
            "routines each has and any problems; `hipcoach pack remove PACK [--yes]` "
            "deletes one. Archives that would write outside the packs folder, hold links "
            "or are too big are refused; see [Sharing "
            "packs](docs/exercise-format.md#sharing-packs).\n"
            "  - `hipcoach --pack DIR` loads an extra pack for this run.\n"
            "  - `hipcoach --version`. `python -m hipcoach` works the same as `hipcoach`.",
        ),
    ),
)
