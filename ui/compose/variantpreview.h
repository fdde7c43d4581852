#pragma once

#include "domain/account.h"
#include "text/countresult.h"

#include <QFrame>

class QLabel;

namespace ui {

// A variant as its platform will roughly show it: a card with the account's name and handle, the text with
// entities in colour (links shortened to X's 23-character display on X) and the platform's count.
class VariantPreview final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantPreview)
public:
    explicit VariantPreview(QWidget *parent = nullptr);

    void setVariant(const domain::Account &account, const QString &text, const text::CountResult &count, int limit);

    // The text as HTML, entities coloured; on X links are shown as X shows them (no scheme, at most 23).
    static QString textHtml(domain::Platform platform, const QString &text);
    static QString displayUrl(const QString &url);

private:
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_text;
    QLabel *m_footer;
};

} // namespace ui
