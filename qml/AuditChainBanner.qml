// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// The result of the hash-chain check, in words nobody can miss: intact, or where it breaks.
Rectangle {
    id: banner

    required property AuditController audit

    readonly property color tone: {
        switch (audit.chainState) {
        case AuditController.Intact: return Theme.fresh
        case AuditController.Broken: return Theme.stale
        default: return Theme.noData
        }
    }
    readonly property string text: {
        switch (audit.chainState) {
        case AuditController.Intact:
            return qsTr("Audit chain intact: %n entry(ies) checked, none altered.", "",
                        audit.checkedCount)
        case AuditController.Broken:
            return qsTr("Audit chain BROKEN at entry #%1: this entry or one before it was altered or removed.")
                .arg(audit.firstBrokenId)
        default:
            return audit.loading ? qsTr("Checking the audit chain…")
                                 : qsTr("The audit chain has not been checked yet.")
        }
    }

    readonly property bool showsReason: audit.chainState === AuditController.Broken
                                        && audit.chainReason !== ""

    // From the laid-out content (positioners set their height, not always their implicit one).
    implicitHeight: content.height + 2 * Theme.px(12)
    radius: Theme.radius
    color: Qt.alpha(tone, 0.14)
    border.color: tone
    border.width: Theme.px(2)
    Accessible.role: Accessible.StatusBar
    Accessible.name: text

    Row {
        id: content
        x: Theme.px(12)
        y: Theme.px(12)
        width: parent.width - 2 * Theme.px(12)
        spacing: Theme.px(10)
        Text {
            text: banner.audit.chainState === AuditController.Broken ? "✖"
                  : banner.audit.chainState === AuditController.Intact ? "✔" : "…"
            color: banner.tone
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontValue
            font.weight: Font.Bold
        }
        Column {
            id: lines
            width: parent.width - Theme.px(40)
            Text {
                id: label
                objectName: "chainText"
                width: parent.width
                text: banner.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Text {
                id: reason
                width: parent.width
                visible: banner.showsReason
                text: banner.audit.chainReason
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
