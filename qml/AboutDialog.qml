// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ioc.Map

// Product, version, licences and the map data's sources and attributions (in full, as the
// data's licences require). Vietnamese summary first; the licence texts stay as published.
Dialog {
    id: dialog

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.px(900), parent ? parent.width - Theme.px(80) : Theme.px(900))
    height: Math.min(Theme.px(820), parent ? parent.height - Theme.px(80) : Theme.px(820))
    padding: Theme.px(20)
    font.family: Theme.fontFamily
    title: qsTr("About")

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.accent
        radius: Theme.radius
    }

    header: Text {
        padding: Theme.px(20)
        bottomPadding: 0
        text: qsTr("Hai Phong Intelligent Operations Center — operator console")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        alignment: Qt.AlignRight
        background: null
        padding: Theme.px(12)
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    OfflineMapBackend { id: mapData }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.px(12)

            Paragraph {
                objectName: "version"
                text: qsTr("ioc-console version %1").arg(Qt.application.version)
                color: Theme.accent
                font.weight: Font.DemiBold
            }
            Heading { text: qsTr("Licence") }
            Paragraph {
                text: qsTr("This program is free software: you can redistribute it and/or modify it "
                           + "under the terms of the GNU General Public License as published by the "
                           + "Free Software Foundation, either version 3 of the License, or (at your "
                           + "option) any later version (GPL-3.0-or-later). It is distributed WITHOUT "
                           + "ANY WARRANTY; see the GNU General Public License for details.")
            }
            Paragraph {
                text: qsTr("Built with Qt 6 (The Qt Company; LGPL-3.0, GPL-3.0 or commercial). Qt "
                           + "Charts is licensed under GPL-3.0 or a commercial licence, not LGPL: "
                           + "this is why the console as a whole is distributed under "
                           + "GPL-3.0-or-later.")
            }
            Heading { text: qsTr("Map data") }
            Paragraph {
                objectName: "mapSummary"
                text: qsTr("Commune-level boundaries: vietnamese-provinces-database, © 2021 Thang Le "
                           + "Quoc, MIT licence. Unit codes and merge history: dvhcvn/20250701, "
                           + "© 2025 dvhcvn, MIT licence; names and codes follow Official Letter "
                           + "1027/CTK-CSCL and Resolution 1669/NQ-UBTVQH15.")
            }
            Paragraph {
                objectName: "provenanceCaveat"
                text: qsTr("Caution: the boundaries were derived from the Vietnam Administrative Units "
                           + "Reference Map (sapnhap.bando.com.vn), which publishes no open licence; "
                           + "the MIT grant may not cover the publisher's rights. They are reference "
                           + "data, not legal boundary records. The full notices follow in the "
                           + "original English.")
                color: Theme.late
            }
            Paragraph {
                objectName: "attributionDetails"
                text: mapData.attributionDetails
                textFormat: Text.MarkdownText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }

    component Heading: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.px(6)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Bold
        wrapMode: Text.Wrap
    }

    component Paragraph: Text {
        Layout.fillWidth: true
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        onLinkActivated: link => Qt.openUrlExternally(link)
    }
}
