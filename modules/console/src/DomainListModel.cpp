// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainListModel.h"

#include "ioc/client/Convert.h"

#include <algorithm>

namespace ioc::console {

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int DomainListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_domains.size());
}

QVariant DomainListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& d = m_domains[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return client::toQString(
            m_language == QLatin1String("en") && !d.label.en.empty() ? d.label.en : d.label.vi);
    case IdRole:
        return client::toQString(d.id);
    case ArticleRole:
        return client::toQString(d.article);
    case OrderRole:
        return d.order;
    default:
        return {};
    }
}

QHash<int, QByteArray> DomainListModel::roleNames() const
{
    return {
        {IdRole, "domainId"}, {LabelRole, "label"}, {ArticleRole, "article"}, {OrderRole, "order"}};
}

void DomainListModel::setDomains(std::vector<protocol::Domain> domains)
{
    std::stable_sort(domains.begin(), domains.end(),
                     [](const auto& a, const auto& b) { return a.order < b.order; });
    const bool sameIds =
        std::equal(domains.begin(), domains.end(), m_domains.begin(), m_domains.end(),
                   [](const auto& a, const auto& b) { return a.id == b.id; });
    if (sameIds) {
        m_domains = std::move(domains);
        if (!m_domains.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_domains = std::move(domains);
    endResetModel();
    emit countChanged();
}

void DomainListModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_domains.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, LabelRole});
}

} // namespace ioc::console
