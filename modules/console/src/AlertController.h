// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AlertListModel.h"

#include <QJsonObject>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace ioc::client {
class ApiRequester;
class BackendClient;
struct ApiReply;
} // namespace ioc::client

namespace ioc::console {

class SessionController;

// The alerts inbox (issue 9): every alert, kept current by the stream (type "alert"), so a new
// one is on every console at once; acknowledge with a comment; make an incident in one action
// (the server makes it once, however often it is asked). The optional sound is off by default
// and never plays on a display-only wall.
class AlertController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::AlertListModel *model READ model CONSTANT)
    Q_PROPERTY(bool soundEnabled READ soundEnabled WRITE setSoundEnabled NOTIFY soundEnabledChanged)
    Q_PROPERTY(bool soundAllowed READ soundAllowed NOTIFY soundEnabledChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    AlertController(client::ApiRequester *api, client::BackendClient *backend,
                    SessionController *session, QObject *parent = nullptr);

    AlertListModel *model() { return &m_model; }
    bool soundEnabled() const { return m_sound; }
    void setSoundEnabled(bool enabled);
    bool soundAllowed() const;
    bool busy() const { return m_busy > 0; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void acknowledge(qint64 id, const QString& comment);
    Q_INVOKABLE void makeIncident(qint64 id);
    Q_INVOKABLE void clearError();

    // A stream message of type "alert" (BackendClient::recordChanged forwards them here).
    void applyChange(const QString& change, const QJsonObject& alert);

signals:
    void soundEnabledChanged();
    void busyChanged();
    void errorChanged();
    // Raised or re-notified: the inbox flashes it (and plays the sound when allowed).
    void alertArrived(qint64 id, int severity);
    void incidentMade(qint64 alertId, qint64 incidentId, const QString& ref);

private:
    void onRecordChanged(const QString& type, const QString& change, const QJsonObject& record,
                         qint64 seq);
    bool failed(const client::ApiReply& reply);
    void beginBusy();
    void endBusy();

    client::ApiRequester *m_api;
    SessionController *m_session;
    AlertListModel m_model;
    bool m_sound = false;
    int m_busy = 0;
    QString m_error;
    bool m_missed = false;
};

} // namespace ioc::console
