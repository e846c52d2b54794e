#include "launchoptions.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

void allowTextOnlyStartWithoutDisplay(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return;
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(arg, option) == 0) {
                // No window will open: the offscreen platform needs no display.
                qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
                return;
            }
        }
    }
}
