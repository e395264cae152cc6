#include "sync/webdav_listing.h"

#include "sync/sync_error.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace its::sync {

QByteArray propfindBody()
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/></D:prop></D:propfind>\n";
}

QStringList parseMultistatus(const QByteArray &xml, const QString &folderPath)
{
    QStringList names;
    QXmlStreamReader reader(xml);
    QString href;
    bool collection = false;
    const QLatin1String dav("DAV:");
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == dav) {
            if (reader.name() == QLatin1String("response")) {
                href.clear();
                collection = false;
            } else if (reader.name() == QLatin1String("href")) {
                href = reader.readElementText();
            } else if (reader.name() == QLatin1String("collection")) {
                collection = true;
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == dav &&
                   reader.name() == QLatin1String("response")) {
            // hrefs may be absolute URLs or absolute paths, percent-encoded
            QString path = QUrl(href.trimmed()).path(QUrl::FullyDecoded);
            if (path.endsWith('/'))
                path.chop(1);
            if (!path.startsWith(folderPath) || path.size() <= folderPath.size())
                continue;
            const QString name = path.mid(folderPath.size());
            if (name.contains('/'))
                continue;
            names << (collection ? name + '/' : name);
        }
    }
    if (reader.hasError())
        throw SyncError(SyncErrorKind::Format,
                        "malformed PROPFIND answer: " + reader.errorString().toStdString());
    names.sort();
    return names;
}

} // namespace its::sync
