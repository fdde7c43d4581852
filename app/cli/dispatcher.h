#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace cli {

// Finds the command named by the leading words of arguments and runs it; --help lists every command.
int dispatch(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice &in);

} // namespace cli
