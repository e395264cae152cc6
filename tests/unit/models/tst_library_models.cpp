// The journey library models against a real vault: listing, filters, import (good and bad
// files), duplicate, and template editing saved back to the TemplateStore.
#include "model_fixture.h"
#include "template_document.h"
#include "template_list_model.h"
#include "vault/template_store.h"
#include "vault/vault.h"

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
} // namespace

class TstLibraryModels : public QObject
{
    Q_OBJECT

private slots:
    // A first unlock must not open an empty library: the starter journeys are embedded in
    // the app and imported in the UI language.
    void starterTemplatesImportInTheUiLanguage()
    {
        ModelFixture fixture;
        QVERIFY(fixture.ready());
        TemplateListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(fixture.session());
        QCOMPARE(model.importStarterTemplates(QStringLiteral("it")), 8);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.importStarterTemplates(QStringLiteral("it")),
                 0); // only into an empty library
        for (const its::TemplateHeader &header :
             its::TemplateStore(fixture.session()->vault()->db()).list())
            QCOMPARE(QString::fromStdString(header.language), QStringLiteral("it"));
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
