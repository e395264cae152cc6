#include "passphrase_strength.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace its::ui {

namespace {
// A few of the most used passwords in English and Italian leaks; any passphrase that is one of
// these, or one of these plus digits, is treated as guessed at once.
const QSet<QString> &commonPasswords()
{
    static const QSet<QString> words = {
        "password",   "passw0rd",  "123456",   "12345678", "123456789",  "qwerty",
        "qwertyuiop", "letmein",   "iloveyou", "admin",    "welcome",    "monkey",
        "dragon",     "football",  "ciao",     "ciaociao", "amore",      "juventus",
        "napoli",     "milan",     "inter",    "roma",     "francesca",  "andrea",
        "giuseppe",   "password1", "abc123",   "segreto",  "passpartout"};
    return words;
}

int longestRun(const QString &s, int step)
{
    int best = s.isEmpty() ? 0 : 1;
    int run = 1;
    for (qsizetype i = 1; i < s.size(); ++i) {
        run = (s[i].unicode() - s[i - 1].unicode() == step) ? run + 1 : 1;
        best = std::max(best, run);
    }
    return best;
}

double poolBits(const QString &s)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : s) {
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) +
                     (other ? 40 : 0);
    return pool == 0 ? 0.0 : static_cast<double>(s.size()) * std::log2(pool);
}
} // namespace

// A token of letters only is treated as a dictionary word: ~12 bits, a little more when long.
// Anything else (digits, symbols) is costed as random characters from its character pool.
double tokenBits(const QString &token)
{
    const bool lettersOnly =
        std::all_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
    if (!lettersOnly)
        return poolBits(token);
    const double asWord = 12.0 + 2.0 * std::max<double>(0.0, static_cast<double>(token.size()) - 6);
    return std::min(poolBits(token), asWord);
}

StrengthEstimate estimatePassphrase(const QString &passphrase)
{
    StrengthEstimate e;
    const QString lower = passphrase.toLower();
    static const QRegularExpression trailingDigits(QStringLiteral("[0-9!.]*$"));
    QString stem = lower;
    stem.remove(trailingDigits);
    e.common = commonPasswords().contains(lower) || commonPasswords().contains(stem);

    static const QRegularExpression separators(QStringLiteral("[\\s\\-_.,;:]+"));
    const QStringList tokens = passphrase.split(separators, Qt::SkipEmptyParts);
    double bits = 0;
    for (const QString &token : tokens)
        bits += tokenBits(token);
    bits += 2.0 * static_cast<double>(std::max<qsizetype>(0, tokens.size() - 1)); // separators

    const int repeat = longestRun(lower, 0);
    const int sequence = std::max(longestRun(lower, 1), longestRun(lower, -1));
    e.repetitive = repeat >= 3;
    e.sequential = sequence >= 4;
    const double perChar =
        passphrase.isEmpty() ? 0.0 : bits / static_cast<double>(passphrase.size());
    if (e.repetitive)
        bits -= perChar * (repeat - 1);
    if (e.sequential)
        bits -= perChar * (sequence - 1);
    if (e.common)
        bits = std::min(bits, 10.0);

    e.bits = std::max(0.0, bits);
    e.score = e.bits < 25 ? 0 : e.bits < 35 ? 1 : e.bits < 50 ? 2 : e.bits < 65 ? 3 : 4;
    return e;
}

} // namespace its::ui

int PassphraseMeter::score(const QString &passphrase) const
{
    return its::ui::estimatePassphrase(passphrase).score;
}

QString PassphraseMeter::label(int score) const
{
    switch (score) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Good");
    default:
        return tr("Strong");
    }
}

QString PassphraseMeter::advice(const QString &passphrase) const
{
    const its::ui::StrengthEstimate e = its::ui::estimatePassphrase(passphrase);
    if (e.common)
        return tr("This is one of the most used passwords: pick something else.");
    if (e.repetitive)
        return tr("Avoid repeating the same character.");
    if (e.sequential)
        return tr("Avoid sequences such as 1234 or abcd.");
    if (e.score < 3)
        return tr("Longer is stronger: try four unrelated words.");
    return {};
}
