#pragma once

// The top-level domains a URL without a path may end in, from resources/data/tlds-*.txt (see SOURCE.md
// there), compiled into the library at build time so no resource has to be loaded before the first count.
namespace text::tlds {

// UTF-8, names separated by '|', ready to drop into a regular expression alternation.
extern const char *const genericAlternation;
extern const char *const countryAlternation;

} // namespace text::tlds
