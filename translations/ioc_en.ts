<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WorkstationWindow</name>
    <message numerus="yes">
        <location filename="../qml/WorkstationWindow.qml" line="+52"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Backend %1 · %n update received</numerusform>
            <numerusform>Backend %1 · %n updates received</numerusform>
        </translation>
    </message>
</context>
</TS>
