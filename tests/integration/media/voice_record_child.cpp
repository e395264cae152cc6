// Child process for the kill -9 test: opens the vault, records from the default source into the
// RAM scratch folder, prints "recording <file>" once the recorder reports audio, then waits to be
// killed. Arguments: vault folder, passphrase, walk id.
#include "desktop/runtime_media_scratch.h"
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "voice_recorder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    its::Vault vault = its::Vault::unlock(argv[1], argv[2]);
    its::EvidenceStore store(vault.db());
    its::platform::RuntimeMediaScratch scratch;
    its::media::VoiceRecorder recorder(scratch, store);
    QObject::connect(&recorder, &its::media::VoiceRecorder::durationChanged, &app,
                     [&recorder](qint64 ms) {
                         static bool told = false;
                         if (told || ms <= 0 || !QFileInfo::exists(recorder.scratchFile()))
                             return;
                         told = true;
                         std::printf("recording %s\n", qPrintable(recorder.scratchFile()));
                         std::fflush(stdout);
                     });
    QObject::connect(&recorder, &its::media::VoiceRecorder::failed, &app, [](const QString &m) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(m));
        QCoreApplication::exit(3);
    });
    if (!recorder.start(its::media::EvidenceTarget{argv[3], std::nullopt, "killed", {}, 1})) {
        std::fprintf(stderr, "%s\n", qPrintable(recorder.lastError()));
        return 3;
    }
    return app.exec();
}
