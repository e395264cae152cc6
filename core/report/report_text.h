#pragma once
// The report's words and numbers in one language, whatever the app's own language is: a private
// QTranslator (never installed, so the app's screens do not change and a worker thread can use
// it) over the app's translations, and the language's QLocale for numbers and dates
// (QLocale("it_IT") writes 50,5). Strings are marked for lupdate by calling translate() with a
// literal context and source, like QCoreApplication::translate.

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <cstdint>
#include <memory>
#include <optional>

namespace its::report {

class ReportText
{
public:
    // "it" or "en" (anything else is English).
    explicit ReportText(const QString &language);

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    // The translation of `source` in `context`, or `source` itself; with n >= 0 the plural form
    // for n, %n replaced by n in the locale's digits.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    QString number(double value, int decimals) const;
    QString integer(long long value) const;
    QString percent(double value) const;                    // "75.0%", "75,0%"
    QString signedNumber(double value, int decimals) const; // "+5.0", "-3.2"
    QString duration(std::int64_t ms) const;                // "4 min 05 s", "1 h 02 min", "3 d 4 h"
    QString date(std::int64_t ms) const;                    // the locale's long date, local time
    QString dateTime(std::int64_t ms) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

} // namespace its::report
