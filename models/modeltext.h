#pragma once

#include <QMap>
#include <QString>

/// Text the list models share.
namespace ModelText {
/// Labels as one cell: "a=1, b=2"; a label without a value shows as its key alone.
QString labels(const QMap<QString, QString> &labels);
} // namespace ModelText
