// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioc/protocol/Series.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// The monitoring areas of the regulation (article 14.3), in their configured order.
class DomainListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by WorkstationController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        LabelRole, // in the current UI language
        ArticleRole,
        OrderRole,
    };
    Q_ENUM(Role)

    explicit DomainListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setDomains(std::vector<protocol::Domain> domains);
    void setLanguage(const QString& language);

signals:
    void countChanged();

private:
    std::vector<protocol::Domain> m_domains;
    QString m_language = QStringLiteral("vi");
};

} // namespace ioc::console
