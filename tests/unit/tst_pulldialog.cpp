// The pull, push and login dialogs and the progress view, driven through a fake
// engine on a unix socket that replays the pull/push streams recorded from the real
// dockerd 26 (tests/data/pullpush), cut in small pieces with pauses, or refuses
// for lack of credentials the way dockerd does (an error line inside a 200 stream,
// or an HTTP 401). The real engine and registry are exercised by
// tests/integration/tst_pullpush.cpp.
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "engine.h"
#include "images/logindialog.h"
#include "images/progressview.h"
#include "images/pulldialog.h"
#include "images/pushdialog.h"
#include "pullprogressmodel.h"
#include "pullpush.h"
#include "registryauth.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProgressBar>
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
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/pullpush/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

struct Request
{
    QByteArray method;
    QByteArray target;
    QByteArray registryAuth;
    QByteArray body;
};

/// A dockerd stand-in: answers POST /images/create and /images/{name}/push.
class FakeEngine : public QObject
{
public:
    enum class Mode {
        Replay,       ///< the recorded stream, chunked, 23 bytes every 2 ms
        Stall,        ///< the head and a first line, then silence
        AuthInStream, ///< without credentials: 200 and an error line, as dockerd does on push
        Auth401,      ///< without credentials: HTTP 401
    };
    Mode mode = Mode::Replay;
    QByteArray stream; ///< what Replay sends
    QList<Request> requests;
    int disconnects = 0;

    bool listen(const QString &path)
    {
        QLocalServer::removeServer(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QLocalSocket::disconnected, this, [this] { ++disconnects; });
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QLocalSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request r;
                    qsizetype length = 0;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    r.method = lines.value(0).split(' ').value(0);
                    r.target = lines.value(0).split(' ').value(1);
                    for (const QByteArray &l : lines) {
                        const QByteArray name = l.left(l.indexOf(':')).trimmed().toLower();
                        const QByteArray value = l.mid(l.indexOf(':') + 1).trimmed();
                        if (name == "x-registry-auth")
                            r.registryAuth = value;
                        if (name == "content-length")
                            length = value.toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    buffer->remove(0, end + 4 + length);
                    requests.append(r);
                    answer(s, r);
                });
            }
        });
        return m_server.listen(path);
    }

private:
    static void chunk(QLocalSocket *s, const QByteArray &data)
    {
        s->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    static void head(QLocalSocket *s)
    {
        s->write("HTTP/1.1 200 OK\r\nApi-Version: 1.45\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    }
    void replay(QLocalSocket *s, const QByteArray &data)
    {
        head(s);
        auto pos = std::make_shared<qsizetype>(0);
        auto *timer = new QTimer(s);
        timer->setInterval(2);
        connect(timer, &QTimer::timeout, s, [s, data, pos, timer] {
            if (*pos >= data.size()) {
                s->write("0\r\n\r\n");
                timer->stop();
                return;
            }
            chunk(s, data.mid(*pos, 23));
            *pos += 23;
        });
        timer->start();
    }
    void answer(QLocalSocket *s, const Request &r)
    {
        const bool anonymous = r.registryAuth == "e30=";
        switch (mode) {
        case Mode::Replay:
            replay(s, stream);
            break;
        case Mode::Stall:
            head(s);
            chunk(s, "{\"status\":\"Pulling from cais-test/rec\",\"id\":\"1\"}\r\n");
            break;
        case Mode::AuthInStream:
            if (anonymous) {
                replay(s, "{\"status\":\"The push refers to repository [127.0.0.1:5000/team/app]\"}\r\n"
                          "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"5674f9821e1a\"}\r\n"
                          "{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},\"error\":\"unauthorized: authentication required\"}\r\n");
            } else {
                replay(s, stream);
            }
            break;
        case Mode::Auth401:
            if (anonymous) {
                const QByteArray body = "{\"message\":\"Head \\\"http://127.0.0.1:5000/v2/team/app/manifests/1\\\": no basic auth credentials\"}\n";
                s->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                         + "\r\n\r\n" + body);
            } else {
                replay(s, stream);
            }
            break;
        }
    }
    QLocalServer m_server;
};

bool waitDone(RegistryOperation *op, int ms = 20000)
{
    QDeadlineTimer deadline(ms);
    while (!op->isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return op->isFinished();
}

QJsonObject decodeAuth(const QByteArray &header)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

Q_DECLARE_METATYPE(FakeEngine::Mode)

class TestPullDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeEngine *m_fake = nullptr;
    Engine *m_engine = nullptr;
    RegistryAuth *m_auth = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("engine.sock"));
        m_fake = new FakeEngine;
        QVERIFY(m_fake->listen(path));
        m_engine = new Engine(*Endpoint::parse(QStringLiteral("unix://") + path));
        m_auth = new RegistryAuth;
        m_auth->setConfigDir(m_dir.filePath(QStringLiteral("no-docker-config")));
    }

    void cleanup()
    {
        delete std::exchange(m_auth, nullptr);
        delete std::exchange(m_engine, nullptr);
        delete std::exchange(m_fake, nullptr);
    }

    // --- validation as the user types ----------------------------------------------

    void plainHttpRegistriesAreExplainedPerEngine()
    {
        const QString said = QStringLiteral("Get \"https://10.0.0.5:5000/v2/\": http: server gave HTTP response to HTTPS client");
        const QString docker = RegistryOperation::plainHttpAdvice(said, QStringLiteral("10.0.0.5:5000"), false);
        QVERIFY2(docker.contains(QLatin1String("\"insecure-registries\" in /etc/docker/daemon.json")), qPrintable(docker));
        QVERIFY(docker.contains(QLatin1String("10.0.0.5:5000")));
        const QString podman = RegistryOperation::plainHttpAdvice(said, QStringLiteral("10.0.0.5:5000"), true);
        QVERIFY2(podman.contains(QLatin1String("location = \"10.0.0.5:5000\" insecure = true")), qPrintable(podman));
        QVERIFY(!podman.contains(QLatin1String("daemon.json")));
        QVERIFY(RegistryOperation::plainHttpAdvice(QStringLiteral("manifest unknown"), QStringLiteral("r"), false).isEmpty());
    }

    void pullReferenceIsChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says"); // a piece of the message
        const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
        QTest::newRow("official image") << "busybox" << true << "Will pull docker.io/library/busybox:latest";
        QTest::newRow("tag") << "busybox:1.36" << true << "Will pull docker.io/library/busybox:1.36";
        QTest::newRow("user image") << "someone/app" << true << "Will pull docker.io/someone/app:latest";
        QTest::newRow("spaces around") << "  busybox  " << true << "Will pull docker.io/library/busybox:latest";
        QTest::newRow("registry, digest") << QStringLiteral("localhost:5000/team/app@sha256:") + hex << true
                                          << QStringLiteral("Will pull localhost:5000/team/app@sha256:") + hex;
        QTest::newRow("tag and digest") << QStringLiteral("busybox:1.36@sha256:") + hex << true << "the digest decides";
        QTest::newRow("uppercase") << "Busybox" << false << "must be lowercase";
        QTest::newRow("tag too long") << QStringLiteral("busybox:") + QString(129, QLatin1Char('a')) << false << "at most 128";
        QTest::newRow("short digest") << "busybox@sha256:12345" << false << "64 hexadecimal digits";
        QTest::newRow("bad digest character") << QStringLiteral("busybox@sha256:") + hex.left(63) + QLatin1Char('g') << false << "not a hexadecimal digit";
        QTest::newRow("image id") << hex << false << "image ID";
        QTest::newRow("empty") << "" << false << "Type the image";
    }

    void pullReferenceIsChecked()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const PullDialog::Check c = PullDialog::check(typed);
        QCOMPARE(c.ok, ok);
        QVERIFY2(c.message.contains(says), qPrintable(c.message));

        // The dialog shows the same, live, and enables Pull only when it can pull.
        PullDialog dialog(m_engine, m_auth);
        dialog.show();
        QTest::keyClicks(dialog.referenceEdit(), typed);
        QCOMPARE(dialog.validationLabel()->text(), c.message);
        QCOMPARE(dialog.pullButton()->isEnabled(), ok);
    }

    void pushTagIsChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("local registry") << "127.0.0.1:5000/team/app:1" << true
                                        << "Will push 127.0.0.1:5000/team/app:1 to the registry 127.0.0.1:5000, repository team/app.";
        QTest::newRow("docker hub, latest") << "someone/app" << true << "to Docker Hub, repository someone/app.";
        QTest::newRow("digest") << QStringLiteral("someone/app@sha256:") + QStringLiteral("0123456789abcdef").repeated(4) << false << "only a tag can be pushed";
        QTest::newRow("uppercase") << "someone/App:1" << false << "lowercase";
        // As for the CLI, an uppercase first component is a registry host.
        QTest::newRow("uppercase host") << "Registry/app:1" << true << "to the registry Registry, repository app.";
    }

    void pushTagIsChecked()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const PushDialog::Check c = PushDialog::check(typed);
        QCOMPARE(c.ok, ok);
        QVERIFY2(c.message.contains(says), qPrintable(c.message));
        if (ok)
            QVERIFY(!c.reference.tag.isEmpty());
    }

    // --- pulls and pushes through the fake engine ------------------------------------

    void pullShowsLayersAndEnds()
    {
        m_fake->stream = recorded(QStringLiteral("pull-layers.jsonl"));
        PullDialog dialog(m_engine, m_auth);
        QSignalSpy finished(&dialog, &PullDialog::pullFinished);
        dialog.show();
        dialog.setReference(QStringLiteral("127.0.0.1:5000/cais-test/rec:1"));
        PullOperation *op = dialog.startPull();
        QVERIFY(op);
        QCOMPARE(dialog.tabs()->count(), 1);
        ProgressView *view = dialog.tabs()->view(0);
        QTRY_VERIFY_WITH_TIMEOUT(op->isFinished(), 20000);
        QCOMPARE(op->state(), RegistryOperation::State::Succeeded);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), true);

        QCOMPARE(m_fake->requests.size(), 1);
        const Request &r = m_fake->requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        const QUrl url(QString::fromLatin1(r.target));
        QVERIFY(url.path().endsWith(QLatin1String("/images/create")));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("fromImage"), QUrl::FullyDecoded), QStringLiteral("127.0.0.1:5000/cais-test/rec"));
        QCOMPARE(q.queryItemValue(QStringLiteral("tag")), QStringLiteral("1"));
        QCOMPARE(r.registryAuth, QByteArray("e30=")); // no saved credentials: anonymous, as the CLI sends it

        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(view->layersView()->model(), view->model());
        QCOMPARE(view->overallBar()->value(), 1000);
        QVERIFY2(view->statusLabel()->text().startsWith(QLatin1String("Pulled 127.0.0.1:5000/cais-test/rec:1")), qPrintable(view->statusLabel()->text()));
        QVERIFY(!view->cancelButton()->isEnabled());
        QVERIFY(!view->errorLabel()->isVisible());
        QVERIFY(dialog.tabs()->tabText(0).contains(QLatin1String("done")));
    }

    void pullByDigestAsksForTheDigest()
    {
        m_fake->stream = recorded(QStringLiteral("pull-digest.jsonl"));
        const QString digest = QStringLiteral("sha256:5ed9715930f910df7b907bb8479211216dc33aae6b9d402b46e881b691fa81d4");
        PullOperation op(m_engine, *Reference::parseNormalized(QStringLiteral("busybox@") + digest));
        op.start();
        QVERIFY(waitDone(&op));
        QCOMPARE(op.state(), RegistryOperation::State::Succeeded);
        QCOMPARE(op.progress().outcome(), Progress::Outcome::UpToDate);
        const QUrlQuery q(QUrl(QString::fromLatin1(m_fake->requests.first().target)));
        QCOMPARE(q.queryItemValue(QStringLiteral("fromImage"), QUrl::FullyDecoded), QStringLiteral("docker.io/library/busybox"));
        QCOMPARE(q.queryItemValue(QStringLiteral("tag"), QUrl::FullyDecoded), digest);
    }

    void cancelEndsTheRequest()
    {
        m_fake->mode = FakeEngine::Mode::Stall;
        PullDialog dialog(m_engine, m_auth);
        dialog.show();
        dialog.setReference(QStringLiteral("busybox"));
        PullOperation *op = dialog.startPull();
        ProgressView *view = dialog.tabs()->view(0);
        QTRY_VERIFY_WITH_TIMEOUT(!op->progress().message().isEmpty(), 10000);
        QVERIFY(view->cancelButton()->isEnabled());
        view->cancelButton()->click();
        QCOMPARE(op->state(), RegistryOperation::State::Canceled);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->disconnects, 1, 5000); // the engine saw the connection go
        QVERIFY(dialog.tabs()->tabText(0).contains(QLatin1String("canceled")));
        QVERIFY(view->retryButton()->isVisible());
        QVERIFY(!view->cancelButton()->isEnabled());
    }

    void closingARunningTabCancelsIt()
    {
        m_fake->mode = FakeEngine::Mode::Stall;
        PullDialog dialog(m_engine, m_auth);
        dialog.setReference(QStringLiteral("busybox"));
        QPointer<PullOperation> op = dialog.startPull();
        QTRY_VERIFY_WITH_TIMEOUT(op && !op->progress().message().isEmpty(), 10000);
        Q_EMIT dialog.tabs()->tabCloseRequested(0);
        QCOMPARE(dialog.tabs()->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(op.isNull(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->disconnects, 1, 5000);
    }

    void loginAndRetry_data()
    {
        QTest::addColumn<FakeEngine::Mode>("mode");
        QTest::addColumn<bool>("push");
        QTest::newRow("push: error inside the 200 stream") << FakeEngine::Mode::AuthInStream << true;
        QTest::newRow("pull: HTTP 401") << FakeEngine::Mode::Auth401 << false;
    }

    void loginAndRetry()
    {
        QFETCH(FakeEngine::Mode, mode);
        QFETCH(bool, push);
        m_fake->mode = mode;
        m_fake->stream = recorded(push ? QStringLiteral("push-layers.jsonl") : QStringLiteral("pull-layers.jsonl"));
        const QString ref = QStringLiteral("127.0.0.1:5000/team/app:1");
        std::unique_ptr<QDialog> dialog;
        RegistryOperation *op = nullptr;
        if (push) {
            auto *d = new PushDialog(m_engine, m_auth);
            dialog.reset(d);
            d->setReference(ref);
            op = d->startPush();
        } else {
            auto *d = new PullDialog(m_engine, m_auth);
            dialog.reset(d);
            d->setReference(ref);
            op = d->startPull();
        }
        QVERIFY(op);
        dialog->show();
        QSignalSpy loginRequired(op, &RegistryOperation::loginRequired);
        // The progress view opens the login dialog by itself.
        LoginDialog *login = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((login = dialog->findChild<LoginDialog *>()) != nullptr, 10000);
        QCOMPARE(loginRequired.size(), 1);
        QCOMPARE(op->state(), RegistryOperation::State::Failed);
        QVERIFY(op->needsLogin());
        QVERIFY(op->error().userMessage.contains(QLatin1String("asks for credentials")));
        QCOMPARE(login->registryKey(), QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(login->passwordEdit()->echoMode(), QLineEdit::Password);

        QTest::keyClicks(login->usernameEdit(), QStringLiteral("alice"));
        QTest::keyClicks(login->passwordEdit(), QStringLiteral("p\"w<&>"));
        login->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(waitDone(op));
        QCOMPARE(op->state(), RegistryOperation::State::Succeeded);

        // The retry carried what was typed, encoded as the CLI encodes it.
        QCOMPARE(m_fake->requests.size(), 2);
        QCOMPARE(m_fake->requests.at(0).registryAuth, QByteArray("e30="));
        RegistryCredentials expected;
        expected.username = QStringLiteral("alice");
        expected.password = QStringLiteral("p\"w<&>");
        expected.serverAddress = QStringLiteral("127.0.0.1:5000");
        QCOMPARE(m_fake->requests.at(1).registryAuth, expected.toHeader());
        QCOMPARE(decodeAuth(m_fake->requests.at(1).registryAuth).value(QLatin1String("password")).toString(), QStringLiteral("p\"w<&>"));
        if (push) {
            QCOMPARE(m_fake->requests.at(1).body, QByteArray("{}"));
            QVERIFY(QUrl(QString::fromLatin1(m_fake->requests.at(1).target)).path().endsWith(QLatin1String("/images/127.0.0.1:5000/team/app/push")));
        }
        // The session remembers them: the next operation sends them at once.
        PullOperation again(m_engine, *Reference::parseNormalized(ref));
        again.setRegistryAuth(m_auth);
        m_fake->mode = FakeEngine::Mode::Replay;
        m_fake->stream = recorded(QStringLiteral("pull-uptodate.jsonl"));
        again.start();
        QVERIFY(waitDone(&again));
        QCOMPARE(m_fake->requests.last().registryAuth, expected.toHeader());
    }

    void loginDialogKeepsThePasswordHidden()
    {
        LoginDialog d(RegistryAuth::registryKeyForDomain(QStringLiteral("docker.io")), QStringLiteral("unauthorized"));
        QVERIFY(d.windowTitle().contains(QLatin1String("Docker Hub")));
        QCOMPARE(d.passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(d.passwordEdit()->inputMethodHints() & Qt::ImhSensitiveData);
        QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        d.setUsername(QStringLiteral("bob"));
        QVERIFY(!d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(d.passwordEdit(), QStringLiteral("hunter2"));
        QVERIFY(d.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        // No widget shows the password in clear.
        const QList<QLabel *> labels = d.findChildren<QLabel *>();
        for (const QLabel *l : labels)
            QVERIFY(!l->text().contains(QLatin1String("hunter2")));
        QCOMPARE(d.credentials().serverAddress, QStringLiteral("https://index.docker.io/v1/"));
        QCOMPARE(d.credentials().password, QStringLiteral("hunter2"));
    }

    void everyControlHasAnAccessibleName()
    {
        m_fake->mode = FakeEngine::Mode::Stall;
        PullDialog pull(m_engine, m_auth);
        pull.setReference(QStringLiteral("busybox"));
        pull.startPull();
        PushDialog push(m_engine, m_auth);
        LoginDialog login(QStringLiteral("127.0.0.1:5000"), QString());
        for (QWidget *top : {static_cast<QWidget *>(&pull), static_cast<QWidget *>(&push), static_cast<QWidget *>(&login)}) {
            const QList<QWidget *> widgets = top->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (w->focusPolicy() == Qt::NoFocus || w->inherits("QScrollBar") || w->inherits("QHeaderView")
                    || w->parentWidget()->inherits("QAbstractScrollArea") || w->parentWidget()->inherits("QTabBar"))
                    continue;
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestPullDialog)
#include "tst_pulldialog.moc"
