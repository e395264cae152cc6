#pragma once
// Shared by the vault tests: a small journey template, a clock-free TimePoint maker and a
// snapshot of every file's bytes in a folder.

#include "domain/journey.h"
#include "domain/walk.h"
#include "timing/time_point.h"
#include "vault/evidence_store.h"
#include "vault/secure_key.h"
#include "vault/vault_error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>
#include <string>

namespace its::testing {

inline JourneyTemplate sampleTemplate(const std::string &id = "telco-cancel")
{
    JourneyTemplate journey;
    journey.id = id;
    journey.name = "Disdetta contratto";
    journey.sector = "telco";
    journey.language = "it";
    journey.persona = {"Cliente in uscita", "Vuole disdire la fibra"};
    Touchpoint call;
    call.id = "call";
    call.name = "Chiamata al 187";
    call.channel = Channel::Phone;
    call.department = "customer-care";
    call.slas = {{"queue", 120}};
    call.criteria = {{"greeting", "Saluto", 1.0, CriterionKind::MustBe},
                     {"empathy", "Empatia", 2.0, CriterionKind::Delighter}};
    Touchpoint mail;
    mail.id = "mail";
    mail.name = "PEC di disdetta";
    mail.channel = Channel::Email;
    mail.department = "back-office";
    journey.stages = {Stage{"leave", "Uscita", {call, mail}}};
    return journey;
}

inline TimePoint at(std::int64_t wallMs, std::int64_t monoMs = -1, std::string anchor = "boot:t")
{
    return TimePoint{wallMs, monoMs < 0 ? wallMs : monoMs, std::move(anchor)};
}

// File name -> SHA-256 of its bytes, for every regular file in `dir`.
inline QMap<QString, QByteArray> hashFolder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            out.insert(info.fileName(),
                       QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// QCOMPARE cannot print the project's enums (their toString returns string_view): compare names.
template <typename Enum> QString nameOf(Enum value)
{
    using its::toString;
    return QString::fromStdString(std::string(toString(value)));
}

inline QByteArray keyHex(const SecureKey &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<int>(key.size()))
        .toHex();
}

} // namespace its::testing

// QVERIFY_THROWS_EXCEPTION checks only the type; this checks the vault's error code too.
#define ITS_VERIFY_VAULT_ERROR(expression, expectedCode)                                           \
    do {                                                                                           \
        bool thrown_ = false;                                                                      \
        try {                                                                                      \
            expression;                                                                            \
        } catch (const its::VaultError &e_) {                                                      \
            thrown_ = true;                                                                        \
            QVERIFY2(e_.code() == (expectedCode), e_.what());                                      \
        }                                                                                          \
        QVERIFY2(thrown_, "expected a VaultError");                                                \
    } while (false)
