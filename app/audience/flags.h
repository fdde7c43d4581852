#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace audience {

// A flag emoji in a location: 🇬🇧 is GB; the tag flags of England, Scotland and Wales also name the nation.
struct FlagHint
{
    QString country; // as written in the flag: "GB", "EU", "UN" (the resolver decides what is a country)
    QString admin1;  // "ENG", "SCT", "WLS" for the tag flags, else empty
};

// Appends every flag of text to flags, in order; cheap when there is none (one scan for a surrogate).
void findFlags(QStringView text, std::vector<FlagHint> &flags);

} // namespace audience
