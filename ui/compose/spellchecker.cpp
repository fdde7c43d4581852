#include "compose/spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hunspell.hxx>

namespace ui {

namespace {
// The SET line of an .aff file names its encoding (ISO8859-1 when absent, as Hunspell assumes).
QString affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (int line = 0; line < 200 && !file.atEnd(); ++line) {
        QByteArray l = file.readLine().trimmed();
        if (l.startsWith("\xEF\xBB\xBF"))
            l = l.mid(3);
        if (l.startsWith("SET ") || l.startsWith("SET\t"))
            return QString::fromLatin1(l.mid(4).trimmed());
    }
    return QStringLiteral("ISO-8859-1");
}

// Hunspell's names for encodings are not always Qt's ("microsoft-cp1251", "ISO8859-1").
QString qtEncodingName(QString name)
{
    name = name.toUpper();
    if (name.startsWith(QLatin1String("MICROSOFT-CP")))
        return QStringLiteral("windows-") + name.mid(12);
    if (name.startsWith(QLatin1String("ISO8859")))
        return QStringLiteral("ISO-8859") + name.mid(7);
    return name;
}
} // namespace

SpellChecker::SpellChecker(const QString &directory, const QString &name) : m_name(name)
{
    const QString aff = QDir(directory).filePath(name + QStringLiteral(".aff"));
    const QString dic = QDir(directory).filePath(name + QStringLiteral(".dic"));
    if (!QFileInfo::exists(aff) || !QFileInfo::exists(dic)) {
        m_problem = QCoreApplication::translate("ui::SpellChecker", "No spell checking: the %1 dictionary is not installed (install the package "
                                "“%2”).")
                        .arg(name, packageFor(name));
        return;
    }
    m_encoding = affEncoding(aff);
    const QString qtName = qtEncodingName(m_encoding);
    m_encoder = QStringEncoder(qtName.toLatin1().constData());
    m_decoder = QStringDecoder(qtName.toLatin1().constData());
    if (!m_encoder.isValid() || !m_decoder.isValid()) {
        m_problem = QCoreApplication::translate("ui::SpellChecker", "No spell checking: the %1 dictionary uses the encoding %2, which this system "
                                "cannot convert.")
                        .arg(name, m_encoding);
        return;
    }
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(aff).constData(), QFile::encodeName(dic).constData());
}

SpellChecker::~SpellChecker() = default;

std::string SpellChecker::encode(const QString &word)
{
    const QByteArray bytes = m_encoder.encode(word);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QString SpellChecker::decode(const std::string &word)
{
    return m_decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
}

bool SpellChecker::isCorrect(const QString &word)
{
    if (!m_hunspell)
        return true;
    // Names in the other script (Пушкин in an English variant, BBC in a Russian one) are not this dictionary's
    // to judge.
    const bool cyrillic = std::any_of(word.cbegin(), word.cend(),
                                      [](QChar c) { return c.unicode() >= 0x400 && c.unicode() < 0x530; });
    if (m_name.startsWith(QLatin1String("ru")) != cyrillic)
        return true;
    if (const auto it = m_cache.constFind(word); it != m_cache.cend())
        return *it;
    // A word the dictionary cannot even spell in its encoding (another script) is not this dictionary's.
    const std::string encoded = encode(word);
    const bool correct = m_encoder.hasError() ? true : m_hunspell->spell(encoded);
    m_encoder.resetState();
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word)
{
    QStringList result;
    if (!m_hunspell)
        return result;
    for (const auto &s : m_hunspell->suggest(encode(word)))
        result << decode(s);
    return result;
}

void SpellChecker::ignore(const QString &word)
{
    if (m_hunspell)
        m_hunspell->add(encode(word));
    m_cache.insert(word, true);
}

QString SpellChecker::packageFor(const QString &name)
{
    // Debian names them hunspell-<language>-<country>, lower case, except where one package serves a language.
    if (name == QLatin1String("ru_RU"))
        return QStringLiteral("hunspell-ru");
    return QStringLiteral("hunspell-") + name.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString SpellChecker::defaultDictionary(const QString &language)
{
    if (language.startsWith(QLatin1String("en")))
        return QStringLiteral("en_GB");
    if (language.startsWith(QLatin1String("ru")))
        return QStringLiteral("ru_RU");
    return {};
}

SpellDictionaries::SpellDictionaries(QObject *parent)
    : QObject(parent), m_directory(qEnvironmentVariable("ATTACHE_HUNSPELL_DIR", QStringLiteral("/usr/share/hunspell")))
{
}

SpellChecker *SpellDictionaries::checker(const QString &name)
{
    auto &c = m_checkers[name];
    if (!c)
        c = std::make_shared<SpellChecker>(m_directory, name);
    return c.get();
}

} // namespace ui
