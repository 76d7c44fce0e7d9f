// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

namespace ioc::console {

// Handover summaries as GET /api/v1/handovers lists them (history, newest shift first).
class HandoverListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by HandoverController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ShiftIdRole,
        ShiftDateRole,
        ShiftLabelViRole,
        ShiftLabelEnRole,
        ShiftStartRole,
        ShiftEndRole,
        SignedByRole,
        SignedAtRole,
        StatusRole,
        AcknowledgedByRole,
        EscalatedRole,
        NotesRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setHandovers(const QJsonArray& handovers);
    const QJsonArray& handovers() const { return m_rows; }

signals:
    void countChanged();

private:
    QJsonArray m_rows;
};

} // namespace ioc::console
