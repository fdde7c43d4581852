#include "compose/variantpreview.h"

#include "common/icons.h"
#include "text/entityextractor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ui {

VariantPreview::VariantPreview(QWidget *parent)
    : QFrame(parent), m_avatar(new QLabel), m_name(new QLabel), m_text(new QLabel), m_footer(new QLabel)
{
    setObjectName(QStringLiteral("previewCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#previewCard { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 10px; }"));
    m_avatar->setFixedSize(40, 40);
    m_avatar->setAlignment(Qt::AlignCenter);
    m_avatar->setStyleSheet(QStringLiteral("background: palette(alternate-base); border-radius: 20px;"));
    m_name->setTextFormat(Qt::RichText);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_footer->setObjectName(QStringLiteral("hint"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_avatar);
    head->addWidget(m_name, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(head);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_footer);
}

QString VariantPreview::displayUrl(const QString &url)
{
    QString shown = url;
    for (const auto scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (shown.startsWith(scheme, Qt::CaseInsensitive)) {
            shown = shown.mid(scheme.size());
            break;
        }
    }
    if (shown.startsWith(QLatin1String("www.")))
        shown = shown.mid(4);
    // X shows at most 23 characters of a link, the last being an ellipsis.
    return shown.size() > 23 ? shown.left(22) + QChar(0x2026) : shown;
}

QString VariantPreview::textHtml(domain::Platform platform, const QString &text)
{
    auto escape = [](const QString &s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html;
    qsizetype at = 0;
    for (const auto &e : text::EntityExtractor::all(text)) {
        html += escape(text.mid(at, e.start - at));
        QString shown = text.mid(e.start, e.end - e.start);
        if (e.type == text::Entity::Type::Url && platform == domain::Platform::X)
            shown = displayUrl(shown);
        html += QStringLiteral("<span style='color:#1d6fd1'>%1</span>").arg(escape(shown));
        at = e.end;
    }
    html += escape(text.mid(at));
    return html;
}

void VariantPreview::setVariant(const domain::Account &account, const QString &text, const text::CountResult &count,
                          int limit)
{
    m_avatar->setPixmap(platformIcon(account.platform).pixmap(24, 24));
    m_name->setText(QStringLiteral("<b>%1</b> <span style='color:gray'>%2</span>")
                        .arg(account.displayName.toHtmlEscaped(), account.handle.toHtmlEscaped()));
    m_text->setText(text.isEmpty() ? QStringLiteral("<i style='color:gray'>%1</i>").arg(tr("Nothing written yet."))
                                   : textHtml(account.platform, text));
    const QLocale locale;
    m_footer->setText(tr("%1 · %2 of %3 characters as %4 counts them")
                          .arg(domain::platformDisplayName(account.platform), locale.toString(count.weightedLength),
                               locale.toString(limit), domain::platformDisplayName(account.platform)));
}

} // namespace ui
