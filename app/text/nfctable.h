#pragma once

#include "text/unicodeproperty.h"

// Generated normalisation table (see tools/genunicodetables.cpp for its origin).
namespace text::unicodedata {

extern const CodePointRange nfcInert[];
extern const int nfcInertCount;

} // namespace text::unicodedata
