// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkstationController.h"

#include "UiLanguage.h"
#include "ioc/client/BackendClient.h"

#include <QSettings>

namespace ioc::console {

WorkstationController::WorkstationController(client::BackendClient *client, UiLanguage *language,
                                             QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_language(language)
    , m_settings(settings)
{
    m_sorted.setSourceModel(&m_series);
    using client::BackendClient;
    connect(client, &BackendClient::domainsReceived, this, [this](const auto& domains) {
        m_series.setDomains(domains);
        m_domains.setDomains(domains);
    });
    connect(client, &BackendClient::snapshotReceived, this,
            [this](const protocol::SeriesSnapshot& snapshot) { m_series.setSnapshot(snapshot); });
    connect(client, &BackendClient::seriesUpdated, this, [this](const protocol::SeriesValue& v) {
        if (m_series.applyDelta(v)) {
            ++m_updates;
            emit updateCountChanged();
        }
    });
    connect(client, &BackendClient::stateChanged, this,
            &WorkstationController::connectionStateChanged);
    connect(client, &BackendClient::lastDataAtChanged, this,
            &WorkstationController::lastDataAtChanged);
    if (!m_language->current().isEmpty()) {
        m_series.setLanguage(m_language->current());
        m_domains.setLanguage(m_language->current());
    }
}

client::ConnectionState WorkstationController::connectionState() const
{
    return m_client->state();
}

QDateTime WorkstationController::lastDataAt() const
{
    return m_client->lastDataAt();
}

QUrl WorkstationController::backendUrl() const
{
    return m_client->baseUrl();
}

QString WorkstationController::language() const
{
    return m_language->current();
}

bool WorkstationController::setLanguage(const QString& language)
{
    if (!applyLanguage(language))
        return false;
    UiLanguage::save(*m_settings, language);
    return true;
}

bool WorkstationController::applyLanguage(const QString& language)
{
    if (language == m_language->current())
        return true;
    if (!m_language->apply(language))
        return false;
    m_series.setLanguage(language);
    m_domains.setLanguage(language);
    emit languageChanged();
    return true;
}

} // namespace ioc::console
