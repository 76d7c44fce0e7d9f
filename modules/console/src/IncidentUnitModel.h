// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ioc::console {

// The commune-level units an incident can be placed in (GET /api/v1/units), narrowed by a
// search that ignores diacritics and case: "le chan" finds "Lê Chân", "do son" "Đồ Sơn".
class IncidentUnitModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by IncidentController")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, FullNameRole, TypeRole };

    explicit IncidentUnitModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The "units" array of GET /api/v1/units.
    void setUnits(const QJsonArray& units);
    QString filter() const { return m_filter; }
    void setFilter(const QString& text);
    // The full name of unit `code`, or an empty string.
    Q_INVOKABLE QString fullName(const QString& code) const;

signals:
    void filterChanged();
    void countChanged();

private:
    struct Unit
    {
        QString code;
        QString name;
        QString fullName;
        QString type;
        QString folded; // name and full name, folded for searching
    };
    void refilter();

    std::vector<Unit> m_all;
    std::vector<int> m_shown; // indices into m_all
    QString m_filter;
};

} // namespace ioc::console
