// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Ioc.Console

// One monitoring area of the regulation with the tiles of its series.
Rectangle {
    id: card

    required property string domainId
    required property string label
    required property string article
    required property SeriesListModel seriesModel
    // Tiles per row; the workstation picks it so that the cards balance.
    property int columns: Math.max(1, Math.ceil(series.count / 3))

    visible: series.count > 0
    width: columns * Theme.tileWidth + (columns - 1) * Theme.gap + 2 * Theme.spacing
    height: heading.height + grid.height + 3 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    SeriesFilterModel {
        id: series
        sourceModel: card.seriesModel
        domainId: card.domainId
    }

    Row {
        id: heading
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacing
        Text {
            id: articleText
            text: qsTr("Art. %1").arg(card.article)
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
        Text {
            width: parent.width - articleText.width - parent.spacing
            text: card.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }

    Grid {
        id: grid
        x: Theme.spacing
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacing
        columns: card.columns
        spacing: Theme.gap
        Repeater {
            model: series
            delegate: SeriesTile {}
        }
    }
}
