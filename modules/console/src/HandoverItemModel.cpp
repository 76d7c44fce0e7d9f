// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverItemModel.h"

#include <QDateTime>
#include <QJsonObject>

namespace ioc::console {

namespace {
QString text(const QJsonObject& o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

int HandoverItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant HandoverItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = m_items.at(index.row()).toObject();
    const QString key = text(o, "key");
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return text(o, "title");
    case KeyRole:
        return key;
    case KindRole:
        return text(o, "kind");
    case DetailRole:
        return text(o, "detail");
    case StatusRole:
        return text(o, "status");
    case OwnerRole:
        return text(o, "owner");
    case DeadlineRole: {
        const QString d = text(o, "deadline");
        return d.isEmpty() ? QVariant() : QVariant(QDateTime::fromString(d, Qt::ISODateWithMs));
    }
    case SeverityRole:
        return o.value(QLatin1String("severity")).toInt();
    case ActivityRole:
        return text(o, "activity");
    case OpenRole:
        return o.value(QLatin1String("open")).toBool();
    case CarriedFromRole:
        return o.value(QLatin1String("carried_from")).toVariant();
    case AcknowledgedByRole:
        return text(o, "acknowledged_by");
    case CheckedRole:
        return m_checked.contains(key);
    case QueryRole:
        return m_queryText.value(key);
    case QueryOpenRole:
        return m_openQueries.contains(key);
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverItemModel::roleNames() const
{
    return {{KeyRole, "key"},
            {KindRole, "kind"},
            {TitleRole, "title"},
            {DetailRole, "detail"},
            {StatusRole, "status"},
            {OwnerRole, "owner"},
            {DeadlineRole, "deadline"},
            {SeverityRole, "severity"},
            {ActivityRole, "activity"},
            {OpenRole, "open"},
            {CarriedFromRole, "carriedFrom"},
            {AcknowledgedByRole, "acknowledgedBy"},
            {CheckedRole, "checked"},
            {QueryRole, "query"},
            {QueryOpenRole, "queryOpen"}};
}

void HandoverItemModel::setItems(const QJsonArray& items, const QJsonArray& queries)
{
    beginResetModel();
    m_items = items;
    m_queryText.clear();
    m_openQueries.clear();
    for (const QJsonValue& v : queries) {
        const QJsonObject q = v.toObject();
        const QString key = text(q, "item");
        QString line = text(q, "by") + QStringLiteral(": ") + text(q, "comment");
        if (!text(q, "answer").isEmpty())
            line += QStringLiteral(" — ") + text(q, "answered_by") + QStringLiteral(": ") +
                    text(q, "answer");
        else
            m_openQueries.insert(key);
        m_queryText.insert(key, line);
    }
    QSet<QString> stillOpen;
    for (const QJsonValue& v : items)
        if (v.toObject().value(QLatin1String("open")).toBool())
            stillOpen.insert(text(v.toObject(), "key"));
    m_checked.intersect(stillOpen);
    endResetModel();
    emit countChanged();
    emit checkedChanged();
}

void HandoverItemModel::clear()
{
    setItems({});
}

int HandoverItemModel::openCount() const
{
    int n = 0;
    for (const QJsonValue& v : m_items)
        n += v.toObject().value(QLatin1String("open")).toBool() ? 1 : 0;
    return n;
}

void HandoverItemModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= rowCount())
        return;
    const QJsonObject o = m_items.at(row).toObject();
    if (!o.value(QLatin1String("open")).toBool())
        return; // information only: nothing to take over
    const QString key = text(o, "key");
    if (checked == m_checked.contains(key))
        return;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index(row), index(row), {CheckedRole});
    emit checkedChanged();
}

QStringList HandoverItemModel::checkedKeys() const
{
    return QStringList(m_checked.cbegin(), m_checked.cend());
}

} // namespace ioc::console
