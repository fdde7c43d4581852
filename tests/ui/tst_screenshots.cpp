#include "support/testpaths.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `attache --demo --screenshots DIR` renders each pane and exits; run under Xvfb when it is installed (a real
// X server and real fonts), offscreen otherwise. Each picture must be a real, varied image, and the Russian
// one must differ from the English one (its text is translated and renders).
class ScreenshotsTest : public QObject
{
    Q_OBJECT
private slots:
    void screenshots_englishAndRussian();

private:
    static testsupport::ProcessResult runApp(const QStringList &arguments);
    static void checkPictures(const QString &dir);
};

testsupport::ProcessResult ScreenshotsTest::runApp(const QStringList &arguments)
{
    const QString app = testsupport::binPath(QStringLiteral("attache"));
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty())
        return testsupport::run(
            app, arguments + QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")});
    return testsupport::run(xvfb,
                            QStringList{QStringLiteral("-a"), QStringLiteral("-s"),
                                        QStringLiteral("-screen 0 1280x800x24"), app,
                                        QStringLiteral("-platform"), QStringLiteral("xcb")} +
                                arguments,
                            {}, 120000);
}

void ScreenshotsTest::checkPictures(const QString &dir)
{
    for (const char *pane : {"compose", "inbox", "dashboards"}) {
        const QString file = QDir(dir).filePath(QString::fromLatin1(pane) + QStringLiteral(".png"));
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 1000 && image.height() >= 700);
        // A blank or single-colour picture means nothing rendered.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(file));
    }
}

void ScreenshotsTest::screenshots_englishAndRussian()
{
    QTemporaryDir english, russian;
    for (const auto &[language, dir] :
         {std::pair{QStringLiteral("en"), english.path()}, std::pair{QStringLiteral("ru"), russian.path()}}) {
        const auto result = runApp({QStringLiteral("--demo"), QStringLiteral("--lang"), language,
                                    QStringLiteral("--screenshots"), dir});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        checkPictures(dir);
        if (QTest::currentTestFailed())
            return;
    }
    // The Russian interface is translated: the same pane must not look the same.
    const QImage en(english.filePath(QStringLiteral("compose.png")));
    const QImage ru(russian.filePath(QStringLiteral("compose.png")));
    QVERIFY(en != ru);
}

QTEST_GUILESS_MAIN(ScreenshotsTest)
#include "tst_screenshots.moc"
