// Bad input through the real dialogs (issue 15): what users type into the pull and tag
// dialogs, the run dialog and the build panel, one table row each, typed into the
// fields and followed by a press of the action button. Each row checks the message
// shown next to the field (its words, that it is visible, the accessible text the
// product gives it), the state of the action button, and how many requests reached the
// engine: none for an invalid input, the action's request for a valid one (so that the
// counter is proven to count). The dialogs talk to a fake engine on a unix socket
// (tests/common/fakeengine) that answers the connection as dockerd 26 did and refuses
// every action with a 500, so no row changes anything.
//
// Copying host files whose names hold newlines, spaces and bytes that are not UTF-8
// into a container needs the real engine: a container of our own from the suite's
// shell image, the result read back through `docker cp CTR:PATH -` byte by byte.
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "build/buildpage.h"
#include "build/buildpanel.h"
#include "build/dockerfileeditor.h"
#include "containerfiles.h"
#include "containers/rundialog.h"
#include "engine.h"
#include "fakeengine.h"
#include "files/filesview.h"
#include "images/pulldialog.h"
#include "images/tagdialog.h"
#include "registryauth.h"
#include "testengine.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray recordedStream(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/streams/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded answer %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray okJson(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// The request's path without its API version ("/v1.45/images/create?x" -> "/images/create").
QString pathOf(const FakeRequest &r)
{
    QString t = QString::fromLatin1(r.target);
    t = t.left(t.indexOf(u'?') < 0 ? t.size() : t.indexOf(u'?'));
    if (t.startsWith(u"/v"_s) && t.indexOf(u'/', 1) > 0)
        t = t.mid(t.indexOf(u'/', 1));
    return t;
}

/// What an engine client asks to connect and to fill its lists: not an action.
bool isBackground(const FakeRequest &r)
{
    const QString p = pathOf(r);
    return p == u"/_ping"_s || p == u"/version"_s || p == u"/info"_s || p == u"/events"_s
        || (r.method == "GET" && (p == u"/images/json"_s || p == u"/volumes"_s || p == u"/networks"_s || p == u"/containers/json"_s));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(data), data.size());
}

/// The line edit a table cell is being edited with.
QLineEdit *cellEditor(QTableWidget *t)
{
    const auto edits = t->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        if (e->isVisible())
            return e;
    return nullptr;
}

/// Types `text` into a cell as a user does: double-click to edit, type, Return. Long
/// texts are pasted (set at once), as nobody types a megabyte.
void typeInCell(QTableWidget *t, int row, int column, const QString &text)
{
    if (!t->item(row, column))
        t->setItem(row, column, new QTableWidgetItem);
    t->setCurrentCell(row, column);
    t->editItem(t->item(row, column));
    // The delegate deletes its editor (deleteLater) once it has committed.
    const QPointer<QLineEdit> e = cellEditor(t);
    QVERIFY2(e, "no editor opened on the cell");
    e->selectAll();
    if (text.size() > 200 || text.contains(u'\n'))
        e->insert(text);
    else
        QTest::keyClicks(e, text);
    QTest::keyClick(e, Qt::Key_Return);
    // The delegate commits the editor's text once back in the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!e || !e->isVisible(), 20000);
    QTest::qWait(0);
    // A line edit keeps no newline: a value with one comes from a pasted command line
    // (the dialog's other way in), which sets the cell as this does.
    if (text.contains(u'\n') && t->item(row, column)->text() != text)
        t->item(row, column)->setText(text);
    QCOMPARE(t->item(row, column)->text().size(), text.size()); // nothing cut short
}

/// tar entry names, raw bytes, of a `docker cp CTR:PATH -` stream; the data of regular files.
QMap<QByteArray, QByteArray> tarFiles(const QByteArray &tar)
{
    QMap<QByteArray, QByteArray> m;
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, tar.constData(), size_t(tar.size()));
    struct archive_entry *e = nullptr;
    // A name that is not UTF-8 comes with a warning (it cannot be converted), not an error.
    for (int r; (r = archive_read_next_header(a, &e)) == ARCHIVE_OK || r == ARCHIVE_WARN;) {
        QByteArray data;
        if (archive_entry_filetype(e) == AE_IFREG) {
            char buf[65536];
            la_ssize_t n;
            while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
                data.append(buf, n);
        } else {
            data = "<dir>";
        }
        m.insert(QByteArray(archive_entry_pathname(e)), data);
    }
    archive_read_free(a);
    return m;
}

QString unique(const QString &base)
{
    static int n = 0;
    return base + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++n);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeEngine m_fake;
    std::unique_ptr<Engine> m_engine;
    RegistryAuth m_auth;
    std::unique_ptr<Engine> m_real;
    QString m_container;

    /// The actions asked of the fake engine so far ("POST /images/create").
    QStringList actions() const
    {
        QStringList out;
        for (const FakeRequest &r : m_fake.requests)
            if (!isBackground(r))
                out << QString::fromLatin1(r.method) + u' ' + pathOf(r);
        return out;
    }
    QList<FakeRequest> actionRequests() const
    {
        QList<FakeRequest> out;
        for (const FakeRequest &r : m_fake.requests)
            if (!isBackground(r))
                out << r;
        return out;
    }
    /// Lets the event loop run long enough for a request to reach the fake engine.
    static void settle(int ms = 300) { QTest::qWait(ms); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        static const QByteArray ping = recordedStream(u"docker-ping.http"_s);
        static const QByteArray version = recordedStream(u"docker-version.json"_s);
        static const QByteArray info = recordedStream(u"docker-info.json"_s);
        m_fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            const QString p = pathOf(r);
            if (p == u"/_ping"_s)
                c->write(ping);
            else if (p == u"/version"_s)
                c->write(okJson(version));
            else if (p == u"/info"_s)
                c->write(okJson(info));
            else if (p == u"/events"_s)
                c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            else if (p == u"/volumes"_s)
                c->write(okJson("{\"Volumes\":[],\"Warnings\":null}"));
            else if (r.method == "GET" && (p == u"/images/json"_s || p == u"/networks"_s || p == u"/containers/json"_s))
                c->write(okJson("[]"));
            else {
                const QByteArray body = "{\"message\":\"the test's fake engine does nothing\"}";
                c->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        };
        const QString socket = m_dir.filePath(u"engine.sock"_s);
        QVERIFY(m_fake.listenLocal(socket));
        Endpoint ep;
        ep.path = socket;
        m_engine = std::make_unique<Engine>(ep);
        m_engine->connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 10000);
        m_auth.setConfigDir(m_dir.filePath(u"no-docker-config"_s));
    }

    void cleanupTestCase()
    {
        // Names that are not UTF-8 are beyond QDir's removal: rm takes bytes.
        QProcess::execute(u"rm"_s, {u"-rf"_s, m_dir.path()});
        m_real.reset();
        if (!m_container.isEmpty())
            TestEngine::docker({u"rm"_s, u"-f"_s, m_container});
    }

    // --- pull -------------------------------------------------------------------------

    void pullReference_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString hex = u"0123456789abcdef"_s.repeated(4);
        QTest::newRow("valid") << u"busybox:1.36"_s << true << u"Will pull docker.io/library/busybox:1.36"_s;
        QTest::newRow("128-character tag") << u"busybox:"_s + QString(128, u'a') << true << u"Will pull"_s;
        QTest::newRow("uppercase") << u"BusyBox:1"_s << false << u"must be lowercase"_s;
        QTest::newRow("129-character tag") << u"busybox:"_s + QString(129, u'a') << false << u"at most 128"_s;
        QTest::newRow("short digest") << u"busybox@sha256:12345"_s << false << u"64 hexadecimal digits"_s;
        QTest::newRow("digest not hex") << u"busybox@sha256:"_s + hex.left(63) + u'z' << false << u"not a hexadecimal digit"_s;
        QTest::newRow("empty") << QString() << false << u"Type the image to pull"_s;
        QTest::newRow("only spaces") << u"   "_s << false << u"Type the image to pull"_s;
        QTest::newRow("space inside") << u"busy box"_s << false << u"A space at character 5"_s;
        QTest::newRow("image id") << hex << false << u"image ID"_s;
    }

    void pullReference()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        PullDialog dialog(m_engine.get(), &m_auth);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(50);
        const qsizetype before = actions().size();
        QTest::keyClicks(dialog.referenceEdit(), typed);
        QLabel *message = dialog.validationLabel();
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QVERIFY(!message->accessibleName().isEmpty());
        QCOMPARE(dialog.referenceEdit()->accessibleDescription(), message->text());
        QPushButton *action = dialog.pullButton();
        QCOMPARE(action->isEnabled(), ok);
        if (!ok) // Return in the field is the other way to pull
            QTest::keyClick(dialog.referenceEdit(), Qt::Key_Return);
        QTest::mouseClick(action, Qt::LeftButton);
        settle();
        const QStringList sent = actions().mid(before);
        QCOMPARE(sent.size(), ok ? 1 : 0);
        if (ok)
            QCOMPARE(sent.first(), u"POST /images/create"_s);
        qInfo().noquote() << "pull" << QTest::currentDataTag() << "| message:" << message->text().left(160) << "| requests:" << sent.size();
    }

    // --- tag --------------------------------------------------------------------------

    void tagName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString hex = u"0123456789abcdef"_s.repeated(4);
        QTest::newRow("valid") << u"app:2"_s << true << u"Will be tagged app:2"_s;
        QTest::newRow("128-character tag") << u"app:"_s + QString(128, u't') << true << u"Will be tagged"_s;
        QTest::newRow("uppercase repository") << u"App:2"_s << false << u"must be lowercase"_s;
        QTest::newRow("129-character tag") << u"app:"_s + QString(129, u't') << false << u"at most 128"_s;
        QTest::newRow("tag with a digest") << u"app@sha256:"_s + hex << false << u"digest"_s;
        QTest::newRow("bad digest") << u"app@sha256:xyz"_s << false << u"digest"_s;
        QTest::newRow("empty") << QString() << false << u"Type a name such as myapp:1.0"_s;
        QTest::newRow("space inside") << u"my app:1"_s << false << u"A space at character 3"_s;
        QTest::newRow("tag starts with a dot") << u"app:.1"_s << false << u"tag"_s;
        QTest::newRow("its own name") << u"app:1"_s << false << u"already has the name app:1"_s;
    }

    void tagName()
    {
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        const QString image = u"sha256:"_s + QString(64, u'e');
        TagDialog dialog(m_engine.get(), image, {u"app:1"_s}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const qsizetype before = actions().size();
        QTest::keyClicks(dialog.nameEdit(), typed);
        QLabel *message = dialog.feedback();
        QVERIFY2(message->text().contains(says, Qt::CaseInsensitive), qPrintable(message->text()));
        QVERIFY(message->isVisible());
        QCOMPARE(message->accessibleName(), u"Name check"_s);
        QCOMPARE(dialog.nameEdit()->accessibleDescription(), message->text());
        QPushButton *tag = dialog.buttons()->button(QDialogButtonBox::Ok);
        QCOMPARE(tag->isEnabled(), ok);
        if (!ok)
            QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
        QTest::mouseClick(tag, Qt::LeftButton);
        settle();
        const QStringList sent = actions().mid(before);
        QCOMPARE(sent.size(), ok ? 1 : 0);
        if (ok) {
            QCOMPARE(sent.first(), u"POST /images/sha256%3A"_s + image.mid(7) + u"/tag"_s);
            // The engine's refusal is shown where the check was.
            QTRY_VERIFY(message->text().contains(u"fake engine"_s));
        }
        qInfo().noquote() << "tag" << QTest::currentDataTag() << "| message:" << message->text().left(160) << "| requests:" << sent.size();
    }

    // --- run --------------------------------------------------------------------------

    void runInput_data()
    {
        QTest::addColumn<QString>("where");  // name, image, env, port, volume
        QTest::addColumn<QStringList>("cells"); // name/image: the text; tables: one per column
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString existing = m_dir.filePath(u"bind source with spaces"_s);
        QDir().mkpath(existing);
        QTest::newRow("name valid") << u"name"_s << QStringList{u"web.1_a-b"_s} << true << QString();
        QTest::newRow("name with a space") << u"name"_s << QStringList{u"my web"_s} << false << u"not a valid container name"_s;
        QTest::newRow("name starts with -") << u"name"_s << QStringList{u"-web"_s} << false << u"not a valid container name"_s;
        QTest::newRow("name of one character") << u"name"_s << QStringList{u"w"_s} << false << u"at least two"_s;
        QTest::newRow("name with a slash") << u"name"_s << QStringList{u"a/b"_s} << false << u"not a valid container name"_s;
        QTest::newRow("image uppercase") << u"image"_s << QStringList{u"BusyBox"_s} << false << u"must be lowercase"_s;
        QTest::newRow("image 129-character tag") << u"image"_s << QStringList{u"busybox:"_s + QString(129, u'a')} << false << u"at most 128"_s;
        QTest::newRow("image empty") << u"image"_s << QStringList{QString()} << false << u"Choose an image"_s;
        QTest::newRow("env newline in value") << u"env"_s << QStringList{u"NOTE"_s, u"line one\nline two"_s} << true << QString();
        QTest::newRow("env 100 kB value") << u"env"_s << QStringList{u"BIG"_s, QString(100 * 1024, u'x')} << true << QString();
        QTest::newRow("env 1 MB value") << u"env"_s << QStringList{u"BIG"_s, QString(1024 * 1024, u'x')} << false << u"BIG"_s;
        QTest::newRow("env space in name") << u"env"_s << QStringList{u"MY VAR"_s, u"1"_s} << false << u"contains a space"_s;
        QTest::newRow("env no name") << u"env"_s << QStringList{QString(), u"value"_s} << false << u"has no name"_s;
        QTest::newRow("env = in name") << u"env"_s << QStringList{u"A=B"_s, u"1"_s} << false << u"A=B"_s;
        QTest::newRow("port valid") << u"port"_s << QStringList{QString(), u"8080"_s, u"80"_s} << true << QString();
        QTest::newRow("port not a number") << u"port"_s << QStringList{QString(), u"abc"_s, u"80"_s} << false << u"abc"_s;
        QTest::newRow("port 70000") << u"port"_s << QStringList{QString(), u"8080"_s, u"70000"_s} << false << u"70000"_s;
        QTest::newRow("port range reversed") << u"port"_s << QStringList{QString(), u"8010-8000"_s, u"80"_s} << false << u"8010-8000"_s;
        QTest::newRow("port bad address") << u"port"_s << QStringList{u"300.1.1.1"_s, u"8080"_s, u"80"_s} << false << u"300.1.1.1"_s;
        QTest::newRow("port no container port") << u"port"_s << QStringList{QString(), u"8080"_s, QString()} << false << u"ontainer port"_s;
        QTest::newRow("volume named") << u"volume"_s << QStringList{u"volume"_s, u"cais-badinput-data"_s, u"/data"_s} << true << QString();
        QTest::newRow("bind path with spaces") << u"volume"_s << QStringList{u"bind"_s, existing, u"/data"_s} << true << QString();
        QTest::newRow("volume relative target") << u"volume"_s << QStringList{u"volume"_s, u"cais-badinput-data"_s, u"data"_s} << false << u"must be absolute"_s;
        QTest::newRow("volume bad name") << u"volume"_s << QStringList{u"volume"_s, u"a b"_s, u"/data"_s} << false << u"not a valid volume name"_s;
        QTest::newRow("bind relative path") << u"volume"_s << QStringList{u"bind"_s, u"relative/dir"_s, u"/data"_s} << false << u"is relative"_s;
        QTest::newRow("bind missing path") << u"volume"_s << QStringList{u"bind"_s, u"/nonexistent/cais badinput"_s, u"/data"_s} << false << u"does not exist"_s;
    }

    void runInput()
    {
        QFETCH(QString, where);
        QFETCH(QStringList, cells);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        RunDialog dialog(m_engine.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(100);
        if (where != u"image"_s)
            QTest::keyClicks(dialog.imageBox()->lineEdit(), u"busybox:1.36"_s);
        QVERIFY(dialog.runButton()->isEnabled() || where == u"image"_s);
        const qsizetype before = actions().size();
        auto *tabs = dialog.findChild<QTabWidget *>(u"runTabs"_s);
        QVERIFY(tabs);
        QWidget *field = nullptr;
        QElapsedTimer typing;
        typing.start();
        if (where == u"name"_s) {
            QTest::keyClicks(dialog.nameEdit(), cells.at(0));
            field = dialog.nameEdit();
        } else if (where == u"image"_s) {
            dialog.imageBox()->lineEdit()->clear();
            QTest::keyClicks(dialog.imageBox()->lineEdit(), cells.at(0));
            field = dialog.imageBox();
        } else {
            const QString table = where == u"env"_s ? u"runEnv"_s : where == u"port"_s ? u"runPorts"_s : u"runMounts"_s;
            auto *t = dialog.findChild<QTableWidget *>(table);
            QVERIFY(t);
            tabs->setCurrentWidget(t->parentWidget());
            QTest::mouseClick(dialog.findChild<QPushButton *>(table + u"Add"_s), Qt::LeftButton);
            if (QLineEdit *e = cellEditor(t))
                QTest::keyClick(e, Qt::Key_Escape);
            QTest::qWait(0);
            if (where == u"volume"_s) {
                auto *type = qobject_cast<QComboBox *>(t->cellWidget(0, 0));
                QVERIFY(type);
                type->setCurrentIndex(cells.at(0) == u"bind"_s ? 0 : 1);
                typeInCell(t, 0, 1, cells.at(1));
                typeInCell(t, 0, 2, cells.at(2));
            } else {
                for (int c = 0; c < cells.size(); ++c)
                    if (!cells.at(c).isEmpty())
                        typeInCell(t, 0, c, cells.at(c));
            }
            field = t;
        }
        qInfo().noquote() << "typing took" << typing.elapsed() << "ms";
        // What froze the dialog for minutes on a 1 MB value: the command line shown in
        // full, one huge line to wrap. It shows a bounded part (Copy takes it all).
        QVERIFY2(dialog.commandLineView()->toPlainText().size() < 20000,
                 qPrintable(QString::number(dialog.commandLineView()->toPlainText().size())));
        QCOMPARE(dialog.runButton()->isEnabled(), ok);
        // The message next to the field: a label whose buddy-like property names the field.
        QLabel *message = nullptr;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->property("fieldMessageFor").value<QWidget *>() == field)
                message = l;
        QVERIFY2(message, "no message label next to the field");
        if (ok) {
            QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        } else {
            QVERIFY2(message->isVisible(), qPrintable(dialog.problemsLabel()->text()));
            QVERIFY2(message->text().contains(says), qPrintable(message->text()));
            QVERIFY(message->text().size() < 400); // a megabyte is not pasted back at the user
            QCOMPARE(field->accessibleDescription(), message->text());
        }
        QElapsedTimer pressing;
        pressing.start();
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        settle();
        const QList<FakeRequest> sent = actionRequests().mid(before);
        QCOMPARE(sent.size(), ok ? 1 : 0);
        if (ok) {
            QCOMPARE(pathOf(sent.first()), u"/containers/create"_s);
            const QJsonObject body = QJsonDocument::fromJson(sent.first().body).object();
            if (where == u"env"_s)
                QVERIFY(body.value(u"Env"_s).toArray().contains(QString(cells.at(0) + u'=' + cells.at(1))));
            if (where == u"name"_s)
                QVERIFY(sent.first().target.contains(QByteArray("name=" + cells.at(0).toUtf8())));
            if (where == u"volume"_s && cells.at(0) == u"bind"_s)
                QVERIFY2(QJsonDocument(body).toJson().contains(cells.at(1).toUtf8()), sent.first().body.left(400).constData());
            QTRY_VERIFY(dialog.statusLabel()->text().contains(u"fake engine"_s));
        }
        qInfo().noquote() << "run" << QTest::currentDataTag() << "| message:" << (message->isVisible() ? message->text().left(160) : u"(none)"_s)
                          << "| requests:" << sent.size();
    }

    // --- build ------------------------------------------------------------------------

    void buildInput_data()
    {
        QTest::addColumn<QString>("context");    // relative to the temporary folder, or absolute
        QTest::addColumn<QString>("dockerfile"); // the field's text
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        const QString root = m_dir.filePath(u"build"_s);
        QDir().mkpath(root);
        auto context = [&](const QString &name, const QByteArray &dockerfile, const QByteArray &ignore = {}) {
            const QString d = root + u'/' + name;
            QDir().mkpath(d);
            writeFile(d + u"/Dockerfile"_s, dockerfile);
            writeFile(d + u"/file.txt"_s, "x");
            if (!ignore.isEmpty())
                writeFile(d + u"/.dockerignore"_s, ignore);
            return d;
        };
        const QByteArray plain = "FROM busybox\nCOPY file.txt /\n";
        QTest::newRow("valid") << context(u"valid"_s, plain) << QString() << true << QString();
        QTest::newRow("path with spaces") << context(u"with spaces in it"_s, plain) << QString() << true << QString();
        QTest::newRow("odd .dockerignore, valid") << context(u"oddignore"_s, plain, "# comment\n\n   \n**/*.tmp\n/\n./x/../y\n*\n!Dockerfile\n!file.txt\n[a-c]?\\*\n")
                                                  << QString() << true << QString();
        QTest::newRow("bad .dockerignore pattern") << context(u"badignore"_s, plain, "[\n") << QString() << false << u".dockerignore"_s;
        QTest::newRow("lone ! in .dockerignore") << context(u"loneignore"_s, plain, "!\n") << QString() << false << u"lone “!”"_s;
        QTest::newRow("empty context") << QString() << QString() << false << u"Choose the build context"_s;
        QTest::newRow("missing context") << root + u"/nowhere"_s << QString() << false << u"does not exist"_s;
        QTest::newRow("context is a file") << root + u"/valid/file.txt"_s << QString() << false << u"is not a folder"_s;
        QTest::newRow("missing Dockerfile") << context(u"nodockerfile"_s, plain) << u"Dockerfile.missing"_s << false << u"Dockerfile.missing"_s;
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i * 7 % 256));
        QTest::newRow("binary Dockerfile") << context(u"binary"_s, binary) << QString() << false << u"not a text file"_s;
        QByteArray huge = plain;
        const QByteArray line = "RUN echo " + QByteArray(90, 'h') + '\n';
        while (huge.size() < 50 * 1000 * 1000)
            huge += line;
        QTest::newRow("50 MB Dockerfile") << context(u"huge"_s, huge) << QString() << false << u"too large"_s;
        const QString unreadable = root + u"/unreadable"_s;
        QDir().mkpath(unreadable);
        ::chmod(QFile::encodeName(unreadable).constData(), 0);
        // Its Dockerfile is the first thing read: the message names it and the reason.
        QTest::newRow("unreadable context") << unreadable << QString() << false << u"/unreadable/Dockerfile”: Permission denied"_s;
    }

    void buildInput()
    {
        QFETCH(QString, context);
        QFETCH(QString, dockerfile);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        // Root reads a folder whatever its mode: for the unreadable folder the test takes
        // on the rights of a user without them (below), and the folders above it let
        // that user through.
        const bool asUser = QByteArray(QTest::currentDataTag()) == "unreadable context" && ::geteuid() == 0;
        const QString parents[] = {m_dir.path(), m_dir.filePath(u"build"_s)};
        if (asUser) {
            for (const QString &p : parents)
                QVERIFY(::chmod(QFile::encodeName(p).constData(), 0711) == 0);
        }
        const auto restoreModes = qScopeGuard([&] {
            if (asUser) {
                for (const QString &p : parents)
                    ::chmod(QFile::encodeName(p).constData(), 0700);
            }
        });
        BuildPanel panel;
        panel.setEngine(m_engine.get());
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const qsizetype before = actions().size();
        QElapsedTimer clock;
        clock.start();
        // seteuid changes every thread's rights (glibc), the context scanner's too.
        const bool switched = asUser && ::setegid(65534) == 0 && ::seteuid(65534) == 0;
        QCOMPARE(switched, asUser);
        const auto backToRoot = qScopeGuard([&] {
            if (switched) {
                QVERIFY(::seteuid(0) == 0);
                QVERIFY(::setegid(0) == 0);
            }
        });
        QTest::keyClicks(panel.contextEdit(), context);
        if (!dockerfile.isEmpty())
            QTest::keyClicks(panel.dockerfileEdit(), dockerfile);
        // A folder that cannot be built is named under the field as it is typed.
        auto *contextStatus = panel.findChild<QLabel *>(u"contextStatus"_s);
        QVERIFY(contextStatus);
        const bool badFolder = says.contains(u"does not exist"_s) || says.contains(u"not a folder"_s);
        QCOMPARE(contextStatus->isVisible(), badFolder);
        if (badFolder) {
            QVERIFY2(contextStatus->text().contains(says), qPrintable(contextStatus->text()));
            QCOMPARE(panel.contextEdit()->accessibleDescription(), contextStatus->text());
        }
        QTest::mouseClick(panel.buildButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBuilding(), 20000);
        settle();
        const QStringList sent = actions().mid(before);
        QCOMPARE(sent.size(), ok ? 1 : 0);
        QVERIFY(panel.errorLabel()->isVisible());
        if (ok) {
            QCOMPARE(sent.first(), u"POST /build"_s);
            QVERIFY2(panel.errorLabel()->text().contains(u"fake engine"_s), qPrintable(panel.errorLabel()->text()));
        } else {
            QVERIFY2(panel.errorLabel()->text().contains(says), qPrintable(panel.errorLabel()->text()));
            QVERIFY(panel.errorLabel()->text().size() < 1000);
        }
        qInfo().noquote() << "build" << QTest::currentDataTag() << "| message:" << panel.errorLabel()->text().left(200) << "| requests:" << sent.size();
    }

    /// A binary file or a 50 MB file opened as the Dockerfile in the editor: refused at
    /// once with the reason, the editor left as it was.
    void openingANonDockerfile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char(i * 7 % 256));
        QByteArray huge;
        const QByteArray line = "RUN echo " + QByteArray(90, 'h') + '\n';
        while (huge.size() < 50 * 1000 * 1000)
            huge += line;
        QTest::newRow("binary") << binary << u"not a text file"_s;
        QTest::newRow("50 MB") << huge << u"too large"_s;
        QTest::newRow("not UTF-8 text") << QByteArray("FROM busybox\nLABEL x=caf\xe9\n") << u"UTF-8"_s;
    }

    void openingANonDockerfile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(u"open-me"_s);
        writeFile(path, content);
        BuildPage page(m_engine.get());
        const QString shown = page.editor()->text();
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!page.openDockerfile(path, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(error.contains(u"open-me"_s));
        QCOMPARE(page.editor()->text(), shown);
        QVERIFY(page.editor()->filePath().isEmpty());
        qInfo().noquote() << "open" << QTest::currentDataTag() << "| message:" << error << "| in" << clock.elapsed() << "ms";
    }

    // --- copy into a container -------------------------------------------------------

    /// A host path that cannot be copied is refused before the engine is asked anything.
    void uploadRefused_data()
    {
        QTest::addColumn<QByteArray>("name"); // raw bytes, in the temporary folder
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("says");
        QTest::newRow("exists") << QByteArray("plain file") << true << QString();
        QTest::newRow("missing") << QByteArray("not there") << false << u"does not exist on this computer"_s;
        QTest::newRow("name not UTF-8") << QByteArray("caf\xe9 menu") << true << u"not UTF-8"_s;
    }

    void uploadRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, create);
        QFETCH(QString, says);
        const QByteArray raw = QFile::encodeName(m_dir.path()) + '/' + name;
        if (create) {
            const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            ::close(fd);
        }
        FilesView view;
        view.setEngine(m_engine.get());
        view.setContainer(u"somecontainer"_s);
        const qsizetype before = actions().size();
        QSignalSpy done(&view, &FilesView::copyFinished);
        view.upload({QFile::decodeName(raw)}, u"/dst"_s);
        QVERIFY(done.wait(10000));
        settle();
        const QStringList sent = actions().mid(before);
        const QString message = done.first().at(1).toString();
        QVERIFY(!done.first().at(0).toBool()); // the fake engine refuses even a good one
        if (says.isEmpty()) {
            QVERIFY2(!sent.isEmpty(), "the counter counts nothing");
            QVERIFY(message.contains(u"fake engine"_s));
        } else {
            QCOMPARE(sent, QStringList());
            QVERIFY2(message.contains(says), qPrintable(message));
        }
        qInfo().noquote() << "upload" << QTest::currentDataTag() << "| message:" << message << "| requests:" << sent.size();
    }

    // --- copy into a container (the real engine) ------------------------------------

    void copyOddNames_data()
    {
        QTest::addColumn<QByteArray>("name"); // raw bytes of the file's name on the host
        QTest::newRow("space") << QByteArray("with space");
        QTest::newRow("newline") << QByteArray("line\nbreak");
        QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9");
        QTest::newRow("invalid UTF-8") << QByteArray("bad\xff\xfe name");
        QTest::newRow("tab and quote") << QByteArray("tab\there \"q\"");
    }

    void copyOddNames()
    {
        QFETCH(QByteArray, name);
        REQUIRE_TEST_ENGINE();
        Engine &engine = TestEngine::connected(m_real);
        if (m_container.isEmpty()) {
            const QString c = unique(u"cais-badinput"_s);
            QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, c, u"cais-test/shell:1"_s, u"sleep"_s, u"3600"_s}));
            m_container = c;
        }
        // A folder holding the file, made with the raw bytes (Qt's names are UTF-8).
        QTemporaryDir host;
        QVERIFY(host.isValid());
        const auto removeOddNames = qScopeGuard([&] { QProcess::execute(u"rm"_s, {u"-rf"_s, host.path()}); });
        const QByteArray folder = QFile::encodeName(host.path()) + "/odd-" + QByteArray::number(QTest::currentDataTag()[0]);
        QCOMPARE(::mkdir(folder.constData(), 0755), 0);
        const QByteArray data = "content of " + name;
        {
            const int fd = ::open(QByteArray(folder + '/' + name).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
            ::close(fd);
        }
        const QString dst = u"/"_s + unique(u"in"_s);
        QVERIFY(TestEngine::docker({u"exec"_s, m_container, u"mkdir"_s, dst}));

        // Through the Files tab, as a drop or its Upload button does: the folder's file
        // goes in under the same bytes, or the copy says why not.
        FilesView view;
        view.setEngine(&engine);
        view.setContainer(m_container);
        auto upload = [&view](const QString &hostPath, const QString &folder) {
            QSignalSpy done(&view, &FilesView::copyFinished);
            view.upload({hostPath}, folder);
            if (!done.wait(60000))
                return std::pair{false, u"the copy did not finish"_s};
            return std::pair{done.first().at(0).toBool(), done.first().at(1).toString()};
        };
        {
            const auto [ok, message] = upload(QFile::decodeName(folder), dst);
            QByteArray tar;
            QVERIFY(TestEngine::docker({u"cp"_s, m_container + u':' + dst, u"-"_s}, &tar));
            const auto tree = tarFiles(tar);
            const QByteArray inside = QByteArray(dst.mid(1).toUtf8()) + '/' + folder.mid(folder.lastIndexOf('/') + 1) + '/' + name;
            if (ok) {
                QByteArray names;
                for (auto it = tree.cbegin(); it != tree.cend(); ++it)
                    names += it.key().toPercentEncoding("/") + " | ";
                QVERIFY2(tree.value(inside) == data, names.constData());
                QCOMPARE(tree.size(), 3); // nothing else came in under another name
            } else {
                QVERIFY2(!message.isEmpty(), "refused without a word");
                QCOMPARE(tree.size(), 1); // nothing half copied
            }
            qInfo().noquote() << "copy folder with" << QTest::currentDataTag() << "|" << (ok ? u"copied byte-exact: "_s : u"refused: "_s) + message;
        }
        // The file itself, named as Qt names it (a file dialog's answer): the same bytes
        // in the container, or refused with the reason; never under another name.
        {
            const auto [ok, message] = upload(QFile::decodeName(folder + '/' + name), dst);
            QByteArray tar;
            QVERIFY(TestEngine::docker({u"cp"_s, m_container + u':' + dst, u"-"_s}, &tar));
            const auto tree = tarFiles(tar);
            if (ok) {
                QCOMPARE(tree.value(QByteArray(dst.mid(1).toUtf8()) + '/' + name), data);
                QCOMPARE(tree.size(), 4);
            } else {
                QCOMPARE(tree.size(), 3);
                QVERIFY2(message.contains(u"not UTF-8"_s), qPrintable(message));
            }
            qInfo().noquote() << "copy file" << QTest::currentDataTag() << "|" << (ok ? u"copied byte-exact: "_s : u"refused: "_s) + message;
        }
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
