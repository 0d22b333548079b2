<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="111"/>
        <source>{joint}, near side</source>
        <extracomment>The side-free joints, then those of a side, in the order the boxes are laid out. An x along the floor this far left means &quot;let the contact choose&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="113"/>
        <source>{joint}, far side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="124"/>
        <source>{point}, near side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="126"/>
        <source>{point}, far side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="157"/>
        <source>Near side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="158"/>
        <source>Far side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="184"/>
        <source>{joint}: {low}° to {high}°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="224"/>
        <source>Resting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="226"/>
        <source>Resting point is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="228"/>
        <source>Second resting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="230"/>
        <source>Second resting point is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="235"/>
        <source>where it falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="236"/>
        <source>Place along the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="238"/>
        <source>Where along the floor the resting point is (a standing person is 1.75 tall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="243"/>
        <source>Rests on its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="244"/>
        <source>and on its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="248"/>
        <source>on the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="253"/>
        <source>Along the floor at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="264"/>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="272"/>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="321"/>
        <source>Props</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="323"/>
        <source>Kind of prop to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="326"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="327"/>
        <source>Add a prop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="328"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="329"/>
        <source>Remove the chosen prop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="334"/>
        <source>Where the chosen prop stands along the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="340"/>
        <source>Stands at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="363"/>
        <source>{prop} at {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="411"/>
        <source>Limbs drawn as working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="413"/>
        <source>Muscles tinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="417"/>
        <source>Working limbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="418"/>
        <source>Tinted muscles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="29"/>
        <source>A desktop coach for tight, painful hip flexors. It teaches the moves that help — releasing the tissue, stretching the front of the hip, strengthening the glutes and deep core — with clear steps and the right amount of each, guides you through a timed session, and reminds you to get up and move when you have sat for long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="37"/>
        <source>hipcoach is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may use, study, share and change it. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="44"/>
        <source>The exercises, their amounts (holds, sets, repetitions) and the daily routine&apos;s release → stretch → strengthen order follow a published self-care guide to releasing, stretching and strengthening tight hip flexors. The gentle routine for flare-ups is hipcoach&apos;s own: the guide has no such routine. All the wording was written for hipcoach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="53"/>
        <source>hipcoach offers self-care guidance; it does not diagnose or treat anything. Stop at sharp or burning pain. See a physiotherapist or doctor if the pain has not improved after 4–6 weeks of steady practice, or straight away at any red flag the app lists (such as numbness or tingling down the leg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="71"/>
        <source>Notifications: sent through the desktop&apos;s notification service</source>
        <extracomment>One row of the platform section: piece, whether it works, what it uses or why not. What each desktop piece means for the user, when it works and when it does not (keyed by the piece names of ``Platform.describe()``). Information, not errors: hipcoach works either way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="74"/>
        <source>Notifications: this desktop has no notification service — break cards still show in hipcoach&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="81"/>
        <source>Idle time: read from the desktop, so time away counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="84"/>
        <source>Idle time: not available on this desktop — breaks still come on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="89"/>
        <source>Screen lock and sleep: noticed, so a locked screen counts as time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="93"/>
        <source>Screen lock and sleep: not reported by this desktop — breaks still come on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="99"/>
        <source>Full screen and do-not-disturb: noticed, so a break waits until you are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="103"/>
        <source>Full screen and do-not-disturb: not visible on this desktop — breaks come on time regardless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="110"/>
        <source>Calls: a microphone in use by another program is noticed, so a break waits until your call ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="115"/>
        <source>Calls: microphone use cannot be seen here — breaks come during calls as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="121"/>
        <source>Calls: a camera in use by another program is noticed, so a break waits until your call ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="126"/>
        <source>Calls: camera use cannot be seen here — breaks come during calls as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="132"/>
        <source>Start at login: can be turned on in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="133"/>
        <source>Start at login: add hipcoach to your desktop&apos;s startup programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="161"/>
        <source>{piece}: works on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="162"/>
        <source>{piece}: not available on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="202"/>
        <location filename="../../hipcoach/ui/about_dialog.py" line="203"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="213"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="218"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="219"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="221"/>
        <source>Exercise content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="226"/>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="227"/>
        <source>Python {python}, PySide6 {pyside}, Qt {qt} on {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="241"/>
        <source>Details: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="249"/>
        <source>Log files: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="260"/>
        <source>Log folder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="263"/>
        <location filename="../../hipcoach/ui/about_dialog.py" line="264"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="268"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="269"/>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="270"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="288"/>
        <source>There is no log folder yet ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/about_dialog.py" line="291"/>
        <source>Could not open {folder}; open it in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddExerciseDialog</name>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="306"/>
        <source>Add an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="309"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="310"/>
        <source>Type to find an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="312"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="314"/>
        <source>Matching exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="319"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="321"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPanel</name>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="221"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="226"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="229"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="229"/>
        <source>Se&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="230"/>
        <source>&amp;Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="230"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="231"/>
        <source>Hold in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="231"/>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="232"/>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="236"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="232"/>
        <source>Work in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="231"/>
        <source>Ho&amp;ld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="232"/>
        <source>Wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="234"/>
        <source>Rest &amp;between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="235"/>
        <source>Rest between sets in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="253"/>
        <source>Priority when time is short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="253"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="256"/>
        <source>1 stays longest when the routine is fitted into less time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="259"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="261"/>
        <source>Priorit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="262"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="287"/>
        <source>From {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakCard</name>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="50"/>
        <source>In a meeting</source>
        <extracomment>(button text, choice, reason) for the one-click &quot;not now&quot; answers; the text is English (it keys ``BreakCard.not_now_buttons``) and shown translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="51"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="52"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="53"/>
        <source>I was away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="122"/>
        <source>Time to move</source>
        <extracomment>The reason recorded for a walk skipped with &quot;No time to walk now&quot;. The marks of a part&apos;s state on the card (shown with a word, never alone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="123"/>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="134"/>
        <source>Time to stand up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="137"/>
        <source>You have been sitting for about %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="149"/>
        <source>The parts of this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="160"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="164"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="176"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="184"/>
        <source>All &amp;done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="185"/>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="186"/>
        <source>I did the whole break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="187"/>
        <source>Skip &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="188"/>
        <source>Skip the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="189"/>
        <source>Skip this whole break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="190"/>
        <source>I stood &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="192"/>
        <source>I was up and about already: close this and count sitting time from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="396"/>
        <source>{move}, {amount}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="411"/>
        <source>press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="414"/>
        <source>{length}, press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="203"/>
        <source>Not now? Say why in one click:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="139"/>
        <source>You asked for a break now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="141"/>
        <source>Time for a short break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="209"/>
        <source>Remind me again in %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="212"/>
        <source>This break has been put off as often as allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="214"/>
        <source>Skip this break and note why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="215"/>
        <source>Not now: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="419"/>
        <source>Start the guided {move}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="422"/>
        <source>&amp;No time to walk now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="424"/>
        <source>Leave out the walk this time; the rest of the break still counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="427"/>
        <source>S&amp;kip this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="429"/>
        <source>Leave out {move} and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="436"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="438"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="440"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="442"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="446"/>
        <source>This break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="447"/>
        <source>This break, %n parts in order:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="454"/>
        <source>%n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="460"/>
        <source>{amount} each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="468"/>
        <source>Held back %n minutes because you were on a call.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="469"/>
        <source>Held back a moment because you were on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="472"/>
        <source>Held back %n minutes while an app was full screen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="473"/>
        <source>Held back a moment while an app was full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/break_card.py" line="476"/>
        <source>Held back %n minutes while do-not-disturb was on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="477"/>
        <source>Held back a moment while do-not-disturb was on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="489"/>
        <source>squeeze {rep} of {reps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="491"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="500"/>
        <source>left to walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="502"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/break_card.py" line="505"/>
        <source>{countdown}, {caption}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakCoordinator</name>
    <message>
        <location filename="../../hipcoach/services/break_coordinator.py" line="144"/>
        <source>No movement-break exercise is available; check your packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/services/break_coordinator.py" line="168"/>
        <source>You have been sitting for %n minutes. Try: {move}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/break_coordinator.py" line="170"/>
        <source>Try: {move}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/break_coordinator.py" line="173"/>
        <source>Time to stand up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="56"/>
        <source>Done</source>
        <extracomment>What tells two answers apart: the break (when it was due, its move), the answer and its time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="58"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="60"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="42"/>
        <source>30 minutes</source>
        <extracomment>The pause buttons&apos; short words, by the tray&apos;s pause choice they stand for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="43"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="44"/>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="45"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="71"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="73"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="75"/>
        <source>put off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="77"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="113"/>
        <source>Movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="117"/>
        <source>Break status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="122"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="123"/>
        <source>Show a break card right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="127"/>
        <source>Pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="132"/>
        <source>Pause breaks {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="133"/>
        <source>No break reminders {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="141"/>
        <source>Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="145"/>
        <source>Today&apos;s breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="146"/>
        <source>&amp;Today&apos;s breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="175"/>
        <source>No system tray was found, so hipcoach keeps running while this window is open (minimised is fine) and shows break cards itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/breaks_page.py" line="223"/>
        <source>Earlier breaks of today could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../hipcoach/ui/countdown_ring.py" line="142"/>
        <source>Countdown</source>
        <extracomment>The smallest the ring gets (a small window with a caution on show still fits it). How the caption is laid out in its box. The smallest caption (in pixels) before it would rather be cut than unreadable. Most lines the caption wraps onto. Room kept between the caption and the ring&apos;s inner edge. Where the caption may start, below the ring&apos;s centre, as a share of the ring&apos;s side: just under a full-size number first; higher (with a smaller number) in a small ring. The gap between the number and the caption, as a share of the ring&apos;s side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimeline</name>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="43"/>
        <source>{minutes} min</source>
        <extracomment>Mark colours on a light and on a dark background, by what became of the break.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="44"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="52"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="54"/>
        <source>%n minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="59"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="61"/>
        <source>%n hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="68"/>
        <source>Today you sat {sat}; your longest sit without getting up was {longest}. Breaks: {done} done, {skipped} skipped, {due} due and not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="164"/>
        <source>Today&apos;s sitting is not known yet</source>
        <extracomment>Where on the bar a moment lies (its x coordinate).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="165"/>
        <source>No working hours and no sitting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="247"/>
        <source>sat today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="248"/>
        <source>longest sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="249"/>
        <source>breaks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="250"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="251"/>
        <source>due, not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="267"/>
        <source>Today&apos;s sitting timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="272"/>
        <source>Blocks: time sat (dashed: sitting now) · ✓ done · ✕ skipped · ! due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="275"/>
        <source>Blocks show the time sat, dashed while sitting now; marks show breaks done, skipped, or due and not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="287"/>
        <source>Today&apos;s sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="314"/>
        <source>{start} until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="316"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/day_timeline.py" line="321"/>
        <source>Sitting {spans}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosageEditor</name>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="62"/>
        <source>Sets</source>
        <extracomment>The largest amount a box offers (an hour in seconds; no count comes near it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="63"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="64"/>
        <source>Hold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="65"/>
        <source>Time per set (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="66"/>
        <source>On a tender spot (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="67"/>
        <source>Rest between sets (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="71"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="71"/>
        <source>Up to (a range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="71"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="75"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="78"/>
        <source>{what}: amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="79"/>
        <source>{what}: up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="80"/>
        <source>{what}: default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="81"/>
        <source>A single amount, or the lower end of a range; — for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="82"/>
        <source>The upper end of a range; — for a single amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="84"/>
        <source>The amount used unless someone chooses; — for the lower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="95"/>
        <source>Tempo (seconds): lift, hold, lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="99"/>
        <source>Tempo: seconds to lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="100"/>
        <source>Tempo: seconds to hold at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="101"/>
        <source>Tempo: seconds to lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="112"/>
        <source>Dosage note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="113"/>
        <source>Anything the numbers cannot say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="115"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="120"/>
        <source>Done for each side (amounts are per side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="121"/>
        <source>Sides alternate within each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="122"/>
        <location filename="../../hipcoach/ui/dosage_editor.py" line="123"/>
        <source>Seconds to change sides</source>
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
    <name>DraftText</name>
    <message>
        <location filename="../../hipcoach/core/routine_draft.py" line="191"/>
        <source>{exercise} has no {name} in its own dosage, so this routine cannot set it</source>
        <extracomment>The dosage fields the editor lets a routine choose, in the order shown. Rest between sets may be longer than the exercise asks, up to this (seconds). The shortest rest for an exercise whose own dosage names none (seconds).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/routine_draft.py" line="200"/>
        <source>{name} for {exercise} must be from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/routine_draft.py" line="509"/>
        <source>the routine has problems: {first}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseActions</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="59"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="59"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="60"/>
        <source>Write a new exercise of your own (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="62"/>
        <source>Cop&amp;y and edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="62"/>
        <source>Copy and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="65"/>
        <source>Make your own copy of this exercise, to change its dosage or texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="67"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="67"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="68"/>
        <source>Change this exercise of your own pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="69"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="70"/>
        <source>Take this exercise out of your pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="72"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="72"/>
        <source>Restore deleted exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="135"/>
        <source>My exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="175"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="234"/>
        <source>Delete exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="236"/>
        <source>Delete “{name}” from your pack? Its file is kept as {file}.bak; Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="250"/>
        <source>Restore “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="252"/>
        <source>Restore deleted exercise {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="276"/>
        <source>Exercise files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_actions.py" line="277"/>
        <source>That did not work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="82"/>
        <source>per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="84"/>
        <source>sides alternate within each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="97"/>
        <source>From your pack at {source}; replaces the bundled exercise of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="102"/>
        <source>From your pack at {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="118"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="120"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="121"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="123"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="132"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="135"/>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="142"/>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="146"/>
        <source>Skip this exercise if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="152"/>
        <source>Key tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="153"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="154"/>
        <source>Progressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="156"/>
        <source>Why it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="177"/>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="197"/>
        <source>Select an exercise to read how to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_detail.py" line="199"/>
        <source>No exercise selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="101"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="103"/>
        <source>Problems to fix before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="117"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="119"/>
        <source>Preview as the Library shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="135"/>
        <source>Save into pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="141"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="151"/>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="152"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="153"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="138"/>
        <source>Sa&amp;ve into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="155"/>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="156"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="157"/>
        <source>Make the undone change again (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="165"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="167"/>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="168"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="184"/>
        <source>Save the exercise and close the editor (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="242"/>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="244"/>
        <source>{mark}{name} — Exercise editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="261"/>
        <source>1 problem to fix before it can be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/exercise_editor.py" line="263"/>
        <source>%n problems to fix before it can be saved:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="266"/>
        <source>No problems: it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="271"/>
        <source>Preview, as the Library will show it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="274"/>
        <source>Preview of the last version without problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="278"/>
        <source>The preview shows once the problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="280"/>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="288"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="320"/>
        <source>Exercise not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="321"/>
        <source>The exercise could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="333"/>
        <source>Id already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="335"/>
        <source>The pack already has an exercise with the id &apos;{id}&apos; ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="340"/>
        <source>Replace it with this one, or save this one as &apos;{free}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="344"/>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="346"/>
        <source>Save as &apos;{free}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="369"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_editor.py" line="370"/>
        <source>Save the changes to this exercise before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="89"/>
        <source>Name</source>
        <extracomment>The list fields, in the order the form shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="90"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="92"/>
        <source>Lower-case letters, digits and -; names the file and links to the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="95"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="102"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="108"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="110"/>
        <source>Starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="112"/>
        <source>Why it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="114"/>
        <source>Gentler alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="115"/>
        <source>Suggested when this exercise causes sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="121"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="122"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="123"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="124"/>
        <source>Cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="125"/>
        <source>Cautions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="126"/>
        <source>When not to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="127"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="128"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="129"/>
        <source>Progressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="148"/>
        <location filename="../../hipcoach/ui/exercise_form.py" line="194"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="149"/>
        <source>Edit &amp;figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="150"/>
        <source>Edit figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="156"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="158"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="159"/>
        <source>I&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="160"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="161"/>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="162"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="163"/>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="164"/>
        <source>E&amp;quipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="168"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="170"/>
        <source>Startin&amp;g position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="171"/>
        <source>St&amp;eps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="182"/>
        <source>Gent&amp;ler alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="188"/>
        <source>T&amp;ips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="191"/>
        <source>W&amp;hy it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="172"/>
        <source>C&amp;ues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="175"/>
        <source>Dosage and sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="178"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="180"/>
        <source>C&amp;autions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="181"/>
        <source>&amp;When not to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="186"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="189"/>
        <source>&amp;Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="190"/>
        <source>P&amp;rogressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="273"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="277"/>
        <source>{id} (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/exercise_form.py" line="285"/>
        <source>A figure with %n poses, kept as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_form.py" line="287"/>
        <source>No figure: the exercise is shown without a drawing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTableModel</name>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="41"/>
        <source>{summary}
(From your pack; replaces the bundled exercise.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="46"/>
        <source>{summary}
(From your pack.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="52"/>
        <source>{name}, {category}, from your pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="54"/>
        <source>{name}, {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="78"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/exercise_model.py" line="79"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../hipcoach/ui/export_action.py" line="43"/>
        <source>There is no history to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/export_action.py" line="54"/>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/export_action.py" line="57"/>
        <source>Exported %n CSV files to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/export_action.py" line="62"/>
        <source>Export history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureEditor</name>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="37"/>
        <source>Trunk lean</source>
        <extracomment>What each joint is called in the angle boxes (without its side).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="38"/>
        <source>Head tilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="39"/>
        <source>Shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="40"/>
        <source>Elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="41"/>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="42"/>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="43"/>
        <source>Ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="47"/>
        <source>head</source>
        <extracomment>The body points a figure can rest on, by the part of their name without a side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="48"/>
        <source>neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="49"/>
        <source>shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="50"/>
        <source>middle of the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="51"/>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="52"/>
        <source>pelvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="53"/>
        <source>elbow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="54"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="55"/>
        <source>top of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="56"/>
        <source>middle of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="57"/>
        <source>bottom of the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="58"/>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="59"/>
        <source>middle of the shin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="60"/>
        <source>ankle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="61"/>
        <source>heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="62"/>
        <source>toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="65"/>
        <source>Near arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="66"/>
        <source>Far arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="67"/>
        <source>Near leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="68"/>
        <source>Far leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="69"/>
        <source>Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="72"/>
        <source>Hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="73"/>
        <source>Front of the thigh (quadriceps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="74"/>
        <source>Buttock (glutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="75"/>
        <source>Outer hip (TFL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="76"/>
        <source>Back of the thigh (hamstrings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="77"/>
        <source>Belly (core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="78"/>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="79"/>
        <source>Side of the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="80"/>
        <source>Psoas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="81"/>
        <source>Iliacus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="82"/>
        <source>Rectus femoris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="83"/>
        <source>Sartorius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="86"/>
        <source>foam roller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="87"/>
        <source>ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="88"/>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="89"/>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="90"/>
        <source>couch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="91"/>
        <source>bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="92"/>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor_panels.py" line="93"/>
        <source>mat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureEditorDialog</name>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="117"/>
        <location filename="../../hipcoach/ui/figure_editor.py" line="118"/>
        <location filename="../../hipcoach/ui/figure_editor.py" line="437"/>
        <source>Edit the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="122"/>
        <source>The keyframe being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="124"/>
        <source>Drag a round handle to turn its joint; the angle boxes below do the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="126"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="141"/>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="142"/>
        <source>&amp;Angles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="143"/>
        <source>Gro&amp;und contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="144"/>
        <source>&amp;Props</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="145"/>
        <source>&amp;Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="148"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="149"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="150"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="151"/>
        <source>Make the undone change again (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="163"/>
        <source>The other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="164"/>
        <source>Moving through the keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="192"/>
        <source>Figure to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="194"/>
        <source>A figure to start again from: a person standing, or an exercise&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="196"/>
        <source>Standing straight (neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="201"/>
        <source>Use &amp;this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="202"/>
        <source>Start from the chosen figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="204"/>
        <source>Replace the whole figure with the chosen one (Ctrl+Z brings this one back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="206"/>
        <source>Start &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="221"/>
        <source>Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="224"/>
        <source>Name of the keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="225"/>
        <source>A&amp;dd a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="226"/>
        <source>Add a copy of this keyframe after it (at most 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="227"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="228"/>
        <source>Remove this keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="229"/>
        <source>Remove this keyframe (at least 2 stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="230"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="231"/>
        <source>Move this keyframe earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="232"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="233"/>
        <source>Move this keyframe later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="235"/>
        <source>Keyframe shown still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="237"/>
        <source>The keyframe a still picture shows and a hold stays in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="239"/>
        <source>&amp;Loop every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="241"/>
        <source>For rolling or walking: a timed step goes round all the keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="247"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="248"/>
        <source>Seconds for one loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="251"/>
        <source>&amp;Keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="256"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="268"/>
        <source>&amp;Still picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="437"/>
        <source>Edit the figure*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="440"/>
        <source>the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="446"/>
        <source>moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="461"/>
        <source>the last keyframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="480"/>
        <source>the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="484"/>
        <source>keyframe &apos;{name}&apos;, {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="485"/>
        <source>keyframe &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="489"/>
        <source>Nothing wrong: the figure can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="493"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="589"/>
        <source>Figure position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="592"/>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="592"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="603"/>
        <source>Previous position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="595"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="677"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="595"/>
        <source>Play every position in a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="597"/>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="597"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="604"/>
        <source>Next position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="599"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="687"/>
        <source>Show right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="600"/>
        <source>Show the figure working the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="672"/>
        <source>Position {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="677"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="680"/>
        <source>Stop the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="680"/>
        <source>Play every position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="685"/>
        <source>Show left side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="78"/>
        <source>lifting</source>
        <extracomment>Pixels some point of the figure must move before a new pose is drawn. Seconds the keyframe preview takes to move from one keyframe to the next. Seconds the keyframe preview rests on each keyframe before moving on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="79"/>
        <source>holding at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="80"/>
        <source>lowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="83"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="84"/>
        <source>starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="85"/>
        <source>resting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="86"/>
        <source>in position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="459"/>
        <source>No figure for this exercise</source>
        <extracomment>The keyframe shown changed (still mode): index, count. Frames painted so far (read by the benchmark and tests). New poses not drawn because nothing moved by half a pixel. Times the still layer (background, floor, props) was drawn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="460"/>
        <location filename="../../hipcoach/ui/figure_view.py" line="483"/>
        <source>Figure: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="462"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="464"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="472"/>
        <source>moving through every position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="475"/>
        <source>position {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_view.py" line="487"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="34"/>
        <source>a line ends inside text; is a closing quote missing?</source>
        <extracomment>Files larger than this are refused unread: no pack file needs anywhere near it. Tables and lists nested deeper than this are refused (no hipcoach file needs more than 5). The largest whole number a pack may hold: numbers end up in Qt, whose ints are 32-bit. Plain-language explanations for the parser&apos;s most common complaints.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="37"/>
        <source>text is not closed; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="40"/>
        <source>expected a value after &apos;=&apos;: text in quotes, a number, true/false, [a list] or {a table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="44"/>
        <source>expected &apos;key = value&apos; (text values need quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="55"/>
        <source>invalid TOML: {hint} at the end of the file ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="58"/>
        <source>invalid TOML: {hint} ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="60"/>
        <source>invalid TOML: {error} at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="61"/>
        <location filename="../../hipcoach/core/fileio.py" line="116"/>
        <source>invalid TOML: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="98"/>
        <source>not valid UTF-8 (byte {byte}); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="104"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="111"/>
        <source>invalid TOML: lists or tables are nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="131"/>
        <source>lists or tables are nested more than {levels} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="142"/>
        <source>{key}: {value} is far too large (whole numbers go up to {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="172"/>
        <source>cannot read file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fileio.py" line="178"/>
        <source>the file is larger than {size} MB; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitText</name>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="78"/>
        <source>{exercise} ({phase}) is left out to fit the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/fit.py" line="83"/>
        <source>{exercise}: %n sets instead of {planned}, to fit the time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="131"/>
        <source>The {phase} phase gets {seconds}, less than the {wanted} the routine sets aside for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="139"/>
        <source>{exercise} lasts {seconds} per side in this routine, less than the exercise&apos;s own minimum of {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="146"/>
        <source>{exercise} lasts {seconds} in this routine, less than the exercise&apos;s own minimum of {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="196"/>
        <source>{exercise} ({phase})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="201"/>
        <source>Left out to fit the time: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="204"/>
        <source>{exercise} ({kept} of {planned})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="213"/>
        <source>Fewer sets to fit the time: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="222"/>
        <source>{phase} {seconds} of {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="232"/>
        <source>Shorter than the routine sets aside: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/fit.py" line="367"/>
        <source>{minutes} min is too short for this routine done properly: even its shortest version (one exercise from each phase, the fewest sets, no hold shortened) takes {shortest}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GentlerDialog</name>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="59"/>
        <source>A gentler exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="53"/>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="70"/>
        <location filename="../../hipcoach/ui/help_dialog.py" line="71"/>
        <source>hipcoach help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="72"/>
        <location filename="../../hipcoach/ui/help_dialog.py" line="75"/>
        <source>Using hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="80"/>
        <source>&amp;About hipcoach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="81"/>
        <source>About hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="83"/>
        <source>Version, licence and what works on this desktop ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="89"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="90"/>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_dialog.py" line="91"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="36"/>
        <source>**Library** (Ctrl+1) — every exercise, searchable as you type (Ctrl+F), and filterable by category, target muscle, equipment and position. Your own exercises: **New…** (Ctrl+N) writes a new exercise, **Copy and edit…** makes your own copy of any exercise (for example with the dosage your physiotherapist gave you), and **Edit…** / **Delete** change or remove the exercises of your own packs (**Restore** brings back the last one deleted). The editor covers every field, lists are edited in place (Insert adds, F2 edits, Delete removes, Alt+↑/↓ or dragging reorders), it checks as you type with the same messages as `hipcoach check`, shows the exercise as the Library will, and cannot save while anything is wrong. **Edit figure…** opens the figure editor (&quot;Start from&quot; takes a person standing straight or any bundled exercise&apos;s figure): drag a joint&apos;s handle or type its angle, add, rename, reorder or remove keyframes (2–4), choose the ground contact, props and tinted muscles; the other side and the movement are shown beside it, angles stop at the joint&apos;s limits and a body point may not sink through the floor, also between keyframes. Everything is saved as one file per exercise in a pack of yours (&quot;My exercises&quot; unless you choose another); a file you wrote by hand keeps its comments. Ctrl+Z / Ctrl+Shift+Z undo and redo; closing with unsaved changes asks. The pages show the change at once (a running session first ends). &quot;Install pack…&quot; (from a .zip file or a folder) and &quot;Export pack…&quot; share exercise packs; a pack is checked before it goes in, and one with problems is not installed. Select an exercise to read its dosage, numbered steps, cues, cautions, common mistakes, progressions and why it works. A drawn figure shows the move (◀ / ▶ step through its positions, Play animates them, and the side button mirrors it for the other leg); the same figure moves with you in the session, at the exercise&apos;s pace, and on the break card.</source>
        <extracomment>The README&apos;s &quot;Using it&quot; section, in its order (English; shown translated in &quot;HelpText&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="69"/>
        <source>**Session** (Ctrl+2) — pick a routine (the daily release → stretch → strengthen routine, a gentle one for sore days, or one from your packs). Before you start, the page lists its exercises in order with their sides, amounts and time, each phase&apos;s time and the total, all worked out from the routine&apos;s steps; a choice such as &quot;Stretch choice&quot; says which exercises it picks between. &quot;Time I have&quot; (full routine, 20, 15 or 10 min) fits the routine into less time: fewer sets first, then whole exercises in the order the routine ranks them, never a shorter hold or a missing side, and every phase keeps an exercise. The page then says what was left out and which phase is shorter than the routine sets aside (a short session every day still beats a long one once a week); when even one exercise per phase does not fit, it says so and how long that would take. hipcoach remembers your choice. **New routine…** and **Copy and edit…** (Edit… for a routine of your own) open the routine editor: add exercises by typing and Enter, reorder them with Alt+↑/↓ or by dragging, choose each amount within what the exercise allows, give a phase the minutes it sets aside, and see each phase&apos;s length worked out as you edit; Save writes it into a pack of yours, Start saves it and begins at once. Press Enter. hipcoach counts every hold and repetition, switches sides for you, shows the cue that matters and what comes next, and plays short sounds (spoken cues are optional). Keys: Space pause/resume, → skip step, Shift+→ next exercise, ← back, R restart step, Enter done, Esc stop. During a session the keyboard stays with it: ↑/↓ do nothing and the section list takes no focus. Time never runs unseen: the session pauses when you leave the page (Ctrl+1…6 or a click on another section), minimise or hide the window, or when any dialog opens over it, and waits for you to resume (Space). &quot;Stop the session?&quot; also pauses it; answering No carries on where it was if it was running. &quot;Sharp pain — stop&quot; pauses at once on the exercise that hurt (its remaining work is recorded as stopped for pain) and says what to do for that kind of exercise, offers a gentler exercise where there is one (or says there is none), and lets you continue with the next exercise or end the session (Tab moves between the choices, Space or Enter presses one); nothing counts down until you choose. At the end, as after any session, hipcoach asks how your hip feels, and the safety questions come back before the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="109"/>
        <source>**Breaks** (Ctrl+3) — after an hour of sitting inside your working hours, a small card brings the guide&apos;s movement break, in order: the standing hip-flexor stretch, 20 seconds on each side with a switch; ten standing glute squeezes, counted; then a walk of 2–5 minutes (3 unless you change it) with its own countdown. The card shows the whole set — what is done ✓, what is now and what comes next. Start guides each part and goes on to the next by itself; &quot;Skip this part&quot; skips one part alone (&quot;No time to walk now&quot; for the walk), and the break still counts. Answer All done, Later, or say why not in one click; &quot;I stood up&quot; (on the card and in the tray menu) is for when you got up without the computer noticing, and the sitting time starts again. Settings can make each break one move in turn instead, or leave parts out. Sitting is measured honestly: a pause from the keyboard and mouse counts as getting up only when it lasts 5 minutes or more (3–30 on the Settings page), so reading or listening on a call for a few minutes is still sitting; locking the screen or a sleep of any length always counts, and nothing piles up after a sleep. A break that falls due while you are on a call (another program uses the microphone or a camera), in a full-screen app or with do-not-disturb on stays quiet — no card, no sound, no notification — and comes once within a minute of the end, saying why it waited. A call may hold a break for up to an hour, full screen for up to half an hour; set both on the Settings page (&quot;Never hold&quot; lets breaks come during calls as usual). The sitting time keeps counting during a call, typing or not. &quot;About hipcoach&quot; lists which call sources work on your computer. With a system tray, hipcoach lives there; without one, keep the window open (minimised is fine). At the top of the Breaks page a timeline of today shows when you sat, how long you sat in all, your longest sit without getting up, and how many breaks you did, skipped or let pass while you kept sitting; below it, today&apos;s breaks with each part and how you answered, from earlier runs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="143"/>
        <source>**Progress** (Ctrl+4) — a month calendar of done, partly done, missed and rest days (daily for the first two weeks, then 3–4 sessions a week), a forgiving streak, where you are in the recovery timeline, pain and stiffness over time, sessions per week, &quot;Export CSV…&quot; and a PDF &quot;Report for my physiotherapist&quot;. A session counts by the exercise work you did: *done* from 90 % of its planned work, *partly done* from 20 %, and not at all below that (a routine tapped through with Shift+→ is not a done day); work you stop for sharp pain is not held against you. The session summary says which it was, and [docs/records.md](docs/records.md) has the details. The report covers the period you pick: the programme, sessions per week, the pain chart, how each exercise&apos;s reps or sets went (done, skipped, stopped for pain, or cut short when the session ended) and how movement breaks were answered (shown, done, snoozed, skipped), with each part of the guide&apos;s set (stretch, squeezes, walk) counted too, then the pain journal and safety check-ins. Once saved, the page says where the file is and offers to open it or its folder. &quot;Pain entries…&quot; lists everything you logged; correct an entry with Edit… or remove it with Delete (after a confirmation). The history keeps an audit of every correction and deletion (what changed, from what to what, and when), and the report marks corrected entries. Before and after sessions hipcoach asks, in one tap each and always skippably, how your hip feels; before the first session, every two weeks and after sharp pain it asks the safety questions, and if any answer is yes it tells you plainly to have it checked (the gentle routine stays available). Exercises with cautions show them the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="173"/>
        <source>**Settings** (Ctrl+5) — interval, working hours per weekday, what a break offers (the guide&apos;s set every hour, or one move per break in turn), which moves, walk length, what counts as getting up, snooze, sounds and volume, spoken cues, start at login. Changes apply at once and are saved; Ctrl+Z (or Undo) takes back the last one, one step at a time. A weekday you turn off keeps its hours for when you turn it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="185"/>
        <source>**Learn** (Ctrl+6) — the background, in short: the five hip flexors (psoas major, iliacus, rectus femoris, tensor fasciae latae, sartorius), each drawn close up with the muscle tinted, with where it runs, what it does, how it gets tight, where it hurts and the exercises that work it; the signs of tight hip flexors; common mistakes; how long recovery takes (it depends on how tight and sore your hips are and how regularly you practise); and when to see a professional, and whom. ↑/↓ pick a topic; Tab moves into the text and from link to link, Enter follows one. An exercise link opens it in the Library; there, an exercise&apos;s target muscles link back, and the search also offers the Learn topics it finds (search &quot;psoas&quot;, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="201"/>
        <source>**Help** (F1) — this list of what each page does, with a link to each page. &quot;About hipcoach&quot; (Shift+F1, or the button under the sections) shows the version, the licence and what works on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="210"/>
        <source>If hipcoach is already running, `hipcoach --break-now`, `hipcoach --pause 1h` (or `30m`, `2h`, `tomorrow`), `hipcoach --resume` and `hipcoach --start-session` act on it; plain `hipcoach` brings its window forward. `hipcoach status` tells how long you have sat and when the next break comes, for a panel or a script (&quot;In your panel&quot; below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/help_text.py" line="221"/>
        <source>On the command line:
  - `hipcoach library` lists what loaded; `hipcoach library --json` prints the exercises as a JSON array (`id`, `name`, `category`, `targets`, `per_side`, `dosage` with ranges as `[min, max]`, `source` …).
  - `hipcoach check PATH...` checks exercise packs or single files and prints one line per problem (`file:line: message` or `file: key.path: message`); it exits with status 1 if there is any.
  - `hipcoach install-desktop [--system] [--uninstall]` adds hipcoach (with its icon and &quot;Start today&apos;s session&quot; / &quot;Take a break now&quot; actions) to your desktop&apos;s app menu after a pip or uv install.
  - `hipcoach export --csv DIR` writes your history as CSV files: sessions (each with its status — complete, partial or abandoned — and its work done and planned), steps (one row per set or repetition of every session, with its outcome), breaks, the parts of each break (`break_parts.csv`), pain entries with every correction made to them (`pain_changes.csv`), and your spans of sitting (`sitting.csv`). With no history yet it writes the files with their header rows. [docs/records.md](docs/records.md) describes every column.
  - `hipcoach render EXERCISE_ID --out FILE.png [--side left|right] [--frame N] [--size PX] [--dark]` draws an exercise&apos;s figure as a square picture (by default its held pose, 400 pixels, left side; no display needed); `hipcoach render --contact-sheet FILE.png` draws every exercise&apos;s poses in one picture.
  - `hipcoach plan ROUTINE_ID [--json]` prints the step-by-step plan of a routine, with each phase&apos;s planned time next to the time it sets aside. `hipcoach plan ROUTINE_ID --fit MINUTES [--json]` prints the routine fitted into that many minutes, the way &quot;Time I have&quot; does, with what it left out (the JSON adds `fit_minutes`, `omissions` and `notes`); it exits with status 1 and says why when the routine cannot fit.
  - `hipcoach pack install PATH [--as ID] [--yes]` installs an exercise pack from a folder or a `.zip`, after checking it as `hipcoach check` does: a pack with problems is not installed (they are printed, status 1). Replacing an installed pack of the same id asks first (`--yes` to skip). `hipcoach pack export PACK --out FILE.zip` writes one of your packs to hand over; `hipcoach pack list [--json]` shows your packs with how many exercises and routines each has and any problems; `hipcoach pack remove PACK [--yes]` deletes one. Archives that would write outside the packs folder, hold links or are too big are refused; see [Sharing packs](docs/exercise-format.md#sharing-packs).
  - `hipcoach --pack DIR` loads an extra pack for this run.
  - `hipcoach --version`. `python -m hipcoach` works the same as `hipcoach`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HipCoach</name>
    <message>
        <location filename="../../hipcoach/app.py" line="474"/>
        <source>⚠ History cannot be saved right now; the Settings page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/wiring/break_pieces.py" line="135"/>
        <source>Your history cannot be opened, so this run keeps none: {error}</source>
        <extracomment>The history, or None if it cannot be opened (``history_problem`` says why). What records sessions and breaks; None without a writable history.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../hipcoach/services/history_recorder.py" line="124"/>
        <source>History could not be saved to {path}: {error}</source>
        <extracomment>A session began: its id in the history, or None if it could not be recorded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="72"/>
        <source>The history file {path} could not be opened: {error}</source>
        <extracomment>The history file&apos;s name inside the data folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="98"/>
        <source>file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="113"/>
        <location filename="../../hipcoach/core/history_open.py" line="247"/>
        <source>The history file {path} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="123"/>
        <source>the integrity check failed: {checks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="127"/>
        <source>it is not a hipcoach history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="165"/>
        <source>The folder {folder} for the history could not be created: {reason}</source>
        <extracomment>The files SQLite keeps beside the history, which move aside with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="180"/>
        <source>The history file {path} could not be read ({problem}) nor moved aside ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="188"/>
        <source>Your history file could not be read ({problem}). It was moved to {moved} and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="195"/>
        <source>{path} was written by a newer version of hipcoach (history version {version}; this version knows up to {target}). Your history is shown as far as possible, but nothing new will be recorded, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="211"/>
        <source>The history file {path} could not be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="223"/>
        <source>The history file {path} could not be upgraded to version {target}: {error}. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="242"/>
        <source>There is no history at {path} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history_open.py" line="255"/>
        <source>The history file {path} is from an older hipcoach; it is upgraded when hipcoach next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/history.py" line="269"/>
        <source>{path} comes from a newer hipcoach; nothing is recorded in it.</source>
        <extracomment>The first session that counts (complete or partial); one index search per status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../hipcoach/core/exercises.py" line="57"/>
        <source>Release</source>
        <extracomment>The language exercise and routine files are written in; translations are to others.</extracomment>
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
        <location filename="../../hipcoach/core/plan.py" line="53"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="54"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="22"/>
        <source>At the hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="23"/>
        <source>Felt elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="24"/>
        <source>In how you move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="58"/>
        <source>Upper end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="59"/>
        <source>Lower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="62"/>
        <source>Where it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="65"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="67"/>
        <source>How it gets tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="69"/>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="71"/>
        <source>Exercises that work it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="86"/>
        <source>No exercise in your library names this muscle as a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="102"/>
        <source>The hip flexors are the muscles at the front of the hip that bend it, drawing the knee up toward the chest. They work together; pick one to see where it runs, what it does, how it gets tight and which exercises work it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="120"/>
        <source>Tight hip flexors seldom show up as one clear complaint. These are the signs to look out for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="147"/>
        <source>Most people who keep at it feel a real difference within {weeks} weeks of regular practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="165"/>
        <source>Working on tight hip flexors yourself helps most people, and {weeks} weeks of regular release and stretching is a fair trial. Have your hip checked if any of these is true for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="176"/>
        <source>Who to see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="178"/>
        <source>What they can check for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="180"/>
        <source>These signs can point to problems that need a professional&apos;s diagnosis and treatment, such as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_content.py" line="188"/>
        <source>hipcoach asks about these signs before your first session, every two weeks and after sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_page.py" line="66"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_page.py" line="75"/>
        <source>About the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_page.py" line="96"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/learn_page.py" line="164"/>
        <source>Learn topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnText</name>
    <message>
        <location filename="../../hipcoach/core/learn.py" line="41"/>
        <source>The hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/learn.py" line="42"/>
        <source>Signs of tight hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/learn.py" line="43"/>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/learn.py" line="44"/>
        <source>How long it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/learn.py" line="45"/>
        <source>When to see a professional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="137"/>
        <source>Search exercises  (Ctrl+F)</source>
        <extracomment>Characters a filter box keeps room for; longer entries show whole in its open list. Room (pixels) added around the text of each row of the list, on each side. Called when the page needs its library before it has one (see the class).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="138"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="269"/>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="141"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="141"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="142"/>
        <source>Target muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="142"/>
        <source>All muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="143"/>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="143"/>
        <source>Any equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="144"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="144"/>
        <source>Any position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="150"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="151"/>
        <source>&amp;Muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="152"/>
        <source>E&amp;quipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="153"/>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="162"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="178"/>
        <source>Number of exercises shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="426"/>
        <source>Learn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="472"/>
        <source>Learn: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="473"/>
        <source>Read about this on the Learn page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="513"/>
        <source>1 exercise pack was skipped because of problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="515"/>
        <source>%n exercise packs were skipped because of problems:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/library_page.py" line="487"/>
        <source>Problems in exercise packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="601"/>
        <source>%n exercises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/library_page.py" line="604"/>
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
        <location filename="../../hipcoach/ui/sections.py" line="15"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sections.py" line="16"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sections.py" line="17"/>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sections.py" line="18"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sections.py" line="19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/sections.py" line="20"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="58"/>
        <source>hipcoach</source>
        <extracomment>Builds a page when its section is first shown (see ``MainWindow.add_section``). After the window first shows, pages not built yet are built one at a time, starting this long after (once the window has painted and settled) ... ... and this long apart, so input is handled between them. The user asked for the About dialog (Shift+F1, or the button under the sections). The user asked for help (F1, or the button under the sections).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="60"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="76"/>
        <location filename="../../hipcoach/ui/main_window.py" line="77"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="78"/>
        <source>What each page does (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="81"/>
        <location filename="../../hipcoach/ui/main_window.py" line="82"/>
        <source>About hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="83"/>
        <source>About hipcoach (Shift+F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="101"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="105"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="109"/>
        <source>&amp;About hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/main_window.py" line="170"/>
        <source>{title} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MuscleFigure</name>
    <message>
        <location filename="../../hipcoach/ui/muscle_figure.py" line="75"/>
        <source>No drawing for {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/muscle_figure.py" line="76"/>
        <source>{muscle}, tinted, on a figure in the pose of: {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/muscle_figure.py" line="82"/>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/muscle_figure.py" line="84"/>
        <source>Drawing: {muscle}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="60"/>
        <source>From a .&amp;zip file…</source>
        <extracomment>What the file dialog offers when installing from an archive.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="62"/>
        <source>From a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="64"/>
        <location filename="../../hipcoach/ui/pack_actions.py" line="88"/>
        <source>E&amp;xport pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="78"/>
        <source>&amp;Install pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="79"/>
        <source>Install pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="81"/>
        <source>Add an exercise pack someone gave you; it is checked before it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="84"/>
        <source>Install pack from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="89"/>
        <location filename="../../hipcoach/ui/pack_actions.py" line="252"/>
        <location filename="../../hipcoach/ui/pack_actions.py" line="267"/>
        <source>Export pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="90"/>
        <source>Save one of your packs as a .zip file to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="121"/>
        <source>The pack was not installed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="128"/>
        <source>The pack “{id}” has problems; it was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="141"/>
        <source>Installed the pack “{name}”: {exercises}, {routines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="152"/>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/pack_actions.py" line="152"/>
        <source>%n exercises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="155"/>
        <source>1 routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/pack_actions.py" line="155"/>
        <source>%n routines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="176"/>
        <source>You have no packs of your own to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="190"/>
        <source>The pack was not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="193"/>
        <source>Exported the pack “{id}” ({files}) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="195"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/pack_actions.py" line="195"/>
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="214"/>
        <source>Install pack from a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="216"/>
        <location filename="../../hipcoach/ui/pack_actions.py" line="269"/>
        <source>Pack archives ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="224"/>
        <source>Install pack from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="233"/>
        <source>Replace pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="235"/>
        <source>A pack “{id}” is installed already. Replace it with the new one? The installed one is kept until the new one is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="253"/>
        <source>&amp;Pack to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_actions.py" line="283"/>
        <location filename="../../hipcoach/ui/pack_actions.py" line="288"/>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackText</name>
    <message>
        <location filename="../../hipcoach/core/library.py" line="103"/>
        <source>this is a routine (it has [[phases]]); move it to protocols/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="107"/>
        <source>this is an exercise (it has no [[phases]]); move it to exercises/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="182"/>
        <source>{value} is far out of range (whole numbers go from -{limit} to {limit})</source>
        <extracomment>The item number at the end of a key path (``dosage.reps[2]``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="242"/>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="270"/>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/library.py" line="416"/>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="72"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="74"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="76"/>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="78"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="80"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="82"/>
        <source>a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="83"/>
        <source>a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="145"/>
        <source>required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="155"/>
        <source>must be text, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="158"/>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="186"/>
        <source>&apos;{value}&apos; is not one of {choices} (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="195"/>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="207"/>
        <source>must be a list of text, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="213"/>
        <source>must be non-blank text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="217"/>
        <source>must list at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="227"/>
        <source>must be true or false, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="241"/>
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
        <location filename="../../hipcoach/core/pose_schema.py" line="264"/>
        <source>rests on &apos;{name}&apos;, but the figure has no such prop (it has: {props})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="273"/>
        <source>rests on &apos;{name}&apos;, but the figure has no such prop (it has: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="281"/>
        <source>nothing can rest on a {prop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="300"/>
        <source>&apos;{second}&apos; cannot reach its surface while &apos;{first}&apos; rests where it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="340"/>
        <source>{value}° is outside the range a body allows ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="361"/>
        <source>the {point} sinks {depth} cm below the floor; change the angles or the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="376"/>
        <location filename="../../hipcoach/core/problems.py" line="255"/>
        <source>must be a table, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/core/pose_schema.py" line="399"/>
        <source>has %n keyframes; give {low} to {high}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="417"/>
        <source>another keyframe is already called &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pose_schema.py" line="431"/>
        <source>no keyframe is called &apos;{name}&apos; (there are: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="268"/>
        <source>must be a list of tables ([[{key}]]), not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="275"/>
        <source>must have at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="294"/>
        <source>unknown key (did you mean &apos;{hint}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/problems.py" line="297"/>
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
        <location filename="../../hipcoach/core/schema.py" line="561"/>
        <source>the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="608"/>
        <source>the phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/schema.py" line="621"/>
        <source>the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="133"/>
        <source>must be a range of weeks [min, max] with 0 &lt; min &lt;= max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="190"/>
        <source>ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/reference.py" line="199"/>
        <source>&apos;{later}&apos; does not start the day after &apos;{earlier}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/figure_draft.py" line="303"/>
        <source>on the way from &apos;{first}&apos; to &apos;{second}&apos; the {point} dips {depth} cm below the floor; change the angles of one of them</source>
        <extracomment>The body point each joint&apos;s angle swings, and the point it swings about. Dragging the swung point sets the angle (``&quot;sole&quot;`` is the middle of the foot&apos;s underside below the ankle). Decimal places an angle is kept to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackTransferText</name>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="86"/>
        <source>&apos;{name}&apos; cannot name a pack folder (lower-case letters, digits and dashes); give the pack an id with --as, e.g. --as {suggestion}</source>
        <extracomment>How the hidden folders of an install or removal in progress begin. Folders a pack itself holds: an archive with only one of them at its top is a pack&apos;s content.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="164"/>
        <source>the bundled pack is part of hipcoach, not an installed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="171"/>
        <source>no installed pack &apos;{id}&apos; (installed: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="237"/>
        <source>the pack &apos;{id}&apos; has problems; nothing was installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="284"/>
        <source>installing &apos;{id}&apos; failed: {error}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="325"/>
        <source>&apos;bundled&apos; names hipcoach&apos;s own pack; choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="329"/>
        <source>{path}: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="348"/>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="358"/>
        <source>the pack holds no exercises or routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="421"/>
        <source>the archive cannot be written inside the pack it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="425"/>
        <source>{path} is a folder; name the .zip file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="433"/>
        <source>cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_transfer.py" line="456"/>
        <source>cannot remove &apos;{id}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="96"/>
        <source>&apos;{member}&apos;: backslashes are not allowed in names</source>
        <extracomment>Bytes read or written at a time while copying a member. The date every member of an exported archive carries (the earliest a zip can hold). Folders some archivers add beside the content; never part of a pack.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="101"/>
        <source>&apos;{member}&apos; is an absolute path; members must stay inside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="106"/>
        <source>&apos;{member}&apos;: the name holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="112"/>
        <source>&apos;{member}&apos; points outside its folder (empty, &apos;.&apos; or &apos;..&apos; in the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="142"/>
        <source>the archive holds {count} entries; a pack may hold at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="156"/>
        <location filename="../../hipcoach/core/pack_zip.py" line="301"/>
        <source>&apos;{member}&apos; is a symbolic link; a pack holds plain files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="163"/>
        <location filename="../../hipcoach/core/pack_zip.py" line="310"/>
        <source>&apos;{member}&apos; is a device or other special file; a pack holds plain files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="170"/>
        <source>&apos;{member}&apos; is encrypted; packs cannot be password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="179"/>
        <source>&apos;{member}&apos; appears more than once in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="190"/>
        <source>the archive unpacks to more than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="202"/>
        <source>&apos;{member}&apos; unpacks to {size} MB; one file may have at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="213"/>
        <source>&apos;{member}&apos; expands {ratio} times its packed size, which no pack file does (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="238"/>
        <source>{file} is not a readable zip archive ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="246"/>
        <source>cannot read {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="262"/>
        <source>&apos;{member}&apos; points outside the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="273"/>
        <source>&apos;{member}&apos; holds more than the archive says it does; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="290"/>
        <source>{folder} is not a pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="317"/>
        <source>&apos;{member}&apos; has {size} MB; one file may have at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="327"/>
        <source>the pack holds more than {limit} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="332"/>
        <source>the pack holds more than {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pack_zip.py" line="367"/>
        <source>&apos;{member}&apos; grew past {limit} MB while being copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="28"/>
        <source>Front of the hip / groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="29"/>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="30"/>
        <source>Outer hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="31"/>
        <source>Front of the thigh / knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="39"/>
        <source>Before you start: how is it today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="41"/>
        <source>After the session: how is it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="43"/>
        <source>How is your hip right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="58"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="59"/>
        <source>Pain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="62"/>
        <source>Tap a number for each question you want to answer; all are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="66"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="66"/>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="66"/>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="69"/>
        <source>Stiffness standing up from a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="69"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="69"/>
        <source>very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="76"/>
        <source>Pain area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="81"/>
        <source>Tightness, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="81"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="84"/>
        <source>loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="81"/>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="84"/>
        <source>very tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="84"/>
        <source>Tightness, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="87"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="88"/>
        <source>Anything to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="91"/>
        <source>&amp;Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="92"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="94"/>
        <source>&amp;Stiffness getting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="98"/>
        <source>Tightness &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="101"/>
        <source>Tightness &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="107"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="111"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="114"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_dialog.py" line="116"/>
        <source>Go on without recording anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainEditText</name>
    <message>
        <location filename="../../hipcoach/core/pain_edits.py" line="158"/>
        <source>A correction must keep the entry it corrects (entry {old}, not {new}).</source>
        <extracomment>The fields of a journal entry, in the order the audit lists them. What an audit row records.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/pain_edits.py" line="166"/>
        <source>An entry needs at least one rating, area or note. To remove it, delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainEntries</name>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="72"/>
        <source>Date and time</source>
        <extracomment>Data role that returns the row&apos;s ``PainEntry``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="73"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="74"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="75"/>
        <source>Stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="76"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="77"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="78"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="79"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="143"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="176"/>
        <source>Started {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="33"/>
        <source>Before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="35"/>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="37"/>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainEntriesDialog</name>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="214"/>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="215"/>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="230"/>
        <source>Pain entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="220"/>
        <source>Everything you logged about pain and stiffness, newest first. Correct an entry with Edit… or remove it with Delete; the history keeps a record of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="245"/>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="246"/>
        <source>No pain entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="251"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="252"/>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="255"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="256"/>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="257"/>
        <source>Delete the selected entry (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="261"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="279"/>
        <source>This history was written by a newer hipcoach, so its entries can be seen here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="357"/>
        <source>The correction was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="362"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="365"/>
        <source>The entry of {when} was corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="383"/>
        <source>The entry was not deleted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="391"/>
        <source>The entry of {when} was deleted. The history keeps a record of what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="399"/>
        <source>The entry of {when} is no longer in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="407"/>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entries_dialog.py" line="409"/>
        <source>Delete the entry of {when}? It disappears from your charts and reports; the history keeps a record that it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainEntryEditor</name>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="60"/>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="61"/>
        <source>Correct a pain entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="63"/>
        <source>{moment}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="68"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="68"/>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="68"/>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="72"/>
        <source>Stiffness standing up from a chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="72"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="72"/>
        <source>very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="76"/>
        <source>Tightness, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="76"/>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="80"/>
        <source>loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="76"/>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="80"/>
        <source>very tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="80"/>
        <source>Tightness, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="89"/>
        <source>Pain area: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="97"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="100"/>
        <source>&amp;Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="101"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="103"/>
        <source>&amp;Stiffness getting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="107"/>
        <source>Tightness &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="110"/>
        <source>Tightness &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="113"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="114"/>
        <source>Tap a chosen number again to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="124"/>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="126"/>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="128"/>
        <location filename="../../hipcoach/ui/pain_entry_editor.py" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainStopPanel</name>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="24"/>
        <source>Roll off the roller or ball and rest. Pressure on a tender spot may feel firm and uncomfortable, never sharp. Next time press more lightly and keep to the muscle, away from bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="30"/>
        <source>Come out of the stretch slowly and rest. A stretch should feel like a mild to moderate pull, never sharp or burning. Next time go less far into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="35"/>
        <source>Come down gently and rest. Working muscles may tire and feel warm, but sharp pain in your back or hip means stop. Do not push through it: leave this exercise for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="41"/>
        <source>Stop and stand or sit comfortably. A movement break should feel easy; sharp pain means leave this move for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="100"/>
        <source>Stopped for sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="111"/>
        <source>Sharp pain that starts suddenly during exercise can be a strain. If it stays or comes back, have a physiotherapist or doctor look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="119"/>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="121"/>
        <source>End the session now; what you did is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="160"/>
        <source>Stopped: sharp pain in “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="166"/>
        <source>A gentler exercise for this: “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="168"/>
        <source>Show “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="170"/>
        <source>Read how to do the gentler exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="175"/>
        <source>There is no gentler version of this exercise in the library. Leave it out until it no longer hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="183"/>
        <source>Nothing counts down until you choose: go on, or end here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="186"/>
        <source>Continue with the next exercise: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="189"/>
        <source>Leave this exercise and start the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_pain.py" line="193"/>
        <source>This was the last exercise. Nothing counts down until you end it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="175"/>
        <source>Phase name</source>
        <extracomment>Where an item of the tree is: (phase, block), block ``None`` for a phase.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="176"/>
        <source>Time set aside in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="176"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="178"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="180"/>
        <source>The time this phase sets aside; the length beside it is the plan&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="183"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="184"/>
        <source>Phase length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="189"/>
        <source>Phase &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="190"/>
        <source>&amp;Time set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor_parts.py" line="191"/>
        <source>Intro&amp;duction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="305"/>
        <source>exercise &apos;{id}&apos; has no reps, hold or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="389"/>
        <source>&apos;{chosen}&apos; is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/plan.py" line="398"/>
        <source>the library has no exercise &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="254"/>
        <source>Stop the session?</source>
        <extracomment>A cue that fell due longer ago than this (after a stall) is not played. The keys that also work before a session starts (Enter starts the routine shown). Keys the page keeps to itself during a session, so nothing else acts on them. Runs before a session starts; returns the plan to run (maybe another) or None to not start. Set by the app for the safety check-ins. Asked when an exercise with cautions comes up; False skips it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="255"/>
        <source>Stop now? What you have done so far is kept in the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="313"/>
        <source>Switch to the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="315"/>
        <source>Switch to the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="322"/>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_page.py" line="322"/>
        <source>Session over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../hipcoach/ui/pack_problems_dialog.py" line="28"/>
        <source>Pack not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_problems_dialog.py" line="31"/>
        <source>The pack “{id}” was not installed: it has 1 problem. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/pack_problems_dialog.py" line="34"/>
        <source>The pack “{id}” was not installed: it has %n problems. Nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/pack_problems_dialog.py" line="43"/>
        <source>Problems in the pack</source>
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
        <location filename="../../hipcoach/ui/programme_calendar.py" line="45"/>
        <source>Previous month</source>
        <extracomment>The names Qt gives the calendar&apos;s own controls, and what a screen reader calls them (Qt leaves the month arrows and the table of days without a name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="46"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="47"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="48"/>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="61"/>
        <source>Programme calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="92"/>
        <source>{status}: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/programme_calendar.py" line="117"/>
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
        <location filename="../../hipcoach/ui/progress_page.py" line="62"/>
        <source>Report for my physiotherapist…</source>
        <extracomment>How many recent programme weeks the adherence chart shows. Below this width (in device-independent pixels) side-by-side parts stack. The report button&apos;s English text (shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="128"/>
        <source>No streak yet — it starts with your next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="129"/>
        <source>{days}-day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="135"/>
        <source>Rest days count too: with {low}–{high} sessions a week, the days in between keep your streak going. Only a week that falls short breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="141"/>
        <source>In your first two weeks every day with a session counts. Later, rest days between your {low}–{high} weekly sessions count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="186"/>
        <source>Your history could not be opened, so progress can&apos;t be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="197"/>
        <source>Progress message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="202"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="212"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="204"/>
        <source>Next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="206"/>
        <source>Where you are on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="208"/>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="234"/>
        <source>Pain trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="243"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="244"/>
        <source>Log how it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="246"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="247"/>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="249"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="250"/>
        <source>Pain entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="252"/>
        <source>See every pain entry, and correct or delete one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="255"/>
        <location filename="../../hipcoach/ui/progress_page.py" line="256"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="261"/>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="262"/>
        <source>Report until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="264"/>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="266"/>
        <source>&amp;Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="267"/>
        <source>Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="269"/>
        <source>Open its &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="270"/>
        <source>Open the report&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="281"/>
        <source>Report &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="283"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="298"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="300"/>
        <source>Share with your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="317"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="371"/>
        <source>Your programme starts with your first session that counts (at least partly done): from then on, this page shows each day you&apos;ve done, your streak and how your pain is changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="390"/>
        <source>Movement breaks: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="440"/>
        <source>To make the visit easier, “{button}” below puts your sessions, pain ratings and check-ins on a few pages you can print or bring along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="484"/>
        <source>Save the report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="486"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="500"/>
        <source>The report&apos;s end date is before its start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="521"/>
        <source>The report could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="525"/>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/progress_page.py" line="558"/>
        <source>Nothing on this computer could open {target}. The report is saved at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagDialog</name>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="46"/>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="47"/>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="56"/>
        <source>Before you go on: has any of these happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="64"/>
        <source>These signs can point to a problem that needs a professional&apos;s eyes, not more stretching. Answer each one; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="73"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="73"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="74"/>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="75"/>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="86"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="88"/>
        <source>Answer every question to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="94"/>
        <source>Please have this checked first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="97"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="100"/>
        <source>Stop for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="101"/>
        <source>Use the gentle routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/red_flag_dialog.py" line="102"/>
        <source>Continue anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="65"/>
        <source>hipcoach — progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="102"/>
        <source>before session</source>
        <extracomment>The space between a table and the heading or paragraph above it, in pixels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="104"/>
        <source>after session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="106"/>
        <source>quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="115"/>
        <source>before the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="117"/>
        <source>fortnightly check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="119"/>
        <source>after sharp pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="121"/>
        <source>asked by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="73"/>
        <source>reps</source>
        <extracomment>The chart&apos;s layout size in pixels; it fills the text width (about 15 cm) of the page, drawn at ``CHART_SCALE`` times that many pixels so it prints sharply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="74"/>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="77"/>
        <location filename="../../hipcoach/ui/report.py" line="194"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="78"/>
        <source>daily phase (a session every day, weeks 1–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="81"/>
        <source>maintenance (3–4 sessions a week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="123"/>
        <source>again after a yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="180"/>
        <source>No complete or partly done session has been recorded yet, so the programme has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="191"/>
        <source>past the 12-week timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="196"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="197"/>
        <source>Programme day on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="198"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="199"/>
        <source>Timeline stage on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="213"/>
        <source>No programme weeks fall in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="221"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="224"/>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="226"/>
        <source>target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="237"/>
        <source>Programme week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="238"/>
        <source>Session days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="239"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="240"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="250"/>
        <source>(corrected on {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="258"/>
        <source>No pain or stiffness was logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="273"/>
        <location filename="../../hipcoach/ui/report.py" line="302"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="274"/>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="275"/>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="276"/>
        <source>Stiffness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="277"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="278"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="285"/>
        <source>No red-flag check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="290"/>
        <source>Yes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="292"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="303"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="304"/>
        <source>Warning signs answered yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="314"/>
        <source>No exercise was recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="328"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="329"/>
        <source>Counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="330"/>
        <location filename="../../hipcoach/ui/report.py" line="364"/>
        <location filename="../../hipcoach/ui/report.py" line="379"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="331"/>
        <location filename="../../hipcoach/ui/report.py" line="366"/>
        <location filename="../../hipcoach/ui/report.py" line="380"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="332"/>
        <source>Stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="333"/>
        <source>Session ended first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="353"/>
        <source>No movement break was shown in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="356"/>
        <source>The guide&apos;s set (several moves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="362"/>
        <source>Suggested move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="363"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="365"/>
        <location filename="../../hipcoach/ui/report.py" line="381"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="367"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="369"/>
        <source>All breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="378"/>
        <source>Part of the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="382"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="395"/>
        <source>What became of each move of the guide&apos;s set: skipped on its own (such as no time to walk), or not reached because the break ended before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="487"/>
        <source>Period: {since} – {until}&lt;br&gt;Printed: {printed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="491"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="493"/>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="495"/>
        <source>A &lt;i&gt;session day&lt;/i&gt; is a day with at least one complete session: one with {share} % or more of its planned exercise work done. Weeks 1–2 ask for one every day, later weeks for at least 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="503"/>
        <source>Pain and stiffness over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="508"/>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="512"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="514"/>
        <source>Each side counts on its own. A rep or set is done only when all of it was; “session ended first” means the session was stopped before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="521"/>
        <source>Movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="523"/>
        <source>Reminders to get up during the working day, and how each was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="530"/>
        <source>Pain journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="532"/>
        <source>Ratings from 0 (none) to 10 (worst); stiffness is on getting up. Entries corrected later say so; the history keeps what they said before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="539"/>
        <source>Red-flag check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="543"/>
        <source>Everything in this report was entered by the user in hipcoach, a self-care app. It is self-reported and is not a diagnosis or a medical assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="573"/>
        <source>the report&apos;s period ends ({until}) before it starts ({since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/report.py" line="657"/>
        <source>the PDF could not be written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="90"/>
        <source>Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="93"/>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="95"/>
        <location filename="../../hipcoach/ui/routine_editor.py" line="557"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="96"/>
        <source>What the routine is for, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="98"/>
        <source>Save into pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="108"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="109"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="110"/>
        <source>Save &amp;into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="117"/>
        <source>Phases and exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="119"/>
        <source>Alt+Up and Alt+Down move the selected exercise or phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="122"/>
        <source>Phase or exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="122"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="122"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="129"/>
        <source>Add &amp;exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="130"/>
        <source>Add p&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="131"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="132"/>
        <source>Move the selection up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="133"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="134"/>
        <source>Move the selection down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="136"/>
        <source>Remove the selected exercise or phase (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="164"/>
        <source>Routine length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="166"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="170"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="172"/>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="173"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="174"/>
        <source>Save the routine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="135"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="169"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="171"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="175"/>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="176"/>
        <source>Save the routine and start a session with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="177"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="302"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="313"/>
        <location filename="../../hipcoach/ui/routine_editor.py" line="561"/>
        <source>Phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="366"/>
        <source>Could not save: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="386"/>
        <source>Save the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="387"/>
        <source>The routine has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="435"/>
        <source>The length cannot be worked out until the problems are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="439"/>
        <source>In all: {time}, with getting into position, rests and switching sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="442"/>
        <source> Steps done at your own pace come on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="450"/>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="452"/>
        <source>Routine editor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="477"/>
        <source>{time} + your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="498"/>
        <source>{length} of {budget}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="509"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="516"/>
        <source>Not done per side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="518"/>
        <source>Both sides, in turn within each set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="520"/>
        <source>Each side in turn: the left, then the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="532"/>
        <source>Length: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_editor.py" line="557"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditorActions</name>
    <message>
        <location filename="../../hipcoach/ui/routine_actions.py" line="62"/>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_actions.py" line="62"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/routine_actions.py" line="67"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="32"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="33"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="34"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="37"/>
        <source>Roll slowly, rest on tender spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="38"/>
        <location filename="../../hipcoach/ui/player_run.py" line="39"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="40"/>
        <source>Keep walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="57"/>
        <source>Do {reps} reps, then press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="58"/>
        <source>Press Done when finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="60"/>
        <source>Hold the stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="64"/>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="66"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="68"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="71"/>
        <source>Switch to the left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="72"/>
        <source>Switch to the right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="74"/>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="134"/>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="136"/>
        <source>%p% of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="138"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="140"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="146"/>
        <source>Set and repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="148"/>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="150"/>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="156"/>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="158"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="162"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="162"/>
        <source>Go back one step (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="165"/>
        <location filename="../../hipcoach/ui/player_run.py" line="338"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="165"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="168"/>
        <source>Skip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="168"/>
        <source>Skip this step (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="171"/>
        <source>Next exercise ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="173"/>
        <source>Skip the rest of this exercise (Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="176"/>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="176"/>
        <source>Restart this step (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="179"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="179"/>
        <source>Finished this step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="181"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="181"/>
        <source>Stop the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="183"/>
        <source>Sharp pain — stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="186"/>
        <source>Stop this exercise now: a stretch brings mild to moderate discomfort, never sharp or burning pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="309"/>
        <source> · exercise {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="318"/>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="328"/>
        <source>press Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="331"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="334"/>
        <source>paused — Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="335"/>
        <source>{countdown}, paused — Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="338"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="342"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="344"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="356"/>
        <source>Next up: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <location filename="../../hipcoach/ui/safety_dialogs.py" line="73"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/safety_dialogs.py" line="83"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/safety_dialogs.py" line="87"/>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/safety_flow.py" line="272"/>
        <source>History could not be read or saved ({path}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyText</name>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="154"/>
        <source>{message}

{what_to_say}

{gentle}</source>
        <extracomment>What the user may choose after a red-flag recommendation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="157"/>
        <source>{message}

You answered yes to:
{answers}

{what_to_say}

{gentle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="173"/>
        <source>{list}, {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="174"/>
        <source>{list} or {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="179"/>
        <source>an {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="180"/>
        <source>a {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="197"/>
        <source>Please see {who} before you carry on with the full programme. What you told us doesn&apos;t mean something is wrong, but it is worth a professional&apos;s look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="202"/>
        <source>When you go, describe what you noticed, when it started, and which movements make it better or worse. You can ask whether it could be something they are able to check for, such as {conditions}. Only an examination can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="208"/>
        <source>If you want to keep moving in the meantime, the gentle routine is still here for you. Go easy and stop anything that causes sharp pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="278"/>
        <source>Your programme hasn&apos;t started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="283"/>
        <source>This is your first week. Rate your pain before your sessions, and from next week you&apos;ll see how it compares with where you started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="304"/>
        <source>There aren&apos;t enough pain ratings yet to compare your first week with the last two (at least {minimum} in each). A quick rating before each session is all it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="313"/>
        <source>about {then} out of 10 in your first week, {now} lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="321"/>
        <source>Your pain has gone up ({figures}). Please have a physiotherapist or doctor look at your hip before you push on; go gently until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="333"/>
        <source>Your pain is easing ({figures}). Keep going — it&apos;s working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="344"/>
        <source>No clear change yet ({figures}). That&apos;s normal in the first weeks; relief tends to build gradually with regular sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="356"/>
        <source>Your pain is low and steady ({figures}). Keep up your sessions to keep it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="367"/>
        <source>Your pain hasn&apos;t clearly changed yet ({figures}). There have been fewer sessions than planned, so it&apos;s too soon to judge: a few steady weeks will give a fairer picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/safety.py" line="379"/>
        <source>You&apos;ve kept up your sessions for over {low} weeks and your pain hasn&apos;t clearly eased ({figures}). Self-care usually shows results within {low} to {high} weeks, so now is a good time to have a physiotherapist or doctor take a look.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <location filename="../../hipcoach/ui/scale_row.py" line="61"/>
        <location filename="../../hipcoach/ui/scale_row.py" line="63"/>
        <source> ({meaning})</source>
        <extracomment>Marks the chosen number, besides its inverted colours and bold frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/scale_row.py" line="68"/>
        <source>{name}: {value}{meaning}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFileText</name>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="50"/>
        <source>Monday</source>
        <extracomment>The key, within ``[breaks.working_hours]``, of the hours kept for days that are off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="51"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="52"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="53"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="54"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="55"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="56"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="96"/>
        <source>must be a whole number from {low} to {high}</source>
        <extracomment>The key of a field&apos;s ``metadata`` under which its declaration is kept.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="156"/>
        <source>must be a list of one or more exercise ids like &quot;walk-break&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="201"/>
        <source>must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="142"/>
        <source>must be an id like &quot;daily&quot; (lower-case letters, digits and &quot;-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="123"/>
        <source>must be a number from 0.0 to 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/fields.py" line="111"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="95"/>
        <source>settings version {version} cannot be upgraded</source>
        <extracomment>Version N -&gt; the step to N + 1. Version 1 is the first; nothing to migrate yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="125"/>
        <source>{key}: {rule}; using {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="147"/>
        <source>{key}: {value} is below the least allowed now; using {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="164"/>
        <source>{key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="179"/>
        <source>{key}: must be a table ([{key}]); using the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="188"/>
        <source>no hours (no breaks that day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="240"/>
        <source>{key}: must be a table of weekdays like mon = [&quot;09:00-17:00&quot;]; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="247"/>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="264"/>
        <source>{key}: must be a table of weekdays like mon = [&quot;09:00-17:00&quot;]; using the default hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="274"/>
        <source>using {hours} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="203"/>
        <source>{key}: must be a list of time ranges like [&quot;09:00-17:00&quot;]; {fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="223"/>
        <source>{key}: {problem}; {fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="295"/>
        <source>general.choices: must be a table like [general.choices] with stretch = &quot;couch-stretch&quot;; using no choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="306"/>
        <source>general.choices.{block}: must be an exercise id like &quot;couch-stretch&quot;; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="357"/>
        <source>schema: must be a whole number; reading as version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="364"/>
        <source>schema: written by a newer hipcoach (settings version {version}, this one reads {ours}); reading what this version understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/toml_form.py" line="376"/>
        <source>schema: {error}; reading it as version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="118"/>
        <source>{path} was written by a newer version of hipcoach (settings version {version}). The settings this version understands are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="130"/>
        <source>{path} could not be read ({reason}). The default settings are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="142"/>
        <source>line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="148"/>
        <source>{path} could not be read ({reason}) nor moved aside ({error}). The default settings are in use; changes will not be saved, so the file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="158"/>
        <source>Your settings file could not be read ({reason}). It was moved to {moved} and the default settings are in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/store.py" line="188"/>
        <source>Settings could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <location filename="../../hipcoach/services/settings_keeper.py" line="70"/>
        <source>Your settings are saved again.</source>
        <extracomment>How often saving the settings is tried again after it failed. What loading found, in the user&apos;s language: the file moved aside, bad keys. Whether the settings in use differ from the file because a save failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/settings_keeper.py" line="71"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/settings_keeper.py" line="82"/>
        <source>{problem}. Your changes stay in use while hipcoach runs; saving is tried again every few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/settings_keeper.py" line="88"/>
        <source>⚠ Settings cannot be saved right now; the Settings page says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="81"/>
        <source>Not available here: hipcoach found no way to start itself at login on this system (for example, it runs from a sandbox or the desktop keeps no autostart folder). You can add hipcoach to your desktop&apos;s startup applications yourself.</source>
        <extracomment>The widest the form grows; wider lines are hard to read. How many changes Undo can take back. Banner colours (background, border, text), set together so they read in any theme. Why start at login is greyed out (English; shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="136"/>
        <source>Settings</source>
        <extracomment>The settings before each change still to undo, the latest last. Every setting&apos;s row, in the table&apos;s order. The settings the page does not show (the routine and its choices). Of each section with a switch, what the switch greys out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="197"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="206"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="207"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="208"/>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="209"/>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="91"/>
        <source>Movement breaks</source>
        <extracomment>The title of each section&apos;s group (the sections themselves come from the settings table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="307"/>
        <source>{move} (not in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="308"/>
        <source>{move}, not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="311"/>
        <source>Your settings name this move, but no loaded exercise has this id (was an exercise pack removed?). Uncheck it to stop suggesting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="92"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="350"/>
        <source>Cue volume in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="353"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="633"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="93"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="318"/>
        <source>Include “{name}” in movement breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="399"/>
        <source>Call sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="406"/>
        <source>&amp;Restore defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="407"/>
        <location filename="../../hipcoach/ui/settings_page.py" line="727"/>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="410"/>
        <source>Put every setting on this page back to how hipcoach comes (asks first). Your routine and exercise choices on the Session page are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="415"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="416"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="417"/>
        <source>Undo the last change on this page (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="513"/>
        <source>Last change undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="550"/>
        <source>These are already the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="558"/>
        <source>Defaults restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="684"/>
        <source>Not applied: keep at least one break move on, so a break has something to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/settings_page.py" line="729"/>
        <source>Put every setting on this page back to how hipcoach comes?

Your routine and exercise choices on the Session page are kept. You can undo this right afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPageText</name>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="44"/>
        <source> min</source>
        <extracomment>The settings format this version writes; files with a higher number are never overwritten. The unit of the spin boxes that count minutes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="63"/>
        <source>Suggest &amp;movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="64"/>
        <source>Suggest movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="66"/>
        <source>Remind you to get up and move after sitting for a while. Turn off to stop all break reminders; sessions still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="75"/>
        <source>Suggest a break after &amp;sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="76"/>
        <source>Sitting time before a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="78"/>
        <source>How long you may sit before a break is suggested ({low}–{high} minutes). Getting up or finishing a session starts the count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="83"/>
        <source>Working &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="89"/>
        <source>The guide&apos;s set every hour (recommended)</source>
        <extracomment>Whether a break is the whole set of moves or one move in turn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="90"/>
        <source>One move per break, taking turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="92"/>
        <source>Every break o&amp;ffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="93"/>
        <source>What every break offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="95"/>
        <source>The guide&apos;s rule: every break is the whole set in order, the standing stretch on each side, ten glute squeezes, then a short walk. Taking turns offers one move per break instead, and the walk after long sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="103"/>
        <source>Break mo&amp;ves</source>
        <extracomment>Exercise ids of the moves a break offers (the parts of the set, or those taking turns).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="105"/>
        <source>The moves that are on: the parts of every break&apos;s set, or the moves that take turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="110"/>
        <source>Stretch &amp;each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="111"/>
        <source>Stretch each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="113"/>
        <source>Time the standing stretch for the left and the right side, with a short switch between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="121"/>
        <source>&amp;Walk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="122"/>
        <source>Walk length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="123"/>
        <source>How long a walk break lasts ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="129"/>
        <source>Snoozing and time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="130"/>
        <source>Snooze &amp;length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="131"/>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="132"/>
        <source>How long “Snooze” puts a break off ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="138"/>
        <source>No snoozing</source>
        <extracomment>Snoozes allowed per break.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="139"/>
        <source>Snoozes &amp;allowed per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="140"/>
        <source>Snoozes allowed per break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="142"/>
        <source>How many times one break may be snoozed before “Snooze” is no longer offered ({low}–{high}; 0 = no snoozing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="153"/>
        <source>counts as a break</source>
        <extracomment>No input at least this long counts as a break already taken (a lock or sleep always does). Files from before the minimum was 3 may hold 1 or 2: those are raised to 3.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="154"/>
        <source>An a&amp;bsence of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="155"/>
        <source>Absence that counts as a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="157"/>
        <source>When there is no keyboard or mouse input for at least this long, you were probably up and about: it counts as a break and the sitting time starts again. A shorter pause (reading, a call) is still sitting; locking the screen or a sleep always counts ({low}–{high} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="168"/>
        <source>Never wait</source>
        <extracomment>How long a full-screen app or do-not-disturb may hold a due break back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="170"/>
        <source>Full screen or do-not-disturb
may &amp;delay a break by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="171"/>
        <source>Longest delay in full screen or do-not-disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="173"/>
        <source>While a full-screen app (a video call, a presentation) or do-not-disturb is on, a due break waits, but no longer than this ({low}–{high} minutes; 0 = breaks never wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="183"/>
        <source>Never hold</source>
        <extracomment>How long a call (microphone or camera in use) may hold a due break back; 0: never.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="185"/>
        <source>Hold brea&amp;ks during calls for at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="186"/>
        <source>Longest hold during calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="188"/>
        <source>While another program uses the microphone or a camera, a due break waits until the call ends, at most this long ({low}–{high} minutes). Never hold: breaks come during calls as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="202"/>
        <source>Play &amp;cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="203"/>
        <source>Play cue sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="205"/>
        <source>Short sounds for the countdown, halfway, switching sides and the end of a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="211"/>
        <source>V&amp;olume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="212"/>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="213"/>
        <source>How loud the cue sounds play, 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="218"/>
        <source>S&amp;peak cues aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="219"/>
        <source>Speak cues aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="221"/>
        <source>Say what comes next (“switch sides”, “last rep”) with the system&apos;s voice, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="241"/>
        <source>S&amp;tart hipcoach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="242"/>
        <source>Start hipcoach when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/values.py" line="244"/>
        <source>Start hipcoach in the background when you log in, so break reminders run without opening it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="52"/>
        <source>&quot;{text}&quot; is not a time range like &quot;09:00-17:00&quot;</source>
        <extracomment>The weekdays, as ``date.weekday()`` numbers them, by the names the settings use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="60"/>
        <source>&quot;{text}&quot; has a time that does not exist (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="65"/>
        <source>&quot;{text}&quot; ends before it starts (a range cannot cross midnight; split it over two days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="78"/>
        <source>&quot;{range}&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="83"/>
        <source>&quot;{before}&quot; and &quot;{after}&quot; overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="121"/>
        <source>working_hours.kept_while_off: {day} is no weekday</source>
        <extracomment>The hours of days that are off, kept to bring back when a day is turned on again (see ``turned_off``). They never count as working hours; a day that is on keeps none. A read-only mapping: hours are compared, not hashed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/core/settings/working_hours.py" line="161"/>
        <source>{where}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="78"/>
        <source>Start a session</source>
        <extracomment>The columns of the routine&apos;s overview. The key of &quot;Time I have&quot; among the remembered choices. Choice blocks are keyed by exercise ids, which never hold an underscore, so the two cannot collide. &quot;New routine…&quot;, &quot;Copy and edit…&quot; (with the routine chosen) and &quot;Edit…&quot; (with it too; only a user pack&apos;s routine) were pressed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="81"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="88"/>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="91"/>
        <source>&amp;New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="92"/>
        <source>Make a routine of your own from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="93"/>
        <source>Copy and &amp;edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="94"/>
        <source>Make your own copy of this routine and change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="95"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="96"/>
        <source>Change this routine of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="108"/>
        <source>&amp;Time I have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="115"/>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="117"/>
        <source>Each phase with its time, then its exercises in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="120"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="120"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="120"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="120"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="135"/>
        <source>Planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="138"/>
        <source>What the shorter plan leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="141"/>
        <source>Short is fine: a few minutes every day does more for tight hips than a long session once a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="152"/>
        <location filename="../../hipcoach/ui/player_setup.py" line="154"/>
        <source>Start session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="155"/>
        <source>Start the session (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="263"/>
        <source>No routine is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="279"/>
        <source>{phase} &amp;choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="281"/>
        <source>{phase} choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="323"/>
        <source>{names} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="328"/>
        <source>Pick which exercise the {phase} phase does here: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="369"/>
        <source>{reason} Choose more time, or the full routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="373"/>
        <source>This routine cannot be started: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="353"/>
        <source>In all: {time}, counting getting into position, rests, switching sides and a short introduction to each phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="357"/>
        <source> Steps you finish at your own pace come on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="385"/>
        <source>{phase} phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="405"/>
        <source>Not per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="407"/>
        <source>Left and right in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="409"/>
        <source>Right, then left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="410"/>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_setup.py" line="415"/>
        <source>{time} + your own pace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="96"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="108"/>
        <source>◀  LEFT side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="108"/>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="111"/>
        <source>RIGHT side  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_run.py" line="111"/>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="91"/>
        <source>Sound is off: the system audio library could not be loaded ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="97"/>
        <source>Sound is off: no audio output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="108"/>
        <source>Sound is off: no cue sounds in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="154"/>
        <source>Spoken cues are off: the speech library is missing ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="161"/>
        <source>Spoken cues are off: no &apos;{engine}&apos; speech engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="167"/>
        <source>Spoken cues are off: no speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="172"/>
        <source>Spoken cues are off: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/services/sound.py" line="173"/>
        <source>speech failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpokenText</name>
    <message numerus="yes">
        <location filename="../../hipcoach/core/countdown_speech.py" line="67"/>
        <source>%n seconds left</source>
        <extracomment>The countdown is said again at each multiple of this many seconds left. Each of this many last seconds is said.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <location filename="../../hipcoach/services/start_at_login.py" line="37"/>
        <source>Could not change start at login: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="33"/>
        <source>{completed} of %n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="36"/>
        <source>{completed} of %n sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="71"/>
        <source>%n reps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="72"/>
        <source>%n sets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="55"/>
        <source>{amount} (stopped for pain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../hipcoach/ui/player_summary.py" line="58"/>
        <source>{amount} (%n stopped for pain)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="61"/>
        <source>{amount} not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="66"/>
        <source>{skipped}; {unreached}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="80"/>
        <source>Today&apos;s session is done. Nice work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="83"/>
        <source>This counts as a partial session: your calendar shows the day as partly done. A session is done from {complete} % of its exercise work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="88"/>
        <source>This session is not counted: a session counts as partly done from {partial} % of its exercise work, and as done from {complete} %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="107"/>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="109"/>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="112"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="113"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="114"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="126"/>
        <location filename="../../hipcoach/ui/player_summary.py" line="127"/>
        <source>Back to routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="143"/>
        <source>Session partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="145"/>
        <source>Session skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="147"/>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="151"/>
        <source>Exercise work done: {done} of {planned}. {completed} of {total} exercise sides done in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="161"/>
        <source> Work stopped for sharp pain ({stopped}) does not count against the session, up to half of its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="141"/>
        <source>Session complete — well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="115"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/player_summary.py" line="180"/>
        <source>You stopped for sharp pain. Next time try the gentler option, ease off sooner, and if sharp pain keeps coming back, have a physiotherapist look at it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="113"/>
        <source>Insert adds, F2 edits, Delete removes, Alt+Up and Alt+Down move an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="134"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="134"/>
        <source>Add to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="136"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="136"/>
        <source>Remove from {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="139"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="139"/>
        <source>Move up in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="142"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="142"/>
        <source>Move down in {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="144"/>
        <source>Add an item after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="145"/>
        <source>Remove the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="146"/>
        <source>Move the selected item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="147"/>
        <source>Move the selected item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="160"/>
        <source>Add a known one to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="161"/>
        <source>Add a known one…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeChoice</name>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="44"/>
        <source>Time I have</source>
        <extracomment>The offers, in the order shown: ``None`` is the whole routine. The remembered text for the whole routine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="51"/>
        <source>Full routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="52"/>
        <source>Every exercise and set of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="54"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="55"/>
        <source>{minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/time_choice.py" line="58"/>
        <source>Fit the routine into {minutes} minutes: fewer sets first, then fewer exercises, never a shorter hold</source>
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
        <source>A break waits for your call to end — sitting {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="44"/>
        <source>Breaks paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="48"/>
        <source>No more breaks today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="49"/>
        <source>Sitting {minutes} min · next break {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="60"/>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="62"/>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="68"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="70"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="74"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="75"/>
        <source>in {length} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="111"/>
        <location filename="../../hipcoach/ui/tray.py" line="130"/>
        <source>hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="112"/>
        <source>Open hipcoach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="113"/>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="114"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="115"/>
        <source>I stood up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="117"/>
        <source>Start the sitting time again: you got up without the computer noticing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="119"/>
        <source>Pause breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="123"/>
        <source>Resume breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="125"/>
        <source>Log how my hip feels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="127"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="128"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/tray.py" line="167"/>
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
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="77"/>
        <source>{error}; separate two ranges with a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="84"/>
        <source>Enter the hours as ranges like {example}, or turn {day} off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="124"/>
        <source>Whether breaks are suggested on {day}s</source>
        <extracomment>The message of each day whose refused text is marked red.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="128"/>
        <source>Suggest breaks on {day}s, within the hours on the right; turned off, the day keeps its hours for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="287"/>
        <source>{day}: not applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="133"/>
        <source>{day} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="136"/>
        <source>When breaks may be suggested on {day}s: 24-hour time ranges separated by commas, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="140"/>
        <source>e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="156"/>
        <source>Breaks are suggested only within these hours. Use the 24-hour clock; separate ranges with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/working_hours_editor.py" line="285"/>
        <source>Not applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="63"/>
        <source>Discard the changes?</source>
        <extracomment>Seconds a new loop takes round the keyframes when looping is switched on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../hipcoach/ui/figure_editor.py" line="64"/>
        <source>The figure has changes that are not kept yet. Close without keeping them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._owner</name>
    <message>
        <location filename="../../hipcoach/ui/list_editor.py" line="52"/>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
