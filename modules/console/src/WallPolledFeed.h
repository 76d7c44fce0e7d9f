// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WallRecordModel.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>

namespace ioc::client {
class ApiRequester;
}

namespace ioc::console {

// One list the wall shows that iocd answers on a GET (the alerts, the sources' freshness):
// fetched at start and every `interval` (and on refresh()), into a WallRecordModel. A 404 means
// the server has no such service: `available` turns false so the tile can say so honestly
// instead of showing an empty list. A failed fetch keeps the last list and its `fetchedAt`.
class WallPolledFeed : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by WallController")
    Q_PROPERTY(ioc::console::WallRecordModel *model READ model CONSTANT)
    Q_PROPERTY(bool available READ available NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(bool failing READ failing NOTIFY stateChanged)
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY stateChanged)

public:
    struct Options
    {
        QString resource; // e.g. "alerts"
        QUrlQuery query;  // e.g. state=active
        QString arrayKey; // the answer's list, e.g. "alerts"
        int intervalMs = 30'000;
    };

    WallPolledFeed(client::ApiRequester *api, Options options, QObject *parent = nullptr);

    WallRecordModel *model() { return &m_model; }
    bool available() const { return m_available; }
    bool loaded() const { return m_loaded; }
    bool failing() const { return m_failing; }
    QDateTime fetchedAt() const { return m_fetchedAt; }

    void start();
    Q_INVOKABLE void refresh();

signals:
    void stateChanged();
    void fetched();

private:
    client::ApiRequester *m_api;
    Options m_options;
    WallRecordModel m_model;
    QTimer m_timer;
    bool m_available = true;
    bool m_loaded = false;
    bool m_failing = false;
    bool m_inFlight = false;
    QDateTime m_fetchedAt;
};

} // namespace ioc::console
