#include "inbox/lexicons.h"

namespace inbox {

std::shared_ptr<const Lexicons> Lexicons::embedded()
{
    static const std::shared_ptr<const Lexicons> lexicons = [] {
        auto l = std::make_shared<Lexicons>();
        QString error;
        l->english = Vocabulary::load(Language::English, &error);
        if (error.isEmpty())
            l->russian = Vocabulary::load(Language::Russian, &error);
        if (error.isEmpty())
            l->chinese = Vocabulary::load(Language::Chinese, &error);
        l->error = error;
        return std::shared_ptr<const Lexicons>(std::move(l));
    }();
    return lexicons;
}

} // namespace inbox
