#pragma once
// The dashboard's periods: "2026-11" and "2026-Q4" keys, their names in the UI language and the
// time window a period kind + key (or a from-to range) stands for, with the period before it.
// Pure functions of their arguments and the system time zone; words in the controller's
// translation context.

#include <QDate>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace review {

QString monthKey(QDate date);
QString quarterKey(QDate date);
// The first day of a "2026-11" or "2026-Q4" period; invalid for anything else.
QDate periodStart(const QString &key);
// A period key in words: "2026-Q4" -> "Q4 2026", "2026-11" -> "November 2026".
QString periodName(const QString &key);

// Every month ("2026-11") or quarter ("2026-Q4") from the one holding `oldest` to the one
// holding `today`, newest first, with or without walks: the current and the previous period are
// always there (a CCO picks them by the calendar, and an empty one says "No walks match").
QStringList calendarKeys(bool months, QDate oldest, QDate today);

struct PeriodWindow
{
    std::optional<std::int64_t> fromMs, toMs, previousFromMs;
    QString label, previousLabel;
    bool valid = true;
};
// kind: "all", "month", "quarter" or "range" (fromDate..toDate, ISO dates, both included).
// Labels are made in the language of the moment.
PeriodWindow periodWindow(const QString &kind, const QString &key, const QString &fromDate,
                          const QString &toDate);

} // namespace review
