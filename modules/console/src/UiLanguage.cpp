// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLanguage.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QSettings>

namespace ioc::console {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
}

QString UiLanguage::saved(const QSettings& settings)
{
    const QString value = settings.value(kSettingsKey).toString();
    return supported().contains(value) ? value : defaultLanguage();
}

void UiLanguage::save(QSettings& settings, const QString& language)
{
    settings.setValue(kSettingsKey, language);
    settings.sync();
}

UiLanguage::UiLanguage() = default;

UiLanguage::~UiLanguage()
{
    for (auto *t : {m_translator.get(), m_qtTranslator.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
}

bool UiLanguage::apply(const QString& language)
{
    if (!supported().contains(language)) {
        qCWarning(lcConsole) << "unsupported UI language" << language;
        return false;
    }
    auto translator = std::make_unique<QTranslator>();
    const QString catalogue = QStringLiteral(":/i18n/ioc_%1.qm").arg(language);
    if (!translator->load(catalogue)) {
        qCWarning(lcConsole) << "cannot load translation" << catalogue;
        return false;
    }
    // Qt's own strings, where Qt ships a catalogue for the language (it has none for vi).
    auto qtTranslator = std::make_unique<QTranslator>();
    const bool haveQt = qtTranslator->load(QStringLiteral("qtbase_") + language,
                                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    for (auto *t : {m_translator.get(), m_qtTranslator.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    m_translator = std::move(translator);
    m_qtTranslator = haveQt ? std::move(qtTranslator) : nullptr;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QCoreApplication::installTranslator(m_translator.get());
    m_current = language;
    if (m_engine)
        m_engine->retranslate();
    qCInfo(lcConsole) << "UI language" << language;
    return true;
}

} // namespace ioc::console
