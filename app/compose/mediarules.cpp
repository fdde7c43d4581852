#include "compose/mediarules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace compose {

namespace {

constexpr qint64 MB = 1024 * 1024;
// Files larger than any platform takes are refused before they are read (no hashing of a film on the GUI
// thread).
constexpr qint64 kLargestAccepted = 15 * MB;
} // namespace

QStringList MediaRules::acceptedTypes(domain::Platform platform)
{
    switch (platform) {
    case domain::Platform::X:
        return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp"),
                QStringLiteral("image/gif")};
    case domain::Platform::Facebook:
        return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/gif"),
                QStringLiteral("image/bmp"), QStringLiteral("image/tiff")};
    case domain::Platform::Weibo:
        return {QStringLiteral("image/jpeg"), QStringLiteral("image/gif"), QStringLiteral("image/png")};
    }
    return {};
}

qint64 MediaRules::maxBytes(domain::Platform platform, const QString &mimeType)
{
    switch (platform) {
    case domain::Platform::X:
        return mimeType == QLatin1String("image/gif") ? 15 * MB : 5 * MB;
    case domain::Platform::Facebook:
        return 10 * MB;
    case domain::Platform::Weibo:
        return 5 * MB - 1; // "< 5 MB"
    }
    return 0;
}

int MediaRules::maxCount(domain::Platform platform)
{
    switch (platform) {
    case domain::Platform::X:
        return 4;
    case domain::Platform::Facebook:
        return 10;
    case domain::Platform::Weibo:
        return 1;
    }
    return 0;
}

QString MediaRules::fileProblem(domain::Platform platform, const QString &mimeType, qint64 sizeBytes)
{
    const QString name = domain::platformDisplayName(platform);
    if (!acceptedTypes(platform).contains(mimeType))
        return QCoreApplication::translate("compose", "%1 does not take this kind of file (%2); it takes %3.")
            .arg(name, mimeType.isEmpty() ? QCoreApplication::translate("compose", "unknown") : mimeType,
                 acceptedTypes(platform).join(QStringLiteral(", ")));
    const qint64 max = maxBytes(platform, mimeType);
    if (sizeBytes > max) {
        const QLocale locale;
        return QCoreApplication::translate("compose", "Too large for %1: %2, at most %3.")
            .arg(name, locale.formattedDataSize(sizeBytes), locale.formattedDataSize(max + 1));
    }
    if (sizeBytes <= 0)
        return QCoreApplication::translate("compose", "The file is empty.");
    return {};
}

bool MediaRules::check(domain::Platform platform, const QList<domain::Attachment> &attachments,
                       bool isCommentReply, QStringList *perAttachment, QString *overall)
{
    bool good = true;
    QStringList problems;
    for (const domain::Attachment &a : attachments) {
        QString problem = fileProblem(platform, a.mimeType, a.sizeBytes);
        if (problem.isEmpty() && !QFileInfo::exists(a.filePath))
            problem = QCoreApplication::translate("compose", "The file is no longer at %1.").arg(a.filePath);
        good = good && problem.isEmpty();
        problems << problem;
    }
    QString set;
    if (!attachments.isEmpty() && isCommentReply)
        set = QCoreApplication::translate("compose",
                                          "A reply on %1 is a comment and cannot carry pictures here.")
                  .arg(domain::platformDisplayName(platform));
    else if (attachments.size() > maxCount(platform))
        set = QCoreApplication::translate("compose", "Too many pictures for %1: %2 attached, at most %3.")
                  .arg(domain::platformDisplayName(platform))
                  .arg(attachments.size())
                  .arg(maxCount(platform));
    if (perAttachment)
        *perAttachment = problems;
    if (overall)
        *overall = set;
    return good && set.isEmpty();
}

QString MediaRules::sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

domain::Attachment MediaRules::inspect(const QString &path, QString *problem)
{
    domain::Attachment a;
    a.filePath = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(path);
    a.sizeBytes = info.size();
    a.mimeType = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
    if (!info.isFile() || !info.isReadable()) {
        if (problem)
            *problem = QCoreApplication::translate("compose", "%1 cannot be read.").arg(info.fileName());
        return a;
    }
    if (a.sizeBytes > kLargestAccepted) {
        if (problem)
            *problem = QCoreApplication::translate("compose", "%1 is too large for any platform (%2).")
                           .arg(info.fileName(), QLocale().formattedDataSize(a.sizeBytes));
        return a;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = QCoreApplication::translate("compose", "%1 cannot be read: %2")
                           .arg(info.fileName(), file.errorString());
        return a;
    }
    a.sha256 = sha256Of(file.readAll());
    if (problem)
        problem->clear();
    return a;
}

} // namespace compose
