#include "engine.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    allowTextOnlyStartWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cais"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cais"));
    QApplication::setApplicationVersion(QStringLiteral(CAIS_VERSION_STRING));
    QApplication::setOrganizationDomain(QStringLiteral("cais.app"));
    QApplication::setDesktopFileName(QStringLiteral("app.cais.Cais"));

    installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Docker and Podman images and containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption hostOption(QStringList{QStringLiteral("H"), QStringLiteral("host")},
                                  QApplication::translate("main", "Engine address, as DOCKER_HOST (unix:///path, tcp://host:port)."),
                                  QStringLiteral("address"));
    parser.addOption(hostOption);
    parser.process(app);

    SingleInstance instance;
    if (!instance.claim(QCoreApplication::arguments()))
        return instance.exitCode();

    Result<Endpoint> endpoint = parser.isSet(hostOption)
        ? Endpoint::parse(parser.value(hostOption), qEnvironmentVariableIsSet("DOCKER_TLS_VERIFY"), qEnvironmentVariable("DOCKER_CERT_PATH"))
        : Endpoint::fromEnvironment();

    Engine *engine = nullptr;
    if (endpoint) {
        engine = new Engine(*endpoint, &app);
        engine->connectToEngine();
    }
    MainWindow window(engine, endpoint ? QString() : endpoint.error().userMessage);
    instance.follow(&window);
    window.show();
    return app.exec();
}
