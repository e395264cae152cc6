#pragma once
// Runs the real intheirshoes-cli binary the way a script would: no terminal on stdin (a missing
// secret must fail, not hang) and no secret from the caller's environment unless given.

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace its::testing {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline const QStringList &secretVariables()
{
    static const QStringList names = {"ITS_PASSPHRASE", "ITS_NEW_PASSPHRASE",
                                      "ITS_BACKUP_PASSPHRASE", "ITS_RECOVERY_CODE"};
    return names;
}

inline CliRun finish(QProcess &process)
{
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QProcessEnvironment cliEnvironment(const QString &vaultDir,
                                          const QMap<QString, QString> &env)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : secretVariables())
        environment.remove(name);
    environment.insert("ITS_VAULT_DIR", vaultDir);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

// `env` adds variables (ITS_PASSPHRASE, TZ, ...) to a clean environment.
inline CliRun runCliWith(const QStringList &args, const QString &vaultDir,
                         const QMap<QString, QString> &env = {})
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(vaultDir, env));
    process.start(ITS_CLI_PATH, args);
    return finish(process);
}

// Runs `script` in bash with "$CLI" set to the binary, for descriptors (3< <(printf ...)).
inline CliRun runCliScript(const QString &script, const QString &vaultDir,
                           const QMap<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = cliEnvironment(vaultDir, env);
    environment.insert("CLI", ITS_CLI_PATH);
    process.setProcessEnvironment(environment);
    process.start("bash", {"-c", script});
    return finish(process);
}

} // namespace its::testing
