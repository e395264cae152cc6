// The journey library models against a real vault: listing in the UI language, filters, import
// (good and bad files), duplicate, and template editing saved back to the TemplateStore.
#include "model_fixture.h"
#include "template_document.h"
#include "template_list_model.h"
#include "vault/template_store.h"
#include "vault/vault.h"
#include "walk_controller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
QStringList ids(const TemplateListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.templateId(row);
    return out;
}

QStringList names(const TemplateListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), TemplateListModel::NameRole).toString();
    return out;
}

QSet<QString> languages(const TemplateListModel &model)
{
    QSet<QString> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row, 0), TemplateListModel::LanguageRole).toString();
    return out;
}

QString languageOf(const TemplateListModel &model, const QString &id)
{
    const int row = int(ids(model).indexOf(id));
    return model.data(model.index(row, 0), TemplateListModel::LanguageRole).toString();
}
} // namespace

class TstLibraryModels : public QObject
{
    Q_OBJECT

private slots:
    // A first unlock must not open an empty library: the starter journeys are embedded in the
    // app, in Italian and English, and the library shows each in the UI language; switching
    // the language switches every journey at once.
    void starterJourneysFollowTheUiLanguage()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage(QStringLiteral("it"));
        model.setSession(fixture.session());
        QCOMPARE(model.importStarterTemplates(), 18); // 9 journeys x 2 languages
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.importStarterTemplates(), 0); // nothing missing: nothing imported again
        QCOMPARE(languages(model), QSet<QString>{QStringLiteral("it")});
        QVERIFY(names(model).contains(
            QStringLiteral("Chiudere il contratto luce e gas: disdetta, fattura finale e "
                           "recupero crediti")));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(languages(model), QSet<QString>{QStringLiteral("en")});
        QVERIFY(names(model).contains(QStringLiteral(
            "Cancelling electricity and gas: termination, final invoice and collections")));
        // The search looks at the names shown.
        model.setSearchText(QStringLiteral("telecom operator"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("telco-leave-operator")});
    }

    // A journey the library has in one language only is shown in that language.
    void aJourneyWithoutTheUiLanguageFallsBackToItsOther()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        model.setLanguage(QStringLiteral("it"));
        model.setSession(fixture.session());
        QVERIFY(
            !model.importFile(ModelFixture::templateFile(QStringLiteral("insurance-claim.en.json")))
                 .isEmpty());
        QVERIFY(
            !model.importFile(ModelFixture::templateFile(QStringLiteral("insurance-claim.it.json")))
                 .isEmpty());
        QVERIFY(!model
                     .importFile(ModelFixture::templateFile(
                         QStringLiteral("bank-mortgage-request.en.json")))
                     .isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(languageOf(model, QStringLiteral("insurance-claim")), QStringLiteral("it"));
        QCOMPARE(languageOf(model, QStringLiteral("bank-mortgage-request")), QStringLiteral("en"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(languageOf(model, QStringLiteral("insurance-claim")), QStringLiteral("en"));

        // The preview opens the same language the list shows, and follows a switch too.
        TemplateDocument doc;
        doc.setSession(fixture.session());
        doc.setPreferredLanguage(QStringLiteral("it"));
        doc.setTemplateId(QStringLiteral("insurance-claim"));
        QCOMPARE(doc.language(), QStringLiteral("it"));
        doc.setPreferredLanguage(QStringLiteral("en"));
        QCOMPARE(doc.language(), QStringLiteral("en"));
        doc.setTemplateId(QStringLiteral("bank-mortgage-request"));
        doc.setPreferredLanguage(QStringLiteral("it"));
        QCOMPARE(doc.language(), QStringLiteral("en"));

        // Deleting a journey deletes it in every language.
        QVERIFY(model.remove(QStringLiteral("insurance-claim")));
        QCOMPARE(ids(model), QStringList{QStringLiteral("bank-mortgage-request")});
    }

    // A vault filled before journeys were kept per language has each starter journey in one
    // language: the missing language is added, unless the journey was edited since.
    void anOlderLibraryGetsTheMissingLanguage()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("airline-ask-for-ceo"));
        fixture.importTemplate(QStringLiteral("insurance-claim"));
        its::JourneyTemplate claim = its::TemplateStore(fixture.db()).load("insurance-claim");
        claim.revision += 1; // edited in the app
        its::TemplateStore(fixture.db()).save(claim, 2);

        TemplateListModel model;
        model.setLanguage(QStringLiteral("it"));
        model.setSession(fixture.session());
        QCOMPARE(model.importStarterTemplates(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(languageOf(model, QStringLiteral("airline-ask-for-ceo")), QStringLiteral("it"));
        QCOMPARE(languageOf(model, QStringLiteral("insurance-claim")), QStringLiteral("en"));
    }

    // A walk keeps the copy of the journey it was started with: a language switch later, or
    // the journey's removal, changes nothing in it.
    void aWalkKeepsTheLanguageItWasWalkedIn()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        model.setLanguage(QStringLiteral("it"));
        model.setSession(fixture.session());
        QCOMPARE(model.importStarterTemplates(), 18);
        QString walkId;
        {
            WalkController walk;
            walk.setSession(fixture.session());
            QVERIFY2(
                walk.startWalk(QStringLiteral("telco-leave-operator"), {}, QStringLiteral("it")),
                qPrintable(walk.errorString()));
            walkId = walk.walkId();
            QVERIFY(walk.journeyName().startsWith(QStringLiteral("Lasciare un operatore")));
        }
        model.setLanguage(QStringLiteral("en"));
        QVERIFY(model.remove(QStringLiteral("telco-leave-operator")));
        WalkController reopened;
        reopened.setSession(fixture.session());
        QVERIFY(reopened.loadWalk(walkId));
        QVERIFY(reopened.journeyName().startsWith(QStringLiteral("Lasciare un operatore")));
    }

    void importsFiltersAndSearches()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(fixture.session());
        QCOMPARE(model.rowCount(), 0);

        for (const char *name : {"airline-ask-for-ceo", "bank-mortgage-request",
                                 "telco-switch-provider", "web-self-service-answer"}) {
            const QString id = model.importFile(
                ModelFixture::templateFile(QString::fromLatin1(name) + QStringLiteral(".en.json")));
            QCOMPARE(id, QString::fromLatin1(name));
        }
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), 4);
        QVERIFY(model.errorString().isEmpty());
        QVERIFY(model.availableSectors().contains(QStringLiteral("bank")));

        model.setSector(QStringLiteral("bank"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("bank-mortgage-request")});
        model.setSector({});
        model.setChannel(QStringLiteral("phone"));
        QVERIFY(ids(model).contains(QStringLiteral("airline-ask-for-ceo")));
        QVERIFY(!ids(model).contains(QStringLiteral("web-self-service-answer")));
        model.setChannel({});
        model.setSearchText(QStringLiteral("MORTGAGE"));
        QCOMPARE(ids(model), QStringList{QStringLiteral("bank-mortgage-request")});
        model.setSearchText(QStringLiteral("no such journey"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText({});
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex first = model.index(0, 0);
        QVERIFY(!model.data(first, TemplateListModel::ChannelsRole).toStringList().isEmpty());
        QVERIFY(!model.data(first, TemplateListModel::NameRole).toString().isEmpty());
    }

    void badFilesAreExplainedAndChangeNothing()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(fixture.session());
        model.importFile(ModelFixture::templateFile(QStringLiteral("insurance-claim.en.json")));
        QCOMPARE(model.rowCount(), 1);

        // A wrong channel deep inside: the error names the JSON path of the field.
        QFile good(
            ModelFixture::templateFile(QStringLiteral("insurance-claim.en.json")).toLocalFile());
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray text = good.readAll();
        text.replace("\"channel\": \"phone\"", "\"channel\": \"pigeon\"");
        QCOMPARE(model.importFile(fixture.writeFile(QStringLiteral("bad.json"), text)), QString());
        QVERIFY2(model.errorString().contains(QStringLiteral("/stages/0/touchpoints/0/channel")),
                 qPrintable(model.errorString()));

        QCOMPARE(
            model.importFile(fixture.writeFile(QStringLiteral("broken.json"), "{\"format\": ")),
            QString());
        QVERIFY(model.errorString().contains(QStringLiteral("broken.json")));
        QCOMPARE(
            model.importFile(QUrl::fromLocalFile(fixture.path(QStringLiteral("missing.json")))),
            QString());
        QVERIFY(model.errorString().contains(QStringLiteral("missing.json")));
        QCOMPARE(model.rowCount(), 1);
    }

    void duplicateEditAndSave()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel library;
        library.setSession(fixture.session());
        const QString original = library.importFile(
            ModelFixture::templateFile(QStringLiteral("utility-cancel-contract.en.json")));
        QVERIFY(!original.isEmpty());
        const QString copy = library.duplicate(original);
        QVERIFY(!copy.isEmpty());
        QVERIFY(copy != original);
        QCOMPARE(library.rowCount(), 2);

        TemplateDocument doc;
        QAbstractItemModelTester tester(doc.touchpoints(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc.setSession(fixture.session());
        doc.setTemplateId(copy);
        QVERIFY(doc.loaded());
        const int before = doc.touchpoints()->rowCount();
        QVERIFY(before > 0);

        const int added = doc.addTouchpoint(0, QStringLiteral("Chat with billing"),
                                            QStringLiteral("chat"), QStringLiteral("billing"));
        QVERIFY(added >= 0);
        QCOMPARE(doc.touchpoints()->rowCount(), before + 1);
        QVERIFY(doc.addCriterion(added, QStringLiteral("Knows my account"), true, 2.0));
        QVERIFY(doc.addCriterion(added, QStringLiteral("Offers a goodwill gesture"), false, 1.0));
        QVERIFY(doc.addSla(added, QStringLiteral("queue"), 120));
        QVERIFY(!doc.addSla(added, QStringLiteral("queue"), 0)); // bad input refused
        QVERIFY(!doc.errorString().isEmpty());
        QVERIFY(doc.removeTouchpoint(0)); // remove the first one
        QVERIFY(doc.dirty());
        doc.setName(QStringLiteral("Cancel, edited"));
        QVERIFY2(doc.save(), qPrintable(doc.errorString()));
        QVERIFY(!doc.dirty());

        const its::JourneyTemplate stored =
            its::TemplateStore(fixture.db()).load(copy.toStdString());
        QCOMPARE(QString::fromStdString(stored.name), QStringLiteral("Cancel, edited"));
        QCOMPARE(int(stored.touchpoints().size()), before);
        const its::Touchpoint *chat = nullptr;
        for (const its::Touchpoint *tp : stored.touchpoints())
            if (tp->name == "Chat with billing")
                chat = tp;
        QVERIFY(chat);
        QCOMPARE(chat->department, std::string("billing"));
        QCOMPARE(int(chat->criteria.size()), 2);
        QVERIFY(chat->criteria[1].kind == its::CriterionKind::Delighter);
        QCOMPARE(int(chat->slas.size()), 1);
        QCOMPARE(chat->slas[0].targetSeconds, std::int64_t{120});
        // The original is untouched.
        QVERIFY(int(its::TemplateStore(fixture.db())
                        .load(original.toStdString())
                        .touchpoints()
                        .size()) == before);
    }

    void invalidEditIsRejectedWithPath()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        fixture.importTemplate(QStringLiteral("retail-product-return"));
        const int revision =
            its::TemplateStore(fixture.db()).load("retail-product-return").revision;
        TemplateDocument doc;
        doc.setSession(fixture.session());
        doc.setTemplateId(QStringLiteral("retail-product-return"));
        QVERIFY(doc.loaded());
        // A target on a phase the web channel does not have: the strict reader refuses it.
        QVERIFY(doc.addSla(0, QStringLiteral("ringing"), 30));
        QVERIFY(!doc.save());
        QVERIFY2(doc.errorString().contains(QStringLiteral("/slas/")),
                 qPrintable(doc.errorString()));
        QVERIFY(doc.dirty()); // the edit is kept so the user can fix it
        const its::JourneyTemplate stored =
            its::TemplateStore(fixture.db()).load("retail-product-return");
        QCOMPARE(stored.revision, revision);
    }
};

QTEST_GUILESS_MAIN(TstLibraryModels)
#include "tst_library_models.moc"
