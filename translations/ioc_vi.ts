<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../qml/ConnectionBadge.qml" line="+15"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — last data at %1</source>
        <translation>Mất kết nối — dữ liệu cuối lúc %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
</context>
<context>
    <name>DomainCard</name>
    <message>
        <location filename="../qml/DomainCard.qml" line="+47"/>
        <source>Art. %1</source>
        <translation>Điều %1</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/HeaderBar.qml" line="+28"/>
        <source>Hai Phong Intelligent Operations Center</source>
        <translation>Trung tâm giám sát, điều hành thông minh Hải Phòng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duty officer workstation · live data by monitoring area (Art. 14.3)</source>
        <translation>Bàn làm việc cán bộ trực · dữ liệu trực tuyến theo lĩnh vực giám sát (Điều 14.3)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <location filename="../qml/LanguageSwitch.qml" line="+16"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
</context>
<context>
    <name>SeriesTile</name>
    <message>
        <location filename="../qml/SeriesTile.qml" line="+22"/>
        <source>Fresh</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Ngừng cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>as of %1</source>
        <translation>lúc %1</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../qml/StatusLegend.qml" line="+10"/>
        <source>Fresh: updated on schedule</source>
        <translation>Đúng hạn: cập nhật theo lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late: update overdue</source>
        <translation>Chậm: quá giờ cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale: silent for several intervals</source>
        <translation>Ngừng cập nhật: không có dữ liệu qua nhiều chu kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data yet</source>
        <translation>Chưa có dữ liệu</translation>
    </message>
</context>
<context>
    <name>WorkstationWindow</name>
    <message>
        <location filename="../qml/WorkstationWindow.qml" line="+17"/>
        <source>Hai Phong IOC — Workstation</source>
        <translation>IOC Hải Phòng — Bàn làm việc</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Máy chủ %1 · đã nhận %n cập nhật</numerusform>
        </translation>
    </message>
</context>
</TS>
