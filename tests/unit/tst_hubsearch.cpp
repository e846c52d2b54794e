// Docker Hub search through the engine (HubSearch), its model and proxy, and the
// search dialog. No machine here reaches Docker Hub, so the engine is a fake one
// on a unix socket that answers with replies written by hand in the exact format
// of dockerd 26's GET /images/search (tests/data/hubsearch/search-*.json), or with
// what the real dockerd 26 of the test fixture answered offline (offline-500.json:
// recorded with curl, HTTP 500), or never answers at all.
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "engine.h"
#include "hubsearch.h"
#include "images/pulldialog.h"
#include "images/searchdialog.h"
#include "searchmodel.h"
#include "searchproxymodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/hubsearch/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray httpResponse(int status, const QByteArray &body)
{
    const QByteArray reason = status == 200 ? "OK" : status == 500 ? "Internal Server Error" : "Error";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nApi-Version: 1.45\r\nContent-Type: application/json\r\nServer: Docker/26.1.5+dfsg1 (linux)\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// Answers each request head according to `mode`.
class FakeEngine : public QObject
{
public:
    enum class Mode { Results, Offline, OfflineLater, Silent, RateLimited };
    Mode mode = Mode::Results;
    QList<QByteArray> targets; ///< request targets received, in order
    QList<QLocalSocket *> sockets;

    bool listen(const QString &path)
    {
        QLocalServer::removeServer(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                sockets.append(s);
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QLocalSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    qsizetype end;
                    while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                        const QByteArray head = buffer->left(end);
                        buffer->remove(0, end + 4);
                        answer(s, head);
                    }
                });
            }
        });
        return m_server.listen(path);
    }

private:
    void answer(QLocalSocket *s, const QByteArray &head)
    {
        const QByteArray target = head.split(' ').value(1);
        targets.append(target);
        const bool official = QUrlQuery(QUrl(QString::fromLatin1(target)).query()).hasQueryItem(QStringLiteral("filters"));
        switch (mode) {
        case Mode::Results:
            s->write(httpResponse(200, recorded(official ? QStringLiteral("search-busybox-official.json") : QStringLiteral("search-busybox.json"))));
            break;
        case Mode::Offline:
            s->write(httpResponse(500, recorded(QStringLiteral("offline-500.json"))));
            break;
        case Mode::OfflineLater: {
            // The engine's own dial timeout ran out before it answered.
            QPointer<QLocalSocket> guard(s);
            QTimer::singleShot(300, this, [guard] {
                if (guard)
                    guard->write(httpResponse(500, recorded(QStringLiteral("offline-500.json"))));
            });
            break;
        }
        case Mode::Silent:
            break; // a proxy that swallows the connection: never a byte
        case Mode::RateLimited:
            s->write(httpResponse(500, "{\"message\":\"Unexpected status code 429: toomanyrequests: You have reached your pull rate limit.\"}\n"));
            break;
        }
    }
    QLocalServer m_server;
};

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, SearchModel::NameColumn).data().toString();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(FakeEngine::Mode)

class TestHubSearch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeEngine *m_fake = nullptr;
    Engine *m_engine = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("engine.sock"));
        m_fake = new FakeEngine;
        QVERIFY(m_fake->listen(path));
        m_engine = new Engine(*Endpoint::parse(QStringLiteral("unix://") + path));
    }

    void cleanup()
    {
        delete std::exchange(m_engine, nullptr);
        delete std::exchange(m_fake, nullptr);
    }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("results"); // "name official stars"
        QTest::newRow("recorded format") << recorded(QStringLiteral("search-busybox.json")) << true
                                         << QStringList{QStringLiteral("busybox 1 3312"), QStringLiteral("progrium/busybox 0 52"),
                                                        QStringLiteral("someone/busybox-tools 0 0"), QStringLiteral("radial/busyboxplus 0 118"),
                                                        QStringLiteral("yauritux/busybox-curl 0 7"), QStringLiteral("odise/busybox-curl 0 3"),
                                                        QStringLiteral("arm32v7/busybox 0 1")};
        QTest::newRow("nothing found") << QByteArray("[]\n") << true << QStringList();
        QTest::newRow("entry without a name is skipped")
            << QByteArray("[{\"star_count\":1},{\"name\":\"a\",\"star_count\":2,\"is_official\":false}]") << true << QStringList{QStringLiteral("a 0 2")};
        QTest::newRow("an object") << QByteArray("{\"message\":\"x\"}") << false << QStringList();
        QTest::newRow("not JSON") << QByteArray("<html>") << false << QStringList();
    }

    void parse()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QStringList, results);
        const auto r = HubSearch::parse(body);
        QCOMPARE(r.has_value(), ok);
        if (!ok) {
            QVERIFY(!r.error().userMessage.isEmpty());
            return;
        }
        QStringList got;
        for (const HubSearchResult &x : *r)
            got << QStringLiteral("%1 %2 %3").arg(x.name).arg(int(x.official)).arg(x.stars);
        QCOMPARE(got, results);
    }

    void descriptionsKeepTheirCharacters()
    {
        const auto r = HubSearch::parse(recorded(QStringLiteral("search-busybox.json")));
        QVERIFY(r.has_value());
        QCOMPARE(r->at(2).description, QString::fromUtf8("Tools & extras for <busybox> \xe2\x80\x94 small"));
        QVERIFY(r->at(1).automated);
    }

    void requestsWhatTheCliRequests_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("limit");
        QTest::addColumn<bool>("official");
        QTest::addColumn<QString>("query"); // decoded
        QTest::newRow("plain") << "busybox" << 25 << false << "term=busybox&limit=25";
        QTest::newRow("official only") << "busybox" << 10 << true << "term=busybox&limit=10&filters={\"is-official\":[\"true\"]}";
        QTest::newRow("words and symbols") << "web server+proxy" << 25 << false << "term=web server+proxy&limit=25";
        QTest::newRow("limit capped") << "x" << 1000 << false << "term=x&limit=100";
        QTest::newRow("percent and hash") << "100% c# %41" << 25 << false << "term=100% c# %41&limit=25";
    }

    void requestsWhatTheCliRequests()
    {
        QFETCH(QString, term);
        QFETCH(int, limit);
        QFETCH(bool, official);
        QFETCH(QString, query);
        HubSearch search(m_engine);
        QSignalSpy finished(&search, &HubSearch::finished);
        search.search(term, limit, official);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(m_fake->targets.size(), 1);
        const QUrl url(QString::fromLatin1(m_fake->targets.first()));
        QVERIFY2(url.path().endsWith(QLatin1String("/images/search")), m_fake->targets.first().constData());
        QCOMPARE(url.query(QUrl::FullyDecoded), query);
        // '+' must reach the engine as a plus, not as a space.
        if (term.contains(QLatin1Char('+')))
            QVERIFY(m_fake->targets.first().contains("%2B"));
        // '%' and '#' are data too: "%41" must not become "A", nor '#' end the query.
        if (term.contains(QLatin1Char('%')))
            QVERIFY2(m_fake->targets.first().contains("term=100%25%20c%23%20%2541&"), m_fake->targets.first().constData());
    }

    void resultsFillTheModelSortedByStars()
    {
        SearchModel model;
        SearchProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        HubSearch search(m_engine);
        connect(&search, &HubSearch::finished, &model, [&model](const QString &, const QList<HubSearchResult> &r) { model.setResults(r); });
        search.search(QStringLiteral("busybox"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 7, 10000);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("busybox"), QStringLiteral("radial/busyboxplus"), QStringLiteral("progrium/busybox"),
                                            QStringLiteral("yauritux/busybox-curl"), QStringLiteral("odise/busybox-curl"),
                                            QStringLiteral("arm32v7/busybox"), QStringLiteral("someone/busybox-tools")}));
        const QModelIndex top = proxy.index(0, SearchModel::OfficialColumn);
        QCOMPARE(top.data().toString(), QStringLiteral("Official"));
        QCOMPARE(top.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Official image"));
        QCOMPARE(proxy.index(1, SearchModel::OfficialColumn).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Not an official image"));
        QCOMPARE(proxy.index(0, SearchModel::StarsColumn).data().toString(), QStringLiteral("3,312"));
        QVERIFY(proxy.index(0, SearchModel::StarsColumn).data(Qt::AccessibleTextRole).toString().startsWith(QLatin1String("3312 star")));

        proxy.setOfficialOnly(true);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("busybox")});
        proxy.setOfficialOnly(false);
        proxy.sort(SearchModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("arm32v7/busybox"));
        proxy.sort(SearchModel::StarsColumn, Qt::AscendingOrder);
        QCOMPARE(names(proxy).first(), QStringLiteral("someone/busybox-tools"));

        // A second search merges: rows that stay keep their identity.
        QPersistentModelIndex keep(model.index(model.rowOf(QStringLiteral("busybox")), 0));
        QList<HubSearchResult> next = *HubSearch::parse(recorded(QStringLiteral("search-busybox.json")));
        next.removeAt(3);
        next[0].stars = 3400;
        model.setResults(next);
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(SearchModel::StarsRole).toInt(), 3400);
        QCOMPARE(model.rowOf(QStringLiteral("radial/busyboxplus")), -1);
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void offlineSaysSoWithinTheTimeout_data()
    {
        QTest::addColumn<FakeEngine::Mode>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("engine answers 500: no such host")
            << FakeEngine::Mode::Offline
            << "Docker Hub cannot be reached from the engine (lookup index.docker.io on 10.255.255.53:53: no such host).";
        QTest::newRow("engine answers 500 after its own timeout")
            << FakeEngine::Mode::OfflineLater
            << "Docker Hub cannot be reached from the engine (lookup index.docker.io on 10.255.255.53:53: no such host).";
        QTest::newRow("engine never answers") << FakeEngine::Mode::Silent
                                              << "Docker Hub cannot be reached from the engine (no answer within 1 second";
        QTest::newRow("rate limited") << FakeEngine::Mode::RateLimited << "Docker Hub refused the search for now: too many requests.";
    }

    void offlineSaysSoWithinTheTimeout()
    {
        QFETCH(FakeEngine::Mode, mode);
        QFETCH(QString, expected);
        m_fake->mode = mode;
        HubSearch search(m_engine);
        search.setTimeout(1000);
        QSignalSpy failed(&search, &HubSearch::failed);
        QSignalSpy finished(&search, &HubSearch::finished);
        search.search(QStringLiteral("busybox"));
        QVERIFY(search.isRunning());
        // The timeout plus a margin for a loaded machine: a hang fails here.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 1000 + 4000);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!search.isRunning());
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("busybox"));
        const auto error = failed.at(0).at(1).value<EngineError>();
        QVERIFY2(error.userMessage.startsWith(expected), qPrintable(error.userMessage));
    }

    void aNewSearchReplacesARunningOne()
    {
        m_fake->mode = FakeEngine::Mode::Silent;
        HubSearch search(m_engine);
        search.setTimeout(500);
        QSignalSpy failed(&search, &HubSearch::failed);
        QSignalSpy finished(&search, &HubSearch::finished);
        search.search(QStringLiteral("first"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->targets.size(), 1, 5000);
        m_fake->mode = FakeEngine::Mode::Results;
        search.search(QStringLiteral("busybox"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("busybox"));
        QTest::qWait(800); // past the first search's timeout: it must stay silent
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
    }

    void emptyTermIsRefusedWithoutAsking()
    {
        HubSearch search(m_engine);
        QSignalSpy failed(&search, &HubSearch::failed);
        search.search(QStringLiteral("   "));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(1).value<EngineError>().userMessage.isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_fake->targets.size(), 0);
    }

    // --- the dialog -------------------------------------------------------------

    void dialogSearchesFiltersAndPulls()
    {
        SearchDialog dialog(m_engine);
        PullDialog pull(m_engine, nullptr);
        dialog.setPullDialog(&pull);
        QSignalSpy pullRequested(&dialog, &SearchDialog::pullRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QTest::keyClicks(dialog.termEdit(), QStringLiteral("busybox"));
        QTest::keyClick(dialog.termEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.view()->model()->rowCount(), 7, 10000);
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("7 result")), qPrintable(dialog.statusLabel()->text()));
        // Most stars first, selected, ready to pull.
        QCOMPARE(dialog.selectedName(), QStringLiteral("busybox"));
        QVERIFY(dialog.pullButton()->isEnabled());

        dialog.officialOnlyBox()->click();
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        // ... and the engine is asked again with its own filter.
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->targets.size(), 2, 10000);
        QVERIFY(m_fake->targets.last().contains("filters="));

        dialog.pullButton()->click();
        QCOMPARE(pullRequested.size(), 1);
        QCOMPARE(pullRequested.at(0).at(0).toString(), QStringLiteral("busybox"));
        QVERIFY(pull.isVisible());
        QCOMPARE(pull.referenceEdit()->text(), QStringLiteral("busybox"));
        QCOMPARE(pull.validationLabel()->text(), QStringLiteral("Will pull docker.io/library/busybox:latest"));
        QVERIFY(pull.pullButton()->isEnabled());
    }

    void dialogShowsTheOfflineMessage()
    {
        m_fake->mode = FakeEngine::Mode::Offline;
        SearchDialog dialog(m_engine);
        dialog.show();
        dialog.search(QStringLiteral("busybox"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusLabel()->text().startsWith(QLatin1String("Docker Hub cannot be reached from the engine")), 10000);
        QCOMPARE(dialog.view()->model()->rowCount(), 0);
        QVERIFY(!dialog.pullButton()->isEnabled());
        QVERIFY(dialog.searchButton()->isEnabled()); // the user can try again
    }

    void everyControlHasAnAccessibleName()
    {
        SearchDialog search(m_engine);
        PullDialog pull(m_engine, nullptr);
        for (QWidget *top : {static_cast<QWidget *>(&search), static_cast<QWidget *>(&pull)}) {
            const QList<QWidget *> widgets = top->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) || w->inherits("QScrollBar") || w->inherits("QHeaderView")
                    || w->parentWidget()->inherits("QAbstractScrollArea") || w->inherits("QTabBar"))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestHubSearch)
#include "tst_hubsearch.moc"
