#include "appearance.h"
#include "benchhooks.h"
#include "dockercontexts.h"
#include "engine.h"
#include "imagesmodel.h"
#include "engineregistry.h"
#include "enginewindows.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "sshtransport.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QUrl>

namespace {

/// The API version an engine spoke when Cais last connected to it (and whether it was
/// Podman): with it, the next start asks its first requests ahead (Engine::setExpected).
void rememberEngine(Engine *engine)
{
    const QString key = QStringLiteral("engineMemory/") + QString::fromLatin1(QUrl::toPercentEncoding(engine->endpoint().toString()));
    QSettings settings;
    EngineInfo last;
    last.apiVersion = settings.value(key + QStringLiteral("/api")).toString();
    last.podman = settings.value(key + QStringLiteral("/podman")).toBool();
    engine->setExpected(last);
    QObject::connect(engine, &Engine::stateChanged, engine, [engine, key](Engine::State state) {
        if (state != Engine::State::Connected)
            return;
        const EngineInfo &now = engine->info();
        if (engine->expected().apiVersion == now.apiVersion && engine->expected().podman == now.podman)
            return;
        EngineInfo remembered;
        remembered.apiVersion = now.apiVersion;
        remembered.podman = now.podman;
        engine->setExpected(remembered);
        QSettings s;
        s.setValue(key + QStringLiteral("/api"), now.apiVersion);
        s.setValue(key + QStringLiteral("/podman"), now.podman);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Started by ssh as its SSH_ASKPASS: pass ssh's question to the Cais that runs ssh.
    if (const int askpass = SshPrompter::runAskpassIfAsked(argc, argv); askpass >= 0)
        return askpass;
    benchStart();
    allowTextOnlyStartWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    benchMark("qapplication");
    QApplication::setApplicationName(QStringLiteral("cais"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cais"));
    QApplication::setApplicationVersion(QStringLiteral(CAIS_VERSION_STRING));
    QApplication::setOrganizationDomain(QStringLiteral("cais.app"));
    QApplication::setDesktopFileName(QStringLiteral("app.cais.Cais"));

    // The language and colours chosen in Preferences (the system's when none was).
    installTranslations(&app, Appearance::startLocale());
    Appearance::apply(Appearance::savedScheme());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Docker and Podman images and containers."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption hostOption(QStringList{QStringLiteral("H"), QStringLiteral("host")},
                                  QApplication::translate("main", "Engine address, as DOCKER_HOST (unix:///path, tcp://host:port, ssh://user@host)."),
                                  QStringLiteral("address"));
    QCommandLineOption contextOption(QStringList{QStringLiteral("c"), QStringLiteral("context")},
                                     QApplication::translate("main", "The docker context to use (see \"docker context ls\")."),
                                     QStringLiteral("name"));
    parser.addOption(hostOption);
    parser.addOption(contextOption);
    parser.process(app);

    SingleInstance instance;
    if (!instance.claim(QCoreApplication::arguments()))
        return instance.exitCode();

    // The engine the docker CLI would use, found the same way: --context, --host,
    // DOCKER_HOST, DOCKER_CONTEXT, the current context of config.json, the default.
    DockerContexts::Options where;
    where.hostOption = parser.value(hostOption);
    where.contextOption = parser.value(contextOption);
    const EngineChoice choice = DockerContexts::resolve(where);
    for (const QString &warning : choice.warnings)
        qWarning().noquote() << warning;

    // Every engine Cais knows (contexts, its own connections, Podman's sockets); when
    // nothing chose one, the default the user set in Cais, if any.
    EngineRegistry registry(where);
    QString name = choice.contextName.isEmpty() ? QStringLiteral("default") : choice.contextName;
    Engine *engine = nullptr;
    QString error;
    const bool nothingChose = choice.source == EngineChoice::Source::Default || choice.source == EngineChoice::Source::PodmanSocket;
    if (nothingChose && !registry.defaultName().isEmpty() && registry.entry(registry.defaultName())) {
        name = registry.defaultName();
        engine = registry.use(name, &error);
        if (engine) {
            rememberEngine(engine);
            if (!engine->expected().apiVersion.isEmpty())
                engine->connectToEngine(); // again, asking ahead this time
        }
    } else if (choice.endpoint) {
        if (choice.source == EngineChoice::Source::PodmanSocket)
            name = QStringLiteral("podman");
        engine = new Engine(*choice.endpoint, &app);
        engine->setContextName(choice.contextName);
        rememberEngine(engine);
        engine->connectToEngine();
        registry.adopt(name, engine);
    } else {
        error = choice.endpoint.error().userMessage;
    }
    benchMark("engine_chosen");
    // connectToEngine() queues its requests for the event loop's first turn, after
    // the window is built: sent now, the engine answers while the window is built.
    if (engine) {
        ImagesModel::prefetch(*engine); // the Images page's lists, with the ping
        QCoreApplication::sendPostedEvents(engine, QEvent::MetaCall);
    }
    MainWindow window(engine, error);
    benchMark("window_built");
    EngineWindows windows(&registry);
    windows.adopt(name, &window);
    window.restoreLayout();
    installBenchHooks(&window); // CAIS_BENCH_FIRST_PAINT only (tools/dev bench coldstart)
    instance.follow(&window);
    window.show();
    benchMark("window_shown");
    return app.exec();
}
