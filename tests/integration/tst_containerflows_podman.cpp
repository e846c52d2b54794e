// `docker update` against the real Podman service (the podman fixture), where its
// Docker-compatible API differs: it ignores NanoCpus (CPU limits go as a quota over a
// period) and resets the restart policy to "no" when the body has none. The first case
// shows both differences on the raw API, the next ones that the Change Limits dialog
// handles them; Podman can also remove a memory limit, which Docker cannot. Only this
// test's own containers are touched: the service is shared with tst_podman and
// tst_systempodman.
#include "containers/updatedialog.h"
#include "containersapi.h"
#include "containerupdate.h"
#include "engine.h"
#include "testengine.h"
#include "translations.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QComboBox>

using namespace Qt::StringLiterals;
using TestEngine::await;
using TestEngine::podman;
using TestEngine::podmanHost;

namespace {

QString unique(const QString &base)
{
    return u"cais-flows-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

} // namespace

class TestContainerFlowsPodman : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_made;

    Engine &connected()
    {
        if (!m_engine) {
            m_engine = std::make_unique<Engine>(Endpoint::parse(podmanHost()).value_or(Endpoint{}));
            m_engine->connectToEngine();
        }
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 30000); }();
        return *m_engine;
    }

    /// The container's HostConfig, as the compatible API reports it.
    QJsonObject hostConfig(const QString &id)
    {
        const auto r = await(ContainersApi(&connected()).inspect(id));
        return r ? r->value("HostConfig"_L1).toObject() : QJsonObject();
    }

    QString runLimited(const QString &base)
    {
        const QString name = unique(base);
        m_made << name;
        QByteArray out;
        podman({u"run"_s, u"-d"_s, u"--name"_s, name, u"--restart"_s, u"always"_s, u"-m"_s, u"256m"_s, u"--cpus"_s, u"0.5"_s,
                u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s},
               &out);
        return QString::fromUtf8(out.trimmed());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (podmanHost().isEmpty())
            QFAIL("The Podman service is not running: run the tests with ctest, which starts the podman fixture.");
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void cleanupTestCase()
    {
        if (!m_made.isEmpty())
            QProcess::execute(u"podman"_s, QStringList{u"--remote"_s, u"--url"_s, podmanHost(), u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s} + m_made);
    }

    void podmanDiffersFromDocker()
    {
        Engine &e = connected();
        QVERIFY(e.info().podman);
        const QString id = runLimited(u"raw"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(hostConfig(id).value("CpuQuota"_L1).toInteger(), 50000);
        // What works on Docker: NanoCpus alone, no policy.
        const auto r = await(ContainersApi(&e).update(id, QJsonObject{{u"NanoCpus"_s, 1500000000LL}}));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        const QJsonObject host = hostConfig(id);
        QCOMPARE(host.value("CpuQuota"_L1).toInteger(), 50000); // ignored
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"no"_s); // reset
    }

    void cpuLimitKeepsThePolicy()
    {
        Engine &e = connected();
        const QString id = runLimited(u"cpu"_s);
        UpdateDialog d(&e, id);
        QSignalSpy loaded(&d, &UpdateDialog::loaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(d.current().restartPolicy, u"always"_s);
        QCOMPARE(d.current().cpus, 0.5);
        d.cpusBox()->setValue(1.5);
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems().join(u'\n')));
        QSignalSpy updated(&d, &UpdateDialog::updated);
        d.applyButton()->click();
        QVERIFY2(updated.wait(30000), qPrintable(d.statusLabel()->text()));
        const QJsonObject host = hostConfig(id);
        QCOMPARE(host.value("CpuQuota"_L1).toInteger(), 150000);
        QCOMPARE(host.value("CpuPeriod"_L1).toInteger(), 100000);
        QCOMPARE(ContainerLimits::fromInspect(QJsonObject{{u"HostConfig"_s, host}}).cpus, 1.5);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"always"_s);
        QCOMPARE(host.value("Memory"_L1).toInteger(), 256LL << 20); // untouched
    }

    void restartPolicyAndMemory()
    {
        Engine &e = connected();
        const QString id = runLimited(u"mem"_s);
        UpdateDialog d(&e, id);
        QSignalSpy loaded(&d, &UpdateDialog::loaded);
        QVERIFY(loaded.wait(30000));
        d.restartBox()->setCurrentIndex(d.restartBox()->findData(u"on-failure"_s));
        d.retriesBox()->setValue(4);
        d.memoryBox()->setValue(512);
        QSignalSpy updated(&d, &UpdateDialog::updated);
        d.apply();
        QVERIFY2(updated.wait(30000), qPrintable(d.statusLabel()->text()));
        QJsonObject host = hostConfig(id);
        QCOMPARE(host.value("Memory"_L1).toInteger(), 512LL << 20);
        QCOMPARE(host.value("MemorySwap"_L1).toInteger(), 768LL << 20);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"on-failure"_s);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("MaximumRetryCount"_L1).toInt(), 4);
        QCOMPARE(host.value("CpuQuota"_L1).toInteger(), 50000); // untouched

        // Podman removes a memory limit (Docker cannot).
        UpdateDialog again(&e, id);
        QSignalSpy loadedAgain(&again, &UpdateDialog::loaded);
        QVERIFY(loadedAgain.wait(30000));
        again.memoryBox()->setValue(0);
        QVERIFY2(again.problems().isEmpty(), qPrintable(again.problems().join(u'\n')));
        QSignalSpy updatedAgain(&again, &UpdateDialog::updated);
        again.apply();
        QVERIFY2(updatedAgain.wait(30000), qPrintable(again.statusLabel()->text()));
        host = hostConfig(id);
        QVERIFY2(host.value("Memory"_L1).toInteger() <= 0, qPrintable(QString::number(host.value("Memory"_L1).toInteger())));
        QCOMPARE(ContainerLimits::fromInspect(QJsonObject{{u"HostConfig"_s, host}}).memory, 0);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"on-failure"_s);
    }
};

QTEST_MAIN(TestContainerFlowsPodman)
#include "tst_containerflows_podman.moc"
