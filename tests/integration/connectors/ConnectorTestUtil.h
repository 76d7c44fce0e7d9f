// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiClient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrl>

#include <algorithm>
#include <cmath>

// Reading what a real iocd reports, for the connector tests.
namespace connectortest {

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

// QTRY_COMPARE's polling loop compares with ==, not fuzzily: 402 · 0.01 is not 4.02 there.
inline bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

inline QString isoUtc(qint64 offsetS)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetS).toString(Qt::ISODate);
}

// The object with "id" == id in the array under `key` of GET url (empty when absent).
inline QJsonObject findById(QNetworkAccessManager& nam, const QUrl& url, const QString& key,
                            const QString& id)
{
    const auto r = httpRequest(nam, "GET", url);
    for (const auto& v : r.json[key].toArray())
        if (v.toObject()["id"].toString() == id)
            return v.toObject();
    return {};
}

} // namespace connectortest
