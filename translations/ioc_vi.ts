<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/AboutDialog.qml" line="+19"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hai Phong Intelligent Operations Center — operator console</source>
        <translation>Trung tâm giám sát, điều hành thông minh Hải Phòng — phần mềm điều hành</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ioc-console version %1</source>
        <translation>ioc-console phiên bản %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for details.</source>
        <translation>Chương trình này là phần mềm tự do: bạn có thể phân phối lại và/hoặc sửa đổi nó theo các điều khoản của Giấy phép Công cộng GNU do Quỹ Phần mềm Tự do công bố, phiên bản 3 hoặc (tùy bạn chọn) bất kỳ phiên bản nào mới hơn (GPL-3.0-or-later). Chương trình được phân phối mà KHÔNG CÓ BẤT KỲ BẢO ĐẢM NÀO; xem Giấy phép Công cộng GNU để biết chi tiết.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built with Qt 6 (The Qt Company; LGPL-3.0, GPL-3.0 or commercial). Qt Charts is licensed under GPL-3.0 or a commercial licence, not LGPL: this is why the console as a whole is distributed under GPL-3.0-or-later.</source>
        <translation>Xây dựng trên Qt 6 (The Qt Company; LGPL-3.0, GPL-3.0 hoặc giấy phép thương mại). Qt Charts được cấp phép theo GPL-3.0 hoặc giấy phép thương mại, không phải LGPL: vì vậy toàn bộ phần mềm điều hành được phân phối theo GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map data</source>
        <translation>Dữ liệu bản đồ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commune-level boundaries: vietnamese-provinces-database, © 2021 Thang Le Quoc, MIT licence. Unit codes and merge history: dvhcvn/20250701, © 2025 dvhcvn, MIT licence; names and codes follow Official Letter 1027/CTK-CSCL and Resolution 1669/NQ-UBTVQH15.</source>
        <translation>Ranh giới đơn vị hành chính cấp xã: vietnamese-provinces-database, © 2021 Thang Le Quoc, giấy phép MIT. Mã đơn vị và lịch sử sắp xếp: dvhcvn/20250701, © 2025 dvhcvn, giấy phép MIT; tên và mã theo Công văn 1027/CTK-CSCL và Nghị quyết 1669/NQ-UBTVQH15.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caution: the boundaries were derived from the Vietnam Administrative Units Reference Map (sapnhap.bando.com.vn), which publishes no open licence; the MIT grant may not cover the publisher&apos;s rights. They are reference data, not legal boundary records. The full notices follow in the original English.</source>
        <translation>Lưu ý: ranh giới được lấy từ Bản đồ tham khảo đơn vị hành chính Việt Nam (sapnhap.bando.com.vn), trang này không công bố giấy phép mở; giấy phép MIT có thể không bao gồm quyền của nhà xuất bản. Đây là dữ liệu tham khảo, không phải hồ sơ địa giới hành chính. Toàn văn các thông báo dưới đây giữ nguyên bản tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>ChoroplethLegend</name>
    <message>
        <location filename="../modules/map/qml/ChoroplethLegend.qml" line="+56"/>
        <source>no value</source>
        <translation>không có giá trị</translation>
    </message>
</context>
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
        <location filename="../qml/DomainCard.qml" line="+50"/>
        <source>Art. %1</source>
        <translation>Điều %1</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/HeaderBar.qml" line="+33"/>
        <source>Hai Phong Intelligent Operations Center</source>
        <translation>Trung tâm giám sát, điều hành thông minh Hải Phòng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Duty officer workstation · live data by monitoring area (Art. 14.3)</source>
        <translation>Bàn làm việc cán bộ trực · dữ liệu trực tuyến theo lĩnh vực giám sát (Điều 14.3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide the map</source>
        <translation>Ẩn bản đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the map</source>
        <translation>Hiện bản đồ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
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
    <name>LocationPicker</name>
    <message>
        <location filename="../modules/map/qml/LocationPicker.qml" line="+39"/>
        <source>Click the map where it happened.</source>
        <translation>Nhấp vào bản đồ tại nơi xảy ra sự việc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — outside the city&apos;s communes and wards</source>
        <translation>%1 — ngoài địa giới các xã, phường, đặc khu của thành phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (code %3)</source>
        <translation>%1 — %2 (mã %3)</translation>
    </message>
</context>
<context>
    <name>MapLayerBar</name>
    <message>
        <location filename="../modules/map/qml/MapLayerBar.qml" line="+32"/>
        <source>Show %1</source>
        <translation>Hiện %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incidents from</source>
        <translation>Sự cố trong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any time</source>
        <translation>mọi thời điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last hour</source>
        <translation>1 giờ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 6 hours</source>
        <translation>6 giờ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a custom range</source>
        <translation>khoảng tùy chọn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from yyyy-MM-dd hh:mm</source>
        <translation>từ yyyy-MM-dd hh:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to yyyy-MM-dd hh:mm</source>
        <translation>đến yyyy-MM-dd hh:mm</translation>
    </message>
</context>
<context>
    <name>MapMarkerTip</name>
    <message numerus="yes">
        <location filename="../modules/map/qml/MapMarkerTip.qml" line="+22"/>
        <source>%1: %n item(s), click to zoom in</source>
        <translation>
            <numerusform>%1: %n mục, nhấp để phóng to</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../qml/MapPanel.qml" line="+47"/>
        <source>Traffic</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air quality</source>
        <translation>Chất lượng không khí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water level</source>
        <translation>Mực nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainfall</source>
        <translation>Lượng mưa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other sensors</source>
        <translation>Cảm biến khác</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
</context>
<context>
    <name>OperatorMap</name>
    <message>
        <location filename="../modules/map/qml/OperatorMap.qml" line="+35"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen reports</source>
        <translation>Phản ánh hiện trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air quality</source>
        <translation>Chất lượng không khí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water level</source>
        <translation>Mực nước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainfall</source>
        <translation>Lượng mưa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
</context>
<context>
    <name>SeriesDetails</name>
    <message>
        <location filename="../qml/SeriesDetails.qml" line="+72"/>
        <source>Close details</source>
        <translation>Đóng thông tin chi tiết</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>as of %1</source>
        <translation>lúc %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SeriesTile</name>
    <message>
        <location filename="../qml/SeriesTile.qml" line="+25"/>
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
    <name>UnitFilterBar</name>
    <message numerus="yes">
        <location filename="../qml/UnitFilterBar.qml" line="+23"/>
        <source>Showing %n series in %1 only</source>
        <translation>
            <numerusform>Chỉ hiển thị %n chỉ số thuộc %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show all units</source>
        <translation>Hiện tất cả đơn vị</translation>
    </message>
</context>
<context>
    <name>WorkstationWindow</name>
    <message>
        <location filename="../qml/WorkstationWindow.qml" line="+21"/>
        <source>Hai Phong IOC — Workstation</source>
        <translation>IOC Hải Phòng — Bàn làm việc</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Máy chủ %1 · đã nhận %n cập nhật</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::map::OfflineMapBackend</name>
    <message>
        <location filename="../modules/map/src/OfflineMapBackend.cpp" line="+64"/>
        <source>Boundaries: © Thang Le Quoc (MIT), after sapnhap.bando.com.vn · reference only</source>
        <translation>Ranh giới: © Thang Le Quoc (MIT), theo sapnhap.bando.com.vn · chỉ để tham khảo</translation>
    </message>
</context>
</TS>
