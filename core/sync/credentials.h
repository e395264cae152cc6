#pragma once
// Where a WebDAV target's user name and password come from. The app feeds this from the platform
// keychain (QtKeychain behind platform's SecretStore); the CLI from environment variables; tests
// from a fixed value. core/ only sees this interface.

#include <QString>
#include <QUrl>
#include <optional>

namespace its::sync {

struct Credentials
{
    QString user;
    QString password;
};

class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    // nullopt: connect without credentials.
    virtual std::optional<Credentials> credentialsFor(const QUrl &target) = 0;
};

class FixedCredentials final : public CredentialProvider
{
public:
    explicit FixedCredentials(std::optional<Credentials> credentials)
        : credentials_(std::move(credentials))
    {
    }
    std::optional<Credentials> credentialsFor(const QUrl &) override { return credentials_; }

private:
    std::optional<Credentials> credentials_;
};

} // namespace its::sync
