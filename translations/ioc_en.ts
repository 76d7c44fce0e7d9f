<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditChainBanner</name>
    <message numerus="yes">
        <location filename="../qml/AuditChainBanner.qml" line="+22"/>
        <source>Audit chain intact: %n entry(ies) checked, none altered.</source>
        <translation>
            <numerusform>Audit chain intact: %n entry checked, none altered.</numerusform>
            <numerusform>Audit chain intact: %n entries checked, none altered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDraftPane</name>
    <message numerus="yes">
        <location filename="../qml/HandoverDraftPane.qml" line="+51"/>
        <source>%n item(s), %1 to take over · drafted at %2</source>
        <translation>
            <numerusform>%n item, %1 to take over · drafted at %2</numerusform>
            <numerusform>%n items, %1 to take over · drafted at %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message numerus="yes">
        <location filename="../qml/HandoverView.qml" line="+32"/>
        <source>%n handover(s) not taken over in time: escalated to the supervisor.</source>
        <translation>
            <numerusform>%n handover not taken over in time: escalated to the supervisor.</numerusform>
            <numerusform>%n handovers not taken over in time: escalated to the supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message numerus="yes">
        <location filename="../qml/LoginForm.qml" line="+24"/>
        <source>Too many failed attempts: sign-in is locked for %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts: sign-in is locked for %n minute.</numerusform>
            <numerusform>Too many failed attempts: sign-in is locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMarkerTip</name>
    <message numerus="yes">
        <location filename="../modules/map/qml/MapMarkerTip.qml" line="+22"/>
        <source>%1: %n item(s), click to zoom in</source>
        <translation>
            <numerusform>%1: %n item, click to zoom in</numerusform>
            <numerusform>%1: %n items, click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitFilterBar</name>
    <message numerus="yes">
        <location filename="../qml/UnitFilterBar.qml" line="+23"/>
        <source>Showing %n series in %1 only</source>
        <translation>
            <numerusform>Showing %n series in %1 only</numerusform>
            <numerusform>Showing %n series in %1 only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkstationWindow</name>
    <message numerus="yes">
        <location filename="../qml/WorkstationWindow.qml" line="+125"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Backend %1 · %n update received</numerusform>
            <numerusform>Backend %1 · %n updates received</numerusform>
        </translation>
    </message>
</context>
</TS>
