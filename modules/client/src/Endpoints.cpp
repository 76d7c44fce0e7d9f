// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioc/client/Endpoints.h"

#include <QUrlQuery>

namespace ioc::client {

QUrl apiUrl(const QUrl& base, const QString& resource)
{
    QUrl url = base;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/") + resource);
    url.setQuery(QString{});
    url.setFragment(QString{});
    return url;
}

QUrl streamUrl(const QUrl& base, qint64 since)
{
    QUrl url = apiUrl(base, QStringLiteral("stream"));
    url.setScheme(base.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                          : QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    url.setQuery(query);
    return url;
}

} // namespace ioc::client
