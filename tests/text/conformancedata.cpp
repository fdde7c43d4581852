#include "conformancedata.h"

#include "support/testpaths.h"

#include <QFile>

QJsonArray conformanceSection(const QString &file, const QString &section)
{
    QFile f(testsupport::sourcePath(QStringLiteral("tests/data/twitter-text/") + file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll())
                                 .object()
                                 .value(QLatin1String("tests"))
                                 .toObject()
                                 .value(section)
                                 .toArray();
    if (cases.isEmpty())
        qFatal("no cases in section %s of %s", qPrintable(section), qPrintable(file));
    return cases;
}
