#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
/// Time spans of requests (sent, first byte, complete) and of decoding their replies,
/// for profiling: QT_LOGGING_RULES="cais.perf.debug=true". Off by default.
Q_DECLARE_LOGGING_CATEGORY(lcPerf)
