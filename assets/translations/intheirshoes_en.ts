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
