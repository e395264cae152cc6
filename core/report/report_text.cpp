#include "report/report_text.h"

#include <QDateTime>

namespace its::report {

ReportText::ReportText(const QString &language)
    : m_language(language == QLatin1String("it") ? QStringLiteral("it") : QStringLiteral("en"))
    , m_locale(m_language == QLatin1String("it")
                   ? QLocale(QLocale::Italian, QLocale::Italy)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_translator(std::make_shared<QTranslator>())
{
    // The English file carries the plural forms only; a missing file leaves the source words.
    (void)m_translator->load(
        QStringLiteral(":/its_report/i18n/intheirshoes_%1.qm").arg(m_language));
}

QString ReportText::translate(const char *context, const char *source, const char *disambiguation,
                              int n) const
{
    QString text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QString ReportText::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportText::integer(long long value) const
{
    return m_locale.toString(value);
}

QString ReportText::percent(double value) const
{
    return number(value, 1) + QLatin1Char('%');
}

QString ReportText::signedNumber(double value, int decimals) const
{
    const QString text = number(value, decimals);
    return value > 0 ? QLatin1Char('+') + text : text;
}

QString ReportText::duration(std::int64_t ms) const
{
    const std::int64_t s = (ms + 500) / 1000;
    const auto two = [](std::int64_t v) {
        return QString::number(v).rightJustified(2, '0');
    };
    if (s < 60)
        return translate("ReportText", "%1 s").arg(s);
    if (s < 3600)
        return translate("ReportText", "%1 min %2 s").arg(s / 60).arg(two(s % 60));
    if (s < 86400)
        return translate("ReportText", "%1 h %2 min").arg(s / 3600).arg(two(s % 3600 / 60));
    return translate("ReportText", "%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
}

QString ReportText::date(std::int64_t ms) const
{
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).date(),
                             QStringLiteral("d MMMM yyyy"));
}

QString ReportText::dateTime(std::int64_t ms) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return m_locale.toString(t.date(), QStringLiteral("d MMMM yyyy")) + QLatin1Char(' ') +
           m_locale.toString(t.time(), QStringLiteral("HH:mm"));
}

} // namespace its::report
