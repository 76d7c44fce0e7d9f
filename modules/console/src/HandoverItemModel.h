// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// The items of one handover (a draft, or a signed one being taken over): what the server sent,
// plus the incoming officer's ticks (acknowledged one by one before sending them together) and
// the queries raised on each item.
class HandoverItemModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by HandoverController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        DetailRole,
        StatusRole,
        OwnerRole,
        DeadlineRole,
        SeverityRole,
        ActivityRole,
        OpenRole,
        CarriedFromRole,
        AcknowledgedByRole,
        CheckedRole,
        QueryRole, // the latest query on the item with its answer, as text; empty when none
        QueryOpenRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Items as the API lists them; `queries` as GET /handovers/{id} lists them. Ticks survive a
    // reload for keys still open.
    void setItems(const QJsonArray& items, const QJsonArray& queries = {});
    void clear();

    int openCount() const;
    int checkedCount() const { return static_cast<int>(m_checked.size()); }
    Q_INVOKABLE void setChecked(int row, bool checked);
    QStringList checkedKeys() const;

signals:
    void countChanged();
    void checkedChanged();

private:
    QJsonArray m_items;
    QHash<QString, QString> m_queryText;
    QSet<QString> m_openQueries;
    QSet<QString> m_checked;
};

} // namespace ioc::console
