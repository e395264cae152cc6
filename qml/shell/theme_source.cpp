#include "theme_source.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTheme, "its.theme")

namespace {
const QString kThemePath = QStringLiteral(":/InTheirShoes/theme/theme.json");
}

ThemeSource::ThemeSource(QObject *parent)
    : QObject(parent)
{
    static const QJsonObject cached = load(kThemePath);
    m_root = cached;
}

QJsonObject ThemeSource::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcTheme) << "cannot open" << path;
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcTheme) << path << "is not a JSON object:" << error.errorString();
        return {};
    }
    return doc.object();
}

QColor ThemeSource::color(const QString &role, bool dark) const
{
    const QJsonObject palette =
        m_root.value(QStringLiteral("colors")).toObject().value(dark ? "dark" : "light").toObject();
    const QString value = palette.value(role).toString();
    if (value.isEmpty()) {
        qCWarning(lcTheme) << "missing color" << role;
        return QColor(Qt::magenta);
    }
    return QColor(value);
}

qreal ThemeSource::metric(const QString &group, const QString &name) const
{
    const QJsonValue value = m_root.value(group).toObject().value(name);
    if (!value.isDouble())
        qCWarning(lcTheme) << "missing metric" << group << name;
    return value.toDouble(0.0);
}
