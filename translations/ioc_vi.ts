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
    <name>AlertAckDialog</name>
    <message>
        <location filename="../qml/AlertAckDialog.qml" line="+50"/>
        <source>Acknowledge alert</source>
        <translation>Tiếp nhận cảnh báo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Comment: what was done, who was told</source>
        <translation>Ghi chú: đã làm gì, đã báo cho ai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
</context>
<context>
    <name>AlertRow</name>
    <message>
        <location filename="../qml/AlertRow.qml" line="+71"/>
        <source>EARLY WARNING</source>
        <translation>CẢNH BÁO SỚM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raised %1</source>
        <translation>Phát sinh %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Acknowledged by %1 at %2: “%3”</source>
        <translation>%1 đã tiếp nhận lúc %2: “%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 đã tiếp nhận lúc %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cleared at %1: the condition ended</source>
        <translation>Đã hết lúc %1: điều kiện không còn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acknowledge…</source>
        <translation>Tiếp nhận…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make incident</source>
        <translation>Tạo sự cố</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incident #%1</source>
        <translation>Sự cố #%1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <location filename="../qml/AlertText.qml" line="+9"/>
        <source>Active</source>
        <translation>Đang cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Đã hết</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Threshold</source>
        <translation>Vượt ngưỡng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate of change</source>
        <translation>Tốc độ thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing data</source>
        <translation>Mất dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combined</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Dự báo</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../qml/AlertsView.qml" line="+44"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 unacknowledged · %2 open · %3 listed</source>
        <translation>%1 chưa tiếp nhận · %2 đang mở · %3 trong danh sách</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sound for new alerts</source>
        <translation>Âm báo khi có cảnh báo mới</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No alerts. New ones appear here the moment a rule fires.</source>
        <translation>Không có cảnh báo. Cảnh báo mới hiện ở đây ngay khi một quy tắc được kích hoạt.</translation>
    </message>
</context>
<context>
    <name>AuditChainBanner</name>
    <message numerus="yes">
        <location filename="../qml/AuditChainBanner.qml" line="+22"/>
        <source>Audit chain intact: %n entry(ies) checked, none altered.</source>
        <translation>
            <numerusform>Chuỗi nhật ký toàn vẹn: đã kiểm tra %n bản ghi, không bản ghi nào bị sửa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit chain BROKEN at entry #%1: this entry or one before it was altered or removed.</source>
        <translation>Chuỗi nhật ký BỊ PHÁ VỠ tại bản ghi số %1: bản ghi này hoặc một bản ghi trước nó đã bị sửa hoặc xóa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the audit chain…</source>
        <translation>Đang kiểm tra chuỗi nhật ký…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit chain has not been checked yet.</source>
        <translation>Chuỗi nhật ký chưa được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../qml/AuditFilterBar.qml" line="+47"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by user</source>
        <translation>Lọc theo người dùng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action, e.g. login</source>
        <translation>Thao tác, ví dụ: login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Lọc theo thao tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From dd/mm/yyyy</source>
        <translation>Từ ngày dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To dd/mm/yyyy</source>
        <translation>Đến ngày dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search and verify</source>
        <translation>Tìm và kiểm tra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Xóa lọc</translation>
    </message>
</context>
<context>
    <name>AuditRow</name>
    <message>
        <location filename="../qml/AuditRow.qml" line="+24"/>
        <source>Duty officer</source>
        <translation>Cán bộ trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Lãnh đạo ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video wall</source>
        <translation>Màn hình tường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>✖ the chain breaks here</source>
        <translation>✖ chuỗi bị phá vỡ tại đây</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../qml/AuditView.qml" line="+20"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every change made by a person or an API key, chained by hash so that any alteration is detected (ISO/IEC 27001).</source>
        <translation>Mọi thay đổi do người dùng hoặc khóa API thực hiện, được nối chuỗi bằng mã băm để phát hiện mọi sửa đổi (ISO/IEC 27001).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your role may not read the audit log.</source>
        <translation>Vai trò của bạn không được xem nhật ký kiểm toán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer; the list below may be out of date.</source>
        <translation>Máy chủ không phản hồi; danh sách dưới đây có thể chưa được cập nhật.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate was refused; the audit log was not read.</source>
        <translation>Chứng thư số của máy chủ bị từ chối; chưa đọc được nhật ký kiểm toán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session has expired.</source>
        <translation>Phiên làm việc đã hết hạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log could not be read: %1</source>
        <translation>Không đọc được nhật ký kiểm toán: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No entry matches these filters.</source>
        <translation>Không có bản ghi nào khớp với bộ lọc.</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <location filename="../qml/BreakdownPanel.qml" line="+62"/>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Chuỗi số liệu</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No unit has a value yet</source>
        <translation>Chưa đơn vị nào có giá trị</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Value by unit</source>
        <translation>Giá trị theo đơn vị</translation>
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
    <name>CitizenReportDetail</name>
    <message>
        <location filename="../qml/CitizenReportDetail.qml" line="+30"/>
        <source>People&apos;s Committee of %1</source>
        <translation>UBND %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a report in the queue</source>
        <translation>Chọn một phản ánh trong hàng chờ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Place: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel %1 · observed %2 · received %3</source>
        <translation>Kênh %1 · xảy ra %2 · tiếp nhận %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact (private): %1 %2</source>
        <translation>Liên hệ (không công khai): %1 %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Likely the same as: %1</source>
        <translation>Có thể trùng với: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forwarded to %1, due %2</source>
        <translation>Đã chuyển %1, hạn %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit&apos;s answer: %1</source>
        <translation>Trả lời của đơn vị: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The citizen is told: %1</source>
        <translation>Thông báo cho người dân: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Make incident</source>
        <translation>Tạo sự cố</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logs an incident linked to this report, with its place and photos.</source>
        <translation>Ghi nhận một sự cố gắn với phản ánh này, kèm vị trí và ảnh.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forward</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Department or commune focal point</source>
        <translation>Sở, ngành hoặc đầu mối xã, phường</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadline in hours</source>
        <translation>Hạn xử lý (giờ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h</source>
        <translation>giờ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report number or incident ref (HP-…)</source>
        <translation>Số phản ánh hoặc mã sự cố (HP-…)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason the citizen will read</source>
        <translation>Lý do (người dân sẽ đọc được)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record answer</source>
        <translation>Ghi trả lời</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit&apos;s answer</source>
        <translation>Trả lời của đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept as public answer</source>
        <translation>Duyệt làm trả lời công khai</translation>
    </message>
</context>
<context>
    <name>CitizenReportMap</name>
    <message>
        <location filename="../qml/CitizenReportMap.qml" line="+39"/>
        <source>Citizen reports</source>
        <translation>Phản ánh hiện trường</translation>
    </message>
</context>
<context>
    <name>CitizenReportQueue</name>
    <message>
        <location filename="../qml/CitizenReportQueue.qml" line="+27"/>
        <source>Citizen reports</source>
        <translation>Phản ánh hiện trường</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n đang mở</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n waiting for triage</source>
        <translation>
            <numerusform>%n chờ phân loại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate group(s)</source>
        <translation>
            <numerusform>%n nhóm trùng lặp</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No open citizen reports</source>
        <translation>Không có phản ánh nào đang mở</translation>
    </message>
</context>
<context>
    <name>CitizenReportRow</name>
    <message numerus="yes">
        <location filename="../qml/CitizenReportRow.qml" line="+88"/>
        <source>%n similar</source>
        <translation>
            <numerusform>%n tương tự</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitizenReportText</name>
    <message>
        <location filename="../qml/CitizenReportText.qml" line="+9"/>
        <source>received</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triaged</source>
        <translation>đã phân loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forwarded</source>
        <translation>đã chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made an incident</source>
        <translation>đã tạo sự cố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>đã gộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>đã trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>đã đóng</translation>
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
    <name>ConsoleSettings</name>
    <message>
        <location filename="../modules/console/src/ConsoleSettings.cpp" line="+74"/>
        <source>The backend address must start with http:// or https://, e.g. https://ioc.haiphong.gov.vn:8443</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng http:// hoặc https://, ví dụ https://ioc.haiphong.gov.vn:8443</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend address has no server name or IP address.</source>
        <translation>Địa chỉ máy chủ thiếu tên máy hoặc địa chỉ IP.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File not found: %1</source>
        <translation>Không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a file: %1</source>
        <translation>Không phải là tệp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File cannot be read (permissions): %1</source>
        <translation>Không đọc được tệp (không có quyền): %1</translation>
    </message>
</context>
<context>
    <name>DashboardsView</name>
    <message>
        <location filename="../qml/DashboardsView.qml" line="+48"/>
        <source>Art. %1</source>
        <translation>Điều %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The dashboard configuration could not be read: %1</source>
        <translation>Không đọc được cấu hình bảng chỉ tiêu: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Regulation art. %1</source>
        <translation>Quy chế, điều %1</translation>
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
    <name>HandoverDetailPane</name>
    <message>
        <location filename="../qml/HandoverDetailPane.qml" line="+27"/>
        <source>Select a handover.</source>
        <translation>Chọn một biên bản giao ca.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handover no. %1 · %2 (%3)</source>
        <translation>Biên bản giao ca số %1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed by %1 at %2 · %3</source>
        <translation>%1 ký lúc %2 · %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>taken over by %1</source>
        <translation>%1 đã nhận</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalated to the supervisor: not taken over in time.</source>
        <translation>Đã báo lãnh đạo ca: chưa được tiếp nhận đúng hạn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Supervisor %1: %2</source>
        <translation>Lãnh đạo %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take over ticked items (%1/%2)</source>
        <translation>Nhận các mục đã đánh dấu (%1/%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take over all…</source>
        <translation>Nhận tất cả…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Answer the query</source>
        <translation>Trả lời câu hỏi</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Supervisor&apos;s annotation</source>
        <translation>Ý kiến của lãnh đạo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotate</source>
        <translation>Ghi ý kiến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Take over every open item?</source>
        <translation>Nhận toàn bộ nội dung tồn đọng?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You confirm that you have read all %1 open items and take them over.</source>
        <translation>Bạn xác nhận đã đọc toàn bộ %1 nội dung tồn đọng và tiếp nhận.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Query back: %1</source>
        <translation>Hỏi lại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is unclear?</source>
        <translation>Điều gì chưa rõ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
</context>
<context>
    <name>HandoverDraftPane</name>
    <message>
        <location filename="../qml/HandoverDraftPane.qml" line="+31"/>
        <source>Handover of %1 (%2) to %3</source>
        <translation>Giao %1 (%2) cho %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handover is drafted by itself in the last 30 minutes of the shift.</source>
        <translation>Biên bản giao ca tự lập trong 30 phút cuối ca.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft again</source>
        <translation>Lập lại bản nháp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft now</source>
        <translation>Lập bản nháp ngay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shift&apos;s handover is signed (no. %1); see Take over or History.</source>
        <translation>Ca này đã ký giao ca (số %1); xem Nhận ca hoặc Lịch sử.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s), %1 to take over · drafted at %2</source>
        <translation>
            <numerusform>%n nội dung, %1 cần tiếp nhận · lập lúc %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add an item for the next shift (e.g. call back the ward at 7:00)</source>
        <translation>Thêm nội dung cho ca sau (ví dụ: gọi lại phường lúc 7:00)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Notes for the next shift</source>
        <translation>Ghi chú cho ca sau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign handover</source>
        <translation>Ký giao ca</translation>
    </message>
</context>
<context>
    <name>HandoverHistoryPane</name>
    <message>
        <location filename="../qml/HandoverHistoryPane.qml" line="+34"/>
        <source>Search handovers (without diacritics is fine)</source>
        <translation>Tìm biên bản giao ca (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From YYYY-MM-DD</source>
        <translation>Từ ngày YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To YYYY-MM-DD</source>
        <translation>Đến ngày YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>No. %1 · %2 %3</source>
        <translation>Số %1 · %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>signed by %1 · %2</source>
        <translation>%1 ký · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken over by %1</source>
        <translation>%1 đã nhận</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No handover is waiting to be taken over.</source>
        <translation>Không có biên bản nào chờ tiếp nhận.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No handover found.</source>
        <translation>Không tìm thấy biên bản giao ca nào.</translation>
    </message>
</context>
<context>
    <name>HandoverItemRow</name>
    <message>
        <location filename="../qml/HandoverItemRow.qml" line="+48"/>
        <source>Take over: %1</source>
        <translation>Tiếp nhận: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>carried from handover %1</source>
        <translation>chuyển từ biên bản %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>owner %1</source>
        <translation>phụ trách %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>taken over by %1</source>
        <translation>%1 đã nhận</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queried back, waiting for an answer: </source>
        <translation>Đã hỏi lại, chờ trả lời: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Query: </source>
        <translation>Hỏi lại: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Query back</source>
        <translation>Hỏi lại</translation>
    </message>
</context>
<context>
    <name>HandoverText</name>
    <message>
        <location filename="../qml/HandoverText.qml" line="+9"/>
        <source>Open incident</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ lãnh đạo duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late data source</source>
        <translation>Nguồn dữ liệu chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing order</source>
        <translation>Chỉ đạo thường trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>Chuyển từ ca trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note item</source>
        <translation>Nội dung bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed this shift</source>
        <translation>Đã đóng trong ca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolution proposed</source>
        <translation>đề xuất kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stale</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>đang hiệu lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>tồn đọng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for information</source>
        <translation>để biết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the next shift</source>
        <translation>chờ ca sau tiếp nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opened this shift</source>
        <translation>mở trong ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed this shift</source>
        <translation>thay đổi trong ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed this shift</source>
        <translation>đóng trong ca</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 h %2 min left</source>
        <translation>còn %1 giờ %2 phút</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message numerus="yes">
        <location filename="../qml/HandoverView.qml" line="+32"/>
        <source>%n handover(s) not taken over in time: escalated to the supervisor.</source>
        <translation>
            <numerusform>%n biên bản giao ca chưa được nhận đúng hạn: đã báo lãnh đạo ca.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No handover signed for %1 (%2): escalated to the supervisor.</source>
        <translation>Chưa ký biên bản giao ca cho %1 (%2): đã báo lãnh đạo ca.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) · %3 · on duty: %4</source>
        <translation>%1 (%2) · %3 · trực: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody on the rota</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shift</source>
        <translation>Ca này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take over (%1)</source>
        <translation>Nhận ca (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standing orders (%1)</source>
        <translation>Chỉ đạo thường trực (%1)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../qml/HeaderBar.qml" line="+45"/>
        <source>Hai Phong Intelligent Operations Center</source>
        <translation>Trung tâm giám sát, điều hành thông minh Hải Phòng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Display only · live data by monitoring area (Art. 14.3)</source>
        <translation>Chỉ hiển thị · dữ liệu trực tuyến theo lĩnh vực giám sát (Điều 14.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator workstation · live data and audit log</source>
        <translation>Bàn làm việc quản trị · dữ liệu trực tuyến và nhật ký kiểm toán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor workstation · live data and audit log</source>
        <translation>Bàn làm việc lãnh đạo · dữ liệu trực tuyến và nhật ký kiểm toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty officer workstation · live data by monitoring area (Art. 14.3)</source>
        <translation>Bàn làm việc cán bộ trực · dữ liệu trực tuyến theo lĩnh vực giám sát (Điều 14.3)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Live board</source>
        <translation>Bảng giám sát</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents (%1 to approve)</source>
        <translation>Sự cố (%1 chờ phê duyệt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dashboards</source>
        <translation>Bảng chỉ tiêu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System</source>
        <translation>Hệ thống</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Citizen reports</source>
        <translation>Phản ánh hiện trường</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Audit log</source>
        <translation>Nhật ký kiểm toán</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>IncidentAssignRow</name>
    <message>
        <location filename="../qml/IncidentAssignRow.qml" line="+31"/>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody</source>
        <translation>chưa giao ai</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Officers and supervisors (Ctrl+Shift+A)</source>
        <translation>Cán bộ trực và lãnh đạo ca (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign</source>
        <translation>Giao việc</translation>
    </message>
</context>
<context>
    <name>IncidentChecklist</name>
    <message>
        <location filename="../qml/IncidentChecklist.qml" line="+25"/>
        <source>Checklist (%1 of %2 done)</source>
        <translation>Quy trình xử lý (xong %1/%2 bước)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Untick this step</source>
        <translation>Bỏ đánh dấu bước này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick this step as done</source>
        <translation>Đánh dấu bước này đã xong</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>done by %1 at %2</source>
        <translation>%1 đã làm lúc %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped by %1: %2</source>
        <translation>%1 bỏ qua: %2</translation>
    </message>
</context>
<context>
    <name>IncidentCreateDialog</name>
    <message>
        <location filename="../qml/IncidentCreateDialog.qml" line="+90"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DRILL</source>
        <translation>DIỄN TẬP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title: what happened, where</source>
        <translation>Tiêu đề: chuyện gì xảy ra, ở đâu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Category…</source>
        <translation>Loại sự cố…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Severity…</source>
        <translation>Mức độ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Commune or ward (type without diacritics, e.g. &quot;do son&quot;)</source>
        <translation>Xã, phường (gõ không dấu được, ví dụ &quot;do son&quot;)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This is a drill (exercise)</source>
        <translation>Đây là diễn tập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log incident</source>
        <translation>Ghi nhận sự cố</translation>
    </message>
</context>
<context>
    <name>IncidentDecisionBanner</name>
    <message>
        <location filename="../qml/IncidentDecisionBanner.qml" line="+30"/>
        <source>%1 &quot;%2&quot;: your resolution was approved by %3; the incident is closed.</source>
        <translation>%1 &quot;%2&quot;: đề xuất kết thúc của bạn đã được %3 phê duyệt; sự cố đã đóng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot;: your resolution was rejected by %3: %4</source>
        <translation>%1 &quot;%2&quot;: đề xuất kết thúc của bạn bị %3 từ chối: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Ẩn</translation>
    </message>
</context>
<context>
    <name>IncidentDetailPane</name>
    <message>
        <location filename="../qml/IncidentDetailPane.qml" line="+49"/>
        <source>Select an incident, or press Ctrl+N to log a new one</source>
        <translation>Chọn một sự cố, hoặc nhấn Ctrl+N để ghi nhận sự cố mới</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DRILL</source>
        <translation>DIỄN TẬP</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reported by %1</source>
        <translation>người báo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned to %1</source>
        <translation>giao cho: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not allowed: %1</source>
        <translation>Không được phép: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible now: %1</source>
        <translation>Không thể thực hiện lúc này: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment or reason (needed to reject or reopen)</source>
        <translation>Ý kiến hoặc lý do (bắt buộc khi từ chối hoặc mở lại)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Acknowledge the incident (Ctrl+K)</source>
        <translation>Tiếp nhận sự cố (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a reason in the comment field</source>
        <translation>Cần ghi lý do vào ô ý kiến</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add as note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Timeline</source>
        <translation>Diễn biến</translation>
    </message>
</context>
<context>
    <name>IncidentForwardDialog</name>
    <message>
        <location filename="../qml/IncidentForwardDialog.qml" line="+68"/>
        <source>Forward to a focal point</source>
        <translation>Chuyển cho đầu mối xử lý</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Department or commune (e.g. &quot;So Xay dung&quot;, &quot;le chan&quot;)</source>
        <translation>Sở, ngành hoặc xã, phường (vd. &quot;So Xay dung&quot;, &quot;le chan&quot;)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>People&apos;s Committee of %1</source>
        <translation>UBND %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Focal point (name or post, phone)</source>
        <translation>Đầu mối (họ tên hoặc chức vụ, số điện thoại)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is asked of them</source>
        <translation>Nội dung đề nghị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer within</source>
        <translation>Trả lời trong vòng</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward</source>
        <translation>Chuyển</translation>
    </message>
</context>
<context>
    <name>IncidentForwards</name>
    <message>
        <location filename="../qml/IncidentForwards.qml" line="+26"/>
        <source>Forwarded to focal points (%1)</source>
        <translation>Đã chuyển đầu mối xử lý (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forward… (Ctrl+Shift+F)</source>
        <translation>Chuyển xử lý… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward to a department or commune focal point with a deadline (Ctrl+Shift+F)</source>
        <translation>Chuyển cho đầu mối của sở, ngành hoặc xã, phường, kèm hạn trả lời (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ANSWERED</source>
        <translation>ĐÃ TRẢ LỜI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answer due %1 · sent by %2 at %3</source>
        <translation>hạn trả lời %1 · %2 gửi lúc %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Answer (%1, %2): %3</source>
        <translation>Trả lời (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The focal point&apos;s answer, as received</source>
        <translation>Nội dung trả lời của đầu mối, đúng như đã nhận</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record answer</source>
        <translation>Ghi nhận trả lời</translation>
    </message>
</context>
<context>
    <name>IncidentListPane</name>
    <message>
        <location filename="../qml/IncidentListPane.qml" line="+35"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 open · %2 overdue</source>
        <translation>%1 đang mở · %2 quá hạn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New incident (Ctrl+N)</source>
        <translation>Sự cố mới (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a new incident (Ctrl+N)</source>
        <translation>Ghi nhận sự cố mới (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search title, description, notes… (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, mô tả, ghi chú… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort:</source>
        <translation>Sắp xếp:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Thời điểm ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click again to reverse the order</source>
        <translation>Bấm lần nữa để đảo thứ tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort the list by this column (on the server, page by page)</source>
        <translation>Sắp xếp danh sách theo cột này (trên máy chủ, từng trang)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The list could not be loaded: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incidents match</source>
        <translation>Không có sự cố nào phù hợp</translation>
    </message>
</context>
<context>
    <name>IncidentProposalBox</name>
    <message>
        <location filename="../qml/IncidentProposalBox.qml" line="+39"/>
        <source>Resolution proposed by %1 at %2</source>
        <translation>%1 đề xuất kết thúc lúc %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution proposed</source>
        <translation>Đã đề xuất kết thúc</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No checklist step was skipped.</source>
        <translation>Không bỏ qua bước quy trình nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped steps (%1):</source>
        <translation>Các bước bỏ qua (%1):</translation>
    </message>
</context>
<context>
    <name>IncidentProposeDialog</name>
    <message>
        <location filename="../qml/IncidentProposeDialog.qml" line="+68"/>
        <source>Propose resolution</source>
        <translation>Đề xuất kết thúc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How was it resolved?</source>
        <translation>Sự cố đã được xử lý thế nào?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every checklist step is done.</source>
        <translation>Mọi bước của quy trình đã xong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These checklist steps are not done. Give the reason each was skipped:</source>
        <translation>Các bước quy trình sau chưa làm. Nêu lý do bỏ qua từng bước:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Why was this step skipped?</source>
        <translation>Vì sao bỏ qua bước này?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose</source>
        <translation>Đề xuất</translation>
    </message>
</context>
<context>
    <name>IncidentRow</name>
    <message>
        <location filename="../qml/IncidentRow.qml" line="+54"/>
        <source>DRILL</source>
        <translation>DIỄN TẬP</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
</context>
<context>
    <name>IncidentText</name>
    <message>
        <location filename="../qml/IncidentText.qml" line="+9"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Acknowledge</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>Bắt đầu xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose resolution</source>
        <translation>Đề xuất kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logged</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist step</source>
        <translation>Bước quy trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step skipped</source>
        <translation>Bỏ qua bước</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../qml/KpiTile.qml" line="+30"/>
        <source>On target</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off target</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale</source>
        <translation>Quá cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>Chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs 1 h ago</source>
        <translation>so với 1 giờ trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs 7 days ago</source>
        <translation>so với 7 ngày trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs 30 days ago</source>
        <translation>so với 30 ngày trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs 24 h ago</source>
        <translation>so với 24 giờ trước</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never received</source>
        <translation>chưa nhận lần nào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as of %1</source>
        <translation>lúc %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown series: %1</source>
        <translation>Chuỗi số liệu không tồn tại: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no earlier value to compare</source>
        <translation>chưa có số liệu kỳ trước để so sánh</translation>
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
    <name>LoginForm</name>
    <message>
        <location filename="../qml/LoginForm.qml" line="+19"/>
        <source>Enter your username and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong username or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many failed attempts: sign-in is locked for %n minute(s).</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần: tạm khóa đăng nhập trong %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts: sign-in is locked for a while. Try again later.</source>
        <translation>Đăng nhập sai quá nhiều lần: tạm khóa đăng nhập một thời gian. Vui lòng thử lại sau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the server %1. Check the network connection and try again.</source>
        <translation>Không kết nối được máy chủ %1. Hãy kiểm tra kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate was refused: %1. No connection was made; tell the system administrator.</source>
        <translation>Chứng thư số của máy chủ bị từ chối: %1. Chưa có kết nối nào được thiết lập; hãy báo quản trị hệ thống.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account may not sign in here (disabled or not permitted).</source>
        <translation>Tài khoản này không được phép đăng nhập tại đây (đã bị vô hiệu hóa hoặc không có quyền).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not sign you in. Details: %1</source>
        <translation>Máy chủ không thể cho bạn đăng nhập. Chi tiết: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not issued by a trusted authority</source>
        <translation>chứng thư không do tổ chức tin cậy cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was issued for another server name</source>
        <translation>chứng thư được cấp cho tên máy chủ khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has expired</source>
        <translation>chứng thư đã hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not valid yet</source>
        <translation>chứng thư chưa có hiệu lực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has been revoked</source>
        <translation>chứng thư đã bị thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not valid</source>
        <translation>chứng thư không hợp lệ</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>e.g. officer</source>
        <translation>ví dụ: officer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../qml/LoginScreen.qml" line="+68"/>
        <source>Intelligent Operations Center — Hai Phong</source>
        <translation>Trung tâm Giám sát, điều hành thông minh — Hải Phòng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator console · sign in to continue</source>
        <translation>Phần mềm điều hành · đăng nhập để tiếp tục</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every action is recorded under your name in the audit log.</source>
        <translation>Mọi thao tác đều được ghi vào nhật ký kiểm toán dưới tên của bạn.</translation>
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
    <name>ReloginSheet</name>
    <message>
        <location filename="../qml/ReloginSheet.qml" line="+37"/>
        <source>Your session has expired</source>
        <translation>Phiên làm việc đã hết hạn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing on screen is lost: sign in again to continue where you were.</source>
        <translation>Không mất gì trên màn hình: đăng nhập lại để tiếp tục công việc đang làm.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sign in as someone else (unsaved input is discarded)</source>
        <translation>Đăng nhập bằng tài khoản khác (nội dung chưa lưu sẽ bị bỏ)</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="+40"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Correct the fields marked in red to save.</source>
        <translation>Hãy sửa các ô được đánh dấu đỏ để lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file could not be written.</source>
        <translation>Không ghi được tệp cài đặt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applies at once and is remembered.</source>
        <translation>Áp dụng ngay và được ghi nhớ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backend address (iocd)</source>
        <translation>Địa chỉ máy chủ (iocd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: built-in demo server</source>
        <translation>để trống: máy chủ trình diễn tích hợp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For example https://ioc.haiphong.gov.vn:8443. Takes effect after restarting the console.</source>
        <translation>Ví dụ https://ioc.haiphong.gov.vn:8443. Có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate file (PEM)</source>
        <translation>Tệp chứng thư CA (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: the system&apos;s certificate authorities only</source>
        <translation>để trống: chỉ dùng các tổ chức cấp chứng thư của hệ thống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trusted in addition to the system&apos;s authorities for an https address. Takes effect after restarting the console.</source>
        <translation>Được tin cậy thêm ngoài các tổ chức cấp chứng thư của hệ thống khi dùng địa chỉ https. Có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video wall layout file</source>
        <translation>Tệp bố cục màn hình tường</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: the default layout</source>
        <translation>để trống: bố cục mặc định</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes effect after restarting the console.</source>
        <translation>Có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name on the login screen</source>
        <translation>Tên đăng nhập điền sẵn trên màn hình đăng nhập</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: none</source>
        <translation>để trống: không điền sẵn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in when the console starts; the password is never stored.</source>
        <translation>Được điền sẵn khi phần mềm khởi động; mật khẩu không bao giờ được lưu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved changes to the backend, CA file or wall layout take effect after restarting the console.</source>
        <translation>Các thay đổi đã lưu đối với máy chủ, tệp CA hoặc bố cục màn hình tường chỉ có hiệu lực sau khi khởi động lại phần mềm.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stored in %1. Command-line options override these settings for one run (command line &gt; settings &gt; defaults).</source>
        <translation>Lưu tại %1. Tham số dòng lệnh được ưu tiên hơn các cài đặt này trong lần chạy đó (dòng lệnh &gt; cài đặt &gt; mặc định).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Set on the command line for this run; the stored value applies when it is not given.</source>
        <translation>Lần chạy này dùng giá trị từ dòng lệnh; giá trị đã lưu được dùng khi dòng lệnh không chỉ định.</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <location filename="../qml/SourceRow.qml" line="+40"/>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Department</source>
        <translation>Sở, ngành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors</source>
        <translation>Cảm biến</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Đang khởi động</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>Đang lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push</source>
        <translation>Tự đẩy</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 late</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ok · %2 rejected</source>
        <translation>%1 nhận · %2 loại</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Urge</source>
        <translation>Đôn đốc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urge %1</source>
        <translation>Đôn đốc %1</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message numerus="yes">
        <location filename="../qml/SourcesView.qml" line="+18"/>
        <source>Data sources · %n overdue</source>
        <translation>
            <numerusform>Nguồn dữ liệu · %n nguồn quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not refresh: %1</source>
        <translation>Không làm mới được: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct, complete, clean and live: expected interval, last update, lateness, gaps and rejected points</source>
        <translation>Đúng, đủ, sạch, sống: chu kỳ cập nhật, lần cập nhật cuối, độ trễ, khoảng gián đoạn và điểm dữ liệu bị loại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interval</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last update</source>
        <translation>Cập nhật cuối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lateness</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gaps</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Điểm dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connector</source>
        <translation>Bộ kết nối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Urges</source>
        <translation>Đôn đốc</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No sources configured</source>
        <translation>Chưa cấu hình nguồn dữ liệu nào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Urge history</source>
        <translation>Lịch sử đôn đốc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urge history · %1</source>
        <translation>Lịch sử đôn đốc · %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 by %2</source>
        <translation>%1 bởi %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a source to see when it was urged.</source>
        <translation>Chọn một nguồn để xem các lần đôn đốc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server does not record urges yet.</source>
        <translation>Máy chủ này chưa ghi nhận việc đôn đốc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never urged.</source>
        <translation>Chưa đôn đốc lần nào.</translation>
    </message>
</context>
<context>
    <name>StandingOrdersPane</name>
    <message>
        <location filename="../qml/StandingOrdersPane.qml" line="+23"/>
        <source>Standing order</source>
        <translation>Chỉ đạo thường trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Nội dung chi tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in force (0: until ended)</source>
        <translation>Số ngày hiệu lực (0: đến khi kết thúc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days (0: until ended)</source>
        <translation>ngày (0: đến khi kết thúc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give order</source>
        <translation>Ban hành chỉ đạo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>by %1 · from %2 · %3</source>
        <translation>%1 ban hành · từ %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>until ended</source>
        <translation>đến khi kết thúc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End now</source>
        <translation>Kết thúc ngay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No standing order in force.</source>
        <translation>Không có chỉ đạo thường trực nào đang hiệu lực.</translation>
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
    <name>SystemView</name>
    <message>
        <location filename="../qml/SystemView.qml" line="+16"/>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System health</source>
        <translation>Tình trạng hệ thống</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This server does not report its health (GET /api/v1/system is missing).</source>
        <translation>Máy chủ này không báo cáo tình trạng (thiếu GET /api/v1/system).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not refresh: %1</source>
        <translation>Không làm mới được: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked %1</source>
        <translation>kiểm tra lúc %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backend version</source>
        <translation>Phiên bản máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Thời gian chạy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients connected</source>
        <translation>Máy trạm đang kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectors down</source>
        <translation>Bộ kết nối lỗi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Chuỗi số liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History points</source>
        <translation>Điểm lịch sử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database size</source>
        <translation>Dung lượng cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Bản ghi nhật ký</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connectors</source>
        <translation>Bộ kết nối</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Up</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>Đang lỗi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting</source>
        <translation>Đang khởi động</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (at %2)</source>
        <translation>%1 (lúc %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1</source>
        <translation>thành công lần cuối %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No pollers or MQTT subscriptions configured: every source pushes its data.</source>
        <translation>Không cấu hình bộ thu thập hay đăng ký MQTT nào: mọi nguồn tự đẩy dữ liệu.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../qml/TrendChart.qml" line="+46"/>
        <source>1 h</source>
        <translation>1 giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24 h</source>
        <translation>24 giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 d</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 d</source>
        <translation>30 ngày</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the last %1</source>
        <translation>Xem %1 gần nhất</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Forecast</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No values in this time range yet</source>
        <translation>Chưa có giá trị trong khoảng thời gian này</translation>
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
    <name>UrgeDialog</name>
    <message>
        <location filename="../qml/UrgeDialog.qml" line="+19"/>
        <source>Urge %1</source>
        <translation>Đôn đốc %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who was contacted, how, and what they promised:</source>
        <translation>Đã liên hệ với ai, bằng cách nào và họ hẹn gì:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. phoned the duty officer, data promised by 17:00</source>
        <translation>vd: đã gọi cán bộ trực, hẹn gửi số liệu trước 17:00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded: %1</source>
        <translation>Chưa ghi nhận được: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the urge</source>
        <translation>Ghi nhận đôn đốc</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <location filename="../qml/UserMenu.qml" line="+15"/>
        <source>Duty officer</source>
        <translation>Cán bộ trực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Lãnh đạo ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Quản trị hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video wall (display only)</source>
        <translation>Màn hình tường (chỉ hiển thị)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Signed in as %1</source>
        <translation>Đang đăng nhập với tài khoản %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session valid until %1</source>
        <translation>Phiên có hiệu lực đến %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>WallAlertBoard</name>
    <message>
        <location filename="../qml/WallAlertBoard.qml" line="+15"/>
        <source>Active alerts</source>
        <translation>Cảnh báo đang hiệu lực</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No alerts service</source>
        <translation>Không có dịch vụ cảnh báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active</source>
        <translation>
            <numerusform>%n đang hiệu lực</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has no alerts service (GET /api/v1/alerts answered 404): alerts cannot be shown here.</source>
        <translation>Máy chủ không có dịch vụ cảnh báo (GET /api/v1/alerts trả về 404): không thể hiển thị cảnh báo tại đây.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No active alerts</source>
        <translation>Không có cảnh báo đang hiệu lực</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>value %1</source>
        <translation>giá trị %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>threshold %1</source>
        <translation>ngưỡng %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>đã tiếp nhận</translation>
    </message>
</context>
<context>
    <name>WallFocusDetails</name>
    <message>
        <location filename="../qml/WallFocusDetails.qml" line="+35"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>since %1 (%2)</source>
        <translation>từ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>WallFormat</name>
    <message numerus="yes">
        <location filename="../qml/WallFormat.qml" line="+14"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n giây trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
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
</context>
<context>
    <name>WallHeader</name>
    <message>
        <location filename="../qml/WallHeader.qml" line="+28"/>
        <source>Hai Phong IOC</source>
        <translation>IOC Hải Phòng</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not live</source>
        <translation>Mất kết nối</translation>
    </message>
</context>
<context>
    <name>WallIncidentTicker</name>
    <message>
        <location filename="../qml/WallIncidentTicker.qml" line="+13"/>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n đang mở</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open incidents</source>
        <translation>Không có sự cố đang mở</translation>
    </message>
</context>
<context>
    <name>WallKpiTile</name>
    <message>
        <location filename="../qml/WallKpiTile.qml" line="+46"/>
        <source>No data</source>
        <translation>Chưa có dữ liệu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not fresh</source>
        <translation>
            <numerusform>%n không đúng hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>and %n more series</source>
        <translation>
            <numerusform>và %n chỉ số khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallMapTile</name>
    <message>
        <location filename="../qml/WallMapTile.qml" line="+18"/>
        <source>City map</source>
        <translation>Bản đồ thành phố</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n sự cố đang mở</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Sự cố</translation>
    </message>
</context>
<context>
    <name>WallRecordList</name>
    <message numerus="yes">
        <location filename="../qml/WallRecordList.qml" line="+72"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallSignInCover</name>
    <message>
        <location filename="../qml/WallSignInCover.qml" line="+21"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No wall credential configured: start with --user NAME and IOC_PASSWORD (a user with the role &apos;wall&apos;).</source>
        <translation>Chưa cấu hình tài khoản cho màn hình tường: khởi động với --user TÊN và IOC_PASSWORD (người dùng có vai trò &apos;wall&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the wall&apos;s credential. Check --user and IOC_PASSWORD.</source>
        <translation>Máy chủ từ chối thông tin đăng nhập của màn hình tường. Hãy kiểm tra --user và IOC_PASSWORD.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The wall&apos;s account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Tài khoản của màn hình tường bị khóa trong %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IOC server cannot be reached; trying again by itself.</source>
        <translation>Không kết nối được máy chủ IOC; đang tự thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate was refused.</source>
        <translation>Chứng chỉ của máy chủ bị từ chối.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account may not sign in.</source>
        <translation>Tài khoản này không được phép đăng nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed: %1</source>
        <translation>Đăng nhập thất bại: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hai Phong Intelligent Operations Center</source>
        <translation>Trung tâm Giám sát, điều hành thông minh Hải Phòng</translation>
    </message>
</context>
<context>
    <name>WallSourcesBoard</name>
    <message>
        <location filename="../qml/WallSourcesBoard.qml" line="+14"/>
        <source>Data sources</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not fresh</source>
        <translation>
            <numerusform>%n không đúng hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All fresh</source>
        <translation>Tất cả đúng hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sources configured</source>
        <translation>Chưa cấu hình nguồn dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last data %1</source>
        <translation>dữ liệu cuối %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never delivered</source>
        <translation>chưa từng gửi dữ liệu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n lần gián đoạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WallVideoTile</name>
    <message>
        <location filename="../qml/WallVideoTile.qml" line="+20"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>No signal</source>
        <translation>Không có tín hiệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No stream configured for this tile.</source>
        <translation>Ô này chưa được cấu hình luồng video.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for %1</source>
        <translation>Đang chờ %1</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../qml/WallWindow.qml" line="+22"/>
        <source>Hai Phong IOC — Video wall</source>
        <translation>IOC Hải Phòng — Màn hình tường</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The layout file was not applied, the last good layout stays: %1</source>
        <translation>Tệp bố cục chưa được áp dụng, vẫn giữ bố cục hợp lệ gần nhất: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No connection to the IOC server since %1 (%2). Showing the last data received; reconnecting by itself.</source>
        <translation>Mất kết nối tới máy chủ IOC từ %1 (%2). Đang hiển thị dữ liệu nhận được gần nhất; tự động kết nối lại.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New incident</source>
        <translation>Sự cố mới</translation>
    </message>
</context>
<context>
    <name>WorkstationWindow</name>
    <message>
        <location filename="../qml/WorkstationWindow.qml" line="+36"/>
        <source>Hai Phong IOC — Workstation</source>
        <translation>IOC Hải Phòng — Bàn làm việc</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Backend %1 · %n update(s) received</source>
        <translation>
            <numerusform>Máy chủ %1 · đã nhận %n cập nhật</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::console::HandoverController</name>
    <message>
        <location filename="../modules/console/src/HandoverController.cpp" line="+374"/>
        <source>Select a handover first.</source>
        <translation>Hãy chọn một biên bản giao ca trước.</translation>
    </message>
</context>
<context>
    <name>ioc::console::WallLayoutSource</name>
    <message>
        <location filename="../modules/console/src/WallLayoutSource.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
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
