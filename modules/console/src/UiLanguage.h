// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QSettings;

namespace ioc::console {

// The UI language: loads :/i18n/ioc_<lang>.qm into the application, retranslates the QML engine
// and remembers the choice in QSettings. Vietnamese is the default.
class UiLanguage
{
public:
    static QStringList supported() { return {QStringLiteral("vi"), QStringLiteral("en")}; }
    static QString defaultLanguage() { return QStringLiteral("vi"); }
    static QString saved(const QSettings& settings);
    static void save(QSettings& settings, const QString& language);

    UiLanguage();
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    // After this, every apply() also re-evaluates the engine's qsTr() bindings.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    // Installs the translation; false (and nothing changes) if `language` is not supported or its
    // catalogue is missing.
    bool apply(const QString& language);
    QString current() const { return m_current; }

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace ioc::console
