#pragma once
// A small, dependency-free passphrase strength estimate (in the spirit of zxcvbn, much simpler):
// the passphrase is split into tokens at spaces and punctuation; a letters-only token counts as a
// dictionary word (~12 bits), any other token as random characters from its pool; then penalties
// for repeats, sequences and well-known passwords. Score 0-4 at 25/35/50/65 bits. It is a nudge,
// not a guarantee: Argon2id (MODERATE) is what makes guessing expensive.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace its::ui {

struct StrengthEstimate
{
    double bits = 0;
    int score = 0; // 0 very weak .. 4 strong
    bool common = false;
    bool repetitive = false;
    bool sequential = false;
};

StrengthEstimate estimatePassphrase(const QString &passphrase);

// The minimum score the first-run page accepts.
constexpr int kMinimumAcceptedScore = 2;

} // namespace its::ui

class PassphraseMeter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int minimumScore READ minimumScore CONSTANT)
public:
    using QObject::QObject;
    int minimumScore() const { return its::ui::kMinimumAcceptedScore; }
    Q_INVOKABLE int score(const QString &passphrase) const;
    // "Very weak" .. "Strong", translated.
    Q_INVOKABLE QString label(int score) const;
    // One short, translated tip on how to improve it; empty when it is strong.
    Q_INVOKABLE QString advice(const QString &passphrase) const;
};
