// Every text/background pair of qml/theme/theme.json meets WCAG 2.1 AA (4.5:1) in both themes,
// and interactive sizes meet the 44 px touch target.
#include <QColor>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

namespace {
double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
QJsonObject theme()
{
    QFile file(QStringLiteral(ITS_SOURCE_DIR "/qml/theme/theme.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TstThemeContrast : public QObject
{
    Q_OBJECT
private slots:
    void textPairsMeetAA_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<QString>("fg");
        QTest::addColumn<QString>("bg");
        const QList<QPair<QString, QString>> pairs = {{"text", "background"},
                                                      {"text", "surface"},
                                                      {"text", "surfaceAlt"},
                                                      {"textMuted", "background"},
                                                      {"textMuted", "surface"},
                                                      {"textMuted", "surfaceAlt"},
                                                      {"inkOnPrimary", "primary"},
                                                      {"primary", "surface"},
                                                      {"primary", "background"},
                                                      {"inkOnPrimarySoft", "primarySoft"},
                                                      {"inkOnDanger", "danger"},
                                                      {"danger", "surface"},
                                                      {"inkOnDangerSoft", "dangerSoft"},
                                                      {"inkOnWarningSoft", "warningSoft"},
                                                      {"warning", "surface"},
                                                      {"success", "surface"},
                                                      {"inkOnSuccessSoft", "successSoft"},
                                                      {"inkOnChart", "chartGood"},
                                                      {"inkOnChart", "chartMixed"},
                                                      {"inkOnChart", "chartPoor"}};
        for (const QString palette : {"light", "dark"})
            for (const auto &[fg, bg] : pairs)
                QTest::addRow("%s %s on %s", qPrintable(palette), qPrintable(fg), qPrintable(bg))
                    << palette << fg << bg;
    }
    void textPairsMeetAA()
    {
        QFETCH(QString, palette);
        QFETCH(QString, fg);
        QFETCH(QString, bg);
        const QJsonObject colors = theme().value("colors").toObject().value(palette).toObject();
        const QColor f(colors.value(fg).toString());
        const QColor b(colors.value(bg).toString());
        QVERIFY2(f.isValid() && b.isValid(), "color missing from theme.json");
        const double ratio = contrast(f, b);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1:1").arg(ratio, 0, 'f', 2)));
    }

    void touchTargetIsAtLeast44()
    {
        const QJsonObject size = theme().value("size").toObject();
        QVERIFY(size.value("touchTarget").toDouble() >= 44);
        QVERIFY(size.value("largeTouchTarget").toDouble() >= size.value("touchTarget").toDouble());
    }

    void bothPalettesHaveTheSameRoles()
    {
        const QJsonObject colors = theme().value("colors").toObject();
        QCOMPARE(colors.value("light").toObject().keys(), colors.value("dark").toObject().keys());
        QVERIFY(colors.value("light").toObject().size() > 10);
    }

    void noRoleLooksLikeASignalHandler()
    {
        // QML reads a property named onSomething as a handler: Theme.onPrimary would silently
        // stay black. Roles use "inkOn..." instead.
        const QJsonObject light = theme().value("colors").toObject().value("light").toObject();
        for (const QString &role : light.keys())
            QVERIFY2(!(role.startsWith("on") && role.size() > 2 && role.at(2).isUpper()),
                     qPrintable(role));
    }
};

QTEST_GUILESS_MAIN(TstThemeContrast)
#include "tst_theme_contrast.moc"
