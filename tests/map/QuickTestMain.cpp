// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for tests/map/qml: a QApplication (as the console runs) and the static
// Ioc.Map module.
#include <QApplication>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Ioc_MapPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "map_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "QuickTestMain.moc"
