// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardConfig.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// The configured dashboards in file order, for the view's list (one per regulation 14.3 area
// and one per sector).
class DashboardListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by DashboardController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, ArticleRole };
    Q_ENUM(Role)

    explicit DashboardListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDashboards(std::vector<DashboardSpec> dashboards);
    const std::vector<DashboardSpec>& dashboards() const { return m_dashboards; }
    int indexOf(const QString& id) const;
    // The regulation point of dashboard `row` ("" out of range), for grouping in the list.
    Q_INVOKABLE QString articleAt(int row) const;
    void setLanguage(const QString& language);

signals:
    void countChanged();

private:
    std::vector<DashboardSpec> m_dashboards;
    QString m_language = QStringLiteral("vi");
};

} // namespace ioc::console
