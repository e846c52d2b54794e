// The pure parts of commit, import, save and load: the changes a commit or an import
// takes (checked with their line, before anything is sent), the files an archive
// transfer accepts, and the names a load reports (Docker's and Podman's answers).
#include "imagearchive.h"
#include "imagechanges.h"
#include "images/imagefields.h"
#include "translations.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestImageChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(QCoreApplication::instance(), QLocale(QLocale::English)); }

    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("changes");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank lines and comments") << QStringLiteral("\n  \n# a note\n") << QStringList();
        QTest::newRow("cmd json") << QStringLiteral("CMD [\"cat\", \"/hello.txt\"]") << QStringList{QStringLiteral("CMD [\"cat\", \"/hello.txt\"]")};
        QTest::newRow("lower case, shell form") << QStringLiteral("cmd echo hi") << QStringList{QStringLiteral("cmd echo hi")};
        QTest::newRow("several")
            << QStringLiteral("ENV A=1 B=two\nEXPOSE 8080/tcp 53/udp 9000-9010\nLABEL com.example.v=\"1 2\"\nWORKDIR /srv\nUSER 1000:1000\n"
                              "ENTRYPOINT [\"/bin/sh\", \"-c\"]\nVOLUME /data\nSTOPSIGNAL SIGINT\nONBUILD RUN true\n"
                              "HEALTHCHECK --interval=5s CMD true")
            << QStringList{QStringLiteral("ENV A=1 B=two"), QStringLiteral("EXPOSE 8080/tcp 53/udp 9000-9010"),
                           QStringLiteral("LABEL com.example.v=\"1 2\""), QStringLiteral("WORKDIR /srv"), QStringLiteral("USER 1000:1000"),
                           QStringLiteral("ENTRYPOINT [\"/bin/sh\", \"-c\"]"), QStringLiteral("VOLUME /data"), QStringLiteral("STOPSIGNAL SIGINT"),
                           QStringLiteral("ONBUILD RUN true"), QStringLiteral("HEALTHCHECK --interval=5s CMD true")};
        QTest::newRow("env, older form") << QStringLiteral("ENV PATH /usr/bin:/bin") << QStringList{QStringLiteral("ENV PATH /usr/bin:/bin")};
        QTest::newRow("continued line") << QStringLiteral("ENV A=1 \\\n    B=2") << QStringList{QStringLiteral("ENV A=1     B=2")};
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, changes);
        const ImageChanges::Parsed p = ImageChanges::parse(text);
        QVERIFY2(p.isValid(), qPrintable(p.problems.isEmpty() ? QString() : p.problems.first().message));
        QCOMPARE(p.changes, changes);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("run") << QStringLiteral("ENV A=1\nRUN apt-get update") << 2 << QStringLiteral("RUN cannot be a change");
        QTest::newRow("copy") << QStringLiteral("COPY a /b") << 1 << QStringLiteral("COPY cannot be a change");
        QTest::newRow("unknown") << QStringLiteral("\nSETENV A=1") << 2 << QStringLiteral("“SETENV” is not an instruction");
        QTest::newRow("empty cmd") << QStringLiteral("CMD") << 1 << QStringLiteral("CMD needs arguments");
        QTest::newRow("broken json") << QStringLiteral("CMD [\"a\", \"b\"") << 1 << QStringLiteral("JSON");
        QTest::newRow("single quotes") << QStringLiteral("CMD ['cat', '/x']") << 1 << QStringLiteral("double quotes");
        QTest::newRow("env without value") << QStringLiteral("ENV A") << 1 << QStringLiteral("ENV needs KEY=value");
        QTest::newRow("label without =") << QStringLiteral("LABEL a b") << 1 << QStringLiteral("LABEL needs KEY=value");
        QTest::newRow("port word") << QStringLiteral("EXPOSE http") << 1 << QStringLiteral("“http” is not a port");
        QTest::newRow("port too big") << QStringLiteral("EXPOSE 70000") << 1 << QStringLiteral("“70000” is not a port");
        QTest::newRow("port protocol") << QStringLiteral("EXPOSE 80/icmp") << 1 << QStringLiteral("“80/icmp” is not a port");
        QTest::newRow("port range backwards") << QStringLiteral("EXPOSE 90-80") << 1 << QStringLiteral("“90-80” is not a port");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        const ImageChanges::Parsed p = ImageChanges::parse(text);
        QVERIFY(!p.isValid());
        QCOMPARE(p.problems.first().line, line);
        QVERIFY2(p.problems.first().message.contains(says), qPrintable(p.problems.first().message));
    }

    /// The field names the problem with its line, and the count when all is well.
    void changesField()
    {
        ChangesField field;
        QSignalSpy validity(&field, &ChangesField::validityChanged);
        field.edit()->setPlainText(QStringLiteral("ENV A=1\nRUN true"));
        QVERIFY(!field.isValid());
        QCOMPARE(validity.size(), 1);
        QVERIFY2(field.feedback()->text().startsWith(QStringLiteral("Line 2: RUN cannot be a change")), qPrintable(field.feedback()->text()));
        field.edit()->setPlainText(QStringLiteral("ENV A=1\nCMD [\"true\"]"));
        QVERIFY(field.isValid());
        QCOMPARE(field.changes(), (QStringList{QStringLiteral("ENV A=1"), QStringLiteral("CMD [\"true\"]")}));
        QCOMPARE(field.feedback()->text(), QStringLiteral("2 changes to the configuration."));
        // Every example the Add menu offers is a valid change.
        field.edit()->clear();
        const QList<QAction *> examples = field.addButton()->menu()->actions();
        QCOMPARE(examples.size(), ImageChanges::allowedInstructions().size());
        for (QAction *a : examples)
            a->trigger();
        QVERIFY2(field.isValid(), qPrintable(field.feedback()->text()));
        QCOMPARE(field.changes().size(), ImageChanges::allowedInstructions().size());
    }

    void imageNameField()
    {
        ImageNameField field;
        QVERIFY(field.isValid()); // empty: an image without a name
        field.edit()->setText(QStringLiteral("MyApp:1"));
        QVERIFY(!field.isValid());
        QVERIFY2(field.feedback()->text().contains(QStringLiteral("lowercase")), qPrintable(field.feedback()->text()));
        field.edit()->setText(QStringLiteral("myapp"));
        QVERIFY(field.isValid());
        QCOMPARE(field.feedback()->text(), QStringLiteral("Will be named myapp:latest (in full: docker.io/library/myapp:latest)"));
        field.edit()->setText(QStringLiteral("myapp@sha256:") + QString(64, QLatin1Char('a')));
        QVERIFY(!field.isValid());
    }

    void loadedNames_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("docker, two tags") << QByteArray("{\"stream\":\"Loaded image: a:1\\n\"}\r\n{\"stream\":\"Loaded image: b/c:2\\n\"}\r\n")
                                          << QStringList{QStringLiteral("a:1"), QStringLiteral("b/c:2")};
        QTest::newRow("docker, no tag") << QByteArray("{\"stream\":\"Loaded image ID: sha256:abc\\n\"}\n")
                                        << QStringList{QStringLiteral("sha256:abc")};
        QTest::newRow("podman, joined") << QByteArray("{\"stream\":\"Loaded image: localhost/a:1,docker.io/library/b:2\"}")
                                        << QStringList{QStringLiteral("localhost/a:1"), QStringLiteral("docker.io/library/b:2")};
        QTest::newRow("nothing") << QByteArray("{\"stream\":\"\"}") << QStringList();
    }

    void loadedNames()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, names);
        QCOMPARE(ArchiveTransfer::loadedNames(body), names);
    }

    void files()
    {
        QTemporaryDir dir;
        QCOMPARE(ArchiveTransfer::compressionFor(QStringLiteral("/a/b.tar")), ArchiveTransfer::Compression::None);
        QCOMPARE(ArchiveTransfer::compressionFor(QStringLiteral("/a/b.TAR.GZ")), ArchiveTransfer::Compression::Gzip);
        QCOMPARE(ArchiveTransfer::compressionFor(QStringLiteral("/a/b.tgz")), ArchiveTransfer::Compression::Gzip);

        QCOMPARE(ArchiveTransfer::checkDestination(dir.filePath(QStringLiteral("x.tar.gz"))).value_or(ArchiveTransfer::Compression::None),
                 ArchiveTransfer::Compression::Gzip);
        auto refused = [](const auto &r, const QString &says) {
            return !r && r.error().userMessage.contains(says);
        };
        QVERIFY(refused(ArchiveTransfer::checkDestination(QString()), QStringLiteral("Choose the file")));
        QVERIFY(refused(ArchiveTransfer::checkDestination(QStringLiteral("x.tar")), QStringLiteral("not a full path")));
        QVERIFY(refused(ArchiveTransfer::checkDestination(dir.path()), QStringLiteral("is a folder")));
        QVERIFY(refused(ArchiveTransfer::checkDestination(dir.filePath(QStringLiteral("no/such/x.tar"))), QStringLiteral("does not exist")));

        QVERIFY(refused(ArchiveTransfer::checkSource(dir.filePath(QStringLiteral("none.tar"))), QStringLiteral("does not exist")));
        QVERIFY(refused(ArchiveTransfer::checkSource(dir.path()), QStringLiteral("is a folder")));
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(data);
            return f.fileName();
        };
        QVERIFY(refused(ArchiveTransfer::checkSource(write(QStringLiteral("empty.tar"), {})), QStringLiteral("is empty")));
        QVERIFY(refused(ArchiveTransfer::checkSource(write(QStringLiteral("notes.txt"), "just some words\n")),
                        QStringLiteral("is not a tar archive")));
        QByteArray tar(1024, '\0');
        tar.replace(257, 5, "ustar");
        QCOMPARE(ArchiveTransfer::checkSource(write(QStringLiteral("a.tar"), tar)).value_or(-1), 1024);
        QCOMPARE(ArchiveTransfer::checkSource(write(QStringLiteral("a.tar.gz"), QByteArray("\x1f\x8b\x08\x00rest", 8))).value_or(-1), 8);
    }
};

QTEST_MAIN(TestImageChanges)
#include "tst_imagechanges.moc"
