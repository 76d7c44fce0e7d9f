// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia
import Ioc.Console

// A camera or video stream (anything Qt Multimedia opens: rtsp://, HLS over http(s)://, a
// file). Without a picture it says "No signal" plainly, with why, and tries again every 15 s.
Item {
    id: video

    required property var tile
    required property WallController wall
    required property WallMetrics metrics

    readonly property string url: tile.url ?? ""
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
                                    && player.hasVideo && !stalled
    property bool stalled: false
    readonly property string defaultTitle: qsTr("Camera")
    readonly property string status: playing ? "fresh" : "no_data"
    readonly property string statusText: playing ? qsTr("Live") : qsTr("No signal")

    MediaPlayer {
        id: player
        source: video.url
        videoOutput: output
        audioOutput: null
        loops: MediaPlayer.Infinite
        onErrorOccurred: video.stalled = true
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.StalledMedia || mediaStatus === MediaPlayer.InvalidMedia
                    || mediaStatus === MediaPlayer.NoMedia)
                video.stalled = true
            else if (mediaStatus === MediaPlayer.BufferedMedia)
                video.stalled = false
        }
        Component.onCompleted: if (video.url !== "") play()
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        visible: video.playing
        fillMode: VideoOutput.PreserveAspectFit
    }

    // Retry a stream that is down; cheap when it stays down.
    Timer {
        interval: 15000
        repeat: true
        running: video.url !== "" && !video.playing
        onTriggered: { player.stop(); video.stalled = false; player.play() }
    }

    Rectangle {
        anchors.fill: parent
        visible: !video.playing
        color: Theme.background
        radius: video.metrics.px(4)
        Column {
            anchors.centerIn: parent
            width: parent.width - 2 * video.metrics.pad
            spacing: video.metrics.gap
            Text {
                objectName: "noSignal"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("No signal")
                color: Theme.late
                font.family: Theme.fontFamily
                font.pixelSize: video.metrics.px(40)
                font.weight: Font.Bold
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                text: video.url === "" ? qsTr("No stream configured for this tile.")
                      : player.errorString !== "" ? player.errorString
                      : qsTr("Waiting for %1").arg(video.url)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: video.metrics.fontSmall
            }
        }
    }
}
