#include "inbox/stancelearning.h"

#include "inbox/classifier.h"
#include "store/stancecorrectionrepository.h"

#include <QCoreApplication>

namespace inbox {

store::Status StanceLearning::load(Classifier &classifier) const
{
    const auto corrections = store::StanceCorrectionRepository(m_database).all();
    if (!corrections)
        return corrections.error();
    classifier.clearCorrections();
    for (const store::StanceCorrection &c : *corrections)
        classifier.addCorrection(c.text, c.stance);
    return store::ok();
}

store::Result<qint64> StanceLearning::record(Classifier &classifier, qint64 mentionId, const QString &text,
                                             domain::Stance stance, const QString &correctedBy) const
{
    if (stance == domain::Stance::Unknown)
        return store::Error{QCoreApplication::translate("inbox", "Choose a stance to correct it to."), {}};
    store::StanceCorrection c;
    c.mentionId = mentionId;
    c.text = text;
    c.language = languageId(classifier.classify(text).language);
    c.stance = stance;
    c.correctedBy = correctedBy;
    const auto id = store::StanceCorrectionRepository(m_database).add(c);
    if (id)
        classifier.addCorrection(text, stance);
    return id;
}

} // namespace inbox
