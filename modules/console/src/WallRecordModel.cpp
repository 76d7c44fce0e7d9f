// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallRecordModel.h"

namespace ioc::console {

QString recordId(const QJsonObject& record)
{
    const QJsonValue id = record.value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

WallRecordModel::WallRecordModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int WallRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QVariant WallRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& record = m_records[index.row()];
    switch (role) {
    case IdRole:
        return recordId(record);
    case RecordRole:
        return record.toVariantMap();
    default:
        return {};
    }
}

QHash<int, QByteArray> WallRecordModel::roleNames() const
{
    return {{IdRole, "recordId"}, {RecordRole, "record"}};
}

int WallRecordModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_records.size(); ++row)
        if (recordId(m_records[row]) == id)
            return row;
    return -1;
}

void WallRecordModel::setRecords(const QJsonArray& records)
{
    bool sameIds = records.size() == m_records.size();
    for (int i = 0; sameIds && i < records.size(); ++i)
        sameIds = recordId(records[i].toObject()) == recordId(m_records[i]);
    if (!sameIds) {
        beginResetModel();
        m_records.clear();
        for (const QJsonValue& v : records)
            m_records.append(v.toObject());
        endResetModel();
        emit countChanged();
        return;
    }
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records[i].toObject();
        if (record == m_records[i])
            continue;
        m_records[i] = record;
        emit dataChanged(index(i), index(i));
    }
}

void WallRecordModel::upsert(const QJsonObject& record, bool keep)
{
    const int row = rowOf(recordId(record));
    if (row >= 0 && !keep) {
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        endRemoveRows();
        emit countChanged();
    } else if (row >= 0) {
        m_records[row] = record;
        emit dataChanged(index(row), index(row));
    } else if (keep) {
        beginInsertRows({}, 0, 0);
        m_records.prepend(record);
        endInsertRows();
        emit countChanged();
    }
}

} // namespace ioc::console
