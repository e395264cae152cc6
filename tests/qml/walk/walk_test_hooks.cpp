#include "walk_test_hooks.h"

#include "app_controller.h"
#include "fake/fake_permissions.h"
#include "formats/template_library.h"
#include "formats/walk_json.h"
#include "pending_waits_model.h"
#include "photo_sharing.h"
#include "pulse_source.h"
#include "vault/evidence_policy.h"
#include "vault/evidence_sharing.h"
#include "vault/evidence_store.h"
#include "vault/vault.h"
#include "vault/walk_store.h"

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJSEngine>
#include <QVideoFrame>
#include <QVideoSink>
#include <nlohmann/json.hpp>

WalkTestHooks::WalkTestHooks(AppController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_clock(its::SystemClock().now().wallMs)
{
}

namespace {
WalkTestHooks *s_instance = nullptr;
}

void WalkTestHooks::setInstance(WalkTestHooks *hooks)
{
    s_instance = hooks;
}

WalkTestHooks *WalkTestHooks::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    // Owned by the engine as its parent, never by the JavaScript garbage collector.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QUrl WalkTestHooks::templateUrl(const QString &fileName) const
{
    return QUrl::fromLocalFile(QStringLiteral(ITS_SOURCE_DIR "/assets/templates/") + fileName);
}

QString WalkTestHooks::storedWalk(const QString &walkId) const
{
    its::Vault *vault = m_controller->session()->vault();
    if (!vault)
        return {};
    try {
        const its::Walk walk = its::WalkStore(vault->db()).loadWalk(walkId.toStdString());
        return QString::fromStdString(its::walkToJson(walk).dump());
    } catch (const std::exception &) {
        return {};
    }
}

QString WalkTestHooks::screenshotDir() const
{
    const QString dir = qEnvironmentVariable("ITS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

QString WalkTestHooks::startWaitingContact(const QString &fileName, const QString &touchpointId)
{
    its::Vault *vault = m_controller->session()->vault();
    if (!vault)
        return {};
    try {
        const its::JourneyTemplate journey = its::loadTemplateFile(
            (QStringLiteral(ITS_SOURCE_DIR "/assets/templates/") + fileName).toStdString());
        its::WalkStore store(vault->db());
        const std::string walkId = store.createWalk(journey, "waits test", m_clock.now());
        store.startContact(walkId, touchpointId.toStdString(), m_clock.now());
        return QString::fromStdString(walkId);
    } catch (const std::exception &error) {
        qWarning("startWaitingContact: %s", error.what());
        return {};
    }
}

bool WalkTestHooks::driveWaitsClock(QObject *waitsModel)
{
    auto *model = qobject_cast<PendingWaitsModel *>(waitsModel);
    if (!model)
        return false;
    model->setClock(&m_clock);
    return true;
}

void WalkTestHooks::advanceWaitsClockMinutes(QObject *waitsModel, int minutes)
{
    m_clock.advance(static_cast<std::int64_t>(minutes) * 60 * 1000);
    if (auto *model = qobject_cast<PendingWaitsModel *>(waitsModel))
        model->checkNow();
}

namespace {
its::Database *vaultDb(AppController *controller)
{
    its::Vault *vault = controller->session()->vault();
    return vault ? &vault->db() : nullptr;
}
} // namespace

QUrl WalkTestHooks::writePng(const QString &name, int width, int height, const QString &colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(colour));
    const QString path = tempPath(name);
    return image.save(path, "PNG") ? QUrl::fromLocalFile(path) : QUrl();
}

QUrl WalkTestHooks::writeJunk(const QString &name)
{
    const QString path = tempPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("this is not a picture") < 0)
        return {};
    return QUrl::fromLocalFile(path);
}

bool WalkTestHooks::pushFrame(QVideoSink *sink, int width, int height, const QString &colour)
{
    if (!sink)
        return false;
    QVideoFrame frame(QVideoFrameFormat(QSize(width, height), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return false;
    const QRgb pixel = QColor(colour).rgba();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(frame.bits(0) + y * frame.bytesPerLine(0));
        std::fill(line, line + width, pixel);
    }
    frame.unmap();
    sink->setVideoFrame(frame);
    return true;
}

int WalkTestHooks::evidenceRows(const QString &walkId) const
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return -1;
    return static_cast<int>(db->queryInt64("SELECT count(*) FROM evidence WHERE walk_id = '" +
                                           walkId.toStdString() + "'"));
}

int WalkTestHooks::chunkRows(const QString &evidenceId) const
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return -1;
    return static_cast<int>(
        db->queryInt64("SELECT count(*) FROM evidence_chunks WHERE evidence_id = '" +
                       evidenceId.toStdString() + "'"));
}

bool WalkTestHooks::evidenceShared(const QString &evidenceId) const
{
    its::Database *db = vaultDb(m_controller);
    return db && its::isEvidenceShared(*db, evidenceId.toStdString());
}

QString WalkTestHooks::addVoiceItem(const QString &walkId, const QString &caption)
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return {};
    const std::vector<unsigned char> bytes{'O', 'g', 'g', 'S'};
    its::EvidenceNote note;
    note.caption = caption.toStdString();
    return QString::fromStdString(
        its::EvidenceStore(*db).put(walkId.toStdString(), std::nullopt, its::EvidenceKind::Voice,
                                    "audio/ogg", bytes, QDateTime::currentMSecsSinceEpoch(), note));
}

int WalkTestHooks::addSharedPhotos(const QString &walkId, int count)
{
    its::Database *db = vaultDb(m_controller);
    int shared = 0;
    for (int i = 0; db && i < count; ++i) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor(40 * i, 120, 60));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const auto *bytes = reinterpret_cast<const unsigned char *>(png.constData());
        const std::string id = its::EvidenceStore(*db).put(
            walkId.toStdString(), std::nullopt, its::EvidenceKind::Photo, "image/png",
            std::span<const unsigned char>(bytes, static_cast<std::size_t>(png.size())),
            QDateTime::currentMSecsSinceEpoch());
        if (its::media::sharePhoto(*db, id, QDateTime::currentMSecsSinceEpoch()).isEmpty())
            ++shared;
    }
    return shared;
}

int WalkTestHooks::sharedCopyBytes(const QString &walkId, const QString &evidenceId) const
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return -1;
    for (const its::SharedPhoto &photo : its::sharedPhotos(*db, walkId.toStdString()))
        if (photo.info.id == evidenceId.toStdString())
            return static_cast<int>(photo.bytes.size());
    return -1;
}

QString WalkTestHooks::evidenceNote(const QString &evidenceId) const
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return {};
    try {
        const its::EvidenceInfo info = its::EvidenceStore(*db).info(evidenceId.toStdString());
        return QString::fromStdString(info.caption) + '|' +
               QString::number(info.contactOffsetMs ? *info.contactOffsetMs : -1);
    } catch (const std::exception &) {
        return {};
    }
}

bool WalkTestHooks::suspendMicrophone(bool suspended)
{
    return its::testing::suspendDefaultSource(suspended);
}

void WalkTestHooks::setMicrophoneAllowed(bool allowed)
{
    auto *fake =
        dynamic_cast<its::platform::FakePermissions *>(m_controller->platform().permissions.get());
    if (fake)
        fake->setAnswer(its::platform::Permission::Microphone,
                        allowed ? its::platform::PermissionStatus::Granted
                                : its::platform::PermissionStatus::Denied);
}

QString WalkTestHooks::consents(const QString &contactId) const
{
    its::Database *db = vaultDb(m_controller);
    if (!db)
        return {};
    nlohmann::json out = nlohmann::json::array();
    for (const its::ConsentRecord &record :
         its::EvidencePolicy(*db).consents(contactId.toStdString()))
        out.push_back({{"seq", record.seq},
                       {"kind", record.kind},
                       {"language", record.language},
                       {"sentence", record.sentence},
                       {"wallMs", record.at.wallMs}});
    return QString::fromStdString(out.dump());
}
