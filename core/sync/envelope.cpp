#include "sync/envelope.h"

#include "sync/sync_error.h"

#include <QtEndian>
#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its::sync {

namespace {

constexpr char kMagic[] = "ITSENV1\n";
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kMaxHeader = 64 * 1024;

const unsigned char *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

[[noreturn]] void malformed(const std::string &why)
{
    throw SyncError(SyncErrorKind::Format, "malformed envelope: " + why);
}

QByteArray headerJson(const EnvelopeHeader &header)
{
    nlohmann::json json = {{"format", kEnvelopeFormat},
                           {"version", header.version},
                           {"circle", header.circleId.toStdString()},
                           {"device", header.deviceId.toStdString()},
                           {"walk", header.walkId.toStdString()},
                           {"revision", header.revision},
                           {"finishedMs", header.finishedMs},
                           {"sealedMs", header.sealedMs},
                           {"reviewKey", header.reviewKey.toStdString()}};
    if (header.sealedBytes > 0)
        json["sealedBytes"] = header.sealedBytes;
    return QByteArray::fromStdString(json.dump());
}

EnvelopeHeader headerFromJson(const QByteArray &text)
{
    const auto json = nlohmann::json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object())
        malformed("header is not a JSON object");
    auto field = [&](const char *name, nlohmann::json::value_t type) -> const nlohmann::json & {
        auto it = json.find(name);
        const bool numberOk = type == nlohmann::json::value_t::number_integer && it != json.end() &&
                              it->is_number_integer();
        if (it == json.end() || (!numberOk && it->type() != type))
            malformed(std::string("header field '") + name + "' missing or of the wrong type");
        return *it;
    };
    using T = nlohmann::json::value_t;
    if (field("format", T::string).get<std::string>() != kEnvelopeFormat)
        malformed("not an intheirshoes envelope");
    EnvelopeHeader header;
    header.version = field("version", T::number_integer).get<int>();
    if (header.version != kEnvelopeVersion)
        malformed("unsupported envelope version " + std::to_string(header.version));
    auto str = [&](const char *name) {
        return QString::fromStdString(field(name, T::string).get<std::string>());
    };
    header.circleId = str("circle");
    header.deviceId = str("device");
    header.walkId = str("walk");
    header.reviewKey = str("reviewKey");
    header.revision = field("revision", T::number_integer).get<int>();
    header.finishedMs = field("finishedMs", T::number_integer).get<qint64>();
    header.sealedMs = field("sealedMs", T::number_integer).get<qint64>();
    if (json.contains("sealedBytes")) {
        header.sealedBytes = field("sealedBytes", T::number_integer).get<qint64>();
        if (header.sealedBytes < crypto_box_SEALBYTES)
            malformed("sealedBytes is smaller than a sealed box");
    }
    if (header.revision < 1)
        malformed("revision must be >= 1");
    if (header.deviceId.isEmpty() || header.walkId.isEmpty())
        malformed("device and walk ids must not be empty");
    return header;
}

} // namespace

QByteArray sealEnvelope(EnvelopeHeader header, const QByteArray &summaryJson,
                        const QByteArray &reviewPublic, const DeviceKeys &device)
{
    ensureSodium();
    if (reviewPublic.size() != crypto_box_PUBLICKEYBYTES)
        throw SyncError(SyncErrorKind::Crypto, "review public key has the wrong size");
    header.version = kEnvelopeVersion;
    header.deviceId = device.deviceId();
    header.reviewKey = fingerprint(reviewPublic);

    QByteArray ciphertext(summaryJson.size() + qsizetype{crypto_box_SEALBYTES}, '\0');
    header.sealedBytes = ciphertext.size();
    crypto_box_seal(reinterpret_cast<unsigned char *>(ciphertext.data()), u8(summaryJson),
                    static_cast<unsigned long long>(summaryJson.size()), u8(reviewPublic));

    const QByteArray headerBytes = headerJson(header);
    QByteArray out;
    out.reserve(kMagicSize + 4 + headerBytes.size() + ciphertext.size() + crypto_sign_BYTES);
    out.append(kMagic, kMagicSize);
    char length[4];
    qToBigEndian(static_cast<quint32>(headerBytes.size()), length);
    out.append(length, 4);
    out.append(headerBytes);
    out.append(ciphertext);
    out.append(signDetached(out, device.signSecret));
    return out;
}

ParsedEnvelope parseEnvelope(const QByteArray &bytes)
{
    if (bytes.size() < kMagicSize + 4 || bytes.left(kMagicSize) != QByteArray(kMagic, kMagicSize))
        malformed("missing ITSENV1 magic");
    const auto headerSize =
        static_cast<qsizetype>(qFromBigEndian<quint32>(bytes.constData() + kMagicSize));
    const qsizetype headerStart = kMagicSize + 4;
    if (headerSize <= 0 || headerSize > kMaxHeader ||
        bytes.size() < headerStart + headerSize + crypto_box_SEALBYTES + crypto_sign_BYTES)
        malformed("truncated (header length " + std::to_string(headerSize) + ", total " +
                  std::to_string(bytes.size()) + " bytes)");
    ParsedEnvelope envelope;
    envelope.header = headerFromJson(bytes.mid(headerStart, headerSize));
    const qint64 sealed = envelope.header.sealedBytes;
    if (sealed > 0 && bytes.size() != headerStart + headerSize + sealed + crypto_sign_BYTES)
        malformed("size " + std::to_string(bytes.size()) + " bytes does not match the " +
                  std::to_string(sealed) + "-byte sealed box its header states");
    const qsizetype signedSize = bytes.size() - crypto_sign_BYTES;
    envelope.signedPart = bytes.left(signedSize);
    envelope.ciphertext =
        bytes.mid(headerStart + headerSize, signedSize - headerStart - headerSize);
    envelope.signature = bytes.mid(signedSize);
    return envelope;
}

std::optional<QString> incompleteEnvelope(const QByteArray &bytes)
{
    const auto cut = [&](qint64 expected) -> std::optional<QString> {
        if (expected <= 0)
            return QStringLiteral("incomplete: only %1 bytes, the header is cut").arg(bytes.size());
        return QStringLiteral("incomplete: %1 of %2 bytes").arg(bytes.size()).arg(expected);
    };
    const QByteArray magic(kMagic, kMagicSize);
    if (bytes.size() < kMagicSize + 4)
        return magic.startsWith(bytes.left(kMagicSize)) ? cut(0) : std::nullopt;
    if (!bytes.startsWith(magic))
        return std::nullopt;
    const auto headerSize =
        static_cast<qsizetype>(qFromBigEndian<quint32>(bytes.constData() + kMagicSize));
    const qsizetype headerEnd = kMagicSize + 4 + headerSize;
    if (headerSize <= 0 || headerSize > kMaxHeader)
        return std::nullopt;
    if (bytes.size() < headerEnd)
        return cut(0);
    qint64 sealed = 0;
    try {
        sealed = headerFromJson(bytes.mid(kMagicSize + 4, headerSize)).sealedBytes;
    } catch (const SyncError &) {
        return std::nullopt; // a whole header that is wrong: malformed, not cut short
    }
    const qint64 expected =
        headerEnd + (sealed > 0 ? sealed : qint64{crypto_box_SEALBYTES}) + crypto_sign_BYTES;
    if (bytes.size() >= expected)
        return std::nullopt;
    return sealed > 0 ? cut(expected)
                      : QStringLiteral("incomplete: %1 bytes, at least %2 expected")
                            .arg(bytes.size())
                            .arg(expected);
}

bool verifyEnvelope(const ParsedEnvelope &envelope, const QByteArray &signPublic)
{
    return deviceIdFor(signPublic) == envelope.header.deviceId &&
           verifyDetached(envelope.signedPart, envelope.signature, signPublic);
}

QByteArray openEnvelope(const ParsedEnvelope &envelope, const ReviewKeys &review)
{
    const QString ours = fingerprint(review.boxPublic);
    if (envelope.header.reviewKey != ours)
        throw SyncError(SyncErrorKind::Crypto, "envelope is sealed to review key " +
                                                   envelope.header.reviewKey.toStdString() +
                                                   " but this review holds key " +
                                                   ours.toStdString() +
                                                   " (wrong review circle or an old key)");
    QByteArray plain(envelope.ciphertext.size() - qsizetype{crypto_box_SEALBYTES}, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             u8(envelope.ciphertext),
                             static_cast<unsigned long long>(envelope.ciphertext.size()),
                             u8(review.boxPublic), review.boxSecret.data()) != 0)
        throw SyncError(SyncErrorKind::Crypto,
                        "envelope cannot be decrypted with this review key (wrong key or damaged)");
    return plain;
}

} // namespace its::sync
