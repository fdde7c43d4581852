#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class Hunspell;

namespace ui {

// One Hunspell dictionary (en_GB, en_US, ru_RU…) for the composer's underlines and suggestions. Hunspell works
// on the dictionary's own 8-bit encoding, named by the SET line of its .aff file; words are converted both ways.
class SpellChecker final
{
public:
    // Loads <directory>/<name>.aff and .dic. When they are missing, isValid() is false and problem() says which
    // Debian package brings them.
    SpellChecker(const QString &directory, const QString &name);
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isValid() const { return m_hunspell != nullptr; }
    QString name() const { return m_name; }
    QString problem() const { return m_problem; }
    QString encoding() const { return m_encoding; }

    bool isCorrect(const QString &word);
    QStringList suggestions(const QString &word);
    // For this session only (the dictionary files are never written).
    void ignore(const QString &word);

    // The Debian package holding a dictionary: "en_GB" → "hunspell-en-gb".
    static QString packageFor(const QString &name);
    // The dictionary for a variant's language ("en" → "en_GB", "ru" → "ru_RU"), or empty when none applies.
    static QString defaultDictionary(const QString &language);

private:
    std::string encode(const QString &word);
    QString decode(const std::string &word);

    QString m_name;
    QString m_problem;
    QString m_encoding;
    std::unique_ptr<Hunspell> m_hunspell;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
    QHash<QString, bool> m_cache;
};

// The dictionaries the composer has opened, each loaded once and shared by every editor of its language.
class SpellDictionaries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellDictionaries)
public:
    // `directory` defaults to Debian's /usr/share/hunspell (ATTACHE_HUNSPELL_DIR overrides it, for tests).
    explicit SpellDictionaries(QObject *parent = nullptr);

    SpellChecker *checker(const QString &name); // never null; check isValid()
    QString directory() const { return m_directory; }

signals:
    void ignored(const QString &word); // editors underline again

private:
    QString m_directory;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers;
};

} // namespace ui
