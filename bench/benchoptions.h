#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace bench {

// "--size N" from the command line, or fallback.
inline qint64 sizeOption(const QStringList &arguments, qint64 fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--size"));
    if (at >= 0 && at + 1 < arguments.size()) {
        bool ok = false;
        const qint64 n = arguments.at(at + 1).toLongLong(&ok);
        if (ok && n > 0)
            return n;
    }
    return fallback;
}

// One result line, the format bench/run-all collects: "BENCH <name> <value> <unit>".
inline void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace bench
