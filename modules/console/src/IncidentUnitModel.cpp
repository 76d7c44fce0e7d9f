// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentUnitModel.h"

#include "TextFolding.h"

#include <QJsonObject>

namespace ioc::console {

IncidentUnitModel::IncidentUnitModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int IncidentUnitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant IncidentUnitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit& u = m_all[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(index.row())])];
    switch (role) {
    case CodeRole:
        return u.code;
    case Qt::DisplayRole:
    case NameRole:
        return u.name;
    case FullNameRole:
        return u.fullName;
    case TypeRole:
        return u.type;
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentUnitModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {FullNameRole, "fullName"}, {TypeRole, "type"}};
}

void IncidentUnitModel::setUnits(const QJsonArray& units)
{
    m_all.clear();
    for (const QJsonValue& v : units) {
        const QJsonObject o = v.toObject();
        Unit u{o.value(QLatin1String("code")).toString(),
               o.value(QLatin1String("name")).toString(),
               o.value(QLatin1String("full_name")).toString(),
               o.value(QLatin1String("type")).toString(),
               {}};
        u.folded = foldForSearch(u.name + QLatin1Char(' ') + u.fullName);
        m_all.push_back(std::move(u));
    }
    refilter();
}

void IncidentUnitModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    emit filterChanged();
    refilter();
}

QString IncidentUnitModel::fullName(const QString& code) const
{
    for (const Unit& u : m_all)
        if (u.code == code)
            return u.fullName;
    return {};
}

void IncidentUnitModel::refilter()
{
    const QStringList words = foldForSearch(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    beginResetModel();
    m_shown.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        bool all = true;
        for (const QString& w : words)
            all = all && m_all[i].folded.contains(w);
        if (all)
            m_shown.push_back(static_cast<int>(i));
    }
    endResetModel();
    emit countChanged();
}

} // namespace ioc::console
