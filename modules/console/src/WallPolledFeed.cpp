// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallPolledFeed.h"

#include "WallLogging.h"
#include "ioc/client/ApiRequester.h"

#include <QJsonArray>

namespace ioc::console {

WallPolledFeed::WallPolledFeed(client::ApiRequester *api, Options options, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_options(std::move(options))
{
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WallPolledFeed::refresh);
}

void WallPolledFeed::start()
{
    m_timer.start();
    refresh();
}

void WallPolledFeed::refresh()
{
    if (m_inFlight)
        return;
    m_inFlight = true;
    m_api->get(m_options.resource, m_options.query, this, [this](const client::ApiReply& reply) {
        m_inFlight = false;
        if (reply.httpStatus == 404) {
            if (m_available)
                qCInfo(lcWall).noquote() << "no" << m_options.resource << "service on the server";
            m_available = false;
            m_loaded = true;
            m_failing = false;
            m_model.setRecords({});
        } else if (!reply.ok()) {
            m_failing = true; // keep the last list; the tile shows its age
        } else {
            m_available = true;
            m_loaded = true;
            m_failing = false;
            m_fetchedAt = QDateTime::currentDateTimeUtc();
            m_model.setRecords(reply.body.value(m_options.arrayKey).toArray());
        }
        emit stateChanged();
        emit fetched();
    });
}

} // namespace ioc::console
