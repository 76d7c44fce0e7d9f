// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// A list of JSON records as the server sent them (alerts, sources), one row each, keyed by
// their "id". A refetch updates rows in place (dataChanged only where a record changed) so a
// wall tile does not flicker every poll.
class WallRecordModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by the wall's feeds")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, RecordRole };
    Q_ENUM(Role)

    explicit WallRecordModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the list with `records` (in their order), touching only what changed.
    void setRecords(const QJsonArray& records);
    // Inserts (at the top) or updates one record; removes it when `keep` is false.
    void upsert(const QJsonObject& record, bool keep = true);
    QJsonObject recordAt(int row) const { return m_records.value(row); }

signals:
    void countChanged();

private:
    int rowOf(const QString& id) const;

    QList<QJsonObject> m_records;
};

// The record's id as a string, whether the server sends it as a number or a string.
QString recordId(const QJsonObject& record);

} // namespace ioc::console
