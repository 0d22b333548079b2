"""Services: objects without a window that do the app's work, most on Qt's event loop.

The drivers run a core state machine on Qt's timers (``SessionDriver``,
``BreakDriver``); the others coordinate breaks, record history, run the
safety checks, play the cues, keep and save the settings, hold the notices
for the user and switch start at login. They import the core (and the
translation helpers of ``hipcoach.ui.translate``) but no page, dialog or
widget: where one must show a window (a break card, a safety question),
the composition root hands it a function that builds one. Widgets may
import them, to show what a driver reports.
"""
