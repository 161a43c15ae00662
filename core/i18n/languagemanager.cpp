#include "languagemanager.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace sd {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("tr")};
}

QString LanguageManager::resolve(const QString &overrideCode, const QLocale &system)
{
    if (supportedLanguages().contains(overrideCode))
        return overrideCode;
    if (system.language() == QLocale::Turkish)
        return QStringLiteral("tr");
    for (const QString &ui : system.uiLanguages()) {
        if (ui.startsWith(QLatin1String("tr")))
            return QStringLiteral("tr");
    }
    return QStringLiteral("en");
}

bool LanguageManager::apply(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_current)
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/sellerdesk_%1.qm").arg(code))) {
        qCWarning(lcI18n) << "translation missing for" << code;
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = qtLoaded ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_current = code;
    QLocale::setDefault(locale());
    qCInfo(lcI18n) << "language" << code << (qtLoaded ? "(with Qt's own strings)" : "");
    Q_EMIT languageChanged(code);
    return true;
}

QLocale LanguageManager::locale() const
{
    return m_current == QLatin1String("tr") ? QLocale(QLocale::Turkish, QLocale::Turkey)
                                            : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace sd
