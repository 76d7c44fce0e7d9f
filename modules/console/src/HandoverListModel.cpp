// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverListModel.h"

#include <QDateTime>
#include <QJsonObject>

namespace ioc::console {

int HandoverListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant HandoverListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = m_rows.at(index.row()).toObject();
    const QJsonObject shift = o.value(QLatin1String("shift")).toObject();
    const auto time = [](const QJsonValue& v) {
        return v.isString() ? QVariant(QDateTime::fromString(v.toString(), Qt::ISODateWithMs))
                            : QVariant();
    };
    switch (role) {
    case IdRole:
        return o.value(QLatin1String("id")).toInteger();
    case ShiftIdRole:
        return shift.value(QLatin1String("id")).toString();
    case ShiftDateRole:
        return shift.value(QLatin1String("date")).toString();
    case ShiftLabelViRole:
        return shift.value(QLatin1String("label")).toObject().value(QLatin1String("vi")).toString();
    case ShiftLabelEnRole:
        return shift.value(QLatin1String("label")).toObject().value(QLatin1String("en")).toString();
    case ShiftStartRole:
        return time(shift.value(QLatin1String("start")));
    case ShiftEndRole:
        return time(shift.value(QLatin1String("end")));
    case SignedByRole:
        return o.value(QLatin1String("signed_by")).toString();
    case SignedAtRole:
        return time(o.value(QLatin1String("signed_at")));
    case Qt::DisplayRole:
    case StatusRole:
        return o.value(QLatin1String("status")).toString();
    case AcknowledgedByRole:
        return o.value(QLatin1String("acknowledged_by")).toString();
    case EscalatedRole:
        return o.value(QLatin1String("escalated_at")).isString();
    case NotesRole:
        return o.value(QLatin1String("notes")).toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverListModel::roleNames() const
{
    return {{IdRole, "handoverId"},
            {ShiftIdRole, "shiftId"},
            {ShiftDateRole, "shiftDate"},
            {ShiftLabelViRole, "shiftLabelVi"},
            {ShiftLabelEnRole, "shiftLabelEn"},
            {ShiftStartRole, "shiftStart"},
            {ShiftEndRole, "shiftEnd"},
            {SignedByRole, "signedBy"},
            {SignedAtRole, "signedAt"},
            {StatusRole, "status"},
            {AcknowledgedByRole, "acknowledgedBy"},
            {EscalatedRole, "escalated"},
            {NotesRole, "notes"}};
}

void HandoverListModel::setHandovers(const QJsonArray& handovers)
{
    beginResetModel();
    m_rows = handovers;
    endResetModel();
    emit countChanged();
}

} // namespace ioc::console
