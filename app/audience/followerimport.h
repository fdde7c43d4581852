#pragma once

#include "domain/audience.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace audience {

class BioClassifier;
class LocationResolver;

// What a press office actually has: a follower export from an audience tool or the platform's own export,
// one follower per row with (among other columns) the profile's location, bio and whether it is verified. It
// goes through the same resolution and classification as a sync, and becomes one aggregate snapshot: the rows
// themselves are never stored.
//
// CSV: a header row names the columns (location/place/city, bio/description/about, verified/is_verified, in any
// order, case-insensitive, other columns ignored); comma, semicolon or tab separated, RFC 4180 quoting (a field
// may span lines), UTF-8 with or without BOM. JSON: an array of objects, or one object per line (JSON Lines),
// with "location", "description" (or "bio") and "verified"; Weibo's "province"/"city" stand in for a location.
enum class ImportFormat { Csv, Json };

// By the file name: .csv/.tsv/.txt → CSV, .json/.jsonl/.ndjson → JSON; nullopt otherwise.
std::optional<ImportFormat> importFormatForFile(const QString &fileName);

// One rejected row: the line it starts on (1-based) and why.
struct ImportIssue
{
    qint64 line = 0;
    QString reason;
    QString toString() const; // "line 12: …"
};

struct ImportOutcome
{
    domain::AudienceSnapshot snapshot; // counts of the good rows; accountId and takenAt unset
    qint64 rows = 0;                   // followers read (good rows)
    QList<ImportIssue> issues;         // the first MaxIssues issues
    qint64 issueCount = 0;             // all of them
    bool cancelled = false;
    // An import lands whole or not at all: one bad row and nothing is stored.
    bool acceptable() const { return issueCount == 0 && rows > 0 && !cancelled; }
};

// Reads one export. Not thread-affine: give it a resolver of the thread it runs on.
class FollowerImport final
{
public:
    static constexpr int MaxIssues = 1000;

    FollowerImport(LocationResolver &resolver, const BioClassifier &classifier);

    // progress (may be empty) gets the bytes read so far now and then; cancel (may be null) stops early.
    ImportOutcome read(QIODevice &in, ImportFormat format, const std::atomic_bool *cancel = nullptr,
                       const std::function<void(qint64)> &progress = {});

private:
    LocationResolver &m_resolver;
    const BioClassifier &m_classifier;
};

} // namespace audience
