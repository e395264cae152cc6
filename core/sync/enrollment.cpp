#include "sync/enrollment.h"

#include "sync/sync_error.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its::sync {

namespace {

constexpr const char *kEnrollmentFormat = "intheirshoes.enrollment";
constexpr qsizetype kLabelBlock = 128; // sealed labels are padded to a multiple of this

const unsigned char *u8(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// What the signature covers: every field but the signature, in nlohmann's (sorted) key order.
nlohmann::json unsignedJson(const EnrollmentRequest &request, int version,
                            const QByteArray &sealedLabel)
{
    nlohmann::json json = {{"format", kEnrollmentFormat},
                           {"version", version},
                           {"circle", request.circleId.toStdString()},
                           {"device", request.deviceId.toStdString()},
                           {"signKey", toBase64(request.signPublic).toStdString()},
                           {"reviewKey", request.reviewKey.toStdString()},
                           {"createdMs", request.createdMs}};
    if (version == 1)
        json["label"] = request.label.toStdString();
    else
        json["sealedLabel"] = toBase64(sealedLabel).toStdString();
    return json;
}

QByteArray canonical(const nlohmann::json &json)
{
    return QByteArray::fromStdString(json.dump());
}

// {"label": ...} padded with spaces (still valid JSON) to a whole number of blocks.
QByteArray sealLabel(const QString &label, const QByteArray &reviewPublic)
{
    ensureSodium();
    if (reviewPublic.size() != crypto_box_PUBLICKEYBYTES)
        throw SyncError(SyncErrorKind::Crypto, "review public key has the wrong size");
    QByteArray plain =
        QByteArray::fromStdString(nlohmann::json{{"label", label.toStdString()}}.dump());
    plain.append(kLabelBlock - plain.size() % kLabelBlock, ' ');
    QByteArray sealed(plain.size() + qsizetype{crypto_box_SEALBYTES}, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), u8(plain),
                    static_cast<unsigned long long>(plain.size()), u8(reviewPublic));
    return sealed;
}

QString openLabel(const QByteArray &sealed, const ReviewKeys &review)
{
    if (sealed.size() <= qsizetype{crypto_box_SEALBYTES})
        throw SyncError(SyncErrorKind::Format, "enrollment request: sealed label is too short");
    QByteArray plain(sealed.size() - qsizetype{crypto_box_SEALBYTES}, '\0');
    if (review.boxPublic.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), u8(sealed),
                             static_cast<unsigned long long>(sealed.size()), u8(review.boxPublic),
                             review.boxSecret.data()) != 0)
        throw SyncError(SyncErrorKind::Crypto,
                        "the enrollment request's label cannot be opened with this review key "
                        "(a request for another review)");
    const auto json = nlohmann::json::parse(plain.constBegin(), plain.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("label") ||
        !json.at("label").is_string())
        throw SyncError(SyncErrorKind::Format, "enrollment request: sealed label is malformed");
    return QString::fromStdString(json.at("label").get<std::string>());
}

} // namespace

QByteArray makeEnrollmentRequest(EnrollmentRequest request, const DeviceKeys &device,
                                 const QByteArray &reviewPublic)
{
    request.deviceId = device.deviceId();
    request.signPublic = device.signPublic;
    nlohmann::json json =
        unsignedJson(request, kEnrollmentVersion, sealLabel(request.label, reviewPublic));
    const QByteArray signature = signDetached(canonical(json), device.signSecret);
    json["signature"] = toBase64(signature).toStdString();
    return QByteArray::fromStdString(json.dump(2) + "\n");
}

EnrollmentRequest parseEnrollmentRequest(const QByteArray &file, const ReviewKeys &review)
{
    const auto json = nlohmann::json::parse(file.constBegin(), file.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != kEnrollmentFormat)
        throw SyncError(SyncErrorKind::Format, "not an intheirshoes enrollment request");
    EnrollmentRequest request;
    QByteArray signature;
    QByteArray sealedLabel;
    int version = 0;
    try {
        version = json.at("version").get<int>();
        if (version != 1 && version != kEnrollmentVersion)
            throw SyncError(SyncErrorKind::Format,
                            "unsupported enrollment request version " + std::to_string(version));
        auto str = [&](const char *key) {
            return QString::fromStdString(json.at(key).get<std::string>());
        };
        request.circleId = str("circle");
        request.deviceId = str("device");
        if (version == 1)
            request.label = str("label");
        else
            sealedLabel = fromBase64(str("sealedLabel"), "sealedLabel");
        request.reviewKey = str("reviewKey");
        request.createdMs = json.at("createdMs").get<qint64>();
        request.signPublic = fromBase64(str("signKey"), "signKey", crypto_sign_PUBLICKEYBYTES);
        signature = fromBase64(str("signature"), "signature", crypto_sign_BYTES);
    } catch (const nlohmann::json::exception &error) {
        throw SyncError(SyncErrorKind::Format,
                        std::string("malformed enrollment request: ") + error.what());
    }
    if (deviceIdFor(request.signPublic) != request.deviceId)
        throw SyncError(SyncErrorKind::Crypto,
                        "enrollment request device id does not match its key");
    if (!verifyDetached(canonical(unsignedJson(request, version, sealedLabel)), signature,
                        request.signPublic))
        throw SyncError(SyncErrorKind::Crypto, "enrollment request signature is invalid");
    if (version != 1)
        request.label = openLabel(sealedLabel, review);
    return request;
}

} // namespace its::sync
