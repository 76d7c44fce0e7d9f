// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtMultimedia

// The inbox's chime for a new or re-notified alert (only loaded when the user switched it on).
SoundEffect {
    source: "sounds/alert.wav"
    volume: 0.6
}
