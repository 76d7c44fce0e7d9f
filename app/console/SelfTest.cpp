// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfTest.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The URI of the QML module a file belongs to: the `module` line of the nearest qmldir above it.
QString moduleUriOf(const QString& path)
{
    static const QRegularExpression moduleLine(QStringLiteral("^module\\s+(\\S+)"),
                                               QRegularExpression::MultilineOption);
    for (QString dir = QFileInfo(path).path(); dir.size() > 2; dir = QFileInfo(dir).path()) {
        const auto match = moduleLine.match(readAll(dir + QStringLiteral("/qmldir")));
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

// QQmlComponent refuses singleton files; load them the way views do, through their module.
QString singletonProbe(const QString& path)
{
    const QString uri = moduleUriOf(path);
    if (uri.isEmpty())
        return {};
    return QStringLiteral("import QtQml\nimport %1\nQtObject { property var probe: %2 }\n")
        .arg(uri, QFileInfo(path).baseName());
}

// Errors of one file, empty when it loaded.
QStringList check(QQmlEngine& engine, const QString& path)
{
    const QUrl url(QStringLiteral("qrc") + path);
    QQmlComponent component(&engine);
    const bool singleton = readAll(path).contains(QLatin1String("pragma Singleton"));
    if (singleton) {
        const QString probe = singletonProbe(path);
        if (probe.isEmpty())
            return {QStringLiteral("singleton outside a QML module (no qmldir)")};
        component.setData(probe.toUtf8(), url.resolved(QUrl(QStringLiteral("probe.qml"))));
    } else {
        component.loadUrl(url, QQmlComponent::PreferSynchronous);
    }
    QStringList errors;
    for (const QQmlError& error : component.errors())
        errors << error.toString();
    if (!errors.isEmpty())
        return errors;
    if (!component.isReady())
        return {QStringLiteral("did not load synchronously")};
    if (singleton) {
        const std::unique_ptr<QObject> object(component.create());
        if (!object || object->property("probe").value<QObject *>() == nullptr)
            return {QStringLiteral("the singleton could not be created")};
    }
    return {};
}

} // namespace

int runQmlSelfTest(QQmlEngine& engine)
{
    QStringList files;
    QDirIterator it(QStringLiteral(":/Ioc"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    if (files.isEmpty()) {
        std::fprintf(stderr, "ioc-console --self-test: no QML files under qrc:/Ioc\n");
        return 1;
    }

    int failed = 0;
    for (const QString& file : std::as_const(files)) {
        const QStringList errors = check(engine, file);
        if (errors.isEmpty()) {
            std::printf("ok   qrc%s\n", qPrintable(file));
            continue;
        }
        ++failed;
        std::fprintf(stderr, "FAIL qrc%s\n", qPrintable(file));
        for (const QString& error : errors)
            std::fprintf(stderr, "  %s\n", qPrintable(error));
    }
    std::printf("%lld QML files, %d failed\n", static_cast<long long>(files.size()), failed);
    return failed == 0 ? 0 : 1;
}
