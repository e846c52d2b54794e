#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "cais.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPerf, "cais.perf", QtInfoMsg)
