// ContainerAlerts: which engine event sequences make a desktop notification. A user's
// stop or kill never does; a container's own exit, crash or OOM does, once per window.
#include "containeralerts.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kT0 = 1764000000LL * kSecond;

// "c1:kill@0 c1:die=137@1" : container c1, action, optional exit code, time in seconds.
QList<EngineEvent> parseEvents(const QString &script)
{
    QList<EngineEvent> out;
    for (const QString &item : script.split(u' ', Qt::SkipEmptyParts)) {
        EngineEvent e;
        e.type = u"container"_s;
        const qsizetype colon = item.indexOf(u':');
        const qsizetype at = item.lastIndexOf(u'@');
        const QString name = item.left(colon);
        QString action = item.mid(colon + 1, at - colon - 1);
        const qsizetype eq = action.indexOf(u'=');
        if (eq >= 0) {
            e.attributes.insert(u"exitCode"_s, action.mid(eq + 1));
            action.truncate(eq);
        }
        e.action = action == u"unhealthy"_s ? u"health_status: unhealthy"_s
                 : action == u"healthy"_s   ? u"health_status: healthy"_s
                                            : action;
        e.id = QString(u"id-"_s + name).leftJustified(64, u'0');
        e.attributes.insert(u"name"_s, name);
        e.attributes.insert(u"image"_s, u"busybox"_s);
        e.timeNano = kT0 + qint64(item.mid(at + 1).toDouble() * kSecond);
        out.append(e);
    }
    return out;
}

// "c1 exit 3 x1" per alert, joined by ", ".
QString describe(const ContainerAlert &a)
{
    QString s = a.name + (a.kind == ContainerAlert::Kind::Unhealthy ? u" unhealthy"_s : u" exit %1"_s.arg(a.exitCode));
    if (a.outOfMemory)
        s += u" oom"_s;
    if (a.count != 1)
        s += u" x%1"_s.arg(a.count);
    return s;
}

} // namespace

class TestContainerAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequences_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("events");
        QTest::addColumn<QString>("expected");

        QTest::newRow("own exit") << u"all"_s << QString() << u"c1:start@0 c1:die=3@5"_s << u"c1 exit 3"_s;
        QTest::newRow("crash exit 139") << u"all"_s << QString() << u"c1:die=139@5"_s << u"c1 exit 139"_s;
        QTest::newRow("exit 0 on its own") << u"all"_s << QString() << u"c1:die=0@5"_s << u"c1 exit 0"_s;
        QTest::newRow("docker stop") << u"all"_s << QString() << u"c1:kill@0 c1:die=143@0.2 c1:stop@0.3"_s << QString();
        QTest::newRow("docker stop after its timeout") << u"all"_s << QString()
                                                       << u"c1:kill@0 c1:kill@10 c1:die=137@10.1 c1:stop@10.2"_s << QString();
        QTest::newRow("docker kill") << u"all"_s << QString() << u"c1:kill@0 c1:die=137@0.1"_s << QString();
        QTest::newRow("docker restart") << u"all"_s << QString()
                                        << u"c1:kill@0 c1:die=143@0.1 c1:stop@0.2 c1:start@0.3 c1:restart@0.3"_s << QString();
        QTest::newRow("kill of another container") << u"all"_s << QString() << u"c2:kill@0 c1:die=1@0.1"_s << u"c1 exit 1"_s;
        QTest::newRow("kill long before") << u"all"_s << QString() << u"c1:kill@0 c1:die=2@500"_s << u"c1 exit 2"_s;
        QTest::newRow("stop then later own exit") << u"all"_s << QString()
                                                  << u"c1:kill@0 c1:die=143@1 c1:stop@1 c1:start@5 c1:die=4@8"_s << u"c1 exit 4"_s;
        QTest::newRow("out of memory") << u"all"_s << QString() << u"c1:oom@0 c1:die=137@0.1"_s << u"c1 exit 137 oom"_s;
        QTest::newRow("--rm: die then destroy") << u"all"_s << QString() << u"c1:die=3@1 c1:destroy@1.1"_s << u"c1 exit 3"_s;
        QTest::newRow("--rm stopped: kill die destroy") << u"all"_s << QString()
                                                        << u"c1:kill@0 c1:die=143@1 c1:stop@1 c1:destroy@1.1"_s << QString();
        QTest::newRow("unhealthy") << u"all"_s << QString() << u"c1:healthy@0 c1:unhealthy@30"_s << u"c1 unhealthy"_s;
        QTest::newRow("off") << u"off"_s << QString() << u"c1:die=3@1 c1:unhealthy@2"_s << QString();
        QTest::newRow("chosen: only those") << u"chosen"_s << u"c2"_s << u"c1:die=3@1 c2:die=4@2"_s << u"c2 exit 4"_s;
        QTest::newRow("chosen: none") << u"chosen"_s << QString() << u"c1:die=3@1"_s << QString();
        QTest::newRow("restart loop coalesced") << u"all"_s << QString()
                                                << u"c1:die=1@0 c1:start@1 c1:die=1@2 c1:start@3 c1:die=1@4 c1:start@5 c1:die=1@61"_s
                                                << u"c1 exit 1, c1 exit 1 x3"_s;
        QTest::newRow("coalescing is per container") << u"all"_s << QString() << u"c1:die=1@0 c2:die=2@1"_s
                                                     << u"c1 exit 1, c2 exit 2"_s;
    }
    void sequences()
    {
        QFETCH(QString, mode);
        QFETCH(QString, chosen);
        QFETCH(QString, events);
        QFETCH(QString, expected);
        ContainerAlerts alerts;
        alerts.setMode(ContainerAlerts::modeFromString(mode));
        const QStringList names = chosen.split(u',', Qt::SkipEmptyParts);
        alerts.setChosenNames(QSet<QString>(names.begin(), names.end()));
        QStringList got;
        for (const EngineEvent &e : parseEvents(events)) {
            if (const auto a = alerts.feed(e))
                got.append(describe(*a));
        }
        QCOMPARE(got.join(u", "_s), expected);
    }

    void heldBackAlertsComeDue()
    {
        ContainerAlerts alerts;
        alerts.setMode(ContainerAlerts::Mode::All);
        QStringList got;
        for (const EngineEvent &e : parseEvents(u"c1:die=1@0 c1:die=1@2 c1:die=1@4"_s)) {
            if (const auto a = alerts.feed(e))
                got.append(describe(*a));
        }
        QCOMPARE(got, QStringList{u"c1 exit 1"_s});
        QCOMPARE(alerts.nextDueNano(), kT0 + 60 * kSecond);
        QVERIFY(alerts.due(kT0 + 30 * kSecond).isEmpty());
        const QList<ContainerAlert> due = alerts.due(kT0 + 60 * kSecond);
        QCOMPARE(due.size(), 1);
        QCOMPARE(describe(due.first()), u"c1 exit 1 x2"_s);
        QCOMPARE(alerts.nextDueNano(), 0);
        QVERIFY(alerts.due(kT0 + 600 * kSecond).isEmpty());
    }

    void modeStrings()
    {
        for (const auto m : {ContainerAlerts::Mode::Off, ContainerAlerts::Mode::All, ContainerAlerts::Mode::Chosen})
            QCOMPARE(ContainerAlerts::modeFromString(ContainerAlerts::modeToString(m)), m);
        QCOMPARE(ContainerAlerts::modeFromString(u"nonsense"_s), ContainerAlerts::Mode::Off);
    }

    void ignoresOtherTypes()
    {
        ContainerAlerts alerts;
        alerts.setMode(ContainerAlerts::Mode::All);
        EngineEvent e;
        e.type = u"image"_s;
        e.action = u"die"_s;
        e.id = u"x"_s;
        QVERIFY(!alerts.feed(e));
    }
};

QTEST_GUILESS_MAIN(TestContainerAlerts)
#include "tst_containeralerts.moc"
