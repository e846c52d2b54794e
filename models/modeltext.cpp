#include "modeltext.h"

#include <QStringList>

namespace ModelText {

QString labels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    parts.reserve(labels.size());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1String(", "));
}

} // namespace ModelText
