// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// Says that the board shows only one commune-level unit (selected on the map) and undoes it.
Rectangle {
    id: bar

    property string unitName
    property int seriesCount
    signal clearRequested()

    visible: unitName !== ""
    height: Theme.px(40)
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.accent

    Text {
        anchors { left: parent.left; leftMargin: Theme.px(12); right: clear.left; rightMargin: Theme.px(12) }
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Showing %n series in %1 only", "", bar.seriesCount).arg(bar.unitName)
        elide: Text.ElideRight
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    Button {
        id: clear
        objectName: "clearUnitFilter"
        anchors { right: parent.right; rightMargin: Theme.px(6); verticalCenter: parent.verticalCenter }
        text: qsTr("Show all units")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        onClicked: bar.clearRequested()
    }
}
