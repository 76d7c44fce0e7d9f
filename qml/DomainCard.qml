// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// One monitoring area of the regulation with its series, one compact row each.
Rectangle {
    id: card

    required property string domainId
    required property string label
    required property string article
    required property SeriesListModel seriesModel
    property string unitCode
    property string selectedSeriesId
    readonly property int seriesCount: series.count

    visible: series.count > 0
    height: heading.height + list.height + 3 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    SeriesFilterModel {
        id: series
        sourceModel: card.seriesModel
        domainId: card.domainId
        unitCode: card.unitCode
    }

    Row {
        id: heading
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        Text {
            id: titleText
            width: parent.width - articleText.width - parent.spacing
            text: card.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            id: articleText
            anchors.baseline: titleText.baseline
            text: qsTr("Art. %1").arg(card.article)
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTiny
            font.weight: Font.DemiBold
        }
    }

    Column {
        id: list
        x: Theme.spacing
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.px(2)
        Repeater {
            model: series
            delegate: SeriesTile {
                required property string seriesId
                width: list.width
                selected: seriesId !== "" && seriesId === card.selectedSeriesId
            }
        }
    }
}
