// SPDX-License-Identifier: GPL-3.0-or-later
#include "LandmarkFixture.h"

#include <QFile>

namespace {

// RFC 4180 fields: commas inside double quotes do not split.
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields << std::exchange(field, {});
        else
            field += c;
    }
    fields << field;
    return fields;
}

} // namespace

QList<Landmark> readLandmarks()
{
    QFile file(QStringLiteral(IOC_MAP_LANDMARKS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", IOC_MAP_LANDMARKS);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = splitCsv(lines.front().trimmed()); // the file has CRLF endings
    const auto col = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    QList<Landmark> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = splitCsv(lines[i].trimmed());
        out.push_back({f[col("id")], f[col("name_vi")],
                       QGeoCoordinate(f[col("lat")].toDouble(), f[col("lon")].toDouble()),
                       f[col("ward_2025_code")], f[col("ward_2025_name")]});
    }
    return out;
}

Landmark landmark(const QString& id)
{
    for (const Landmark& l : readLandmarks()) {
        if (l.id == id)
            return l;
    }
    qFatal("no landmark %s", qPrintable(id));
}
