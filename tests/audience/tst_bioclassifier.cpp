#include "audience/bioclassifier.h"

#include <QTest>

using audience::BioClassifier;
using audience::BioKind;

Q_DECLARE_METATYPE(audience::BioKind)

// Public bios in English and Russian: the kind of follower and their interests, by keyword and phrase rules.
class BioClassifierTest : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void ids_matchTheSnapshotKeys();

private:
    BioClassifier m_classifier;
};

void BioClassifierTest::classify_data()
{
    QTest::addColumn<QString>("bio");
    QTest::addColumn<BioKind>("kind");
    QTest::addColumn<QStringList>("interests"); // exactly these, in Interest order

    using K = BioKind;
    auto row = [](const char *name, const QString &bio, BioKind kind, const QString &interests) {
        QTest::newRow(name) << bio << kind << interests.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    // Parliamentarians
    row("MP for", QStringLiteral("Labour MP for Bristol West. Views my own."), K::Mp,
        QStringLiteral("politics"));
    row("Member of Parliament", QStringLiteral("Member of Parliament for Ceredigion, proud Welshman"), K::Mp,
        QStringLiteral("politics"));
    row("mp lower case is not MP", QStringLiteral("mp3 collector and music lover"), K::Other,
        QStringLiteral("culture"));
    row("MEP", QStringLiteral("MEP for Ireland South. Renew Europe."), K::Mep, QStringLiteral("politics"));
    row("MEP beats MP", QStringLiteral("Former MP, now Member of the European Parliament"), K::Mep,
        QStringLiteral("politics"));
    row("депутат Госдумы", QStringLiteral("Депутат Государственной Думы РФ, член комитета по образованию"),
        K::Mp, QStringLiteral("politics education"));
    row("депутат alone", QStringLiteral("Депутат. Отец троих детей."), K::Mp, QStringLiteral("politics"));
    row("евродепутат", QStringLiteral("Евродепутат от Латвии"), K::Mep, QStringLiteral("politics"));
    // Local authorities
    row("councillor", QStringLiteral("Cllr for Hackney Central, cyclist"), K::LocalAuthority,
        QStringLiteral("politics sport"));
    row("city council", QStringLiteral("Leader of Manchester City Council"), K::LocalAuthority,
        QStringLiteral("politics"));
    row("British Council is not a council",
        QStringLiteral("Working at the British Council: arts and education"), K::Other,
        QStringLiteral("culture education"));
    row("муниципальный депутат", QStringLiteral("Муниципальный депутат района Хамовники"), K::LocalAuthority,
        QStringLiteral("politics"));
    row("мэр", QStringLiteral("Мэр Казани"), K::LocalAuthority, QStringLiteral("politics"));
    // Journalists and correspondents
    row("journalist", QStringLiteral("Journalist at The Guardian. Politics, books, tea."), K::Journalist,
        QStringLiteral("news politics culture"));
    row("BBC reporter", QStringLiteral("BBC News reporter covering science and climate"), K::Journalist,
        QStringLiteral("news science"));
    row("Moscow correspondent", QStringLiteral("Moscow correspondent for The Times"), K::ForeignCorrespondent,
        QStringLiteral("news"));
    row("bureau chief", QStringLiteral("Reuters bureau chief, Beijing"), K::ForeignCorrespondent,
        QStringLiteral("news"));
    row("журналистка", QStringLiteral("Журналистка, пишу о культуре и театре"), K::Journalist,
        QStringLiteral("news culture"));
    row("корреспондент в Лондоне", QStringLiteral("Корреспондент в Лондоне. ТАСС"), K::ForeignCorrespondent,
        QStringLiteral("news"));
    row("собкор", QStringLiteral("Собкор «Коммерсанта» в Брюсселе"), K::ForeignCorrespondent,
        QStringLiteral("business news"));
    row("editor is weak", QStringLiteral("Editor. CEO of a small media startup"), K::Business,
        QStringLiteral("business news"));
    // Diplomats
    row("ambassador", QStringLiteral("British Ambassador to Russia. Tweets in English and Russian."),
        K::Diplomat, QStringLiteral("politics"));
    row("embassy account", QStringLiteral("Official account of the Embassy of Japan in the UK"), K::Diplomat,
        QStringLiteral("politics"));
    row("chargé d'affaires", QStringLiteral("Chargé d'affaires a.i."), K::Diplomat,
        QStringLiteral("politics"));
    row("посольство", QStringLiteral("Посольство Франции в России"), K::Diplomat, QStringLiteral("politics"));
    row("дипломат", QStringLiteral("Дипломат, выпускник МГИМО"), K::Diplomat,
        QStringLiteral("politics education"));
    row("МИД", QStringLiteral("Пресс-служба МИД"), K::Diplomat, QStringLiteral("politics"));
    // Business
    row("CEO founder", QStringLiteral("Co-founder & CEO @acme. Fintech, startups."), K::Business,
        QStringLiteral("business science"));
    row("предприниматель", QStringLiteral("Предприниматель, инвестор, люблю путешествия"), K::Business,
        QStringLiteral("business travel"));
    row("генеральный директор", QStringLiteral("Генеральный директор ООО «Ромашка»"), K::Business,
        QStringLiteral("business"));
    // Interests only
    row("sport and travel", QStringLiteral("Arsenal fan. Marathon runner. Travel addict."), K::Other,
        QStringLiteral("sport travel"));
    row("science education", QStringLiteral("PhD student in physics at Oxford University"), K::Other,
        QStringLiteral("science education"));
    row("ёлки folding", QStringLiteral("Учёный, люблю футбол и шахматы"), K::Other,
        QStringLiteral("sport science"));
    row("culture ru", QStringLiteral("Музыка, кино, литература"), K::Other, QStringLiteral("culture"));
    row("nothing", QStringLiteral("Cats. Coffee. Sarcasm."), K::Other, QString());
    row("empty", QString(), K::Other, QString());
}

void BioClassifierTest::classify()
{
    QFETCH(QString, bio);
    QFETCH(BioKind, kind);
    QFETCH(QStringList, interests);
    const auto c = m_classifier.classify(bio);
    QCOMPARE(audience::kindId(c.kind), audience::kindId(kind));
    QCOMPARE(audience::interestIds(c.interests), interests);
}

void BioClassifierTest::ids_matchTheSnapshotKeys()
{
    QStringList kinds;
    for (int k = 0; k <= int(BioKind::Mep); ++k)
        kinds << audience::kindId(BioKind(k));
    kinds.sort();
    QCOMPARE(kinds.join(QLatin1Char(' ')),
             QStringLiteral("business diplomat foreign_correspondent journalist "
                            "local_authority mep mp other"));
    QCOMPARE(audience::interestIds(0xFF).join(QLatin1Char(' ')),
             QStringLiteral("business news politics culture sport science travel education"));
}

QTEST_GUILESS_MAIN(BioClassifierTest)
#include "tst_bioclassifier.moc"
