<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n idle minute(s)</source>
        <translation>
            <numerusform>Lock after %n idle minute</numerusform><numerusform>Lock after %n idle minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Locked after %n idle minute(s).</source>
        <translation>
            <numerusform>Locked after %n idle minute.</numerusform><numerusform>Locked after %n idle minutes.</numerusform></translation>
    </message>
</context>
</TS>