#include "sync/enrollment.h"

#include "sync/sync_error.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace its::sync {

namespace {

constexpr const char *kEnrollmentFormat = "intheirshoes.enrollment";

nlohmann::json unsignedJson(const EnrollmentRequest &request)
{
    return {{"format", kEnrollmentFormat},
            {"version", 1},
            {"circle", request.circleId.toStdString()},
            {"device", request.deviceId.toStdString()},
            {"label", request.label.toStdString()},
            {"signKey", toBase64(request.signPublic).toStdString()},
            {"reviewKey", request.reviewKey.toStdString()},
            {"createdMs", request.createdMs}};
}

QByteArray canonical(const nlohmann::json &json)
{
    return QByteArray::fromStdString(json.dump());
}

} // namespace

QByteArray makeEnrollmentRequest(EnrollmentRequest request, const DeviceKeys &device)
{
    request.deviceId = device.deviceId();
    request.signPublic = device.signPublic;
    nlohmann::json json = unsignedJson(request);
    const QByteArray signature = signDetached(canonical(json), device.signSecret);
    json["signature"] = toBase64(signature).toStdString();
    return QByteArray::fromStdString(json.dump(2) + "\n");
}

EnrollmentRequest parseEnrollmentRequest(const QByteArray &file)
{
    const auto json = nlohmann::json::parse(file.constBegin(), file.constEnd(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", "") != kEnrollmentFormat)
        throw SyncError(SyncErrorKind::Format, "not an intheirshoes enrollment request");
    EnrollmentRequest request;
    QByteArray signature;
    try {
        if (json.at("version").get<int>() != 1)
            throw SyncError(SyncErrorKind::Format, "unsupported enrollment request version");
        auto str = [&](const char *key) {
            return QString::fromStdString(json.at(key).get<std::string>());
        };
        request.circleId = str("circle");
        request.deviceId = str("device");
        request.label = str("label");
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
    if (!verifyDetached(canonical(unsignedJson(request)), signature, request.signPublic))
        throw SyncError(SyncErrorKind::Crypto, "enrollment request signature is invalid");
    return request;
}

} // namespace its::sync
