// attache_iconrender: renders the project's SVG icons with QtSvg, at build time and in tests.
//
//   attache_iconrender render SVG OUTDIR SIZE...   writes OUTDIR/<name>-<SIZE>.png for each SIZE (square)
//   attache_iconrender check SVG...                 fails (exit 1) if an SVG does not parse or has no size
//   attache_iconrender sheet OUT.png SIZE SVG...    one row of icons at SIZE on light and dark, for review
//
// Runs with any QPA platform; the build sets QT_QPA_PLATFORM=offscreen so no display is needed.
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QImage renderSvg(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

bool parseSizes(const QStringList& args, QList<int>& sizes)
{
    for (const QString& arg : args) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err() << "iconrender: not a size: " << arg << Qt::endl;
            return false;
        }
        sizes.append(size);
    }
    return !sizes.isEmpty();
}

int render(const QStringList& args)
{
    if (args.size() < 3) {
        err() << "iconrender: render SVG OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        err() << "iconrender: cannot read SVG " << args.at(0) << Qt::endl;
        return 1;
    }
    QList<int> sizes;
    if (!parseSizes(args.mid(2), sizes))
        return 2;
    const QDir out(args.at(1));
    if (!out.mkpath(QStringLiteral("."))) {
        err() << "iconrender: cannot create " << args.at(1) << Qt::endl;
        return 1;
    }
    const QString base = QFileInfo(args.at(0)).completeBaseName();
    for (const int size : std::as_const(sizes)) {
        const QString path = out.filePath(base + QLatin1Char('-') + QString::number(size) + QStringLiteral(".png"));
        if (!renderSvg(svg, size).save(path, "PNG")) {
            err() << "iconrender: cannot write " << path << Qt::endl;
            return 1;
        }
    }
    return 0;
}

int check(const QStringList& files)
{
    if (files.isEmpty()) {
        err() << "iconrender: check SVG..." << Qt::endl;
        return 2;
    }
    int failures = 0;
    for (const QString& file : files) {
        QSvgRenderer svg(file);
        if (!svg.isValid() || svg.defaultSize().isEmpty() || svg.viewBoxF().isEmpty()) {
            err() << "iconrender: invalid SVG (or no size/viewBox): " << file << Qt::endl;
            ++failures;
            continue;
        }
        // An icon that renders nothing at its own size is broken too.
        const QImage image = renderSvg(svg, 24);
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y)
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) != 0;
        if (!painted) {
            err() << "iconrender: renders empty: " << file << Qt::endl;
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

int sheet(const QStringList& args)
{
    if (args.size() < 3) {
        err() << "iconrender: sheet OUT.png SIZE SVG..." << Qt::endl;
        return 2;
    }
    QList<int> sizes;
    if (!parseSizes(args.mid(1, 1), sizes))
        return 2;
    const int size = sizes.constFirst();
    const QStringList files = args.mid(2);
    const int pad = qMax(4, size / 3);
    const int cell = size + pad;
    QImage image(pad + int(files.size()) * cell, 2 * cell + pad, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xf6, 0xf7, 0xf9));
    QPainter painter(&image);
    painter.fillRect(0, cell + pad / 2, image.width(), image.height(), QColor(0x2a, 0x2e, 0x35));
    for (int i = 0; i < files.size(); ++i) {
        QSvgRenderer svg(files.at(i));
        if (!svg.isValid()) {
            err() << "iconrender: cannot read SVG " << files.at(i) << Qt::endl;
            return 1;
        }
        const QImage icon = renderSvg(svg, size);
        painter.drawImage(pad + i * cell, pad, icon);
        painter.drawImage(pad + i * cell, cell + pad, icon);
    }
    painter.end();
    return image.save(args.at(0), "PNG") ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.isEmpty() ? QString() : args.takeFirst();
    if (mode == QLatin1String("render"))
        return render(args);
    if (mode == QLatin1String("check"))
        return check(args);
    if (mode == QLatin1String("sheet"))
        return sheet(args);
    err() << "usage: attache_iconrender render SVG OUTDIR SIZE... | check SVG... | sheet OUT.png SIZE SVG..."
          << Qt::endl;
    return 2;
}
