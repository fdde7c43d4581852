#include "audience/normalizer.h"

#include <QChar>
#include <QString>
#include <array>
#include <memory>

namespace audience {

namespace {

constexpr char16_t Drop = 0xFFFF; // the code unit vanishes (marks, apostrophes, joiners)
constexpr char16_t Space = u' ';  // the code unit separates words

// One table for the whole Basic Multilingual Plane, built once: a query then costs one lookup per code unit,
// which is what lets the resolver reach hundreds of thousands of locations a second.
const std::array<char16_t, 65536> &foldTable()
{
    static const std::unique_ptr<std::array<char16_t, 65536>> table = [] {
        auto t = std::make_unique<std::array<char16_t, 65536>>();
        for (int u = 0; u < 65536; ++u) {
            const QChar c{char16_t(u)};
            char16_t mapped = Space;
            if (c.isSurrogate()) {
                mapped = Space; // emoji and rare ideographs: flags are read before folding
            } else if (c.isMark() || c.category() == QChar::Other_Format) {
                mapped = Drop;
            } else if (u == 0x27 || u == 0x60 || u == 0x2BC || u == 0x2018 || u == 0x2019 || u == 0xB4) {
                mapped = Drop;
            } else if (c.isLetterOrNumber()) {
                char16_t lower = c.toLower().unicode();
                // Russian й is a letter of its own, unlike é: keep it; ё is written е as often as not.
                if (lower != u'й') {
                    for (int depth = 0; depth < 3; ++depth) {
                        const QChar l(lower);
                        const auto tag = l.decompositionTag();
                        if (tag != QChar::Canonical && tag != QChar::Wide && tag != QChar::Narrow &&
                            tag != QChar::Font)
                            break;
                        const QString d = l.decomposition();
                        if (d.isEmpty() || QChar(d.at(0)).isSurrogate())
                            break;
                        lower = QChar(d.at(0)).toLower().unicode();
                    }
                }
                switch (lower) {
                case u'ø':
                    lower = u'o';
                    break;
                case u'ł':
                    lower = u'l';
                    break;
                case u'đ':
                    lower = u'd';
                    break;
                case u'ı':
                    lower = u'i';
                    break;
                default:
                    break;
                }
                mapped = lower;
            }
            (*t)[std::size_t(u)] = mapped;
        }
        return t;
    }();
    return *table;
}

bool isPartSeparator(char16_t c)
{
    switch (c) {
    case u',':
    case u';':
    case u'/':
    case u'|':
    case u'\\':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'\n':
    case u'\r':
    case u'\t':
    case u'&':
    case u'+':
    case 0x00B7:
    case 0x2022:
    case 0x3001:
    case 0x30FB:
    case 0xFF0C:
    case 0xFF1B:
    case 0xFF0F:
    case 0xFF5C:
    case 0xFF08:
    case 0xFF09:
    case 0x3002:
        return true;
    default:
        return false;
    }
}

bool isDash(char16_t c)
{
    return c == u'-' || c == 0x2013 || c == 0x2014;
}

} // namespace

qsizetype Normalizer::appendFolded(QStringView text, std::u16string &out)
{
    const auto &table = foldTable();
    const std::size_t start = out.size();
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t m = table[qc.unicode()];
        if (m == Drop)
            continue;
        if (m == Space) {
            pendingSpace = out.size() > start;
            continue;
        }
        if (pendingSpace) {
            out.push_back(Space);
            pendingSpace = false;
        }
        out.push_back(m);
    }
    return qsizetype(out.size() - start);
}

std::u16string Normalizer::folded(QStringView text)
{
    std::u16string out;
    out.reserve(std::size_t(text.size()));
    appendFolded(text, out);
    return out;
}

void Normalizer::splitParts(QStringView text, std::u16string &buffer, std::vector<std::u16string_view> &parts)
{
    buffer.clear();
    parts.clear();
    // Offsets first: the buffer may grow (and move) while parts are appended.
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    qsizetype begin = 0;
    const qsizetype n = text.size();
    auto flush = [&](qsizetype end) {
        if (end > begin) {
            const std::size_t at = buffer.size();
            const qsizetype len = appendFolded(text.sliced(begin, end - begin), buffer);
            if (len > 0)
                spans.emplace_back(at, std::size_t(len));
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const bool dashBetweenSpaces =
            isDash(c) && i > 0 && i + 1 < n && text[i - 1].isSpace() && text[i + 1].isSpace();
        if (isPartSeparator(c) || dashBetweenSpaces) {
            flush(i);
            begin = i + 1;
        }
    }
    flush(n);
    parts.reserve(spans.size());
    for (const auto &[at, len] : spans)
        parts.emplace_back(buffer.data() + at, len);
}

} // namespace audience
