#include "review_findings_periods.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace review {

namespace {

// Words keep the controller's translation context: they were its own before the split.

std::int64_t midnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

} // namespace

QString monthKey(QDate date)
{
    return QStringLiteral("%1-%2")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'));
}

QString quarterKey(QDate date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

QDate periodStart(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return {};
    const int year = parts[0].toInt();
    if (parts[1].startsWith(QLatin1Char('Q')))
        return QDate(year, (parts[1].mid(1).toInt() - 1) * 3 + 1, 1);
    return QDate(year, parts[1].toInt(), 1);
}

QString periodName(const QString &key)
{
    const QDate start = periodStart(key);
    if (!start.isValid())
        return key;
    if (key.contains(QLatin1Char('Q')))
        return QCoreApplication::translate("ReviewFindingsController", "Q%1 %2",
                                           "quarter and year: Q4 2026")
            .arg((start.month() - 1) / 3 + 1)
            .arg(start.year());
    return QLocale().standaloneMonthName(start.month()) + QLatin1Char(' ') +
           QString::number(start.year());
}

QStringList calendarKeys(bool months, QDate oldest, QDate today)
{
    const int step = months ? 1 : 3;
    const auto startOf = [step](QDate date) {
        return QDate(date.year(), (date.month() - 1) / step * step + 1, 1);
    };
    QDate first = startOf(today).addMonths(-step); // the previous period, always
    if (oldest.isValid() && oldest < first)
        first = startOf(oldest);
    QStringList keys;
    for (QDate start = startOf(today); start >= first; start = start.addMonths(-step))
        keys << (months ? monthKey(start) : quarterKey(start));
    return keys;
}

PeriodWindow periodWindow(const QString &kind, const QString &key, const QString &fromDate,
                          const QString &toDate)
{
    PeriodWindow w;
    if (kind == QLatin1String("month") || kind == QLatin1String("quarter")) {
        const QDate start = periodStart(key);
        if (!start.isValid())
            return w; // no walks yet: any time
        const int months = kind == QLatin1String("month") ? 1 : 3;
        const QDate before = start.addMonths(-months);
        w.fromMs = midnight(start);
        w.toMs = midnight(start.addMonths(months));
        w.previousFromMs = midnight(before);
        w.label = periodName(key);
        w.previousLabel = periodName(months == 1 ? monthKey(before) : quarterKey(before));
    } else if (kind == QLatin1String("range")) {
        const QDate from = QDate::fromString(fromDate, Qt::ISODate);
        const QDate to = QDate::fromString(toDate, Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from) {
            w.valid = false;
            return w;
        }
        const qint64 days = from.daysTo(to) + 1;
        w.fromMs = midnight(from);
        w.toMs = midnight(to.addDays(1));
        w.previousFromMs = midnight(from.addDays(-days));
        const QString pattern = QStringLiteral("d MMM yyyy");
        w.label = QCoreApplication::translate("ReviewFindingsController", "%1 to %2")
                      .arg(QLocale().toString(from, pattern), QLocale().toString(to, pattern));
        w.previousLabel = QCoreApplication::translate("ReviewFindingsController", "%1 to %2")
                              .arg(QLocale().toString(from.addDays(-days), pattern),
                                   QLocale().toString(from.addDays(-1), pattern));
    }
    return w;
}

} // namespace review
