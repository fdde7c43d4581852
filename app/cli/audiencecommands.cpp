#include "cli/audiencecommands.h"

#include "audience/gazetteer.h"
#include "audience/locationresolver.h"

#include <QCoreApplication>
#include <QIODevice>

namespace cli {

int runAudienceResolve(CommandContext &context)
{
    if (!context.args.isEmpty())
        return fail(
            context, ExitUsage,
            QCoreApplication::translate("audience", "unexpected argument '%1'").arg(context.args.first()));
    const auto gazetteer = audience::Gazetteer::loadDefault();
    if (!gazetteer)
        return fail(context, ExitFailure,
                    QCoreApplication::translate("audience", "the gazetteer cannot be read"));
    audience::LocationResolver resolver(gazetteer);
    // Raw bytes out: the objects are ASCII apart from city names, which are already UTF-8.
    context.out.flush();
    QIODevice *out = context.out.device();
    QByteArray batch;
    while (!context.in.atEnd()) {
        QByteArray line = context.in.readLine();
        if (line.isEmpty()) // standard input may only learn at this read that it has ended
            break;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        batch += resolver.resolve(QString::fromUtf8(line)).toJson();
        batch += '\n';
        if (batch.size() > 60000 || !out) {
            if (out)
                out->write(batch);
            else
                context.out << QString::fromUtf8(batch);
            batch.clear();
        }
    }
    if (out)
        out->write(batch);
    else
        context.out << QString::fromUtf8(batch);
    return ExitOk;
}

} // namespace cli
