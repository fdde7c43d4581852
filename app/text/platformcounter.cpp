#include "text/platformcounter.h"

#include "text/facebookcounter.h"
#include "text/twittercounter.h"
#include "text/weibocounter.h"

namespace text {

std::optional<CountRules> countRulesFromId(QStringView id)
{
    if (id == u"x")
        return CountRules::X;
    if (id == u"weibo")
        return CountRules::Weibo;
    if (id == u"facebook")
        return CountRules::Facebook;
    return std::nullopt;
}

CountResult countFor(CountRules rules, const QString &text)
{
    switch (rules) {
    case CountRules::X:
        return TwitterCounter::count(text);
    case CountRules::Weibo:
        return WeiboCounter::count(text);
    case CountRules::Facebook:
        return FacebookCounter::count(text);
    }
    return {};
}

} // namespace text
