#pragma once

#include "text/unicodeproperty.h"

// Generated emoji property tables (see tools/genunicodetables.cpp for their origin).
namespace text::unicodedata {

extern const CodePointRange extendedPictographic[];
extern const int extendedPictographicCount;
extern const CodePointRange emojiPresentation[];
extern const int emojiPresentationCount;
extern const CodePointRange emojiModifierBase[];
extern const int emojiModifierBaseCount;

} // namespace text::unicodedata
