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
    <name>CitizenReportQueue</name>
    <message numerus="yes">
        <location filename="../qml/CitizenReportQueue.qml" line="+37"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting for triage</source>
        <translation>
            <numerusform>%n waiting for triage</numerusform>
            <numerusform>%n waiting for triage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n duplicate group</numerusform>
            <numerusform>%n duplicate groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitizenReportRow</name>
    <message numerus="yes">
        <location filename="../qml/CitizenReportRow.qml" line="+88"/>
        <source>%n similar</source>
        <translation>
            <numerusform>%n similar</numerusform>
            <numerusform>%n similar</numerusform>
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
    <name>IncidentForwardDialog</name>
    <message numerus="yes">
        <location filename="../qml/IncidentForwardDialog.qml" line="+139"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
    <name>SourcesView</name>
    <message numerus="yes">
        <location filename="../qml/SourcesView.qml" line="+18"/>
        <source>Data sources · %n overdue</source>
        <translation>
            <numerusform>Data sources · %n overdue</numerusform>
            <numerusform>Data sources · %n overdue</numerusform>
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
    <name>WallAlertBoard</name>
    <message numerus="yes">
        <location filename="../qml/WallAlertBoard.qml" line="+23"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallFormat</name>
    <message numerus="yes">
        <location filename="../qml/WallFormat.qml" line="+14"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallIncidentTicker</name>
    <message numerus="yes">
        <location filename="../qml/WallIncidentTicker.qml" line="+18"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallKpiTile</name>
    <message numerus="yes">
        <location filename="../qml/WallKpiTile.qml" line="+47"/>
        <source>%n not fresh</source>
        <translation>
            <numerusform>%n not fresh</numerusform>
            <numerusform>%n not fresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>and %n more series</source>
        <translation>
            <numerusform>and %n more series</numerusform>
            <numerusform>and %n more series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallMapTile</name>
    <message numerus="yes">
        <location filename="../qml/WallMapTile.qml" line="+20"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallRecordList</name>
    <message numerus="yes">
        <location filename="../qml/WallRecordList.qml" line="+72"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallSignInCover</name>
    <message numerus="yes">
        <location filename="../qml/WallSignInCover.qml" line="+26"/>
        <source>The wall&apos;s account is locked for %n minute(s).</source>
        <translation>
            <numerusform>The wall&apos;s account is locked for %n minute.</numerusform>
            <numerusform>The wall&apos;s account is locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallSourcesBoard</name>
    <message numerus="yes">
        <location filename="../qml/WallSourcesBoard.qml" line="+28"/>
        <source>%n not fresh</source>
        <translation>
            <numerusform>%n not fresh</numerusform>
            <numerusform>%n not fresh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkstationWindow</name>
    <message numerus="yes">
        <location filename="../qml/WorkstationWindow.qml" line="+182"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Backend %1 · %n update received</numerusform>
            <numerusform>Backend %1 · %n updates received</numerusform>
        </translation>
    </message>
</context>
</TS>
