// Vocabulary's durations and dates: the one place the UI turns milliseconds into text. The
// rules per magnitude live in core/timing/duration_format.h; this file only supplies the words
// in the UI language and the date pattern.
#include "timing/duration_format.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QLocale>

namespace {

its::DurationUnits unitsInUiLanguage()
{
    its::DurationUnits units;
    units.day = Vocabulary::tr("d", "unit symbol for days, as in '2 d 0 h 39 min'").toStdString();
    units.hour = Vocabulary::tr("h", "unit symbol for hours, as in '2 d 0 h 39 min'").toStdString();
    units.minute =
        Vocabulary::tr("min", "unit symbol for minutes, as in '2 d 0 h 39 min'").toStdString();
    units.second = Vocabulary::tr("s", "unit symbol for seconds, as in '2 min 30 s'").toStdString();
    units.oneDay = Vocabulary::tr("day", "a target of exactly one day: '1 day'").toStdString();
    units.manyDays = Vocabulary::tr("days", "a target of whole days: '5 days'").toStdString();
    units.oneHour = Vocabulary::tr("hour", "a target of exactly one hour: '1 hour'").toStdString();
    units.manyHours = Vocabulary::tr("hours", "a target of whole hours: '4 hours'").toStdString();
    return units;
}

// Day, short month name and full year read the same way in every locale we ship
// ("3 Dec 2026", "3 dic 2026"), unlike "12/3/26". QLocale() is the UI language (AppController
// sets it as the default).
const QString kDatePattern = QStringLiteral("d MMM yyyy");
const QString kTimePattern = QStringLiteral("HH:mm");

} // namespace

QString Vocabulary::duration(qint64 ms)
{
    return QString::fromStdString(its::formatDuration(ms, unitsInUiLanguage()));
}

QString Vocabulary::target(qint64 ms)
{
    return QString::fromStdString(its::formatTarget(ms, unitsInUiLanguage()));
}

QString Vocabulary::date(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date(), kDatePattern);
}

QString Vocabulary::time(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).time(), kTimePattern);
}

QString Vocabulary::dateTime(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return {};
    //: a date and a time of day: "3 Dec 2026, 10:15"
    return tr("%1, %2").arg(date(msSinceEpoch), time(msSinceEpoch));
}

QString Vocabulary::cesScaleLabel(const QString &scale)
{
    if (scale == u"ces2-7pt")
        return tr("CES 2.0, scale from 1 to 7");
    // A scale from a newer app version: say so rather than show an id.
    return tr("another effort scale");
}
