#include "text/twitterconfig.h"

namespace text {

const TwitterConfig &TwitterConfig::v3()
{
    // Values copied from config/v3.json.
    static const TwitterConfig config{
        280, 100, 200, 23, true, {{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}}};
    return config;
}

const TwitterConfig &TwitterConfig::v2()
{
    static const TwitterConfig config = [] {
        TwitterConfig c = v3();
        c.emojiParsingEnabled = false;
        return c;
    }();
    return config;
}

} // namespace text
