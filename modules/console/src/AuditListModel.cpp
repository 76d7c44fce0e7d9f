// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditListModel.h"

namespace ioc::console {

AuditListModel::AuditListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int AuditListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::AuditEntry& e = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case ActionRole:
        return e.action;
    case IdRole:
        return e.id;
    case AtRole:
        return e.at;
    case ActorRole:
        return e.actor;
    case RoleRole:
        return e.role;
    case TargetRole:
        return e.target;
    case DetailRole:
        return e.detail;
    case AddressRole:
        return e.address;
    case BrokenRole:
        return m_firstBrokenId > 0 && e.id == m_firstBrokenId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditListModel::roleNames() const
{
    return {
        {IdRole, "entryId"},    {AtRole, "at"},           {ActorRole, "actor"},
        {RoleRole, "role"},     {ActionRole, "action"},   {TargetRole, "target"},
        {DetailRole, "detail"}, {AddressRole, "address"}, {BrokenRole, "broken"},
    };
}

void AuditListModel::setEntries(std::vector<client::AuditEntry> entries, qint64 firstBrokenId)
{
    beginResetModel();
    m_rows = std::move(entries);
    m_firstBrokenId = firstBrokenId;
    endResetModel();
}

void AuditListModel::clear()
{
    setEntries({}, 0);
}

} // namespace ioc::console
