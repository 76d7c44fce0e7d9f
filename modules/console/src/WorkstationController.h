// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DomainListModel.h"
#include "SeriesFilterModel.h"
#include "SeriesListModel.h"
#include "ioc/client/ConnectionState.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace ioc::client {
class BackendClient;
}

namespace ioc::console {

class UiLanguage;

// What the workstation view binds to: the live series (raw and sorted), the domains, the
// connection and the UI language. Built in main and handed to the root item as a required
// property; it owns the models, not the client, language or settings.
class WorkstationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application and passed to the window")
    Q_PROPERTY(ioc::console::SeriesListModel *seriesModel READ seriesModel CONSTANT)
    Q_PROPERTY(ioc::console::SeriesFilterModel *sortedSeries READ sortedSeries CONSTANT)
    Q_PROPERTY(ioc::console::DomainListModel *domainModel READ domainModel CONSTANT)
    Q_PROPERTY(ioc::client::ConnectionState connectionState READ connectionState NOTIFY
                   connectionStateChanged)
    Q_PROPERTY(QDateTime lastDataAt READ lastDataAt NOTIFY lastDataAtChanged)
    Q_PROPERTY(QUrl backendUrl READ backendUrl CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(int updateCount READ updateCount NOTIFY updateCountChanged)

public:
    WorkstationController(client::BackendClient *client, UiLanguage *language, QSettings *settings,
                          QObject *parent = nullptr);

    SeriesListModel *seriesModel() { return &m_series; }
    SeriesFilterModel *sortedSeries() { return &m_sorted; }
    DomainListModel *domainModel() { return &m_domains; }
    client::ConnectionState connectionState() const;
    QDateTime lastDataAt() const;
    QUrl backendUrl() const;
    QString language() const;
    // Series deltas applied since start.
    int updateCount() const { return m_updates; }

    // Switches the UI language live and remembers it; false for an unsupported language.
    Q_INVOKABLE bool setLanguage(const QString& language);
    // Switches without remembering (the --lang command-line override).
    bool applyLanguage(const QString& language);

signals:
    void connectionStateChanged();
    void lastDataAtChanged();
    void languageChanged();
    void updateCountChanged();

private:
    client::BackendClient *m_client;
    UiLanguage *m_language;
    QSettings *m_settings;
    SeriesListModel m_series;
    SeriesFilterModel m_sorted;
    DomainListModel m_domains;
    int m_updates = 0;
};

} // namespace ioc::console
