#include "audience/followerimport.h"

#include "audience/aggregator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace audience {

namespace {

constexpr qint64 ProgressEvery = 4096;

// Collects the issues (the first MaxIssues in full, the rest counted) and the aggregate of the good rows.
class Sink
{
public:
    Sink(LocationResolver &resolver, const BioClassifier &classifier) : m_aggregator(resolver, classifier) {}

    void issue(qint64 line, const QString &reason)
    {
        if (m_outcome.issues.size() < FollowerImport::MaxIssues)
            m_outcome.issues.append({line, reason});
        ++m_outcome.issueCount;
    }
    void add(const FollowerRecord &record)
    {
        // Once a row is bad nothing will be stored; counting the rest is only for the row total.
        if (m_outcome.issueCount == 0)
            m_aggregator.add(record);
        ++m_outcome.rows;
    }
    qint64 rows() const { return m_outcome.rows; }
    ImportOutcome finish(bool cancelled)
    {
        m_outcome.cancelled = cancelled;
        m_outcome.snapshot = m_aggregator.snapshot();
        return std::move(m_outcome);
    }

private:
    AudienceAggregator m_aggregator;
    ImportOutcome m_outcome;
};

// Strict UTF-8: a file in another encoding is refused line by line rather than read as mojibake.
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

void stripBom(QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
}

std::optional<bool> parseVerified(const QString &raw)
{
    const QString v = raw.trimmed().toLower();
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
                                 QStringLiteral("y"),    QStringLiteral("t"), QStringLiteral("да")};
    static const QStringList no{
        QString(),           QStringLiteral("false"), QStringLiteral("0"),  QStringLiteral("no"),
        QStringLiteral("n"), QStringLiteral("f"),     QStringLiteral("нет")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

QString joinPlace(const QString &city, const QString &province)
{
    if (city.isEmpty())
        return province;
    return province.isEmpty() ? city : city + QStringLiteral(", ") + province;
}

// ---- CSV
// ------------------------------------------------------------------------------------------------------

class CsvReader
{
public:
    explicit CsvReader(QIODevice &in) : m_in(in) {}

    void setSeparator(char separator) { m_separator = separator; }
    qint64 line() const { return m_line; }

    // The next record: its fields and the line it starts on. False at the end. A record whose quoted field
    // never closes sets error.
    bool next(QList<QByteArray> &fields, qint64 &startLine, QString &error)
    {
        fields.clear();
        error.clear();
        QByteArray raw;
        do {
            if (m_in.atEnd())
                return false;
            raw = m_in.readLine();
            ++m_line;
            if (m_line == 1)
                stripBom(raw);
            chopNewline(raw);
        } while (raw.isEmpty()); // blank lines separate nothing
        startLine = m_line;
        QByteArray field;
        bool quoted = false, inQuotes = false, afterQuote = false;
        for (;;) {
            for (qsizetype i = 0; i < raw.size(); ++i) {
                const char c = raw.at(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < raw.size() && raw.at(i + 1) == '"') {
                            field += '"';
                            ++i;
                        } else {
                            inQuotes = false;
                            afterQuote = true;
                        }
                    } else {
                        field += c;
                    }
                } else if (c == m_separator) {
                    fields.append(std::exchange(field, {}));
                    quoted = afterQuote = false;
                } else if (afterQuote) {
                    if (c != ' ' && error.isEmpty())
                        error = QCoreApplication::translate("audience::FollowerImport",
                                                            "text after a closing quote");
                } else if (c == '"' && field.isEmpty() && !quoted) {
                    quoted = inQuotes = true;
                } else {
                    field += c; // a stray quote inside an unquoted field is text, as spreadsheets read it
                }
            }
            if (!inQuotes)
                break;
            // A quoted field goes on to the next line.
            if (m_in.atEnd()) {
                error = QCoreApplication::translate("audience::FollowerImport",
                                                    "a quoted field opened on this line is never closed");
                break;
            }
            raw = m_in.readLine();
            ++m_line;
            chopNewline(raw);
            field += '\n';
        }
        fields.append(field);
        return true;
    }

private:
    static void chopNewline(QByteArray &raw)
    {
        if (raw.endsWith('\n'))
            raw.chop(1);
        if (raw.endsWith('\r'))
            raw.chop(1);
    }

    QIODevice &m_in;
    char m_separator = ',';
    qint64 m_line = 0;
};

char guessSeparator(const QByteArray &header)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (char c : header) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
        else if (!inQuotes && c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

struct Columns
{
    qsizetype location = -1, bio = -1, verified = -1, city = -1, province = -1;
    qsizetype count = 0;
};

Columns matchHeader(const QList<QByteArray> &header)
{
    static const QStringList location{QStringLiteral("location"),       QStringLiteral("user_location"),
                                      QStringLiteral("user location"),  QStringLiteral("place"),
                                      QStringLiteral("местоположение"), QStringLiteral("местонахождение")};
    static const QStringList bio{QStringLiteral("bio"),
                                 QStringLiteral("description"),
                                 QStringLiteral("about"),
                                 QStringLiteral("user_description"),
                                 QStringLiteral("user description"),
                                 QStringLiteral("описание"),
                                 QStringLiteral("о себе")};
    static const QStringList verified{QStringLiteral("verified"), QStringLiteral("is_verified"),
                                      QStringLiteral("user_verified"), QStringLiteral("верифицирован")};
    static const QStringList city{QStringLiteral("city"), QStringLiteral("город")};
    static const QStringList province{QStringLiteral("province"), QStringLiteral("region"),
                                      QStringLiteral("регион")};
    Columns c;
    c.count = header.size();
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = QString::fromUtf8(header.at(i)).trimmed().toLower();
        auto take = [&](const QStringList &names, qsizetype &column) {
            if (column < 0 && names.contains(name))
                column = i;
        };
        take(location, c.location);
        take(bio, c.bio);
        take(verified, c.verified);
        take(city, c.city);
        take(province, c.province);
    }
    return c;
}

void readCsv(QIODevice &in, Sink &sink, const std::atomic_bool *cancel,
             const std::function<void(qint64)> &progress, bool &cancelled)
{
    // The header decides the separator; it is read once more through the record reader below.
    const QByteArray peek = in.peek(64 * 1024);
    CsvReader reader(in);
    reader.setSeparator(guessSeparator(peek.left(peek.indexOf('\n'))));
    QList<QByteArray> fields;
    qint64 line = 0;
    QString error;
    if (!reader.next(fields, line, error)) {
        sink.issue(1, QCoreApplication::translate("audience::FollowerImport", "the file is empty"));
        return;
    }
    if (!error.isEmpty()) {
        sink.issue(line, error);
        return;
    }
    const Columns columns = matchHeader(fields);
    if (columns.location < 0 && columns.bio < 0 && columns.city < 0) {
        QStringList names;
        for (const auto &f : std::as_const(fields))
            names << QString::fromUtf8(f);
        sink.issue(line,
                   QCoreApplication::translate("audience::FollowerImport",
                                               "the header names no location or bio column (it has: %1)")
                       .arg(names.join(QStringLiteral(", "))));
        return;
    }
    auto field = [&](qsizetype column) -> std::optional<QString> {
        if (column < 0)
            return QString();
        return decodeUtf8(fields.at(column));
    };
    while (reader.next(fields, line, error)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return;
        }
        if (progress && (sink.rows() % ProgressEvery) == 0)
            progress(in.pos());
        if (!error.isEmpty()) {
            sink.issue(line, error);
            continue;
        }
        if (fields.size() != columns.count) {
            sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                         "%1 fields where the header has %2")
                                 .arg(fields.size())
                                 .arg(columns.count));
            continue;
        }
        const auto location = field(columns.location), bio = field(columns.bio),
                   verified = field(columns.verified), city = field(columns.city),
                   province = field(columns.province);
        if (!location || !bio || !verified || !city || !province) {
            sink.issue(
                line, QCoreApplication::translate("audience::FollowerImport", "the text is not valid UTF-8"));
            continue;
        }
        const auto isVerified = parseVerified(*verified);
        if (!isVerified) {
            sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                         "\"verified\" is \"%1\"; expected true or false")
                                 .arg(verified->trimmed()));
            continue;
        }
        const QString place =
            location->trimmed().isEmpty() ? joinPlace(city->trimmed(), province->trimmed()) : *location;
        sink.add({place, *bio, *isVerified});
    }
}

// ---- JSON
// -----------------------------------------------------------------------------------------------------

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("audience::FollowerImport", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("audience::FollowerImport", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("audience::FollowerImport", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("audience::FollowerImport", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("audience::FollowerImport", "an object");
    default:
        return QCoreApplication::translate("audience::FollowerImport", "null");
    }
}

// One follower object; an issue at `line` when a field has the wrong type.
void takeObject(const QJsonObject &o, qint64 line, Sink &sink)
{
    auto text = [&](std::initializer_list<const char *> names, QString &out) -> bool {
        for (const char *name : names) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isString()) {
                sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                             "\"%1\" is %2; expected text")
                                     .arg(QLatin1String(name), jsonTypeName(v)));
                return false;
            }
            out = v.toString();
            return true;
        }
        return true;
    };
    QString location, bio, city, province;
    if (!text({"location"}, location) || !text({"description", "bio"}, bio) || !text({"city"}, city) ||
        !text({"province"}, province))
        return;
    bool verified = false;
    const QJsonValue v = o.value(QLatin1String("verified"));
    if (v.isBool()) {
        verified = v.toBool();
    } else if (!v.isUndefined() && !v.isNull()) {
        sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                     "\"verified\" is %1; expected true or false")
                             .arg(jsonTypeName(v)));
        return;
    }
    sink.add({location.trimmed().isEmpty() ? joinPlace(city, province) : location, bio, verified});
}

// Parses one element; the line of a syntax error is counted from the element's first line.
void takeElement(const QByteArray &bytes, qint64 line, Sink &sink)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const qint64 at = line + bytes.left(error.offset).count('\n');
        sink.issue(at, QCoreApplication::translate("audience::FollowerImport", "not valid JSON: %1")
                           .arg(error.errorString()));
        return;
    }
    if (!doc.isObject()) {
        sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                     "expected an object, found a list"));
        return;
    }
    takeObject(doc.object(), line, sink);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A top-level array, element by element, so each bad element is reported at its own line.
void readJsonArray(const QByteArray &all, qsizetype pos, qint64 line, Sink &sink,
                   const std::atomic_bool *cancel, const std::function<void(qint64)> &progress,
                   bool &cancelled)
{
    ++pos; // '['
    auto skipSpace = [&] {
        while (pos < all.size() && isSpace(all.at(pos))) {
            if (all.at(pos) == '\n')
                ++line;
            ++pos;
        }
    };
    skipSpace();
    if (pos < all.size() && all.at(pos) == ']') {
        ++pos;
    } else {
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return;
            }
            if (progress && (sink.rows() % ProgressEvery) == 0)
                progress(pos);
            skipSpace();
            if (pos >= all.size()) {
                sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                             "the list is not closed with ]"));
                return;
            }
            const qsizetype start = pos;
            const qint64 startLine = line;
            int depth = 0;
            bool inString = false, escaped = false;
            for (; pos < all.size(); ++pos) {
                const char c = all.at(pos);
                if (c == '\n')
                    ++line;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"')
                        inString = false;
                    continue;
                }
                if (c == '"')
                    inString = true;
                else if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']') {
                    if (depth == 0)
                        break;
                    --depth;
                } else if (c == ',' && depth == 0)
                    break;
            }
            const QByteArray element = all.mid(start, pos - start).trimmed();
            if (element.isEmpty())
                sink.issue(startLine, QCoreApplication::translate("audience::FollowerImport",
                                                                  "an empty element in the list"));
            else if (element.startsWith('{') || element.startsWith('['))
                takeElement(element, startLine, sink);
            else
                sink.issue(startLine, QCoreApplication::translate("audience::FollowerImport",
                                                                  "expected an object, found %1")
                                          .arg(QString::fromUtf8(element.left(20))));
            if (pos >= all.size()) {
                sink.issue(line, QCoreApplication::translate("audience::FollowerImport",
                                                             "the list is not closed with ]"));
                return;
            }
            if (all.at(pos++) == ']')
                break;
        }
    }
    skipSpace();
    if (pos < all.size())
        sink.issue(line,
                   QCoreApplication::translate("audience::FollowerImport", "text after the end of the list"));
}

void readJson(QIODevice &in, Sink &sink, const std::atomic_bool *cancel,
              const std::function<void(qint64)> &progress, bool &cancelled)
{
    QByteArray all = in.readAll();
    stripBom(all);
    qsizetype pos = 0;
    qint64 line = 1;
    while (pos < all.size() && isSpace(all.at(pos))) {
        if (all.at(pos) == '\n')
            ++line;
        ++pos;
    }
    if (pos >= all.size()) {
        sink.issue(1, QCoreApplication::translate("audience::FollowerImport", "the file is empty"));
        return;
    }
    if (all.at(pos) == '[')
        return readJsonArray(all, pos, line, sink, cancel, progress, cancelled);
    // JSON Lines: one object per line.
    qint64 number = 0;
    qsizetype start = 0;
    while (start < all.size()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return;
        }
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        ++number;
        const QByteArray text = all.mid(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        if (progress && (sink.rows() % ProgressEvery) == 0)
            progress(start);
        if (!text.startsWith('{')) {
            sink.issue(number,
                       QCoreApplication::translate("audience::FollowerImport", "expected an object, found %1")
                           .arg(QString::fromUtf8(text.left(20))));
            continue;
        }
        takeElement(text, number, sink);
    }
}

} // namespace

std::optional<ImportFormat> importFormatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return ImportFormat::Csv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") ||
        suffix == QLatin1String("ndjson"))
        return ImportFormat::Json;
    return std::nullopt;
}

QString ImportIssue::toString() const
{
    return QCoreApplication::translate("audience::FollowerImport", "line %1: %2").arg(line).arg(reason);
}

FollowerImport::FollowerImport(LocationResolver &resolver, const BioClassifier &classifier)
    : m_resolver(resolver), m_classifier(classifier)
{
}

ImportOutcome FollowerImport::read(QIODevice &in, ImportFormat format, const std::atomic_bool *cancel,
                                   const std::function<void(qint64)> &progress)
{
    Sink sink(m_resolver, m_classifier);
    bool cancelled = false;
    if (format == ImportFormat::Csv)
        readCsv(in, sink, cancel, progress, cancelled);
    else
        readJson(in, sink, cancel, progress, cancelled);
    ImportOutcome outcome = sink.finish(cancelled);
    if (outcome.issueCount == 0 && outcome.rows == 0 && !cancelled) {
        outcome.issues.append(
            {1, QCoreApplication::translate("audience::FollowerImport", "the file lists no followers")});
        ++outcome.issueCount;
    }
    return outcome;
}

} // namespace audience
