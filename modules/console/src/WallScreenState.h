// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WallLayout.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace ioc::console {

// One wall window's part of the layout and which of its pages shows now (rotation and
// schedule rules in domain/WallPlaylist, checked every second against the local time).
class WallScreenState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by WallScreens for each window")
    Q_PROPERTY(QVariantMap screenLayout READ screenLayout NOTIFY layoutChanged)
    Q_PROPERTY(int pageIndex READ pageIndex NOTIFY pageIndexChanged)
    Q_PROPERTY(QString screenName READ screenName CONSTANT)
    Q_PROPERTY(bool focusScreen READ focusScreen NOTIFY layoutChanged)

public:
    WallScreenState(QString screenName, std::function<QDateTime()> now, QObject *parent = nullptr);

    QVariantMap screenLayout() const { return m_variant; }
    int pageIndex() const { return int(m_rotation.page); }
    QString screenName() const { return m_name; }
    bool focusScreen() const { return m_focusScreen; }

    // A new (or changed) layout for this screen: rotation starts again from its first page.
    void setLayout(const WallScreenLayout& layout, bool focusScreen);
    // Moves the rotation on if a page's time is up (run every second).
    void tick();

signals:
    void layoutChanged();
    void pageIndexChanged();

private:
    QString m_name;
    std::function<QDateTime()> m_now;
    domain::Playlist m_playlist;
    domain::RotationState m_rotation;
    QVariantMap m_variant;
    bool m_focusScreen = false;
    QTimer m_timer;
};

} // namespace ioc::console
