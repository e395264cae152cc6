<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceCard</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voice memo(s)</source>
        <translation>
            <numerusform>%n voice memo</numerusform>
            <numerusform>%n voice memos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishWalkDialog</name>
    <message numerus="yes">
        <source>%n of %1 touchpoints not visited. They will count as not walked.</source>
        <translation>
            <numerusform>%n of %1 touchpoints not visited. It will count as not walked.</numerusform>
            <numerusform>%n of %1 touchpoints not visited. They will count as not walked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyPreviewPage</name>
    <message numerus="yes">
        <source>%n touchpoint(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n touchpoint in %1 stages</numerusform>
            <numerusform>%n touchpoints in %1 stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewContactCard</name>
    <message numerus="yes">
        <source>%n must-be(s) failed</source>
        <translation>
            <numerusform>%n must-be failed</numerusform>
            <numerusform>%n must-bes failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Had to repeat information %n time(s)</source>
        <translation>
            <numerusform>Had to repeat information %n time</numerusform>
            <numerusform>Had to repeat information %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentRankDelegate</name>
    <message numerus="yes">
        <source>Pain weight %1 · %n pain point(s)</source>
        <translation>
            <numerusform>Pain weight %1 · %n pain point</numerusform>
            <numerusform>Pain weight %1 · %n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) out</source>
        <translation>
            <numerusform>%n handoff out</numerusform>
            <numerusform>%n handoffs out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in</source>
        <translation>
            <numerusform>%n in</numerusform>
            <numerusform>%n in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memorable moment(s)</source>
        <translation>
            <numerusform>%n memorable moment</numerusform>
            <numerusform>%n memorable moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentRowDelegate</name>
    <message numerus="yes">
        <source>%n time(s) × severity %1 = %2</source>
        <translation>
            <numerusform>%n time × severity %1 = %2</numerusform>
            <numerusform>%n times × severity %1 = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n repeat after</numerusform>
            <numerusform>%n repeats after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDepartmentsPage</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memorable moment(s)</source>
        <translation>
            <numerusform>%n memorable moment</numerusform>
            <numerusform>%n memorable moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) out</source>
        <translation>
            <numerusform>%n handoff out</numerusform>
            <numerusform>%n handoffs out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in</source>
        <translation type="vanished">
            <numerusform>%n in</numerusform>
            <numerusform>%n in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) in</source>
        <translation>
            <numerusform>%n handoff in</numerusform>
            <numerusform>%n handoffs in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n walk(s)</source>
        <translation>
            <numerusform>%1, %n walk</numerusform>
            <numerusform>%1, %n walks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFilterCard</name>
    <message numerus="yes">
        <source>%1 compared with %2 · %n walk(s)</source>
        <translation>
            <numerusform>%1 compared with %2 · %n walk</numerusform>
            <numerusform>%1 compared with %2 · %n walks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n walk(s)</source>
        <translation>
            <numerusform>%1 · %n walk</numerusform>
            <numerusform>%1 · %n walks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewFindingsController</name>
    <message numerus="yes">
        <source>%n received summaries cannot be read and are left out.</source>
        <translation>
            <numerusform>%n received summary cannot be read and is left out.</numerusform>
            <numerusform>%n received summaries cannot be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewInboxPage</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summaries wait for a device you haven&apos;t accepted yet. They arrive with the next pull once you accept it.</source>
        <translation>
            <numerusform>%n summary waits for a device you haven&apos;t accepted yet. It arrives with the next pull once you accept it.</numerusform>
            <numerusform>%n summaries wait for a device you haven&apos;t accepted yet. They arrive with the next pull once you accept it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n summaries come from devices whose request you rejected: they are not accepted.</source>
        <translation>
            <numerusform>%n summary comes from a device whose request you rejected: it is not accepted.</numerusform>
            <numerusform>%n summaries come from devices whose request you rejected: they are not accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLeaderDelegate</name>
    <message numerus="yes">
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n walk</numerusform>
            <numerusform>%n walks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewOverviewPage</name>
    <message numerus="yes">
        <source>None of the %n received walk(s) is in this period with these filters.</source>
        <translation>
            <numerusform>The one received walk is not in this period with these filters.</numerusform>
            <numerusform>None of the %n received walks is in this period with these filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n received walk(s) is in this period.</source>
        <translation>
            <numerusform>The one received walk is not in this period.</numerusform>
            <numerusform>None of the %n received walks is in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPainPointDelegate</name>
    <message numerus="yes">
        <source>%n time(s) × severity %1 = %2</source>
        <translation>
            <numerusform>%n time × severity %1 = %2</numerusform>
            <numerusform>%n times × severity %1 = %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSetupPage</name>
    <message numerus="yes">
        <source>Review circle restored with %n device(s) and their revocations.</source>
        <translation>
            <numerusform>Review circle restored with %n device and its revocation state.</numerusform>
            <numerusform>Review circle restored with %n devices and their revocations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSiloCellDelegate</name>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n repeat after</numerusform>
            <numerusform>%n repeats after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSiloMapPage</name>
    <message numerus="yes">
        <source>%1 · %n handoff(s)</source>
        <translation>
            <numerusform>%1 · %n handoff</numerusform>
            <numerusform>%1 · %n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeat(s) after</source>
        <translation>
            <numerusform>%n repeat after</numerusform>
            <numerusform>%n repeats after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTouchpointPage</name>
    <message numerus="yes">
        <source>Owned by %1 · %n contact(s)</source>
        <translation>
            <numerusform>Owned by %1 · %n contact</numerusform>
            <numerusform>Owned by %1 · %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n walk(s) here</source>
        <translation>
            <numerusform>The one walk here</numerusform>
            <numerusform>All %n walks here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalkDelegate</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pain point</numerusform>
            <numerusform>%n pain points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWalksPage</name>
    <message numerus="yes">
        <source>The %n walk(s) behind this figure</source>
        <translation>
            <numerusform>The walk behind this figure</numerusform>
            <numerusform>The %n walks behind this figure</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n idle minute(s)</source>
        <translation>
            <numerusform>Lock after %n idle minute</numerusform>
            <numerusform>Lock after %n idle minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Locked after %n idle minute.</numerusform>
            <numerusform>Locked after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitsPage</name>
    <message numerus="yes">
        <source>%n wait(s) past the target time. Has the answer arrived?</source>
        <translation>
            <numerusform>%n wait is past the target time. Has the answer arrived?</numerusform>
            <numerusform>%n waits are past the target time. Has the answer arrived?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkHistoryDelegate</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
