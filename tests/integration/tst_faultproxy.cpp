// Engine faults (issue 15): real Cais API objects talk to the real engine through a
// fault proxy (tests/common/faultproxy) that spoils the engine's replies one way at a
// time: an engine that accepts and never answers, one that answers a byte at a time,
// closes in the middle of a chunk, gives a wrong Content-Length (too short, too
// long), an invalid chunk size, broken JSON in a list and in a JSON-lines stream, a
// 200 MB header, a body without end. Each must end in the error a user would read,
// with bounded memory, and nothing partial shown as whole; and a followed log that
// stays quiet far past the request timeout is no failure at all.
//
// The product's timeouts are capped at kTimeoutMs (Engine::setTimeoutCap) so that a
// timeout comes in seconds; nothing here is timed, waits only have generous limits.
#include "common/enginebanner.h"
#include "containersapi.h"
#include "engine.h"
#include "faultproxy.h"
#include "imagesapi.h"
#include "logsstream.h"
#include "mainwindow.h"
#include "pullpush.h"
#include "reference.h"
#include "stats.h"
#include "systemapi.h"
#include "testengine.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QTest>

#include <algorithm>

using Fault = FaultProxy::Fault;
using Kind = EngineError::Kind;

namespace {

constexpr int kTimeoutMs = 2000;

/// A line of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 if unreadable.
qint64 statusKb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets the process's peak RSS (VmHWM); false where the kernel does not let it.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

/// Waits for `future`, sampling the RSS; `peakKb` gets the highest RSS seen (or
/// VmHWM, when it could be reset: it sees between samples too).
template<class X>
Result<X> awaitMeasuring(QFuture<Result<X>> future, qint64 *peakKb, int ms = 120000)
{
    const bool hwm = resetPeak();
    qint64 peak = statusKb("VmRSS");
    QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QTest::qWait(2);
        peak = std::max(peak, statusKb("VmRSS"));
    }
    if (hwm)
        peak = std::max(peak, statusKb("VmHWM"));
    *peakKb = peak;
    if (!future.isFinished()) {
        QTest::qFail("an engine call did not finish in time", __FILE__, __LINE__);
        return std::unexpected(EngineError::make(Kind::Timeout, QStringLiteral("test timeout")));
    }
    return future.result();
}

QStringList imageIds(const QList<ImageSummary> &images)
{
    QStringList ids;
    for (const ImageSummary &i : images)
        ids << i.id;
    ids.sort();
    return ids;
}

QStringList containerIds(const QList<ContainerSummary> &containers)
{
    QStringList ids;
    for (const ContainerSummary &c : containers)
        ids << c.id;
    ids.sort();
    return ids;
}

/// What a LogsStream gave.
struct LogsOutcome
{
    QStringList lines;
    bool finished = false;
    bool failed = false;
    EngineError error;
};

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Engine> m_direct; // the test engine, not through the proxy
    QString m_quiet;   // prints two lines, then sleeps
    QString m_counted; // prints 100 numbered lines and exits
    QStringList m_ids; // of those two

    /// An Engine at the proxy, connected through it (nothing spoiled), with its
    /// timeouts capped; the proxy's connections are dropped so that the next request
    /// opens a new one, which gets the fault set next.
    std::unique_ptr<Engine> throughProxy(bool watchEvents = false)
    {
        m_proxy->setFault(Fault::None);
        auto e = std::make_unique<Engine>(m_proxy->endpoint());
        e->setTimeoutCap(kTimeoutMs);
        e->setReconnectInterval(0);
        e->setWatchEvents(watchEvents);
        e->connectToEngine();
        QDeadlineTimer deadline(30000);
        while (e->state() != Engine::State::Connected && !deadline.hasExpired())
            QTest::qWait(5);
        if (e->state() != Engine::State::Connected)
            QTest::qFail(qPrintable(QStringLiteral("no connection through the proxy: ") + e->lastError().userMessage), __FILE__, __LINE__);
        if (!watchEvents) {
            m_proxy->dropConnections();
            QTest::qWait(50);
        }
        return e;
    }

    QString where() const { return m_proxy->endpoint().toString(); }

    LogsOutcome readLogs(Engine &e, const QString &container, const LogsOptions &options, int ms = 120000)
    {
        LogsOutcome out;
        LogsStream s(&e, container);
        QObject ctx;
        connect(&s, &LogsStream::linesReceived, &ctx, [&](const LogLines &l) {
            for (qsizetype i = 0; i < l.size(); ++i)
                out.lines << QString::fromUtf8(l.text(i));
        });
        connect(&s, &LogsStream::finished, &ctx, [&] { out.finished = true; });
        connect(&s, &LogsStream::failed, &ctx, [&](const EngineError &err) {
            out.failed = true;
            out.error = err;
        });
        s.start(options);
        QDeadlineTimer deadline(ms);
        while (!out.finished && !out.failed && !deadline.hasExpired())
            QTest::qWait(5);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
        m_proxy = std::make_unique<FaultProxy>(TestEngine::endpoint().path);
        QVERIFY2(m_proxy->problem().isEmpty(), qPrintable(m_proxy->problem()));
        TestEngine::connected(m_direct, false);
        const QString tag = QString::number(QCoreApplication::applicationPid());
        m_quiet = QStringLiteral("cais-fault-quiet-") + tag;
        m_counted = QStringLiteral("cais-fault-counted-") + tag;
        QByteArray id;
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_quiet,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo one; echo two; exec sleep 3600")}, &id));
        m_ids << QString::fromLatin1(id.trimmed());
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), m_counted,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("i=0; while [ $i -lt 100 ]; do i=$((i+1)); echo line $i; done")}, &id));
        m_ids << QString::fromLatin1(id.trimmed());
        QVERIFY(TestEngine::docker({QStringLiteral("wait"), m_counted}));
    }

    void cleanupTestCase()
    {
        if (!m_quiet.isEmpty())
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), m_quiet, m_counted});
        m_proxy.reset();
    }

    void cleanup()
    {
        if (m_proxy) {
            m_proxy->setFault(Fault::None);
            m_proxy->dropConnections();
        }
    }

    // Accepts and never answers: each listing call ends in a timeout in words, within
    // the (capped) request timeout.
    void neverAnswers()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::NeverAnswer);
        const QString says = QStringLiteral("The engine at %1 did not answer in time. It may be overloaded or stuck.").arg(where());

        const auto images = TestEngine::await(ImagesApi::list(*e), 60000);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Timeout);
        QCOMPARE(images.error().userMessage, says);

        const auto containers = TestEngine::await(ContainersApi(e.get()).list(true), 60000);
        QVERIFY(!containers);
        QCOMPARE(containers.error().kind, Kind::Timeout);
        QCOMPARE(containers.error().userMessage, says);

        const auto info = TestEngine::await(SystemApi::info(*e), 60000);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, Kind::Timeout);
        QCOMPARE(info.error().userMessage, says);
        QVERIFY(m_proxy->faulted() >= 3);
    }

    // One byte at a time: the same lists as the engine gives directly, and every log line.
    void oneByteAtATime()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::Trickle);
        m_proxy->setTrickleDelay(1);
        const auto direct = TestEngine::await(ImagesApi::list(*m_direct));
        QVERIFY(direct);
        const int before = m_proxy->faulted();
        const auto images = TestEngine::await(ImagesApi::list(*e), 300000);
        QVERIFY2(images, qPrintable(images ? QString() : images.error().userMessage));
        QCOMPARE(imageIds(*images), imageIds(*direct));
        QCOMPARE(m_proxy->faulted(), before + 1);

        // Other tests make and remove containers meanwhile: this test's own are compared.
        const auto directContainers = TestEngine::await(ContainersApi(m_direct.get()).list(true, m_ids));
        QVERIFY(directContainers);
        QCOMPARE(directContainers->size(), 2);
        const auto containers = TestEngine::await(ContainersApi(e.get()).list(true, m_ids), 300000);
        QVERIFY2(containers, qPrintable(containers ? QString() : containers.error().userMessage));
        QCOMPARE(containerIds(*containers), containerIds(*directContainers));

        const auto directInfo = TestEngine::await(SystemApi::info(*m_direct));
        QVERIFY(directInfo);
        const auto info = TestEngine::await(SystemApi::info(*e), 300000);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().userMessage));
        QCOMPARE(info->value(QLatin1String("ID")).toString(), directInfo->value(QLatin1String("ID")).toString());
        QVERIFY(!info->value(QLatin1String("ID")).toString().isEmpty());

        // The logs' multiplexed frames cut at every byte: nothing lost, nothing doubled.
        m_proxy->setTrickleDelay(0);
        LogsOptions o;
        o.follow = false;
        const LogsOutcome logs = readLogs(*e, m_counted, o, 300000);
        QVERIFY2(!logs.failed, qPrintable(logs.error.userMessage));
        QVERIFY(logs.finished);
        QStringList expected;
        for (int i = 1; i <= 100; ++i)
            expected << QStringLiteral("line %1").arg(i);
        QCOMPARE(logs.lines, expected);
    }

    // The connection closes in the middle of a chunk: an error that says so, no list,
    // and a log read to its end is not shown as ended.
    void closesMidChunk()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::CloseMidChunk);
        const QString says = QStringLiteral("The engine at %1 closed the connection in the middle of its reply (did it stop or restart?).")
                                 .arg(where());
        const auto images = TestEngine::await(ImagesApi::list(*e), 60000);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Closed);
        QCOMPARE(images.error().userMessage, says);

        const auto containers = TestEngine::await(ContainersApi(e.get()).list(true), 60000);
        QVERIFY(!containers);
        QCOMPARE(containers.error().kind, Kind::Closed);

        m_proxy->setFault(Fault::CloseMidChunk, "/logs");
        LogsOptions o;
        o.follow = false;
        const LogsOutcome logs = readLogs(*e, m_counted, o);
        QVERIFY(logs.failed);
        QVERIFY(!logs.finished);
        QCOMPARE(logs.error.kind, Kind::Closed);
        QCOMPARE(logs.error.userMessage, says);
        QVERIFY(logs.lines.size() < 100);
    }

    void wrongContentLength_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        // Too short: the body is cut where the engine said it ends, and that is no JSON list.
        QTest::newRow("too short") << Fault::ShortContentLength << int(Kind::Protocol)
                                   << QStringLiteral("The engine sent data Cais cannot read (");
        // Too long: the rest never comes, and the connection stays open: a reply was due.
        QTest::newRow("too long") << Fault::LongContentLength << int(Kind::Timeout)
                                  << QStringLiteral("The engine at %1 stopped in the middle of its reply and sent nothing more in time. "
                                                    "It may be overloaded or stuck.");
    }

    void wrongContentLength()
    {
        QFETCH(Fault, fault);
        QFETCH(int, kind);
        QFETCH(QString, says);
        if (says.contains(QLatin1String("%1")))
            says = says.arg(where());
        auto e = throughProxy();
        m_proxy->setFault(fault);
        const auto images = TestEngine::await(ImagesApi::list(*e), 60000);
        QVERIFY(!images);
        QCOMPARE(int(images.error().kind), kind);
        QVERIFY2(images.error().userMessage.startsWith(says), qPrintable(images.error().userMessage));

        const auto containers = TestEngine::await(ContainersApi(e.get()).list(true), 60000);
        QVERIFY(!containers);
        QCOMPARE(int(containers.error().kind), kind);
        QVERIFY2(containers.error().userMessage.startsWith(says), qPrintable(containers.error().userMessage));
    }

    void invalidChunkSize()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::InvalidChunkSize);
        const auto images = TestEngine::await(ImagesApi::list(*e), 60000);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Protocol);
        QCOMPARE(images.error().userMessage,
                 QStringLiteral("The engine at %1 sent a reply Cais cannot read (HPE_INVALID_CHUNK_SIZE).").arg(where()));

        // A log: the lines before the bad chunk came, then the error; it is not shown as ended.
        m_proxy->setFault(Fault::InvalidChunkSize, "/logs");
        LogsOptions o;
        o.follow = false;
        const LogsOutcome logs = readLogs(*e, m_counted, o);
        QVERIFY(logs.failed);
        QVERIFY(!logs.finished);
        QCOMPARE(logs.error.kind, Kind::Protocol);
        QVERIFY(logs.lines.size() < 100);
    }

    void malformedJsonList()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::MalformedJson);
        const QString says = QStringLiteral("The engine sent data Cais cannot read (");
        const auto images = TestEngine::await(ImagesApi::list(*e), 60000);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Protocol);
        QVERIFY2(images.error().userMessage.startsWith(says), qPrintable(images.error().userMessage));

        const auto containers = TestEngine::await(ContainersApi(e.get()).list(true), 60000);
        QVERIFY(!containers);
        QCOMPARE(containers.error().kind, Kind::Protocol);
        QVERIFY2(containers.error().userMessage.startsWith(says), qPrintable(containers.error().userMessage));

        const auto info = TestEngine::await(SystemApi::info(*e), 60000);
        QVERIFY(!info);
        QCOMPARE(info.error().kind, Kind::Protocol);
    }

    // Lines of garbage in a stats stream are skipped: the samples around them arrive,
    // and the stream goes on.
    void malformedJsonLines()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::MalformedJsonLines, "/stats");
        StatsStream s(e.get(), m_quiet);
        QList<ContainerStats> samples;
        bool failed = false;
        QString why;
        connect(&s, &StatsStream::sampleReceived, this, [&](const ContainerStats &st) { samples << st; });
        connect(&s, &StatsStream::failed, this, [&](const EngineError &err) {
            failed = true;
            why = err.userMessage;
        });
        s.start(StatsStream::Mode::Stream);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 3 || failed, 60000);
        QVERIFY2(!failed, qPrintable(why));
        for (const ContainerStats &st : std::as_const(samples))
            QVERIFY(st.running);
        QVERIFY(s.isRunning());
        s.stop();
    }

    // A 200 MB header: rejected after 1 MiB, and Cais's memory hardly moves.
    void hugeHeader()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::HugeHeader);
        const qint64 before = statusKb("VmRSS");
        qint64 peak = 0;
        const auto images = awaitMeasuring(ImagesApi::list(*e), &peak);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Protocol);
        QCOMPARE(images.error().userMessage,
                 QStringLiteral("The engine at %1 sent a reply head larger than 1 MiB; Cais stopped reading it. Is this an engine?").arg(where()));
        const qint64 grewKb = peak - before;
        qInfo("200 MB header: RSS %lld KiB before, peak %lld KiB (+%lld KiB); the proxy wrote %lld bytes", before, peak, grewKb,
              m_proxy->bytesToClient());
        QVERIFY2(grewKb < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grewKb)));
        QVERIFY(m_proxy->bytesToClient() < FaultProxy::kHugeHeaderBytes / 10);
    }

    // A body without end where a list is due: Cais stops at its limit with an error,
    // and its memory stays bounded.
    void endlessBody()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::EndlessBody);
        const qint64 before = statusKb("VmRSS");
        qint64 peak = 0;
        const auto images = awaitMeasuring(ImagesApi::list(*e), &peak);
        QVERIFY(!images);
        QCOMPARE(images.error().kind, Kind::Protocol);
        QCOMPARE(images.error().userMessage,
                 QStringLiteral("The engine at %1 sent a reply larger than 64 MiB where a short one was due; Cais stopped reading it. "
                                "Is this an engine?")
                     .arg(where()));
        const qint64 grewKb = peak - before;
        qInfo("endless body: RSS %lld KiB before, peak %lld KiB (+%lld KiB); the proxy wrote %lld bytes", before, peak, grewKb,
              m_proxy->bytesToClient());
        // Under AddressSanitizer freed blocks wait in its quarantine (256 MiB by default)
        // before they are reused, so the buffer's doublings up to 64 MiB all stay counted
        // (measured: +398 MiB). Without the limit, the body never ends and neither would
        // the growth.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 kQuarantineKb = 256 * 1024;
#else
        constexpr qint64 kQuarantineKb = 0;
#endif
        QVERIFY2(grewKb < 192 * 1024 + kQuarantineKb, qPrintable(QStringLiteral("grew by %1 KiB").arg(grewKb)));
    }

    // A stats stream whose line never ends: Cais holds at most one line's limit of it,
    // shows no sample made of it, and the stream stays open (a stream has no timeout).
    void endlessLineInAStream()
    {
        auto e = throughProxy();
        m_proxy->setFault(Fault::EndlessLine, "/stats");
        StatsStream s(e.get(), m_quiet);
        int samples = 0;
        bool failed = false;
        connect(&s, &StatsStream::sampleReceived, this, [&] { ++samples; });
        connect(&s, &StatsStream::failed, this, [&] { failed = true; });
        const qint64 before = statusKb("VmRSS");
        const bool hwm = resetPeak();
        qint64 peak = before;
        s.start(StatsStream::Mode::Stream);
        // 300 MB of one line.
        QDeadlineTimer deadline(120000);
        while (m_proxy->bytesToClient() < 300LL * 1000 * 1000 && !failed && !deadline.hasExpired()) {
            QTest::qWait(2);
            peak = std::max(peak, statusKb("VmRSS"));
        }
        if (hwm)
            peak = std::max(peak, statusKb("VmHWM"));
        const qint64 grewKb = peak - before;
        qInfo("endless line: RSS %lld KiB before, peak %lld KiB (+%lld KiB); the proxy wrote %lld bytes", before, peak, grewKb,
              m_proxy->bytesToClient());
        QVERIFY(m_proxy->bytesToClient() >= 300LL * 1000 * 1000);
        QVERIFY(!failed);
        QCOMPARE(samples, 0);
        QVERIFY(s.isRunning());
        QVERIFY2(grewKb < 96 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grewKb)));
        s.stop();
    }

    // A pull from the fixture's registry: garbage lines among the progress do not
    // harm it; a connection closed in the middle of the progress is a failure that
    // says so, never a pull shown as done.
    void pull()
    {
        const QString tag = TestEngine::registry() + QStringLiteral("/cais-fault-pull-%1:1").arg(QCoreApplication::applicationPid());
        QVERIFY(!TestEngine::ownImage({tag}).isEmpty());
        QVERIFY(TestEngine::docker({QStringLiteral("push"), QStringLiteral("-q"), tag}, nullptr, nullptr, 120000));
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        const auto ref = Reference::parseNormalized(tag);
        QVERIFY(ref.has_value());
        auto e = throughProxy();
        e->setTimeoutCap(0); // the proxy holds a spoiled reply back until the engine has sent all of it

        auto pullOnce = [&](Fault fault) {
            m_proxy->setFault(fault, "/images/create");
            m_proxy->dropConnections(); // a new connection, which takes the fault
            QTest::qWait(50);
            auto op = std::make_unique<PullOperation>(e.get(), *ref);
            op->start();
            QDeadlineTimer deadline(180000);
            while (!op->isFinished() && !deadline.hasExpired())
                QTest::qWait(5);
            return op;
        };

        auto garbled = pullOnce(Fault::MalformedJsonLines);
        QVERIFY2(garbled->state() == RegistryOperation::State::Succeeded, qPrintable(garbled->error().fullText()));
        QCOMPARE(garbled->progress().outcome(), Progress::Outcome::Downloaded);
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));

        auto cut = pullOnce(Fault::CloseMidChunk);
        QCOMPARE(cut->state(), RegistryOperation::State::Failed);
        QCOMPARE(cut->error().kind, Kind::Closed);
        QCOMPARE(cut->error().userMessage,
                 QStringLiteral("The engine at %1 closed the connection in the middle of its reply (did it stop or restart?).").arg(where()));
        QVERIFY(cut->progress().outcome() != Progress::Outcome::Downloaded);
        TestEngine::docker({QStringLiteral("rmi"), tag});
    }

    // A followed log of a quiet container, through the proxy, stays open far past the
    // request timeout: no error, and a line written late still arrives. The engine's
    // event stream, as quiet, keeps the engine connected.
    void quietFollowIsNoTimeout()
    {
        auto e = throughProxy(true);
        LogsStream s(e.get(), m_quiet);
        QStringList lines;
        bool failed = false, finished = false;
        QString why;
        connect(&s, &LogsStream::linesReceived, this, [&](const LogLines &l) {
            for (qsizetype i = 0; i < l.size(); ++i)
                lines << QString::fromUtf8(l.text(i));
        });
        connect(&s, &LogsStream::failed, this, [&](const EngineError &err) {
            failed = true;
            why = err.userMessage;
        });
        connect(&s, &LogsStream::finished, this, [&] { finished = true; });
        LogsOptions o;
        o.follow = true;
        s.start(o);
        QTRY_COMPARE_WITH_TIMEOUT(lines, (QStringList{QStringLiteral("one"), QStringLiteral("two")}), 30000);
        // Five times the request timeout of silence.
        QTest::qWait(5 * kTimeoutMs);
        QVERIFY2(!failed, qPrintable(why));
        QVERIFY(!finished);
        QVERIFY(s.isRunning());
        QCOMPARE(e->state(), Engine::State::Connected);
        QVERIFY(TestEngine::docker({QStringLiteral("exec"), m_quiet, QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo three > /proc/1/fd/1")}));
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 3, 30000);
        QCOMPARE(lines.last(), QStringLiteral("three"));
        QVERIFY2(!failed, qPrintable(why));
        s.stop();
    }

    // The window on an engine that never answers says so where the user looks.
    void windowOnAnEngineThatNeverAnswers()
    {
        m_proxy->setFault(Fault::NeverAnswer);
        Engine engine(m_proxy->endpoint());
        engine.setTimeoutCap(kTimeoutMs);
        engine.setReconnectInterval(0);
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(!w.banner()->isHidden(), 60000);
        const QString says = QStringLiteral("The engine at %1 did not answer in time. It may be overloaded or stuck.").arg(where());
        QVERIFY2(w.banner()->message().contains(says), qPrintable(w.banner()->message()));
        QVERIFY2(w.engineStatus()->text().startsWith(QLatin1String("Not connected")), qPrintable(w.engineStatus()->text()));
    }
};

QTEST_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
