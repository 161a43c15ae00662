// Loads the Turkish or English translation (SellerDesk's own and Qt's) and switches it at run time.
// Widgets receive QEvent::LanguageChange and re-translate themselves.
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace sd {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The languages SellerDesk speaks, as codes.
    [[nodiscard]] static QStringList supportedLanguages();
    // The language to use: the override when it is supported, otherwise the system's when supported,
    // otherwise English.
    [[nodiscard]] static QString resolve(const QString &overrideCode, const QLocale &system = QLocale::system());

    // Installs the translators for code ("en" or "tr"); returns false when the translation is missing.
    bool apply(const QString &code);
    [[nodiscard]] QString current() const { return m_current; }
    [[nodiscard]] QLocale locale() const;

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace sd
