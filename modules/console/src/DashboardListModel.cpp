// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardListModel.h"

namespace ioc::console {

DashboardListModel::DashboardListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int DashboardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_dashboards.size());
}

QVariant DashboardListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardSpec& d = m_dashboards[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return d.id;
    case Qt::DisplayRole:
    case TitleRole:
        return d.title.in(m_language);
    case ArticleRole:
        return d.article;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardListModel::roleNames() const
{
    return {{IdRole, "dashboardId"}, {TitleRole, "title"}, {ArticleRole, "article"}};
}

void DashboardListModel::setDashboards(std::vector<DashboardSpec> dashboards)
{
    const bool countChanges = dashboards.size() != m_dashboards.size();
    beginResetModel();
    m_dashboards = std::move(dashboards);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int DashboardListModel::indexOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_dashboards.size(); ++i)
        if (m_dashboards[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString DashboardListModel::articleAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_dashboards[static_cast<std::size_t>(row)].article
                                        : QString();
}

void DashboardListModel::setLanguage(const QString& language)
{
    m_language = language;
    if (!m_dashboards.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, TitleRole});
}

} // namespace ioc::console
