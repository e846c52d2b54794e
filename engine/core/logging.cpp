#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "cais.engine", QtInfoMsg)
