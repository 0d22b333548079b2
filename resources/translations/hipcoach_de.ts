<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="28"/>
        <source>A desktop coach for tight, painful hip flexors. It teaches the moves that help — releasing the tissue, stretching the front of the hip, strengthening the glutes and deep core — with clear steps and the right amount of each, guides you through a timed session, and reminds you to get up and move when you have sat for long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="36"/>
        <source>hipcoach is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may use, study, share and change it. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="43"/>
        <source>The exercises, their amounts (holds, sets, repetitions) and the release → stretch → strengthen order follow a published self-care guide to releasing, stretching and strengthening tight hip flexors. All the wording was written for hipcoach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="50"/>
        <source>hipcoach offers self-care guidance; it does not diagnose or treat anything. Stop at sharp or burning pain. See a physiotherapist or doctor if the pain has not improved after 4–6 weeks of steady practice, or straight away at any red flag the app lists (such as numbness or tingling down the leg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="98"/>
        <location filename="../../hipcoach/ui/about_dialog.py" line="99"/>
        <source>About {app}</source>
        <extracomment>One row of the platform section: piece, whether it works, what it uses or why not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="109"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="114"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="115"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="117"/>
        <source>Exercise content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="121"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="122"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt} on {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="131"/>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="131"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="133"/>
        <source>{piece}: {state}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="137"/>
        <source>{piece}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="141"/>
        <source>Log files: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="152"/>
        <source>Log folder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="155"/>
        <location filename="../../hipcoach/ui/about_dialog.py" line="156"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="160"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="161"/>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="162"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="180"/>
        <source>There is no log folder yet ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="183"/>
        <source>Could not open {folder}; open it in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakCard</name>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="32"/>
        <source>In a meeting</source>
        <extracomment>(button text, action, reason) for the one-click &quot;not now&quot; answers; the text is English (it keys ``BreakCard.not_now_buttons``) and shown translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="33"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="34"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="35"/>
        <source>I was away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="76"/>
        <source>Time to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="77"/>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="85"/>
        <source>Time to stand up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="88"/>
        <source>You have been sitting for about %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="90"/>
        <source>A short break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="93"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="97"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="103"/>
        <source>press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="116"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="117"/>
        <source>Start the guided move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="118"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="119"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="120"/>
        <source>I did the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="121"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="122"/>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="132"/>
        <source>Not now? Say why in one click:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="138"/>
        <source>Remind me again in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="141"/>
        <source>This break has been put off as often as allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="143"/>
        <source>Skip this break and note why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="144"/>
        <source>Not now: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="225"/>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="229"/>
        <source>squeeze {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="231"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message>
        <location filename="../../hipcoach/ui/break_coordinator.py" line="61"/>
        <source>No movement-break exercise is available; check your packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_coordinator.py" line="85"/>
        <source>You have been sitting for %n minutes. Try: {move}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_coordinator.py" line="87"/>
        <source>Try: {move}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_coordinator.py" line="89"/>
        <source>Time to stand up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="24"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="25"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="26"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="30"/>
        <source>30 minutes</source>
        <extracomment>The pause buttons&apos; short words, by the tray&apos;s pause choice they stand for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="31"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="32"/>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="33"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="52"/>
        <source>Movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="55"/>
        <source>Break status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="60"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="61"/>
        <source>Show a break card right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="65"/>
        <source>Pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="70"/>
        <source>Pause breaks {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="71"/>
        <source>No break reminders {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="79"/>
        <source>Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="83"/>
        <source>Today&apos;s breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="84"/>
        <source>&amp;Today&apos;s breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="111"/>
        <source>No system tray was found, so hipcoach keeps running while this window is open (minimised is fine) and shows break cards itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../hipcoach/ui/countdown_ring.py" line="24"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosageText</name>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="19"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="22"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="23"/>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="31"/>
        <source>{low}–{high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="33"/>
        <source>{low}–{high} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="35"/>
        <source>{low} – {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="42"/>
        <source>{low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="43"/>
        <source>{count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/describe.py" line="51"/>
        <source>{count} sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/describe.py" line="56"/>
        <source>{count} reps per side</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/describe.py" line="59"/>
        <source>{count} reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="63"/>
        <source>hold {duration} per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="65"/>
        <source>hold {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="69"/>
        <source>{duration} per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="71"/>
        <source>{duration} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="86"/>
        <source>{sets} × {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="92"/>
        <source>{seconds} s up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="94"/>
        <source>{seconds} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="96"/>
        <source>{seconds} s down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="97"/>
        <source>Pace: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="100"/>
        <source>Stay on a tender spot for {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/describe.py" line="103"/>
        <source>Rest {duration} between sets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="52"/>
        <source>per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="54"/>
        <source>sides alternate within each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="67"/>
        <source>From your pack at {source}; replaces the bundled exercise of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="72"/>
        <source>From your pack at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="88"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="90"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="91"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="93"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="102"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="105"/>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="112"/>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="116"/>
        <source>Skip this exercise if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="122"/>
        <source>Key tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="123"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="124"/>
        <source>Progressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="126"/>
        <source>Why it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="137"/>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="150"/>
        <source>Select an exercise to read how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="152"/>
        <source>No exercise selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="76"/>
        <source>{summary}
(From your pack; replaces the bundled exercise.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="81"/>
        <source>{summary}
(From your pack.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="87"/>
        <source>{name}, {category}, from your pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="89"/>
        <source>{name}, {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="98"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="99"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="587"/>
        <source>Figure position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="590"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="590"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="601"/>
        <source>Previous position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="593"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="672"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="593"/>
        <source>Play every position in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="595"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="595"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="602"/>
        <source>Next position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="597"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="682"/>
        <source>Show right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="598"/>
        <source>Show the figure working the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="667"/>
        <source>Position {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="672"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="675"/>
        <source>Stop the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="675"/>
        <source>Play every position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="680"/>
        <source>Show left side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="76"/>
        <source>lifting</source>
        <extracomment>Pixels some point of the figure must move before a new pose is drawn. Seconds the keyframe preview takes to move from one keyframe to the next. Seconds the keyframe preview rests on each keyframe before moving on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="77"/>
        <source>holding at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="78"/>
        <source>lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="81"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="82"/>
        <source>starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="83"/>
        <source>resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="84"/>
        <source>in position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="457"/>
        <source>No figure for this exercise</source>
        <extracomment>The keyframe shown changed (still mode): index, count. Frames painted so far (read by the benchmark and tests). New poses not drawn because nothing moved by half a pixel. Times the still layer (background, floor, props) was drawn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="458"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="481"/>
        <source>Figure: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="460"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="462"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="470"/>
        <source>moving through every position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="473"/>
        <source>position {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="485"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="35"/>
        <source>a line ends inside text; is a closing quote missing?</source>
        <extracomment>Files larger than this are refused unread: no pack file needs anywhere near it. Tables and lists nested deeper than this are refused (no hipcoach file needs more than 5). The largest whole number a pack may hold: numbers end up in Qt, whose ints are 32-bit. Plain-language explanations for the parser&apos;s most common complaints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="38"/>
        <source>text is not closed; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="41"/>
        <source>expected a value after &apos;=&apos;: text in quotes, a number, true/false, [a list] or {a table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="45"/>
        <source>expected &apos;key = value&apos; (text values need quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="56"/>
        <source>invalid TOML: {hint} at the end of the file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="59"/>
        <source>invalid TOML: {hint} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="61"/>
        <source>invalid TOML: {error} at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="62"/>
        <location filename="../../hipcoach/core/fileio.py" line="115"/>
        <source>invalid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="99"/>
        <source>not valid UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="105"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="110"/>
        <source>invalid TOML: lists or tables are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="130"/>
        <source>lists or tables are nested more than {levels} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="141"/>
        <source>{key}: {value} is far too large (whole numbers go up to {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="171"/>
        <source>cannot read file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="177"/>
        <source>the file is larger than {size} MB; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HipCoach</name>
    <message>
        <location filename="../../hipcoach/app.py" line="576"/>
        <source>Your settings are saved again.</source>
        <extracomment>The break pieces are built after the window&apos;s first paint, and at the latest this long after the window is shown (should no paint come).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="577"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="588"/>
        <source>{problem}. Your changes stay in use while hipcoach runs; saving is tried again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="592"/>
        <source>⚠ Settings cannot be saved right now; the Settings page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="663"/>
        <source>⚠ History cannot be saved right now; the Settings page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="702"/>
        <source>There is no history to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="713"/>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/app.py" line="716"/>
        <source>Exported %n CSV files to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="724"/>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="745"/>
        <source>Could not change start at login: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/app.py" line="761"/>
        <source>Your history cannot be opened, so this run keeps none: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../hipcoach/ui/history_recorder.py" line="118"/>
        <source>History could not be saved to {path}: {error}</source>
        <extracomment>A session began: its id in the history, or None if it could not be recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../hipcoach/core/history.py" line="549"/>
        <source>The history file {path} could not be opened: {error}</source>
        <extracomment>The history file&apos;s name inside the data folder. ``PRAGMA application_id`` of a hipcoach history (&quot;hipc&quot;). Per version-1 session: its routine, the exercise time its rows hold, and whether it has a row stopped for sharp pain. ``MIGRATIONS[n]`` upgrades a file of version ``n`` to ``n + 1``. Each runs inside the upgrade&apos;s transaction, so it must use ``execute`` only (never ``executescript``, which commits). The layout version this hipcoach writes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="575"/>
        <source>file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="590"/>
        <source>The history file {path} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="600"/>
        <source>the integrity check failed: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="604"/>
        <source>it is not a hipcoach history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="774"/>
        <source>The folder {folder} for the history could not be created: {reason}</source>
        <extracomment>The first session that counts (complete or partial); one index search per status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="789"/>
        <source>The history file {path} could not be read ({problem}) nor moved aside ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="797"/>
        <source>Your history file could not be read ({problem}). It was moved to {moved} and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="804"/>
        <source>{path} was written by a newer version of hipcoach (history version {version}; this version knows up to {target}). Your history is shown as far as possible, but nothing new will be recorded, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="820"/>
        <source>The history file {path} could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="832"/>
        <source>The history file {path} could not be upgraded to version {target}: {error}. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="873"/>
        <source>{path} comes from a newer hipcoach; nothing is recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="57"/>
        <source>Release</source>
        <extracomment>The language exercise and protocol files are written in; translations are to others.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="58"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="59"/>
        <source>Strengthen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="60"/>
        <source>Movement snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="91"/>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="92"/>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="93"/>
        <source>Seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="94"/>
        <source>Lying on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="95"/>
        <source>Lying face down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="96"/>
        <source>Lying on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="97"/>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="98"/>
        <source>Half-kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="99"/>
        <source>Lunge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="100"/>
        <source>Hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="101"/>
        <source>Seated on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="52"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="53"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="61"/>
        <source>Search exercises  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="63"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="68"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="69"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="73"/>
        <source>Target muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="74"/>
        <source>All muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="78"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="79"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="83"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="84"/>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="90"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="91"/>
        <source>&amp;Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="92"/>
        <source>E&amp;quipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="93"/>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="102"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="117"/>
        <source>Number of exercises shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="177"/>
        <source>1 exercise pack was skipped because of problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="179"/>
        <source>%n exercise packs were skipped because of problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="187"/>
        <source>Problems in exercise packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="246"/>
        <source>%n exercises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="249"/>
        <source>{shown} of %n exercises match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <location filename="../../hipcoach/core/messages.py" line="168"/>
        <source>{list}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="27"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="28"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="29"/>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="30"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="56"/>
        <source>hipcoach</source>
        <extracomment>Builds a page when its section is first shown (see ``MainWindow.add_section``). After the window first shows, pages not built yet are built one at a time, starting this long after (once the window has painted and settled) ... ... and this long apart, so input is handled between them. The user asked for the About dialog (F1, or the button under the sections).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="58"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="74"/>
        <location filename="../../hipcoach/ui/main_window.py" line="75"/>
        <source>About hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="76"/>
        <source>About hipcoach (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="97"/>
        <source>&amp;About hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="137"/>
        <source>{title} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackText</name>
    <message>
        <location filename="../../hipcoach/core/library.py" line="102"/>
        <source>this is a protocol (it has [[phases]]); move it to protocols/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="106"/>
        <source>this is an exercise (it has no [[phases]]); move it to exercises/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="180"/>
        <source>{value} is far out of range (whole numbers go from -{limit} to {limit})</source>
        <extracomment>The item number at the end of a key path (``dosage.reps[2]``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="232"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="260"/>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="383"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="73"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="75"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="77"/>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="79"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="81"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="83"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="84"/>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="146"/>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="156"/>
        <source>must be text, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="159"/>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="187"/>
        <source>&apos;{value}&apos; is not one of {choices} (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="196"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="208"/>
        <source>must be a list of text, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="214"/>
        <source>must be non-blank text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="218"/>
        <source>must list at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="228"/>
        <source>must be true or false, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="242"/>
        <location filename="../../hipcoach/core/schema.py" line="277"/>
        <source>must be an integer &gt;= {minimum}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="52"/>
        <source>&apos;{value}&apos; is not a known limb; use one of {choices} (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="58"/>
        <source>&apos;{value}&apos; is not a known limb; use one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="63"/>
        <source>&apos;{value}&apos; is not a known muscle region; use one of {choices} (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="70"/>
        <source>&apos;{value}&apos; is not a known muscle region; use one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="76"/>
        <source>&apos;{value}&apos; is not a body point; use one of {choices} (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="82"/>
        <source>&apos;{value}&apos; is not a body point; use one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="92"/>
        <source>must be a number, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="95"/>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="104"/>
        <source>must be more than 0, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="122"/>
        <source>must name a body point, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="148"/>
        <source>is below the floor; the height must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="151"/>
        <source>must be two numbers, [x, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="157"/>
        <source>a band needs its anchor, [x, height] where it is tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="162"/>
        <source>a band needs the body point it pulls on, e.g. &apos;ankle_near&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="168"/>
        <source>only a band has an anchor and an attached body point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="184"/>
        <source>must name a prop or &apos;floor&apos;, or a list of two such names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/pose_schema.py" line="190"/>
        <source>names {surfaces} surfaces for %n contact point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="209"/>
        <source>required key is missing in the first keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="220"/>
        <source>give one body point, or two: [resting point, second point]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="231"/>
        <source>the two contact points must differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="255"/>
        <source>rests on &apos;{name}&apos;, but the figure has no such prop (it has: {props})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="264"/>
        <source>rests on &apos;{name}&apos;, but the figure has no such prop (it has: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="270"/>
        <source>nothing can rest on a {prop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="288"/>
        <source>&apos;{second}&apos; cannot reach its surface while &apos;{first}&apos; rests where it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="319"/>
        <source>{value}° is outside the range a body allows ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="340"/>
        <source>the {point} sinks {depth} cm below the floor; change the angles or the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="355"/>
        <location filename="../../hipcoach/core/problems.py" line="256"/>
        <source>must be a table, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/pose_schema.py" line="378"/>
        <source>has %n keyframes; give {low} to {high}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="396"/>
        <source>another keyframe is already called &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="410"/>
        <source>no keyframe is called &apos;{name}&apos; (there are: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="269"/>
        <source>must be a list of tables ([[{key}]]), not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="276"/>
        <source>must have at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="295"/>
        <source>unknown key (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="298"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="108"/>
        <source>the original text is already English; translate into other languages only</source>
        <extracomment>Everyday words for positions, used only to suggest the right value. A language code: ISO 639-1 in lower case, optionally with a region (``pt-br``). Language names people write instead of a code, used only to suggest the code. The texts a translation may give, per kind of table. &quot;dosage.note&quot; is the ``note`` of ``[translations.&lt;lang&gt;.dosage]``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="112"/>
        <source>&apos;{code}&apos; is not a language code; use a lower-case ISO 639-1 code such as &apos;de&apos;, or &apos;pt-br&apos; for a regional variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="117"/>
        <source>{message} (the original text is already English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="119"/>
        <source>{message} (did you mean &apos;{guess}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="124"/>
        <source>no exercise with id &apos;{id}&apos; in this pack or the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="134"/>
        <source>{what} has no {key} to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/schema.py" line="138"/>
        <source>has %n items, {what} has {count}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="198"/>
        <source>translates nothing; give at least one text, such as name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="233"/>
        <source>required key is missing (write schema = {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="239"/>
        <source>must be an integer, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="246"/>
        <source>version {value} is not supported (this hipcoach reads version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="261"/>
        <source>&apos;{value}&apos; must use only lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="284"/>
        <source>a range must be two integers, [min, max]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="291"/>
        <source>both ends of the range must be integers &gt;= {minimum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="297"/>
        <source>range [{low}, {high}] has min &gt; max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="303"/>
        <source>must be an integer or a range [min, max], not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="316"/>
        <source>give at least one of {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="344"/>
        <source>has a default but dosage.{name} is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="351"/>
        <source>dosage.{name} is a single value ({value}), so it needs no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="361"/>
        <source>default {value} is outside the range [{low}, {high}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="375"/>
        <source>needs at least one of reps, hold_seconds or duration_seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="390"/>
        <source>&apos;{value}&apos; points outside the pack; use a path inside the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="403"/>
        <source>&apos;{value}&apos; is not a usable file path ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="409"/>
        <source>&apos;{value}&apos; points outside the pack (through a link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="414"/>
        <source>&apos;{value}&apos; is a folder; name a file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="418"/>
        <source>&apos;{value}&apos; does not exist in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="435"/>
        <source>only applies to exercises done per side (sides.per_side = true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="488"/>
        <source>the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="537"/>
        <source>give either exercise or choose, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="545"/>
        <source>list two or more ids to choose from (or use exercise = ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="548"/>
        <source>required key is missing (or give choose = [...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="560"/>
        <source>the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="605"/>
        <source>the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="618"/>
        <source>the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="97"/>
        <source>must be a range of weeks [min, max] with 0 &lt; min &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="139"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="148"/>
        <source>&apos;{later}&apos; does not start the day after &apos;{earlier}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="26"/>
        <source>Front of the hip / groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="27"/>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="28"/>
        <source>Outer hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="29"/>
        <source>Front of the thigh / knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="33"/>
        <source>Before you start: how is it today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="34"/>
        <source>After the session: how is it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="35"/>
        <source>How is your hip right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="74"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="75"/>
        <source>Pain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="78"/>
        <source>Tap a number for each question you want to answer; all are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="82"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="82"/>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="82"/>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="85"/>
        <source>Stiffness standing up from a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="85"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="85"/>
        <source>very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="92"/>
        <source>Pain area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="97"/>
        <source>Tightness, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="97"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="100"/>
        <source>loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="97"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="100"/>
        <source>very tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="100"/>
        <source>Tightness, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="103"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="104"/>
        <source>Anything to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="107"/>
        <source>&amp;Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="108"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="110"/>
        <source>&amp;Stiffness getting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="114"/>
        <source>Tightness &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="117"/>
        <source>Tightness &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="123"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="127"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="130"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="132"/>
        <source>Go on without recording anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="283"/>
        <source>exercise &apos;{id}&apos; has no reps, hold or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="367"/>
        <source>&apos;{chosen}&apos; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="376"/>
        <source>the library has no exercise &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="164"/>
        <source>Stop the session?</source>
        <extracomment>A cue that fell due longer ago than this (after a stall) is not played. Runs before a session starts; returns the plan to run (maybe another) or None to not start. Set by the app for the safety check-ins. Asked when an exercise with cautions comes up; False skips it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="165"/>
        <source>Stop now? What you have done so far is kept in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="222"/>
        <source>Switch to the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="224"/>
        <source>Switch to the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="231"/>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="231"/>
        <source>Session over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="243"/>
        <source>Stopped. A stretch should feel like a mild to moderate pull, never sharp or burning pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="249"/>
        <source> Next time try the gentler “{name}” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="254"/>
        <source> If sharp pain keeps coming back, see a physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeCalendar</name>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="18"/>
        <source>✓ done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="19"/>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="20"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="21"/>
        <source>rest day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="22"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="47"/>
        <source>Programme calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="82"/>
        <source>Calendar key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeText</name>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="293"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="294"/>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="295"/>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="296"/>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="297"/>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="300"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="301"/>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="302"/>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="303"/>
        <source>Three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="304"/>
        <source>Four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="324"/>
        <source>Maintenance: today&apos;s session is done — {done} this week, so you&apos;re on track. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/programme.py" line="329"/>
        <source>Maintenance: today&apos;s session is done — {done} of this week&apos;s {target}–{upper}. {more} more this week keep you on track.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="344"/>
        <source>Maintenance: {done} sessions done this week — more than the target. Enjoy a rest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="349"/>
        <source>Maintenance: {done} sessions done this week, so today is a rest day. A fourth session is welcome if you feel like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="354"/>
        <source>no sessions yet this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="357"/>
        <source>{done} of this week&apos;s {target}–{upper} sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="365"/>
        <source>Maintenance: {so_far}. This week can&apos;t reach {target} any more, but a session today still helps, and next week starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="372"/>
        <source>{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="374"/>
        <source>{count} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="378"/>
        <source>Maintenance: {so_far}; {need} keep you on track — that&apos;s one each day until the week ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/programme.py" line="384"/>
        <source>Maintenance: {so_far}; {need} keep you on track.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="393"/>
        <source>Day {day}: your first two weeks of daily sessions are complete! From tomorrow, {target}–{upper} sessions a week keep what you&apos;ve gained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="400"/>
        <source>Day {day} of your first two weeks: today&apos;s session is done. Nice work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="405"/>
        <source>Day {day} of your first two weeks: you&apos;ve made a start today — one full session completes the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="410"/>
        <source>Day {day} of your first two weeks: today&apos;s session is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/programme.py" line="423"/>
        <source>Your programme starts in %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="447"/>
        <source>Your programme hasn&apos;t started yet. From day 1 this shows what you can expect at each point along the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="458"/>
        <source>Day {day} ({stage}). {expect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="467"/>
        <source>Day {day}: you&apos;ve come through the whole {weeks}-week timeline. Keeping up {target}–{upper} sessions a week and moving often through the day help you hold on to what you&apos;ve gained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/programme.py" line="477"/>
        <source>Day {day} of your programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="118"/>
        <source>Pain and stiffness, weekly averages (0 = none, 10 = worst)</source>
        <extracomment>Above this many readings the dots are left out: the line alone reads better. Over a longer span than this the lines show weekly averages, not every rating: years of daily ratings drawn one by one are a solid smear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="120"/>
        <source>Pain and stiffness (0 = none, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="129"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="138"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="171"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="172"/>
        <source>Stiffness getting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="195"/>
        <source>{name} (each rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="207"/>
        <source>Pain and stiffness chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="213"/>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="216"/>
        <source>Sessions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="217"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="232"/>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="239"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_charts.py" line="244"/>
        <source>Sessions per week chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="60"/>
        <source>Report for my physiotherapist…</source>
        <extracomment>How many recent programme weeks the adherence chart shows. Below this width (in device-independent pixels) side-by-side parts stack. The report button&apos;s English text (shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="126"/>
        <source>No streak yet — it starts with your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="127"/>
        <source>{days}-day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="133"/>
        <source>Rest days count too: with {low}–{high} sessions a week, the days in between keep your streak going. Only a week that falls short breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="139"/>
        <source>In your first two weeks every day with a session counts. Later, rest days between your {low}–{high} weekly sessions count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="174"/>
        <source>Your history could not be opened, so progress can&apos;t be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="185"/>
        <source>Progress message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="190"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="200"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="192"/>
        <source>Next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="194"/>
        <source>Where you are on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="196"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="222"/>
        <source>Pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="231"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="232"/>
        <source>Log how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="234"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="235"/>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="237"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="238"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="243"/>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="244"/>
        <source>Report until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="246"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="254"/>
        <source>Report &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="256"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="271"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="273"/>
        <source>Share with your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="285"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="339"/>
        <source>Your programme starts with your first session: from then on, this page shows each day you&apos;ve done, your streak and how your pain is changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="357"/>
        <source>Movement breaks: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="403"/>
        <source>To make the visit easier, “{button}” below puts your sessions, pain ratings and check-ins on a few pages you can print or bring along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="444"/>
        <source>Save the report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="446"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="459"/>
        <source>The report&apos;s end date is before its start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="478"/>
        <source>The report could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="481"/>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="45"/>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="46"/>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="55"/>
        <source>Before you go on: has any of these happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="63"/>
        <source>These signs can point to a problem that needs a professional&apos;s eyes, not more stretching. Answer each one; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="72"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="72"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="73"/>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="74"/>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="85"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="87"/>
        <source>Answer every question to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="93"/>
        <source>Please have this checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="96"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="99"/>
        <source>Stop for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="100"/>
        <source>Use the gentle routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="101"/>
        <source>Continue anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="46"/>
        <source>hipcoach — progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="54"/>
        <source>before session</source>
        <extracomment>The chart&apos;s layout size in pixels; it fills the text width (about 15 cm) of the page, drawn at ``CHART_SCALE`` times that many pixels so it prints sharply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="55"/>
        <source>after session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="56"/>
        <source>quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="59"/>
        <source>before the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="60"/>
        <source>fortnightly check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="61"/>
        <source>after sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="62"/>
        <source>asked by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="65"/>
        <location filename="../../hipcoach/ui/report.py" line="125"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="66"/>
        <source>daily phase (a session every day, weeks 1–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="69"/>
        <source>maintenance (3–4 sessions a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="113"/>
        <source>No session has been recorded yet, so the programme has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="122"/>
        <source>past the 12-week timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="127"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="129"/>
        <source>Programme day on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="133"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="136"/>
        <source>Timeline stage on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="145"/>
        <source>No programme weeks fall in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="153"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="156"/>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="158"/>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="169"/>
        <source>Programme week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="170"/>
        <source>Session days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="171"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="181"/>
        <source>No pain or stiffness was logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="198"/>
        <location filename="../../hipcoach/ui/report.py" line="231"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="199"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="200"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="201"/>
        <source>Stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="202"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="203"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="210"/>
        <source>No red-flag check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="215"/>
        <source>Yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="217"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="232"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="233"/>
        <source>Warning signs answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="300"/>
        <source>Period: {since} – {until}&lt;br&gt;Printed: {printed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="304"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="306"/>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="308"/>
        <source>A &lt;i&gt;session day&lt;/i&gt; is a day with at least one complete session: one with {share} % or more of its planned exercise work done. Weeks 1–2 ask for one every day, later weeks for at least 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="316"/>
        <source>Pain and stiffness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="321"/>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="326"/>
        <source>Pain journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="330"/>
        <source>Ratings from 0 (none) to 10 (worst); stiffness is on getting up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="334"/>
        <source>Red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="338"/>
        <source>Everything in this report was entered by the user in hipcoach, a self-care app. It is self-reported and is not a diagnosis or a medical assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="372"/>
        <source>the report&apos;s period ends ({until}) before it starts ({since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="411"/>
        <source>the PDF could not be written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="26"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="27"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="28"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="31"/>
        <source>Roll slowly, rest on tender spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="32"/>
        <location filename="../../hipcoach/ui/player_run.py" line="33"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="34"/>
        <source>Keep walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="51"/>
        <source>Do {reps} reps, then press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="52"/>
        <source>Press Done when finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="54"/>
        <source>Hold the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="58"/>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="60"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="62"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="65"/>
        <source>Switch to the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="66"/>
        <source>Switch to the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="68"/>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="127"/>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="129"/>
        <source>%p% of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="131"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="133"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="139"/>
        <source>Set and repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="141"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="143"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="149"/>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="151"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="155"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="155"/>
        <source>Go back one step (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="158"/>
        <location filename="../../hipcoach/ui/player_run.py" line="273"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="158"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="161"/>
        <source>Skip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="161"/>
        <source>Skip this step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="164"/>
        <source>Next exercise ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="166"/>
        <source>Skip the rest of this exercise (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="169"/>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="169"/>
        <source>Restart this step (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="172"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="172"/>
        <source>Finished this step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="174"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="174"/>
        <source>Stop the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="176"/>
        <source>Sharp pain — stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="178"/>
        <source>Stop this exercise now: a stretch may feel strong, never sharp or burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="247"/>
        <source> · exercise {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="256"/>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="266"/>
        <source>press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="268"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="270"/>
        <source>paused — Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="273"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="277"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="279"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="291"/>
        <source>Next up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <location filename="../../hipcoach/ui/safety_flow.py" line="110"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/safety_flow.py" line="120"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/safety_flow.py" line="124"/>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/safety_flow.py" line="302"/>
        <source>History could not be read or saved ({path}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="159"/>
        <source>{message}

{what_to_say}

{gentle}</source>
        <extracomment>What the user may choose after a red-flag recommendation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="162"/>
        <source>{message}

You answered yes to:
{answers}

{what_to_say}

{gentle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="178"/>
        <source>{list}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="179"/>
        <source>{list} or {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="184"/>
        <source>an {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="185"/>
        <source>a {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="202"/>
        <source>Please see {who} before you carry on with the full programme. What you told us doesn&apos;t mean something is wrong, but it is worth a professional&apos;s look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="207"/>
        <source>When you go, describe what you noticed, when it started, and which movements make it better or worse. You can ask whether it could be something they are able to check for, such as {conditions}. Only an examination can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="213"/>
        <source>If you want to keep moving in the meantime, the gentle routine is still here for you. Go easy and stop anything that causes sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="280"/>
        <source>Your programme hasn&apos;t started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="285"/>
        <source>This is your first week. Rate your pain before your sessions, and from next week you&apos;ll see how it compares with where you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="306"/>
        <source>There aren&apos;t enough pain ratings yet to compare your first week with the last two (at least {minimum} in each). A quick rating before each session is all it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="315"/>
        <source>about {then} out of 10 in your first week, {now} lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="323"/>
        <source>Your pain has gone up ({figures}). Please have a physiotherapist or doctor look at your hip before you push on; go gently until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="335"/>
        <source>Your pain is easing ({figures}). Keep going — it&apos;s working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="345"/>
        <source>No clear change yet ({figures}). That&apos;s normal in the first weeks; relief tends to build gradually with regular sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="357"/>
        <source>Your pain is low and steady ({figures}). Keep up your sessions to keep it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="368"/>
        <source>Your pain hasn&apos;t clearly changed yet ({figures}). There have been fewer sessions than planned, so it&apos;s too soon to judge: a few steady weeks will give a fairer picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="381"/>
        <source>You&apos;ve kept up your sessions for over {low} weeks and your pain hasn&apos;t clearly eased ({figures}). Self-care usually shows results within {low} to {high} weeks, so now is a good time to have a physiotherapist or doctor take a look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <location filename="../../hipcoach/ui/scale_row.py" line="33"/>
        <location filename="../../hipcoach/ui/scale_row.py" line="35"/>
        <source> ({meaning})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/scale_row.py" line="40"/>
        <source>{name}: {value}{meaning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFileText</name>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="54"/>
        <source>Monday</source>
        <extracomment>The settings format this version writes; files with a higher number are never overwritten.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="55"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="56"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="57"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="58"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="59"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="60"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="210"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="214"/>
        <source>must be a list of one or more exercise ids like &quot;walk-break&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="217"/>
        <source>must be an id like &quot;daily&quot; (lower-case letters, digits and &quot;-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="220"/>
        <source>must be a number from 0.0 to 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="221"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="356"/>
        <source>settings version {version} cannot be upgraded</source>
        <extracomment>Snoozes allowed per break. Idle or locked at least this long counts as a break already taken. Exercise ids that take turns as the suggested move. How long a full-screen app or do-not-disturb may hold a due break back. Version N -&gt; the step to N + 1. Version 1 is the first; nothing to migrate yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="386"/>
        <source>{key}: {rule}; using {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="423"/>
        <source>{key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="438"/>
        <source>{key}: must be a table ([{key}]); using the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="447"/>
        <source>no hours (no breaks that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="460"/>
        <source>{key}: must be a table of weekdays like mon = [&quot;09:00-17:00&quot;]; using the default hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="474"/>
        <source>using {hours} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="480"/>
        <source>{key}: must be a list of time ranges like [&quot;09:00-17:00&quot;]; {fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="500"/>
        <source>{key}: {problem}; {fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="562"/>
        <source>general.choices: must be a table like [general.choices] with stretch = &quot;couch-stretch&quot;; using no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="573"/>
        <source>general.choices.{block}: must be an exercise id like &quot;couch-stretch&quot;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="613"/>
        <source>schema: must be a whole number; reading as version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="620"/>
        <source>schema: written by a newer hipcoach (settings version {version}, this one reads {ours}); reading what this version understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="632"/>
        <source>schema: {error}; reading it as version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="784"/>
        <source>{path} was written by a newer version of hipcoach (settings version {version}). The settings this version understands are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="796"/>
        <source>{path} could not be read ({reason}). The default settings are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="808"/>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="814"/>
        <source>{path} could not be read ({reason}) nor moved aside ({error}). The default settings are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="824"/>
        <source>Your settings file could not be read ({reason}). It was moved to {moved} and the default settings are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="866"/>
        <source>Settings could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="59"/>
        <source>Not available here: hipcoach found no way to start itself at login on this system (for example, it runs from a sandbox or the desktop keeps no autostart folder). You can add hipcoach to your desktop&apos;s startup applications yourself.</source>
        <extracomment>The widest the form grows; wider lines are hard to read. Banner colours (background, border, text), set together so they read in any theme. Why start at login is greyed out (English; shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="166"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="224"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="233"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="234"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="235"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="236"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="245"/>
        <source>Movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="248"/>
        <source>Suggest &amp;movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="249"/>
        <source>Suggest movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="251"/>
        <source>Remind you to get up and move after sitting for a while. Turn off to stop all break reminders; sessions still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="267"/>
        <source>Sitting time before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="269"/>
        <source>How long you may sit before a break is suggested ({low}–{high} minutes). Getting up or finishing a session starts the count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="273"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="334"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="345"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="372"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="390"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="277"/>
        <source>Suggest a break after &amp;sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="282"/>
        <source>Working &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="286"/>
        <source>Breaks are suggested only within these hours. Use the 24-hour clock; separate ranges with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="305"/>
        <source>Break mo&amp;ves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="319"/>
        <source>Stretch &amp;each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="320"/>
        <source>Stretch each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="322"/>
        <source>Time the standing stretch for the left and the right side, with a short switch between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="330"/>
        <source>Walk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="331"/>
        <source>How long a walk break lasts ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="336"/>
        <source>&amp;Walk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="338"/>
        <source>Snoozing and time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="341"/>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="342"/>
        <source>How long “Snooze” puts a break off ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="347"/>
        <source>Snooze &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="351"/>
        <source>Snoozes allowed per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="353"/>
        <source>How many times one break may be snoozed before “Snooze” is no longer offered ({low}–{high}; 0 = no snoozing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="357"/>
        <source>No snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="360"/>
        <source>Snoozes &amp;allowed per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="366"/>
        <source>Absence that counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="368"/>
        <source>When the computer is idle or locked at least this long, you were probably up and about: it counts as a break and the sitting time starts again ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="377"/>
        <source>counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="379"/>
        <source>An a&amp;bsence of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="383"/>
        <source>Longest delay in full screen or do-not-disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="385"/>
        <source>While a full-screen app (a video call, a presentation) or do-not-disturb is on, a due break waits, but no longer than this ({low}–{high} minutes; 0 = breaks never wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="391"/>
        <source>Never wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="395"/>
        <source>Full screen or do-not-disturb
may &amp;delay a break by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="420"/>
        <source>{move} (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="421"/>
        <source>{move}, not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="423"/>
        <source>Your settings name this move, but no loaded exercise has this id (was an exercise pack removed?). Uncheck it to stop suggesting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="432"/>
        <source>Include “{name}” among the moves that breaks take turns suggesting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="445"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="450"/>
        <source>Play &amp;cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="451"/>
        <source>Play cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="453"/>
        <source>Short sounds for the countdown, halfway, switching sides and the end of a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="466"/>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="467"/>
        <source>How loud the cue sounds play, 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="469"/>
        <source>Cue volume in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="472"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="686"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="480"/>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="484"/>
        <source>S&amp;peak cues aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="485"/>
        <source>Speak cues aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="487"/>
        <source>Say what comes next (“switch sides”, “last rep”) with the system&apos;s voice, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="500"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="505"/>
        <source>S&amp;tart hipcoach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="506"/>
        <source>Start hipcoach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="508"/>
        <source>Start hipcoach in the background when you log in, so break reminders run without opening it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="528"/>
        <source>&amp;Restore defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="529"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="786"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="532"/>
        <source>Put every setting on this page back to how hipcoach comes (asks first). Your routine and exercise choices on the Session page are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="537"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="538"/>
        <source>Undo restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="540"/>
        <source>Bring back the settings you had before restoring the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="626"/>
        <source>These are already the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="636"/>
        <source>Defaults restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="746"/>
        <source>Not applied: keep at least one break move on, so a break has something to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="788"/>
        <source>Put every setting on this page back to how hipcoach comes?

Your routine and exercise choices on the Session page are kept. You can undo this right afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="120"/>
        <source>&quot;{text}&quot; is not a time range like &quot;09:00-17:00&quot;</source>
        <extracomment>0 means a full-screen app or do-not-disturb never holds a break back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="128"/>
        <source>&quot;{text}&quot; has a time that does not exist (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="133"/>
        <source>&quot;{text}&quot; ends before it starts (a range cannot cross midnight; split it over two days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="146"/>
        <source>&quot;{range}&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="151"/>
        <source>&quot;{before}&quot; and &quot;{after}&quot; overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings.py" line="183"/>
        <source>working_hours.{day}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="47"/>
        <source>Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="50"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="57"/>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="62"/>
        <source>Time per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="64"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="64"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="64"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="72"/>
        <source>Planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="78"/>
        <location filename="../../hipcoach/ui/player_setup.py" line="80"/>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="81"/>
        <source>Start the session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="144"/>
        <source>No routine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="160"/>
        <source>{phase} &amp;choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="162"/>
        <source>{phase} choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="183"/>
        <source>This routine cannot be started: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="201"/>
        <source>About {time} in all, including set-up and rests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="206"/>
        <source> The routine&apos;s own amounts add up to more than the time it sets aside for some phases; both are shown so you can plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="87"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="99"/>
        <source>◀  LEFT side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="102"/>
        <source>RIGHT side  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="106"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="106"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="91"/>
        <source>Sound is off: the system audio library could not be loaded ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="97"/>
        <source>Sound is off: no audio output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="108"/>
        <source>Sound is off: no cue sounds in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="154"/>
        <source>Spoken cues are off: the speech library is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="161"/>
        <source>Spoken cues are off: no &apos;{engine}&apos; speech engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="167"/>
        <source>Spoken cues are off: no speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="172"/>
        <source>Spoken cues are off: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sound.py" line="173"/>
        <source>speech failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="32"/>
        <source>{completed} of %n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="35"/>
        <source>{completed} of %n sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="50"/>
        <source>%n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="52"/>
        <source>%n sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="56"/>
        <source>{amount} (stopped for pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="57"/>
        <source>{amount} (%n stopped for pain)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="65"/>
        <source>Today&apos;s session is done. Nice work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="68"/>
        <source>This counts as a partial session: your calendar shows the day as partly done. A session is done from {complete} % of its exercise work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="73"/>
        <source>This session is not counted: a session counts as partly done from {partial} % of its exercise work, and as done from {complete} %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="93"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="96"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="97"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="98"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="99"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="100"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="110"/>
        <location filename="../../hipcoach/ui/player_summary.py" line="111"/>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="127"/>
        <source>Session partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="129"/>
        <source>Session skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="131"/>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="135"/>
        <source>Exercise work done: {done} of {planned}. {completed} of {total} exercise sides done in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="145"/>
        <source> Work stopped for sharp pain ({stopped}) does not count against the session, up to half of its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="125"/>
        <source>Session complete — well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="164"/>
        <source>You stopped for sharp pain. Next time try the gentler option, ease off sooner, and if sharp pain keeps coming back, have a physiotherapist look at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="21"/>
        <source>For 30 minutes</source>
        <extracomment>Pause choices: menu text (English; shown translated) and seconds (None: until tomorrow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="22"/>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="23"/>
        <source>For 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="24"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="34"/>
        <source>Movement breaks are off</source>
        <extracomment>How often, and how many times, to look again for a tray that was not there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="36"/>
        <source>Time for a break — sitting {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="40"/>
        <source>Breaks paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="44"/>
        <source>No more breaks today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="45"/>
        <source>Sitting {minutes} min · next break {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="56"/>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="58"/>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="64"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="66"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="70"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="71"/>
        <source>in {length} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="104"/>
        <location filename="../../hipcoach/ui/tray.py" line="119"/>
        <source>hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="105"/>
        <source>Open hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="106"/>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="107"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="108"/>
        <source>Pause breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="112"/>
        <source>Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="114"/>
        <source>Log how my hip feels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="116"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="117"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="156"/>
        <source>hipcoach — {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingHoursEditor</name>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="37"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="38"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="39"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="40"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="41"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="42"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="43"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="81"/>
        <source>{error}; separate two ranges with a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="88"/>
        <source>Enter the hours as ranges like {example}, or turn {day} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="130"/>
        <source>Whether breaks are suggested on {day}s</source>
        <extracomment>The text a day had when it was turned off, to bring back when it is turned on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="133"/>
        <source>Suggest breaks on {day}s, within the hours on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="136"/>
        <source>{day} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="139"/>
        <source>When breaks may be suggested on {day}s: 24-hour time ranges separated by commas, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="143"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="288"/>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="290"/>
        <source>Not applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
