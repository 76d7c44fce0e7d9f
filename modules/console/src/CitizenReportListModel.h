// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// The triage queue as the server orders it (open first, most urgent, newest), one row per report,
// with its duplicate group (index and size) and, once fetched, its first photo's thumbnail.
class CitizenReportListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CitizenReportController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        CategoryRole,
        StatusRole,
        UrgencyRole,
        GroupRole,     // -1 when alone
        GroupSizeRole, // 1 when alone
        ReceivedAtRole,
        UnitNameRole,
        AddressRole,
        PhotoCountRole,
        ThumbnailRole, // "image://citizenphotos/ID" once fetched, else ""
        ChannelRole,
        ForwardUnitRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setReports(const QJsonArray& reports, const QJsonArray& groups);
    void setThumbnail(qint64 id, const QString& source);
    void clear();
    QJsonObject report(qint64 id) const;
    const QList<QJsonObject>& reports() const { return m_reports; }

signals:
    void countChanged();

private:
    QList<QJsonObject> m_reports;
    QHash<int, int> m_groupSizes;
    QHash<qint64, QString> m_thumbnails;
};

} // namespace ioc::console
