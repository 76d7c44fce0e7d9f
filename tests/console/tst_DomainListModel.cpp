// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainListModel.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using ioc::console::DomainListModel;
namespace td = ioc::testdata;

class tst_DomainListModel : public QObject
{
    Q_OBJECT

private:
    static QStringList column(const DomainListModel& m, int role)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r).data(role).toString();
        return out;
    }

private slots:
    void sortedByOrderWithRoles()
    {
        DomainListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &DomainListModel::countChanged);
        model.setDomains(td::domains());
        QCOMPARE(count.count(), 1);
        QCOMPARE(column(model, DomainListModel::IdRole),
                 (QStringList{"socio_economic", "security_traffic", "health"}));
        QCOMPARE(column(model, DomainListModel::ArticleRole),
                 (QStringList{"14.3.a", "14.3.b", "14.3.đ"}));
        QCOMPARE(model.index(2).data(DomainListModel::OrderRole).toInt(), 5);
        QCOMPARE(model.index(2).data(DomainListModel::LabelRole).toString(),
                 QStringLiteral("Y tế"));
        QCOMPARE(model.roleNames().value(DomainListModel::IdRole), QByteArray("domainId"));
    }

    void languageAndRefreshKeepRows()
    {
        DomainListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDomains(td::domains());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(column(model, DomainListModel::LabelRole),
                 (QStringList{"Socio-economic indicators",
                              "Security, public order and urban traffic", "Health"}));
        QCOMPARE(changed.count(), 1);
        // Same domains again (a resync): rows stay, no reset.
        model.setDomains(td::domains());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        // Different domains: reset.
        auto fewer = td::domains();
        fewer.pop_back();
        model.setDomains(fewer);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_DomainListModel)
#include "tst_DomainListModel.moc"
