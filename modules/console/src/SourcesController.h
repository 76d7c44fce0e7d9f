// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceListModel.h"

#include "ioc/client/ApiRequester.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

class SessionController;

// The data-source board: GET /api/v1/sources every 10 s while the board is shown, the "urge"
// action (POST /sources/{id}/urge with a note: the centre contacted the unit, regulation 14.2)
// and the urge history of the selected source (GET /sources/{id}/urges, newest first).
class SourcesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::SourceListModel *model READ model CONSTANT)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    Q_PROPERTY(QVariantList urges READ urges NOTIFY urgesChanged)
    Q_PROPERTY(bool urgesAvailable READ urgesAvailable NOTIFY urgesChanged)
    Q_PROPERTY(bool urging READ urging NOTIFY urgingChanged)
    Q_PROPERTY(QString urgeError READ urgeError NOTIFY urgingChanged)

public:
    SourcesController(client::ApiRequester *requester, SessionController *session,
                      QObject *parent = nullptr);

    SourceListModel *model() { return &m_model; }
    bool active() const { return m_active; }
    void setActive(bool active);
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QString selectedId() const { return m_selected; }
    void setSelectedId(const QString& id);
    QVariantList urges() const { return m_urges; }
    bool urgesAvailable() const { return m_urgesAvailable; }
    bool urging() const { return m_urging; }
    QString urgeError() const { return m_urgeError; }

    Q_INVOKABLE void refresh();
    // Records that the centre urged source `id` (who and when come from the server).
    Q_INVOKABLE void urge(const QString& id, const QString& note);
    void setLanguage(const QString& language) { m_model.setLanguage(language); }

signals:
    void activeChanged();
    void loadedChanged();
    void errorChanged();
    void selectedChanged();
    void urgesChanged();
    void urgingChanged();
    // The urge was recorded (the view closes its dialog).
    void urged(const QString& id);

private:
    void loadUrges();
    bool handleFailure(const client::ApiReply& reply, QString *message);

    QPointer<client::ApiRequester> m_requester;
    QPointer<SessionController> m_session;
    SourceListModel m_model;
    QTimer m_poll;
    bool m_active = false;
    bool m_loaded = false;
    QString m_error;
    QString m_selected;
    QVariantList m_urges;
    bool m_urgesAvailable = true;
    bool m_urging = false;
    QString m_urgeError;
};

} // namespace ioc::console
