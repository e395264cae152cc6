#include "evidence_player.h"

#include "session_access.h"
#include "vault/evidence_store.h"
#include "walk_controller.h"

#include <QUrl>

EvidencePlayer::EvidencePlayer(QObject *parent)
    : QObject(parent)
{
}

EvidencePlayer::~EvidencePlayer()
{
    if (player_) {
        player_->stop();
        player_->setSourceDevice(nullptr);
    }
}

void EvidencePlayer::makePlayer()
{
    output_ = std::make_unique<QAudioOutput>();
    player_ = std::make_unique<QMediaPlayer>();
    QMediaPlayer *player = player_.get();
    player->setAudioOutput(output_.get());
    connect(player, &QMediaPlayer::playbackStateChanged, this, [this, player] {
        if (player->playbackState() == QMediaPlayer::StoppedState && !currentId_.isEmpty())
            stop(); // played to the end: let the bytes go
        emit stateChanged();
    });
    connect(player, &QMediaPlayer::positionChanged, this, &EvidencePlayer::positionChanged);
    connect(player, &QMediaPlayer::durationChanged, this, &EvidencePlayer::positionChanged);
    connect(player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) {
                setError(tr("The voice memo cannot be played: %1").arg(message));
            });
}

void EvidencePlayer::setWalk(WalkController *walk)
{
    if (walk_ == walk)
        return;
    stop();
    walk_ = walk;
    emit walkChanged();
}

bool EvidencePlayer::playing() const
{
    return player_ && player_->playbackState() == QMediaPlayer::PlayingState;
}

bool EvidencePlayer::toggle(const QString &evidenceId)
{
    if (evidenceId == currentId_ && !currentId_.isEmpty() && player_) {
        if (playing())
            player_->pause();
        else
            player_->play();
        return true;
    }
    stop();
    const WalkController *walk = walk_.data();
    its::Database *db = walk ? walk->database() : nullptr;
    if (!db) {
        setError(tr("The vault is locked."));
        return false;
    }
    QByteArray bytes;
    try {
        const std::vector<unsigned char> plain =
            its::EvidenceStore(*db).read(evidenceId.toStdString());
        bytes = QByteArray(reinterpret_cast<const char *>(plain.data()),
                           static_cast<qsizetype>(plain.size()));
    } catch (const std::exception &error) {
        setError(tr("The voice memo cannot be played: %1").arg(errorText(error)));
        return false;
    }
    setError({});
    if (!player_)
        makePlayer();
    buffer_.setData(bytes);
    buffer_.open(QIODevice::ReadOnly);
    currentId_ = evidenceId;
    // The URL only names the container for the backend; nothing is read from it.
    player_->setSourceDevice(&buffer_, QUrl(QStringLiteral("memo.ogg")));
    player_->play();
    emit stateChanged();
    return true;
}

void EvidencePlayer::stop()
{
    if (currentId_.isEmpty())
        return;
    currentId_.clear();
    if (player_) {
        player_->stop();
        player_->setSourceDevice(nullptr);
    }
    buffer_.close();
    buffer_.setData(QByteArray());
    emit stateChanged();
    emit positionChanged();
}

void EvidencePlayer::setError(const QString &message)
{
    if (errorString_ == message)
        return;
    errorString_ = message;
    emit errorStringChanged();
}
