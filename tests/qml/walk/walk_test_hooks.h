#pragma once
// What the walk test needs beyond the UI: the starter template files of the source tree, the
// walk as the vault stores it (re-read through WalkStore, not from any view-model), and where
// to save screenshots. Registered only in the test, as InTheirShoesWalkTest.WalkHooks.

#include "timing/time_point.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AppController;
class QJSEngine;
class QQmlEngine;
class QVideoSink;

class WalkTestHooks : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(WalkHooks)
    QML_SINGLETON
    Q_MOC_INCLUDE(<QVideoSink>)
public:
    explicit WalkTestHooks(AppController *controller, QObject *parent = nullptr);

    // Declarative registration (so qmllint sees the type): the test builds the hooks for each
    // engine in qmlEngineAvailable() and hands them over here; the factory returns them.
    static void setInstance(WalkTestHooks *hooks);
    static WalkTestHooks *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Q_INVOKABLE QUrl templateUrl(const QString &fileName) const;
    // The walk re-read from the vault as "intheirshoes.walk" JSON text; "" when locked/absent.
    Q_INVOKABLE QString storedWalk(const QString &walkId) const;
    // ITS_SCREENSHOT_DIR, or "" (no screenshots).
    Q_INVOKABLE QString screenshotDir() const;

    // Waits against a hand-moved clock (starting at the real time): a walk of the starter
    // template `fileName` with one contact at `touchpointId` in its first (waiting) phase,
    // written to the vault through WalkStore. Returns the walk id, "" on failure.
    Q_INVOKABLE QString startWaitingContact(const QString &fileName, const QString &touchpointId);
    // Makes a PendingWaitsModel measure with the hand-moved clock.
    Q_INVOKABLE bool driveWaitsClock(QObject *waitsModel);
    // Moves that clock forward and runs the model's check, as its minute timer would.
    Q_INVOKABLE void advanceWaitsClockMinutes(QObject *waitsModel, int minutes);

    // Evidence (issue 11). A `width`x`height` PNG of one colour written to a temp file; its URL.
    Q_INVOKABLE QUrl writePng(const QString &name, int width, int height, const QString &colour);
    // A file that is not a picture; its URL.
    Q_INVOKABLE QUrl writeJunk(const QString &name);
    // The fake camera: a `width`x`height` frame of one colour sent through `sink`, as a camera
    // would (CameraCaptureDialog with cameraEnabled false shows it and its shutter takes it).
    Q_INVOKABLE bool pushFrame(QVideoSink *sink, int width, int height, const QString &colour);
    // Rows the vault holds, read with SQL (not through any view-model): the evidence items of
    // `walkId`, and the chunk rows of one item.
    Q_INVOKABLE int evidenceRows(const QString &walkId) const;
    Q_INVOKABLE int chunkRows(const QString &evidenceId) const;
    // The stored caption and timeline offset (-1 none) of an item, as "caption|offset".
    Q_INVOKABLE QString evidenceNote(const QString &evidenceId) const;
    // Sharing as the vault records it (vault/evidence_sharing.h): isEvidenceShared, and the
    // byte size of the copy that travels with the summary of `walkId` (-1: none).
    Q_INVOKABLE bool evidenceShared(const QString &evidenceId) const;
    // A voice memo item of the walk (a few bytes, not real audio) stored straight through
    // EvidenceStore, for screens to list when no microphone records one; its id, "" on failure.
    Q_INVOKABLE QString addVoiceItem(const QString &walkId, const QString &caption);
    // `count` small photos of the walk stored and shared through media::sharePhoto, as the
    // model would after the confirmation; how many were shared.
    Q_INVOKABLE int addSharedPhotos(const QString &walkId, int count);
    Q_INVOKABLE int sharedCopyBytes(const QString &walkId, const QString &evidenceId) const;
    // The consent records of `contactId` read back from the vault, as a JSON array of
    // {seq, kind, language, sentence, wallMs}; "" when the vault is locked.
    Q_INVOKABLE QString consents(const QString &contactId) const;
    // True inside run_with_pulse.sh's private PulseAudio session (ITS_PULSE set).
    Q_INVOKABLE bool pulseRunning() const { return qEnvironmentVariableIsSet("ITS_PULSE"); }
    // The fake platform's answer to the next microphone request.
    Q_INVOKABLE void setMicrophoneAllowed(bool allowed);
    // The private PulseAudio session's default source sends no sound (true) or sends it again
    // (pactl suspend-source). False when pactl failed.
    Q_INVOKABLE bool suspendMicrophone(bool suspended);

private:
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    AppController *m_controller;
    QTemporaryDir m_dir; // the image files the evidence test picks; removed with the hooks
    its::ManualClock m_clock;
};
