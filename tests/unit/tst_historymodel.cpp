#include "historymodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

ImageHistoryEntry step(const QString &id, const QString &createdBy, qint64 size, qint64 created = 1'700'000'000)
{
    ImageHistoryEntry e;
    e.id = id;
    e.createdBy = createdBy;
    e.size = size;
    e.created = created;
    return e;
}

QList<ImageHistoryEntry> recordedLayersHistory()
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/images/layers-history.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<ImageHistoryEntry> out;
    const QJsonArray a = QJsonDocument::fromJson(f.readAll()).array();
    for (const QJsonValue &v : a)
        out << ImageHistoryEntry::fromJson(v.toObject());
    return out;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void instruction_data()
    {
        QTest::addColumn<QString>("createdBy");
        QTest::addColumn<QString>("shown");
        // The classic builder: metadata steps wrapped in "#(nop)", with one or two spaces.
        QTest::newRow("nop cmd") << R"(/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "echo $GREETING"])"
                                 << R"(CMD ["/bin/sh" "-c" "echo $GREETING"])";
        QTest::newRow("nop workdir") << "/bin/sh -c #(nop) WORKDIR /app" << "WORKDIR /app";
        QTest::newRow("nop copy") << "/bin/sh -c #(nop) COPY file:031f1553 in /bin/busybox " << "COPY file:031f1553 in /bin/busybox";
        QTest::newRow("nop expose") << "/bin/sh -c #(nop)  EXPOSE 8080/tcp" << "EXPOSE 8080/tcp";
        // Shell-form RUN: the shell is the builder's, the command is the user's.
        QTest::newRow("run") << "/bin/sh -c echo one > /app/one.txt" << "RUN echo one > /app/one.txt";
        // Exec-form RUN is recorded as the bare command: nothing to take away.
        QTest::newRow("exec form") << "/bin/busybox --install -s /bin" << "/bin/busybox --install -s /bin";
        // Build arguments in front of the command.
        QTest::newRow("build args") << "|2 A=1 B=two words /bin/sh -c make all" << "RUN make all";
        QTest::newRow("build args, exec") << "|1 V=1 /usr/bin/make" << "/usr/bin/make";
        // BuildKit.
        QTest::newRow("buildkit run") << "RUN /bin/sh -c apt-get update # buildkit" << "RUN apt-get update";
        QTest::newRow("buildkit run args") << "RUN |1 V=1 /bin/sh -c make # buildkit" << "RUN make";
        QTest::newRow("buildkit copy") << "COPY . /app # buildkit" << "COPY . /app";
        QTest::newRow("buildkit env") << "ENV A=b" << "ENV A=b";
        QTest::newRow("buildkit exec run") << R"(RUN ["make", "all"] # buildkit)" << R"(RUN ["make", "all"])";
        // Continuation lines fold into one line (the full text stays in the tooltip).
        QTest::newRow("multi-line") << "/bin/sh -c set -e;     apt-get update \\\n    && apt-get install -y x"
                                    << "RUN set -e;     apt-get update && apt-get install -y x";
        QTest::newRow("windows nop") << R"(cmd /S /C #(nop)  CMD ["cmd"])" << R"(CMD ["cmd"])";
        QTest::newRow("windows run") << "cmd /S /C dir" << "RUN dir";
        QTest::newRow("import") << "" << "";
        QTest::newRow("commit") << "sh" << "sh";
    }
    void instruction()
    {
        QFETCH(QString, createdBy);
        QFETCH(QString, shown);
        QCOMPARE(HistoryModel::instruction(createdBy), shown);
    }

    void showsTheRecordedHistory()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ImageHistoryEntry> entries = recordedLayersHistory();
        QCOMPARE(entries.size(), 11); // the fixture's cais-test/layers:1
        model.setHistory(entries);
        QCOMPARE(model.rowCount(), 11);

        // Newest first, as docker history; the instructions read like the Dockerfile.
        QStringList instructions;
        for (int r = 0; r < model.rowCount(); ++r)
            instructions << model.index(r, HistoryModel::InstructionColumn).data().toString();
        QCOMPARE(instructions, (QStringList{
            QStringLiteral(R"(CMD ["/bin/sh" "-c" "echo $GREETING"])"),
            QStringLiteral("EXPOSE 8080/tcp"),
            QStringLiteral("RUN echo two > /app/two.txt"),
            QStringLiteral("ENV GREETING=ola"),
            QStringLiteral("RUN dd if=/dev/zero of=/app/blob bs=1024 count=64 2>/dev/null"),
            QStringLiteral("RUN echo one > /app/one.txt"),
            QStringLiteral("WORKDIR /app"),
            QStringLiteral(R"(CMD ["/bin/sh"])"),
            QStringLiteral("LABEL org.opencontainers.image.title=cais test shell"),
            QStringLiteral("/bin/busybox --install -s /bin"),
            QStringLiteral("COPY file:031f15533149925c45918f026d898d27dc7f74c8838674ce0b9a4c92f7f9e264 in /bin/busybox"),
        }));
        // The full text stays reachable.
        QCOMPARE(model.index(0, HistoryModel::InstructionColumn).data(HistoryModel::FullTextRole).toString(),
                 entries.first().createdBy);
        QCOMPARE(model.index(0, HistoryModel::InstructionColumn).data(Qt::ToolTipRole).toString(), entries.first().createdBy);

        // Empty steps say so; sizes sum to the image's size (2093340 bytes in the recording).
        QCOMPARE(model.index(0, HistoryModel::SizeColumn).data().toString(), QStringLiteral("empty"));
        QVERIFY(model.index(0, HistoryModel::SizeColumn).data(HistoryModel::EmptyRole).toBool());
        QCOMPARE(model.index(4, HistoryModel::SizeColumn).data(HistoryModel::SizeRole).toLongLong(), 65536);
        QCOMPARE(model.index(4, HistoryModel::SizeColumn).data().toString(), QStringLiteral("65.54 kB"));
        QCOMPARE(model.totalSize(), 2093340);
        QCOMPARE(model.emptyCount(), 6);
        QCOMPARE(model.missingCount(), 0);
        QCOMPARE(model.index(10, 0).data(HistoryModel::StepRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(HistoryModel::StepRole).toInt(), 11);
    }

    void missingStepsAreExplained()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory({step(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')), QStringLiteral("CMD [\"sh\"]"), 0),
                          step(QStringLiteral("<missing>"), QStringLiteral("ADD file:abc in / "), 5'000'000)});
        QCOMPARE(model.missingCount(), 1);
        const QModelIndex id = model.index(1, HistoryModel::IdColumn);
        QCOMPARE(id.data().toString(), QStringLiteral("<missing>"));
        QVERIFY(id.data(HistoryModel::MissingRole).toBool());
        QVERIFY(id.data(Qt::ToolTipRole).toString().contains(QLatin1String("built elsewhere")));
        QCOMPARE(model.index(0, HistoryModel::IdColumn).data().toString(), QStringLiteral("aaaaaaaaaaaa"));
    }

    void refreshesMergeAndNewImagesReplace()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<ImageHistoryEntry> a{step(QStringLiteral("<missing>"), QStringLiteral("CMD x"), 0),
                                         step(QStringLiteral("<missing>"), QStringLiteral("RUN y"), 10)};
        model.setHistory(a);
        QCOMPARE(inserted.size(), 1);
        QPersistentModelIndex kept(model.index(1, 0));

        model.setHistory(a); // the same again: nothing happens
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);

        auto a2 = a;
        a2[1].comment = QStringLiteral("later"); // the same steps, a changed cell
        model.setHistory(a2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(model.index(1, HistoryModel::CommentColumn).data().toString(), QStringLiteral("later"));

        model.setHistory({step(QStringLiteral("<missing>"), QStringLiteral("FROM scratch"), 1)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!kept.isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalSize(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void dockerfileLinksAreShownAndDroppedWithTheirImage()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<ImageHistoryEntry> built{step(QStringLiteral("sha256:c"), QStringLiteral("/bin/sh -c #(nop)  CMD [\"sh\"]"), 0),
                                             step(QStringLiteral("sha256:b"), QStringLiteral("/bin/sh -c make"), 10),
                                             step(QStringLiteral("<missing>"), QStringLiteral("FROM scratch"), 1)};
        model.setHistory(built);
        QVERIFY(!model.hasDockerfileLinks());
        QCOMPARE(model.index(0, HistoryModel::DockerfileColumn).data().toString(), QString());
        QCOMPARE(model.headerData(HistoryModel::DockerfileColumn, Qt::Horizontal).toString(), QStringLiteral("Dockerfile"));

        const QString path = QStringLiteral("/src/app/Dockerfile.dev");
        model.setDockerfileLinks(path, {{0, 9}, {1, 4}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, HistoryModel::DockerfileColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, HistoryModel::DockerfileColumn));
        QCOMPARE(model.index(0, HistoryModel::DockerfileColumn).data().toString(), QStringLiteral("Dockerfile.dev:9"));
        QCOMPARE(model.index(1, HistoryModel::InstructionColumn).data(HistoryModel::DockerfileLineRole).toInt(), 4);
        QCOMPARE(model.index(2, HistoryModel::DockerfileColumn).data(HistoryModel::DockerfileLineRole).toInt(), 0);
        QVERIFY(model.index(1, HistoryModel::DockerfileColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("line 4 of /src/app/Dockerfile.dev")));
        QCOMPARE(model.dockerfilePath(), path);
        model.setDockerfileLinks(path, {{0, 9}, {1, 4}}); // the same: no signal
        QCOMPARE(changed.size(), 1);

        // A refresh of the same image keeps the links; another image drops them.
        auto again = built;
        again[0].comment = QStringLiteral("refreshed");
        model.setHistory(again);
        QCOMPARE(model.index(0, HistoryModel::DockerfileColumn).data(HistoryModel::DockerfileLineRole).toInt(), 9);
        model.setHistory({step(QStringLiteral("sha256:other"), QStringLiteral("/bin/sh -c true"), 0)});
        QVERIFY(!model.hasDockerfileLinks());
        QCOMPARE(model.index(0, HistoryModel::DockerfileColumn).data().toString(), QString());
        QCOMPARE(model.dockerfilePath(), QString());
    }

    void hundredsOfLayers()
    {
        // Images with 100+ steps: every cell is cheap (instructions are cleaned once).
        QList<ImageHistoryEntry> many;
        qint64 total = 0;
        for (int i = 0; i < 400; ++i) {
            const qint64 size = i % 3 == 0 ? 0 : i * 1000;
            total += size;
            many << step(i % 2 ? QStringLiteral("<missing>") : QStringLiteral("sha256:%1").arg(i, 64, 16, QLatin1Char('0')),
                         i % 3 == 0 ? QStringLiteral("/bin/sh -c #(nop)  ENV N=%1").arg(i) : QStringLiteral("/bin/sh -c echo %1 > /f%1").arg(i),
                         size, 1'700'000'000 + i);
        }
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(many);
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.totalSize(), total);
        QCOMPARE(model.index(398, HistoryModel::InstructionColumn).data().toString(), QStringLiteral("RUN echo 398 > /f398"));
        QCOMPARE(model.index(3, HistoryModel::InstructionColumn).data().toString(), QStringLiteral("ENV N=3"));
        QCOMPARE(model.headerData(HistoryModel::InstructionColumn, Qt::Horizontal).toString(), QStringLiteral("Instruction"));
    }
};

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
