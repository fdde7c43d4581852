#include "compose/composepane.h"
#include "compose/attachmentmodel.h"
#include "compose/attachmentstrip.h"
#include "compose/composer.h"
#include "compose/entityhighlighter.h"
#include "compose/postdraft.h"
#include "compose/spellchecker.h"
#include "compose/varianteditor.h"
#include "compose/variantpreview.h"
#include "shell/mainwindow.h"
#include "shell/preferences.h"
#include "shell/style.h"
#include "shell/workbench.h"
#include "workspace/demo.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QUrl>
#include <QMenu>
#include <QDialog>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTimer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>

#include <csignal>
#include <unistd.h>

using domain::VariantState;

// The message editor in the Compose pane, offscreen: a new post for two accounts typed key by key reaches the
// store within a second and survives the window; counters are exact; overflow, entities and misspellings are
// painted; editing an approved variant sends it back to review; identical texts are warned about.
class ComposerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newPost_typedText_isInTheStoreWithinASecond();
    void closingTheWindow_losesNothing_andReopens();
    void crash_afterAutosave_losesNothing();
    void crashChild();
    void counter_isExact_forEmojiAndUrl();
    void overLimit_isRedAndOffersAThread();
    void overLimit_publishAsThread_showsPartsAndIsStored();
    void attachments_thumbnailsAndPerPictureProblems();
    void storedPost_renamedAndAccountsChanged();
    void undo_survivesSwitchingPosts();
    void editingApproved_goesBackToReview();
    void spelling_underlinesAndSuggests();
    void missingDictionary_saysWhichPackage();
    void identicalTexts_warnButSave();
    void copyFrom_thenAdapt();
    void submitWhileEditing_showsTheNewState();
    void preview_shortensLinksOnX();
    void screenshot();

private:
    struct Opened
    {
        std::unique_ptr<ui::Workbench> workbench;
        ui::ComposePane *pane = nullptr;
        ui::Composer *composer = nullptr;
    };
    Opened openDemo();
    static void check(ui::Composer *composer, const QStringList &accountNames);
    static QList<QTextLayout::FormatRange> formatsAt(QTextDocument *doc, int position);
    static void typeCodePoints(QWidget *widget, const QString &text);
    static void type(QWidget *widget, const QString &text);

    ui::Preferences m_preferences;
};

void ComposerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

ComposerTest::Opened ComposerTest::openDemo()
{
    Opened o;
    o.workbench = std::make_unique<ui::Workbench>(m_preferences);
    o.workbench->setInteractive(false);
    if (!o.workbench->openDemo())
        return o;
    o.workbench->window()->show();
    o.pane = o.workbench->window()->findChild<ui::ComposePane *>();
    o.composer = o.pane->composer();
    return o;
}

void ComposerTest::check(ui::Composer *composer, const QStringList &accountNames)
{
    auto *targets = composer->findChild<QListWidget *>(QStringLiteral("targets"));
    QVERIFY(targets && targets->isVisible());
    for (const QString &name : accountNames) {
        const auto found = targets->findItems(name, Qt::MatchExactly);
        QVERIFY2(found.size() == 1, qPrintable(name));
        found.first()->setCheckState(Qt::Checked);
    }
    QCOMPARE(composer->editors().size(), accountNames.size());
}

QList<QTextLayout::FormatRange> ComposerTest::formatsAt(QTextDocument *doc, int position)
{
    QList<QTextLayout::FormatRange> result;
    const QTextBlock block = doc->findBlock(position);
    for (const auto &r : block.layout()->formats()) {
        const int at = position - block.position();
        if (at >= r.start && at < r.start + r.length)
            result << r;
    }
    return result;
}

// QTest::keyClicks sends UTF-16 units one by one, and a text editor rightly refuses half a surrogate pair: an
// emoji is typed one code point per key event, as an input method sends it.
void ComposerTest::typeCodePoints(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, n), Qt::NoModifier);
        i += n;
    }
}

// Key by key: QTest::keyClicks for ASCII (it takes Latin-1 only), one key event per code point otherwise.
void ComposerTest::type(QWidget *widget, const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        QTest::keyClicks(widget, text);
    else
        typeCodePoints(widget, text);
}

void ComposerTest::newPost_typedText_isInTheStoreWithinASecond()
{
    Opened o = openDemo();
    QVERIFY(o.composer);
    workspace::Workspace &ws = *o.workbench->workspace();
    const int before = int(ws.posts().all()->size());
    auto *newPost = o.pane->findChild<QPushButton *>(QStringLiteral("newPost"));
    QVERIFY(newPost);
    newPost->click();
    QVERIFY(o.pane->isComposing());
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Посольство (RU)")});
    QCOMPARE(ws.posts().all()->size(), before); // nothing typed, nothing stored

    auto editors = o.composer->editors();
    const QString english = QStringLiteral("Tonight the Embassy opens the Year of Language #YearOfLanguage");
    type(editors[0]->textEdit(), english);
    QVERIFY(o.composer->postId());
    QCOMPARE(ws.posts().all()->size(), before + 1); // created on the first keystroke
    const QString russian = QStringLiteral("Сегодня открывается Год языка");
    type(editors[1]->textEdit(), russian);
    QCOMPARE(editors[0]->counter()->text(), QStringLiteral("%1 / 280").arg(english.size()));

    QTest::qWait(1200);
    const auto post = ws.posts().find(o.composer->postId());
    QVERIFY(post);
    QCOMPARE(post->variants.size(), 2);
    QCOMPARE(post->variants[0].text, english);
    QCOMPARE(post->variants[0].language, QStringLiteral("en"));
    QCOMPARE(post->variants[1].text, russian);
    QCOMPARE(post->variants[1].language, QStringLiteral("ru"));
    // The new post is in the list, selected.
    auto *tree = o.pane->findChild<QTreeView *>();
    QCOMPARE(tree->model()->rowCount(), before + 1);

    // The entity highlighter colours the hashtag.
    const int hash = int(english.indexOf(QLatin1Char('#')));
    const auto formats = formatsAt(editors[0]->textEdit()->document(), hash + 2);
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.first().format.foreground().color(), QColor(0x1d, 0x6f, 0xd1));

}

void ComposerTest::closingTheWindow_losesNothing_andReopens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.attache"));
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        QVERIFY2(ws, qPrintable(error.error.message));
        QVERIFY(workspace::createDemo(*ws));
    }
    const QString typed = QStringLiteral("Consular hours over the holidays: closed 1–8 January");
    qint64 postId = 0;
    {
        ui::Workbench workbench(m_preferences);
        workbench.setInteractive(false);
        QVERIFY(workbench.openWorkspace(path, false));
        workbench.window()->show();
        auto *pane = workbench.window()->findChild<ui::ComposePane *>();
        pane->newPost();
        check(pane->composer(), {QStringLiteral("Ambassador (EN)"), QStringLiteral("大使馆 (Weibo)")});
        type(pane->composer()->editors()[0]->textEdit(), typed);
        postId = pane->composer()->postId();
        QVERIFY(postId);
        QVERIFY(pane->composer()->draft().isDirty()); // the last keystrokes wait for autosave…
        // …and the window goes before it fires.
    }
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        QVERIFY(ws);
        QCOMPARE(ws->posts().find(postId)->variants[0].text, typed);
    }
    // Opened again, the composer shows the post that was being written.
    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openWorkspace(path, false));
    auto *pane = workbench.window()->findChild<ui::ComposePane *>();
    QVERIFY(pane->isComposing());
    QCOMPARE(pane->composer()->postId(), postId);
    QCOMPARE(pane->composer()->editors()[0]->textEdit()->toPlainText(), typed);
}

// A real crash: a child process (this test, in crashChild) types into the composer, lets one second pass and
// is killed with SIGKILL, no destructor run. The workspace then opens with the text in the composer.
void ComposerTest::crash_afterAutosave_losesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.attache"));
    {
        store::Database::OpenError error;
        auto ws = workspace::Workspace::open(path, {}, &error);
        QVERIFY2(ws, qPrintable(error.error.message));
        QVERIFY(workspace::createDemo(*ws));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ATTACHE_COMPOSER_CRASH_WORKSPACE"), path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("crashChild")});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    ui::Workbench workbench(m_preferences);
    workbench.setInteractive(false);
    QVERIFY(workbench.openWorkspace(path, false));
    auto *pane = workbench.window()->findChild<ui::ComposePane *>();
    QVERIFY(pane->isComposing());
    QCOMPARE(pane->composer()->editors().size(), 2);
    QCOMPARE(pane->composer()->editors()[0]->textEdit()->toPlainText(),
             QStringLiteral("Typed just before the power cut"));
    QCOMPARE(pane->composer()->editors()[1]->textEdit()->toPlainText(), QStringLiteral("Набрано до сбоя"));
}

void ComposerTest::crashChild()
{
    const QString path = qEnvironmentVariable("ATTACHE_COMPOSER_CRASH_WORKSPACE");
    if (path.isEmpty())
        QSKIP("run by crash_afterAutosave_losesNothing");
    auto *workbench = new ui::Workbench(m_preferences); // never destroyed: the process is killed
    workbench->setInteractive(false);
    QVERIFY(workbench->openWorkspace(path, false));
    workbench->window()->show();
    auto *pane = workbench->window()->findChild<ui::ComposePane *>();
    pane->newPost();
    check(pane->composer(), {QStringLiteral("Embassy (EN)"), QStringLiteral("Посольство (RU)")});
    type(pane->composer()->editors()[0]->textEdit(), QStringLiteral("Typed just before the power cut"));
    type(pane->composer()->editors()[1]->textEdit(), QStringLiteral("Набрано до сбоя"));
    QTest::qWait(1100);
    ::kill(::getpid(), SIGKILL);
}

void ComposerTest::counter_isExact_forEmojiAndUrl()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("大使馆 (Weibo)")});
    auto *x = o.composer->editors()[0];
    auto *weibo = o.composer->editors()[1];
    // A family emoji (a ZWJ sequence of 8 UTF-16 units) weighs 2 on X; any URL weighs 23.
    const QString text =
        QStringLiteral("Join us 👨‍👩‍👧 https://www.rusemb.org.uk/events/year-of-language-and-literature");
    typeCodePoints(x->textEdit(), text);
    QCOMPARE(x->textEdit()->toPlainText(), text);
    QCOMPARE(x->counter()->text(), QStringLiteral("34 / 280"));
    type(weibo->textEdit(), QStringLiteral("俄语周开幕 https://www.rusemb.org.uk/ru-week"));
    // Weibo: ceil((1 + 2 × 5) / 2) + 10 for the URL = 6 + 10.
    QCOMPARE(weibo->counter()->text(), QStringLiteral("16 / 140"));
}

void ComposerTest::overLimit_isRedAndOffersAThread()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)")});
    auto *editor = o.composer->editors()[0];
    auto *split = editor->findChild<QPushButton *>(QStringLiteral("splitThread"));
    QVERIFY(split && !split->isVisibleTo(editor));
    QString sentence = QStringLiteral("The Embassy opens the Year of Language and Literature tonight. ");
    QString text;
    while (text.size() < 300)
        text += sentence;
    editor->textEdit()->insertPlainText(text);
    const int length = int(text.size());
    QCOMPARE(editor->counter()->text(), QStringLiteral("%1 / 280").arg(length));
    QVERIFY(editor->counter()->styleSheet().contains(QStringLiteral("#c62828")));
    QVERIFY(split->isVisibleTo(editor));
    auto *doc = editor->textEdit()->document();
    auto background = [&](int pos) {
        for (const auto &r : formatsAt(doc, pos)) {
            if (r.format.background().style() != Qt::NoBrush)
                return r.format.background().color();
        }
        return QColor();
    };
    QVERIFY(!background(279).isValid());
    QCOMPARE(background(280), QColor(0xf8, 0xd0, 0xd0));
    QCOMPARE(background(length - 1), QColor(0xf8, 0xd0, 0xd0));
    QVERIFY(o.composer->draft().flush());

    // The thread preview: numbered parts, each within the limit, shown and left to the user.
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *parts = dialog->findChild<QTextBrowser *>(QStringLiteral("threadParts")))
            shown = parts->toPlainText();
        dialog->reject();
    });
    split->click();
    QVERIFY2(shown.contains(QStringLiteral("Post 1")) && shown.contains(QStringLiteral("Post 2")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral(" 1/2")));
    QVERIFY(shown.contains(QStringLiteral(" 2/2")));
    QCOMPARE(o.composer->draft().variants()[0].text, text); // the variant itself is left as it is
}

void ComposerTest::overLimit_publishAsThread_showsPartsAndIsStored()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)")});
    auto *editor = o.composer->editors()[0];
    auto *asThread = editor->asThreadBox();
    QVERIFY(!asThread->isVisibleTo(editor));
    QString text;
    while (text.size() < 450)
        text += QStringLiteral("The Embassy opens the Year of Language and Literature tonight. ");
    editor->textEdit()->insertPlainText(text.trimmed());
    QVERIFY(asThread->isVisibleTo(editor));
    QVERIFY(!editor->threadSummary()->isVisibleTo(editor));
    asThread->click();
    QVERIFY(editor->threadSummary()->isVisibleTo(editor));
    const QString summary = editor->threadSummary()->text();
    QVERIFY2(summary.contains(QStringLiteral("<b>1/2</b> The Embassy opens")) &&
                 summary.contains(QStringLiteral("<b>2/2</b>")),
             qPrintable(summary));
    QCOMPARE(editor->counter()->text(), QStringLiteral("2 posts in a thread"));
    QVERIFY(!editor->counter()->styleSheet().contains(QStringLiteral("#c62828")));
    // Stored with the variant, so the publisher sends it as a thread.
    QVERIFY(o.composer->draft().flush());
    const qint64 variantId = o.composer->draft().variants()[0].variantId;
    QVERIFY(variantId);
    QVERIFY(o.workbench->workspace()->posts().variant(variantId)->asThread);
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty()) {
        QApplication::processEvents();
        editor->grab().save(dir + QStringLiteral("/thread.png"));
    }
    // Shortened to fit, it is a single post again: no parts, no choice to make.
    editor->textEdit()->selectAll();
    editor->textEdit()->insertPlainText(QStringLiteral("Short again."));
    QVERIFY(!asThread->isVisibleTo(editor));
    QVERIFY(!editor->threadSummary()->isVisibleTo(editor));
}

void ComposerTest::attachments_thumbnailsAndPerPictureProblems()
{
    QTemporaryDir files;
    auto png = [&](const QString &name, QColor colour) {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = files.filePath(name);
        image.save(path, "PNG");
        return path;
    };
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("大使馆 (Weibo)")});
    auto *x = o.composer->editors()[0];
    auto *weibo = o.composer->editors()[1];
    auto *strip = x->attachments();
    QVERIFY(!strip->view()->isVisibleTo(x));
    // Attaching stores the post (it was still empty) and shows a thumbnail.
    QCOMPARE(strip->attachFiles({png(QStringLiteral("hall.png"), Qt::darkCyan)}), 1);
    QVERIFY(o.composer->draft().isStored());
    QCOMPARE(strip->model()->rowCount(), 1);
    QVERIFY(!strip->model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(strip->model()->index(0).data(ui::AttachmentModel::ProblemRole).toString().isEmpty());
    QVERIFY(!strip->problemLabel()->isVisibleTo(x));
    // A file dropped on the text is attached, not pasted.
    QMimeData drop;
    drop.setUrls({QUrl::fromLocalFile(png(QStringLiteral("stage.png"), Qt::darkRed))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(x->textEdit()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(QPointF(10, 10), Qt::CopyAction, &drop, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(x->textEdit()->viewport(), &event);
    QCOMPARE(strip->model()->rowCount(), 2);
    QVERIFY(x->textEdit()->toPlainText().isEmpty());
    // Something that is not a picture is kept with its own problem, said on it and under the strip.
    QFile text(files.filePath(QStringLiteral("minutes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("minutes of the meeting");
    text.close();
    QCOMPARE(strip->attachFiles({text.fileName()}), 1);
    const QString problem = strip->model()->index(2).data(ui::AttachmentModel::ProblemRole).toString();
    QVERIFY2(problem.contains(QStringLiteral("text/plain")), qPrintable(problem));
    QVERIFY(strip->problemLabel()->isVisibleTo(x));
    QVERIFY(strip->problemLabel()->text().contains(QStringLiteral("Picture 3")));
    // Weibo takes one picture: a second is a problem of the set.
    auto *wstrip = weibo->attachments();
    QCOMPARE(wstrip->attachFiles({png(QStringLiteral("a.png"), Qt::blue), png(QStringLiteral("b.png"), Qt::green)}), 2);
    QVERIFY2(wstrip->problemLabel()->text().contains(QStringLiteral("at most 1")), qPrintable(wstrip->problemLabel()->text()));
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty()) {
        o.workbench->window()->resize(1400, 900);
        QApplication::processEvents();
        o.composer->grab().save(dir + QStringLiteral("/attachments.png"));
    }
    // Removing the bad one clears its problem.
    strip->view()->setCurrentIndex(strip->model()->index(2));
    strip->removeSelected();
    QCOMPARE(strip->model()->rowCount(), 2);
    QVERIFY(!strip->problemLabel()->isVisibleTo(x));
    QCOMPARE(o.composer->draft().attachments(0).size(), 2);
}

void ComposerTest::storedPost_renamedAndAccountsChanged()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Посольство (RU)")});
    type(o.composer->editors()[0]->textEdit(), QStringLiteral("Consular hours"));
    QVERIFY(o.composer->draft().isStored());
    const qint64 postId = o.composer->draft().postId();
    auto &posts = o.workbench->workspace()->posts();
    auto *targets = o.composer->findChild<QListWidget *>(QStringLiteral("targets"));
    QVERIFY(targets->isVisibleTo(o.composer));
    QCOMPARE(targets->findItems(QStringLiteral("Embassy (EN)"), Qt::MatchExactly).first()->checkState(), Qt::Checked);

    // Renamed once stored: the store and the audit log have it.
    auto *title = o.composer->findChild<QLineEdit *>(QStringLiteral("postTitle"));
    QVERIFY(!title->isReadOnly());
    title->setText(QStringLiteral("Consular hours over the holidays"));
    emit title->editingFinished();
    QCOMPARE(posts.find(postId)->title, QStringLiteral("Consular hours over the holidays"));
    QCOMPARE(posts.auditLog().forEntity(QStringLiteral("post"), postId)->last().action, QStringLiteral("rename"));

    // An account added after saving gets a draft variant and an editor.
    targets->findItems(QStringLiteral("大使馆 (Weibo)"), Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QCOMPARE(o.composer->editors().size(), 3);
    QCOMPARE(posts.find(postId)->variants.size(), 3);
    // And taken off again while it is a draft.
    targets->findItems(QStringLiteral("大使馆 (Weibo)"), Qt::MatchExactly).first()->setCheckState(Qt::Unchecked);
    QCOMPARE(o.composer->editors().size(), 2);
    QCOMPARE(posts.find(postId)->variants.size(), 2);

    // A scheduled variant keeps its account on the post, and the composer says why.
    const qint64 ru = posts.find(postId)->variants.at(1).id;
    QVERIFY(posts.transition(ru, VariantState::InReview, QStringLiteral("attache")));
    QVERIFY(posts.transition(ru, VariantState::Approved, QStringLiteral("counsellor")));
    QVERIFY(posts.schedule(ru, QDateTime::currentDateTimeUtc().addDays(1), QStringLiteral("attache")));
    o.composer->refreshStates();
    auto *russian = targets->findItems(QStringLiteral("Посольство (RU)"), Qt::MatchExactly).first();
    russian->setCheckState(Qt::Unchecked);
    QCOMPARE(russian->checkState(), Qt::Checked);
    auto *note = o.composer->findChild<QLabel *>(QStringLiteral("hint"));
    QVERIFY(note);
    bool said = false;
    for (auto *label : o.composer->findChildren<QLabel *>(QStringLiteral("hint")))
        said = said || label->text().contains(QStringLiteral("scheduled"));
    QVERIFY(said);
    QCOMPARE(posts.find(postId)->variants.size(), 2);
    if (const QString dir = qEnvironmentVariable("ATTACHE_UI_SHOTS"); !dir.isEmpty()) {
        QApplication::processEvents();
        o.composer->grab().save(dir + QStringLiteral("/targets.png"));
    }
}

void ComposerTest::undo_survivesSwitchingPosts()
{
    Opened o = openDemo();
    workspace::Workspace &ws = *o.workbench->workspace();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)")});
    type(o.composer->editors()[0]->textEdit(), QStringLiteral("First version"));
    const qint64 mine = o.composer->postId();
    // Switch to another post in the list (a draft of the demo), then back.
    qint64 other = 0;
    const auto posts1 = ws.posts().all(); // kept alive: a range-for over *temporary() dangles
    for (const auto &p : *posts1) {
        if (p.id != mine && p.variants.first().state == VariantState::Draft)
            other = p.id;
    }
    QVERIFY(other);
    o.pane->selectPost(other);
    o.pane->editPost(other);
    QCOMPARE(o.composer->postId(), other);
    QCOMPARE(ws.posts().find(mine)->variants[0].text, QStringLiteral("First version")); // flushed at once
    o.pane->editPost(mine);
    auto *edit = o.composer->editors()[0]->textEdit();
    QCOMPARE(edit->toPlainText(), QStringLiteral("First version"));
    QVERIFY(edit->document()->isUndoAvailable());
    edit->undo();
    QVERIFY(edit->toPlainText() != QStringLiteral("First version"));
}

void ComposerTest::editingApproved_goesBackToReview()
{
    Opened o = openDemo();
    workspace::Workspace &ws = *o.workbench->workspace();
    qint64 postId = 0, variantId = 0;
    const auto posts2 = ws.posts().all(); // kept alive: a range-for over *temporary() dangles
    for (const auto &p : *posts2) {
        for (const auto &v : p.variants) {
            if (v.state == VariantState::Approved) {
                postId = p.id;
                variantId = v.id;
            }
        }
    }
    QVERIFY(variantId);
    o.pane->editPost(postId);
    auto *editor = o.composer->editors()[0];
    auto *state = editor->findChild<QLabel *>(QStringLiteral("variantState"));
    QVERIFY2(state->text().contains(QStringLiteral("editing sends it back to review")), qPrintable(state->text()));
    editor->textEdit()->moveCursor(QTextCursor::End);
    type(editor->textEdit(), QStringLiteral(" 欢迎"));
    QTest::qWait(1200);
    QCOMPARE(ws.posts().variant(variantId)->state, VariantState::InReview);
    QVERIFY(ws.posts().variant(variantId)->text.endsWith(QStringLiteral(" 欢迎")));
    QCOMPARE(state->text(), domain::stateDisplayName(VariantState::InReview));
}

void ComposerTest::spelling_underlinesAndSuggests()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Посольство (RU)")});
    auto *en = o.composer->editors()[0];
    auto *ru = o.composer->editors()[1];
    auto *highlighter = en->textEdit()->document()->findChild<ui::EntityHighlighter *>();
    QVERIFY(highlighter && highlighter->spellChecker());
    if (!highlighter->spellChecker()->isValid())
        QSKIP(qPrintable(highlighter->spellChecker()->problem()));
    type(en->textEdit(), QStringLiteral("The Embasy colour @someone"));
    auto underlined = [](QTextDocument *doc, int pos) {
        for (const auto &r : formatsAt(doc, pos)) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                return true;
        }
        return false;
    };
    QVERIFY(underlined(en->textEdit()->document(), 5));   // Embasy
    QVERIFY(!underlined(en->textEdit()->document(), 12)); // colour: British spelling
    QVERIFY(!underlined(en->textEdit()->document(), 22)); // a mention is not a word
    int start = 0, length = 0;
    QVERIFY(highlighter->misspeltAt(6, &start, &length));
    QCOMPARE(start, 4);
    QCOMPARE(length, 6);
    QVERIFY(highlighter->spellChecker()->suggestions(QStringLiteral("Embasy")).contains(QStringLiteral("Embassy")));
    // The context menu over the word offers the suggestions first; one click replaces the word.
    QTextCursor at(en->textEdit()->document());
    at.setPosition(6);
    auto menu = en->contextMenuAt(en->textEdit()->cursorRect(at).center());
    QAction *fix = nullptr;
    for (QAction *a : menu->actions().mid(0, 7)) {
        if (a->text() == QStringLiteral("Embassy"))
            fix = a;
    }
    QVERIFY(fix);
    fix->trigger();
    QCOMPARE(en->textEdit()->toPlainText(), QStringLiteral("The Embassy colour @someone"));
    QVERIFY(!underlined(en->textEdit()->document(), 5));

    type(ru->textEdit(), QStringLiteral("Пасольство открыто BBC Londn"));
    QVERIFY(underlined(ru->textEdit()->document(), 2));
    QVERIFY(!underlined(ru->textEdit()->document(), 13));
    QVERIFY(!underlined(ru->textEdit()->document(), 24)); // Latin words are not the Russian dictionary's
    auto *ruHighlighter = ru->textEdit()->document()->findChild<ui::EntityHighlighter *>();
    QVERIFY(ruHighlighter->spellChecker()->suggestions(QStringLiteral("Пасольство"))
                .contains(QStringLiteral("Посольство")));
}

void ComposerTest::missingDictionary_saysWhichPackage()
{
    QTemporaryDir empty;
    qputenv("ATTACHE_HUNSPELL_DIR", QFile::encodeName(empty.path()));
    Opened o = openDemo();
    qunsetenv("ATTACHE_HUNSPELL_DIR");
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Посольство (RU)")});
    auto *status = o.composer->editors()[0]->findChild<QLabel *>(QStringLiteral("spellStatus"));
    QVERIFY(status->toolTip().contains(QStringLiteral("hunspell-en-gb")));
    auto *ruStatus = o.composer->editors()[1]->findChild<QLabel *>(QStringLiteral("spellStatus"));
    QVERIFY(ruStatus->toolTip().contains(QStringLiteral("hunspell-ru")));
    type(o.composer->editors()[0]->textEdit(), QStringLiteral("Embasy"));
    for (const auto &r : formatsAt(o.composer->editors()[0]->textEdit()->document(), 2))
        QVERIFY(r.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline);
}

void ComposerTest::identicalTexts_warnButSave()
{
    Opened o = openDemo();
    workspace::Workspace &ws = *o.workbench->workspace();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Ambassador (EN)")});
    auto *warning = o.composer->findChild<QLabel *>(QStringLiteral("identicalWarning"));
    QVERIFY(warning && !warning->isVisibleTo(o.composer));
    const QString text = QStringLiteral("Join us tonight at 19:00");
    type(o.composer->editors()[0]->textEdit(), text);
    type(o.composer->editors()[1]->textEdit(), text);
    QVERIFY(warning->isVisibleTo(o.composer));
    QVERIFY2(warning->text().contains(QStringLiteral("X forbids identical posts on several accounts")),
             qPrintable(warning->text()));
    QTest::qWait(1200);
    const auto post = ws.posts().find(o.composer->postId());
    QCOMPARE(post->variants[1].text, text); // a warning, never a block
    type(o.composer->editors()[1]->textEdit(), QStringLiteral(" — the Ambassador will speak"));
    QVERIFY(!warning->isVisibleTo(o.composer));
}

void ComposerTest::copyFrom_thenAdapt()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Embassy in London (Facebook)")});
    auto editors = o.composer->editors();
    type(editors[0]->textEdit(), QStringLiteral("Join us tonight"));
    auto *copy = editors[1]->findChild<QToolButton *>();
    QCOMPARE(copy->text(), QStringLiteral("Copy from…"));
    emit copy->menu()->aboutToShow();
    QCOMPARE(copy->menu()->actions().size(), 1);
    copy->menu()->actions().first()->trigger();
    QCOMPARE(editors[1]->textEdit()->toPlainText(), QStringLiteral("Join us tonight"));
    QVERIFY(!editors[1]->isAdapted());
    auto *warning = o.composer->findChild<QLabel *>(QStringLiteral("identicalWarning"));
    QVERIFY(warning->isVisibleTo(o.composer));
    QVERIFY2(warning->text().contains(QStringLiteral("X / Facebook forbid identical content")),
             qPrintable(warning->text()));
    // Adapting it: the copy can be undone like typing, and the mark is kept with the variant.
    editors[1]->textEdit()->moveCursor(QTextCursor::End);
    type(editors[1]->textEdit(), QStringLiteral(" for readings of Pushkin and Shakespeare."));
    editors[1]->setAdapted(true);
    QVERIFY(!warning->isVisibleTo(o.composer));
    const qint64 variantId = o.composer->draft().variants()[1].variantId;
    QCOMPARE(o.workbench->workspace()->settings().value(QStringLiteral("compose.adapted.%1").arg(variantId)),
             QStringLiteral("1"));
}

void ComposerTest::submitWhileEditing_showsTheNewState()
{
    Opened o = openDemo();
    o.pane->newPost();
    check(o.composer, {QStringLiteral("Embassy (EN)")});
    type(o.composer->editors()[0]->textEdit(), QStringLiteral("Ready for review"));
    auto *submit = o.pane->findChild<QPushButton *>(QStringLiteral("submit"));
    QVERIFY(submit && submit->isEnabled());
    submit->click();
    auto *state = o.composer->editors()[0]->findChild<QLabel *>(QStringLiteral("variantState"));
    QCOMPARE(state->text(), domain::stateDisplayName(VariantState::InReview));
    const auto v = o.workbench->workspace()->posts().variant(o.composer->draft().variants()[0].variantId);
    QCOMPARE(v->text, QStringLiteral("Ready for review"));
    QCOMPARE(v->state, VariantState::InReview);
}

void ComposerTest::preview_shortensLinksOnX()
{
    QCOMPARE(ui::VariantPreview::displayUrl(QStringLiteral("https://www.rusemb.org.uk/events/year-of-language-2026")),
             QStringLiteral("rusemb.org.uk/events/y…"));
    QCOMPARE(ui::VariantPreview::displayUrl(QStringLiteral("http://bbc.co.uk")), QStringLiteral("bbc.co.uk"));
    const QString html = ui::VariantPreview::textHtml(
        domain::Platform::X, QStringLiteral("See https://www.rusemb.org.uk/events/year-of-language-2026 #YearOfLanguage"));
    QVERIFY(html.contains(QStringLiteral("rusemb.org.uk/events/y…")));
    QVERIFY(html.contains(QStringLiteral("#1d6fd1'>#YearOfLanguage")));
    const QString facebook = ui::VariantPreview::textHtml(
        domain::Platform::Facebook, QStringLiteral("See https://www.rusemb.org.uk/events/year-of-language-2026"));
    QVERIFY(facebook.contains(QStringLiteral("https://www.rusemb.org.uk/events/year-of-language-2026")));
}

// With ATTACHE_COMPOSER_SCREENSHOT=<file.png>: a message for four accounts, one too long, two identical, a
// misspelling and a preview, rendered for a look.
void ComposerTest::screenshot()
{
    const QString shot = qEnvironmentVariable("ATTACHE_COMPOSER_SCREENSHOT");
    if (shot.isEmpty())
        QSKIP("ATTACHE_COMPOSER_SCREENSHOT is not set");
    ui::applyStyle(*qApp);
    Opened o = openDemo();
    o.workbench->window()->resize(1500, 950);
    o.pane->newPost();
    auto *title = o.composer->findChild<QLineEdit *>(QStringLiteral("postTitle"));
    type(title, QStringLiteral("Year of Language: opening evening"));
    check(o.composer, {QStringLiteral("Embassy (EN)"), QStringLiteral("Ambassador (EN)"),
                       QStringLiteral("Посольство (RU)"), QStringLiteral("大使馆 (Weibo)")});
    auto editors = o.composer->editors();
    type(editors[0]->textEdit(), QStringLiteral("Tonight the Embassy opens the UK-Russia Year of Language and "
                                                "Literatur with readings of Pushkin and Shakespeare. Live at 19:00 "
                                                "https://www.rusemb.org.uk/events/year-of-language-2026 "
                                                "#YearOfLanguage @BritishLibrary"));
    type(editors[1]->textEdit(), QStringLiteral("Delighted to open the Year of Language and Literature tonight. "
                                                "Literature has always been the warmest bridge between our peoples, "
                                                "and this year we will read together: Pushkin in London, "
                                                "Shakespeare in Moscow, and much more in between, from the "
                                                "classics to the young poets of both countries. #YearOfLanguage"));
    type(editors[2]->textEdit(), QStringLiteral("Сегодня в посольстве открывается Год языка и литературы. "
                                                "Трансляция в 19:00 #ГодЯзыка"));
    type(editors[3]->textEdit(), QStringLiteral("俄语年开幕！欢迎关注大使馆的文化活动。"));
    for (auto *b : editors[3]->findChildren<QToolButton *>()) {
        if (b->isCheckable())
            b->setChecked(true);
    }
    editors[0]->setAdapted(true);
    QApplication::processEvents();
    QVERIFY(o.workbench->window()->grab().save(shot));
    QVERIFY(o.composer->draft().flush());
}

QTEST_MAIN(ComposerTest)
#include "tst_composer.moc"
