// RunConfig: the run dialog's settings <-> the create body <-> a `docker run` command line.
#include "runconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(RunConfig)

namespace {

PortMapping port(const QString &spec)
{
    return PortMapping::parse(spec).value();
}

MountSpec volume(const QString &spec)
{
    return MountSpec::parseVolume(spec).value();
}

MountSpec mount(const QString &spec)
{
    return MountSpec::parseMount(spec).value();
}

QStringList sl(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

QString describe(const RunConfig &c)
{
    return QString::fromUtf8(QJsonDocument(c.toCreateBody(QProcessEnvironment())).toJson(QJsonDocument::Compact)) + QStringLiteral(" name=")
        + c.name + QStringLiteral(" detach=") + QString::number(c.detach) + QStringLiteral(" mountSyntax=")
        + [&] {
              QString s;
              for (const auto &m : c.mounts)
                  s += QString::number(m.mountSyntax);
              return s;
          }();
}

/// Everything the dialog can set, at once.
RunConfig full()
{
    RunConfig c;
    c.image = QStringLiteral("cais-test/shell:1");
    c.name = QStringLiteral("web-1");
    c.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi there' && sleep 300")};
    c.entrypoint = QStringLiteral("/bin/env");
    c.detach = true;
    c.autoRemove = false;
    c.env = {QStringLiteral("A=1"), QStringLiteral("GREETING=hello world"), QStringLiteral("EMPTY=")};
    // In the engine's order (protocol, address, port), so the create body gives them back as they are.
    c.ports = {port(QStringLiteral("127.0.0.1:8080:80")), port(QStringLiteral("[::1]::443")), port(QStringLiteral("53/udp")),
               port(QStringLiteral("9000-9001:9000-9001/udp"))};
    c.mounts = {volume(QStringLiteral("/srv/site:/usr/share/site:ro")), volume(QStringLiteral("data:/data")), volume(QStringLiteral("/cache")),
                mount(QStringLiteral("type=bind,source=/etc/hosts,target=/etc/hosts2,readonly")), mount(QStringLiteral("type=tmpfs,target=/run/t")),
                mount(QStringLiteral("type=volume,source=ro-vol,target=/ro-vol,readonly"))};
    c.workingDir = QStringLiteral("/work dir");
    c.user = QStringLiteral("1000:1000");
    c.restartPolicy = QStringLiteral("on-failure");
    c.restartMaxRetries = 3;
    c.labels = {{QStringLiteral("tier"), QStringLiteral("gold")}, {QStringLiteral("com.example.note"), QStringLiteral("a b")},
                {QStringLiteral("flag"), QString()}};
    c.network = QStringLiteral("none");
    return c;
}

} // namespace

class TestRunConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ports_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical"); // empty: an error
        QTest::addColumn<QString>("error");
        QTest::newRow("container only") << "80" << "80" << "";
        QTest::newRow("host:container") << "8080:80" << "8080:80" << "";
        QTest::newRow("empty host port") << ":80" << "80" << "";
        QTest::newRow("ip:host:container") << "127.0.0.1:8080:80" << "127.0.0.1:8080:80" << "";
        QTest::newRow("ip, any host port") << "127.0.0.1::80" << "127.0.0.1::80" << "";
        QTest::newRow("ipv6") << "[::1]:8080:80/udp" << "[::1]:8080:80/udp" << "";
        QTest::newRow("ranges") << "8000-8002:80-82" << "8000-8002:80-82" << "";
        QTest::newRow("host range, one port") << "8000-8010:80" << "8000-8010:80" << "";
        QTest::newRow("protocol case") << "80/TCP" << "80" << "";
        QTest::newRow("udp") << "53:53/udp" << "53:53/udp" << "";
        QTest::newRow("sctp") << "5000:5000/sctp" << "5000:5000/sctp" << "";
        QTest::newRow("space around") << " 8080:80 " << "8080:80" << "";
        QTest::newRow("empty") << "" << "" << "empty";
        QTest::newRow("word") << "http" << "" << "\"http\" is not a port or a range of ports (1 to 65535) in the container";
        QTest::newRow("port 0") << "0:80" << "" << "\"0\" is not a port or a range of ports (1 to 65535) on the host";
        QTest::newRow("too big") << "70000" << "" << "in the container";
        QTest::newRow("reversed range") << "90-80" << "" << "in the container";
        QTest::newRow("plus sign") << "+80" << "" << "in the container";
        QTest::newRow("icmp") << "8080:80/icmp" << "" << "the protocol must be tcp, udp or sctp";
        QTest::newRow("no protocol") << "80/" << "" << "the protocol after \"/\" is missing";
        QTest::newRow("range sizes") << "8000-8002:80-81" << "" << "the host range and the container range must have the same size";
        QTest::newRow("bad ip") << "999.1.1.1:80:80" << "" << "\"999.1.1.1\" is not an IP address";
        QTest::newRow("bare ipv6") << "::1:80:80" << "" << "in brackets";
        QTest::newRow("no container port") << "8080:" << "" << "the container port is missing";
        QTest::newRow("empty ip") << ":8080:80" << "" << "the IP address before the host port is empty";
    }
    void ports()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        QFETCH(QString, error);
        const auto p = PortMapping::parse(spec);
        if (canonical.isEmpty()) {
            QVERIFY2(!p, qPrintable(p ? p->toString() : QString()));
            QVERIFY2(p.error().contains(error), qPrintable(p.error()));
            if (!spec.trimmed().isEmpty())
                QVERIFY2(p.error().contains(spec.trimmed()), qPrintable(p.error())); // names what the user wrote
            return;
        }
        QVERIFY2(p, qPrintable(p ? QString() : p.error()));
        QCOMPARE(p->toString(), canonical);
        QCOMPARE(PortMapping::parse(p->toString()).value(), *p);
        // The dialog's separate fields give the same mapping.
        QCOMPARE(PortMapping::fromParts(p->hostIp, p->hostPortText(), p->containerPortText(), p->protocol).value(), *p);
    }

    void volumes_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("type"); // -1: error
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("error");
        const int bind = int(MountSpec::Type::Bind), vol = int(MountSpec::Type::Volume);
        QTest::newRow("anonymous") << "/data" << vol << "" << "/data" << false << "";
        QTest::newRow("named") << "data:/data" << vol << "data" << "/data" << false << "";
        QTest::newRow("bind ro") << "/srv:/srv:ro" << bind << "/srv" << "/srv" << true << "";
        QTest::newRow("bind rw") << "/srv:/srv:rw" << bind << "/srv" << "/srv" << false << "";
        QTest::newRow("anonymous ro") << "/cache:ro" << vol << "" << "/cache" << true << "";
        QTest::newRow("dotted volume") << "my.vol_1:/v" << vol << "my.vol_1" << "/v" << false << "";
        QTest::newRow("relative dot") << "./src:/app" << -1 << "" << "" << false << "is relative";
        QTest::newRow("relative dir") << "src/x:/app" << -1 << "" << "" << false << "is relative";
        QTest::newRow("home") << "~/x:/app" << -1 << "" << "" << false << "is relative";
        QTest::newRow("target relative") << "data:app" << -1 << "" << "" << false << "must be absolute";
        QTest::newRow("anonymous relative") << "app" << -1 << "" << "" << false << "must be absolute";
        QTest::newRow("four parts") << "/a:/b:/c:/d" << -1 << "" << "" << false << "expected host-path-or-volume:container-path[:ro]";
        QTest::newRow("unknown option") << "/a:/b:z" << -1 << "" << "" << false << "not \"z\"";
        QTest::newRow("empty source") << ":/x" << -1 << "" << "" << false << "is empty";
        QTest::newRow("one-letter volume") << "a:/x" << -1 << "" << "" << false << "neither an absolute host path nor a volume name";
        QTest::newRow("empty") << "" << -1 << "" << "" << false << "empty";
    }
    void volumes()
    {
        QFETCH(QString, spec);
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, readOnly);
        QFETCH(QString, error);
        const auto m = MountSpec::parseVolume(spec);
        if (type < 0) {
            QVERIFY(!m);
            QVERIFY2(m.error().contains(error), qPrintable(m.error()));
            return;
        }
        QVERIFY2(m, qPrintable(m ? QString() : m.error()));
        QCOMPARE(int(m->type), type);
        QCOMPARE(m->source, source);
        QCOMPARE(m->target, target);
        QCOMPARE(m->readOnly, readOnly);
        QCOMPARE(m->mountSyntax, false);
        // Written back in the syntax that can express it, and read again the same.
        const auto again = m->needsMountSyntax() ? MountSpec::parseMount(m->toString()) : MountSpec::parseVolume(m->toString());
        QVERIFY(again);
        QCOMPARE(again->type, m->type);
        QCOMPARE(again->source, m->source);
        QCOMPARE(again->target, m->target);
        QCOMPARE(again->readOnly, m->readOnly);
    }

    void mounts_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("error");
        const int bind = int(MountSpec::Type::Bind), vol = int(MountSpec::Type::Volume), tmpfs = int(MountSpec::Type::Tmpfs);
        QTest::newRow("bind readonly") << "type=bind,source=/srv,target=/srv,readonly" << bind << "/srv" << "/srv" << true << "";
        QTest::newRow("short keys") << "type=bind,src=/srv,dst=/x" << bind << "/srv" << "/x" << false << "";
        QTest::newRow("destination, ro=false") << "type=bind,source=/s,destination=/x,ro=false" << bind << "/s" << "/x" << false << "";
        QTest::newRow("readonly=1") << "type=bind,source=/s,target=/x,readonly=1" << bind << "/s" << "/x" << true << "";
        QTest::newRow("named volume") << "type=volume,source=data,target=/data" << vol << "data" << "/data" << false << "";
        QTest::newRow("default type") << "target=/data" << vol << "" << "/data" << false << "";
        QTest::newRow("tmpfs") << "type=tmpfs,target=/tmp" << tmpfs << "" << "/tmp" << false << "";
        QTest::newRow("unknown type") << "type=nfs,target=/x" << -1 << "" << "" << false << "must be bind, volume or tmpfs";
        QTest::newRow("bind without source") << "type=bind,target=/x" << -1 << "" << "" << false << "needs a source";
        QTest::newRow("bind relative") << "type=bind,source=rel,target=/x" << -1 << "" << "" << false << "is relative";
        QTest::newRow("volume with a path") << "type=volume,source=/abs,target=/x" << -1 << "" << "" << false << "not a valid volume name";
        QTest::newRow("tmpfs source") << "type=tmpfs,source=x,target=/t" << -1 << "" << "" << false << "has no source";
        QTest::newRow("no target") << "type=bind,source=/s" << -1 << "" << "" << false << "target (the path in the container) is missing";
        QTest::newRow("target relative") << "type=bind,source=/s,target=rel" << -1 << "" << "" << false << "must be an absolute path";
        QTest::newRow("unsupported option") << "type=bind,source=/s,target=/t,bind-propagation=rshared" << -1 << "" << "" << false
                                            << "cannot set the option \"bind-propagation\"";
        QTest::newRow("bad bool") << "type=bind,source=/s,target=/t,readonly=maybe" << -1 << "" << "" << false << "true or false";
    }
    void mounts()
    {
        QFETCH(QString, spec);
        QFETCH(int, type);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(bool, readOnly);
        QFETCH(QString, error);
        const auto m = MountSpec::parseMount(spec);
        if (type < 0) {
            QVERIFY(!m);
            QVERIFY2(m.error().contains(error), qPrintable(m.error()));
            return;
        }
        QVERIFY2(m, qPrintable(m ? QString() : m.error()));
        QCOMPARE(int(m->type), type);
        QCOMPARE(m->source, source);
        QCOMPARE(m->target, target);
        QCOMPARE(m->readOnly, readOnly);
        QVERIFY(m->mountSyntax);
        QCOMPARE(MountSpec::parseMount(m->toString()).value(), *m);
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty: engine picks") << "" << true;
        QTest::newRow("word") << "web" << true;
        QTest::newRow("compose style") << "shop-web-1" << true;
        QTest::newRow("two chars") << "a1" << true;
        QTest::newRow("digits") << "00" << true;
        QTest::newRow("leading slash") << "/web" << true;
        QTest::newRow("all kinds") << "A_b.c-d" << true;
        QTest::newRow("one char") << "a" << false;
        QTest::newRow("leading dash") << "-web" << false;
        QTest::newRow("leading underscore") << "_web" << false;
        QTest::newRow("leading dot") << ".web" << false;
        QTest::newRow("space") << "web app" << false;
        QTest::newRow("accent") << "wéb" << false;
        QTest::newRow("inner slash") << "web/1" << false;
        QTest::newRow("two slashes") << "//web" << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString e = RunConfig::validateName(name);
        QCOMPARE(e.isEmpty(), valid);
        if (!valid)
            QVERIFY2(e.contains(name) && e.contains(QLatin1String("letters, digits")), qPrintable(e));
    }

    void restart_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("policy"); // empty: error
        QTest::addColumn<int>("retries");
        QTest::newRow("no") << "no" << "no" << 0;
        QTest::newRow("always") << "always" << "always" << 0;
        QTest::newRow("unless-stopped") << "unless-stopped" << "unless-stopped" << 0;
        QTest::newRow("on-failure") << "on-failure" << "on-failure" << 0;
        QTest::newRow("on-failure:3") << "on-failure:3" << "on-failure" << 3;
        QTest::newRow("unknown") << "sometimes" << "" << 0;
        QTest::newRow("retries on always") << "always:3" << "" << 0;
        QTest::newRow("retries not a number") << "on-failure:x" << "" << 0;
        QTest::newRow("negative") << "on-failure:-1" << "" << 0;
        QTest::newRow("empty") << "" << "" << 0;
    }
    void restart()
    {
        QFETCH(QString, spec);
        QFETCH(QString, policy);
        QFETCH(int, retries);
        const auto r = RunConfig::parseRestart(spec);
        if (policy.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QLatin1String("Restart policy")), qPrintable(r.error()));
            return;
        }
        QVERIFY(r);
        QCOMPARE(r->first, policy);
        QCOMPARE(r->second, retries);
    }

    void shellWords_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "docker run -d x" << sl({"docker", "run", "-d", "x"});
        QTest::newRow("single quotes") << "sh -c 'echo $HOME \"x\"'" << sl({"sh", "-c", "echo $HOME \"x\""});
        // echo "a \"b\" \$c \d"
        QTest::newRow("double quotes") << "echo \"a \\\"b\\\" \\$c \\d\"" << sl({"echo", "a \"b\" $c \\d"});
        QTest::newRow("backslash space") << "a\\ b c" << sl({"a b", "c"});
        QTest::newRow("continuation") << "docker run \\\n  -d \\\n  x" << sl({"docker", "run", "-d", "x"});
        QTest::newRow("crlf continuation") << "docker run \\\r\n  -d x" << sl({"docker", "run", "-d", "x"});
        QTest::newRow("empty quoted word") << "a '' \"\" b" << sl({"a", "", "", "b"});
        QTest::newRow("joined quotes") << "a'b'\"c\"d" << sl({"abcd"});
        QTest::newRow("comment") << "a b # c d\ne" << sl({"a", "b", "e"});
        QTest::newRow("hash inside word") << "a#b" << sl({"a#b"});
        QTest::newRow("tabs and newlines") << "\ta\n\nb " << sl({"a", "b"});
    }
    void shellWords()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        const auto w = splitShellWords(line);
        QVERIFY(w);
        QCOMPARE(*w, words);
        // Quoting then splitting gives the words back.
        QCOMPARE(splitShellWords(joinShellWords(words)).value(), words);
    }

    void shellQuoting()
    {
        QCOMPARE(quoteShellWord(QStringLiteral("abc-1.2:/x=y,z@%+")), QStringLiteral("abc-1.2:/x=y,z@%+"));
        QCOMPARE(quoteShellWord(QString()), QStringLiteral("''"));
        QCOMPARE(quoteShellWord(QStringLiteral("a b")), QStringLiteral("'a b'"));
        QCOMPARE(quoteShellWord(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(quoteShellWord(QStringLiteral("$HOME")), QStringLiteral("'$HOME'"));
        // Found by fuzz_runcommand: an image that reads as an option ("-- --" pasted
        // reads as the image "--") printed as "docker run --", which names no image.
        const auto dashes = RunConfig::fromCommandLine(QStringLiteral("-- --"));
        QVERIFY(dashes);
        QCOMPARE(dashes->image, QStringLiteral("--"));
        QCOMPARE(dashes->toCommandLine(), QStringLiteral("docker run -- --"));
        QCOMPARE(RunConfig::fromCommandLine(dashes->toCommandLine())->image, QStringLiteral("--"));
        // Found by fuzz_runcommand: a safe word with a final newline went out bare, and
        // the shell read the newline as the end of the command.
        QCOMPARE(quoteShellWord(QStringLiteral("ww\n")), QStringLiteral("'ww\n'"));
        QCOMPARE(splitShellWords(joinShellWords({QStringLiteral("run"), QStringLiteral("img\n"), QStringLiteral("x")})).value(),
                 (QStringList{QStringLiteral("run"), QStringLiteral("img\n"), QStringLiteral("x")}));
        QVERIFY(!splitShellWords(QStringLiteral("echo 'open")));
        QVERIFY(splitShellWords(QStringLiteral("echo \"open")).error().contains(QLatin1String("not closed")));
    }

    void commandLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<RunConfig>("expected");

        RunConfig c;
        c.image = QStringLiteral("cais-test/shell:1");
        c.detach = true;
        c.name = QStringLiteral("web");
        c.ports = {port(QStringLiteral("8080:80"))};
        QTest::newRow("simple") << "docker run -d --name web -p 8080:80 cais-test/shell:1" << c;
        QTest::newRow("prompt, sudo, long forms") << "$ sudo docker run --detach --name=web --publish=8080:80 cais-test/shell:1" << c;
        QTest::newRow("no program") << "-d --name web -p8080:80 cais-test/shell:1" << c;
        QTest::newRow("run without program") << "run -d --name web -p=8080:80 cais-test/shell:1" << c;

        RunConfig it;
        it.image = QStringLiteral("cais-test/shell:1");
        it.detach = false;
        it.interactive = it.tty = true;
        it.autoRemove = true;
        it.command = {QStringLiteral("sh")};
        QTest::newRow("-it --rm") << "docker run -it --rm cais-test/shell:1 sh" << it;
        QTest::newRow("-ti, podman") << "podman run --rm -ti cais-test/shell:1 sh" << it;
        QTest::newRow("separate -i -t") << "docker container run -i -t --rm cais-test/shell:1 sh" << it;

        RunConfig dit;
        dit.image = QStringLiteral("img");
        dit.detach = dit.interactive = dit.tty = true;
        QTest::newRow("-dit") << "docker run -dit img" << dit;
        QTest::newRow("bools with values") << "docker run --detach=true --interactive --tty=true --rm=false img" << dit;

        RunConfig all = full();
        QTest::newRow("everything")
            << "docker container run -d --name=web-1 -eA=1 -e 'GREETING=hello world' --env EMPTY= "
               "-p 127.0.0.1:8080:80 -p '[::1]::443' --publish 53/udp -p9000-9001:9000-9001/udp "
               "-v /srv/site:/usr/share/site:ro --volume=data:/data -v /cache "
               "--mount type=bind,source=/etc/hosts,target=/etc/hosts2,readonly --mount type=tmpfs,target=/run/t "
               "--mount type=volume,source=ro-vol,target=/ro-vol,readonly "
               "-w '/work dir' -u 1000:1000 --restart on-failure:3 -l tier=gold --label 'com.example.note=a b' -l flag "
               "--network none --entrypoint /bin/env cais-test/shell:1 sh -c \"echo 'hi there' && sleep 300\""
            << all;
        QTest::newRow("multi-line, as in a README")
            << "docker run -d \\\n  --name web-1 \\\n  -e A=1 -e GREETING=hello\\ world -e EMPTY= \\\n"
               "  -p 127.0.0.1:8080:80 -p [::1]::443 -p 53/udp -p 9000-9001:9000-9001/udp \\\n"
               "  -v /srv/site:/usr/share/site:ro -v data:/data -v /cache \\\n"
               "  --mount type=bind,source=/etc/hosts,target=/etc/hosts2,readonly --mount type=tmpfs,target=/run/t \\\n"
               "  --mount type=volume,source=ro-vol,target=/ro-vol,readonly \\\n"
               "  -w '/work dir' -u 1000:1000 --restart=on-failure:3 -l tier=gold -l com.example.note='a b' -l flag \\\n"
               "  --net none --entrypoint /bin/env \\\n  cais-test/shell:1 sh -c \"echo 'hi there' && sleep 300\"\n"
            << all;

        RunConfig after;
        after.image = QStringLiteral("img");
        after.detach = false;
        after.command = {QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("flags after the image belong to the command") << "docker run img -d --name x" << after;
        RunConfig dashdash = after;
        dashdash.command = {QStringLiteral("-x")};
        QTest::newRow("-- ends the options") << "docker run -- img -x" << dashdash;

        RunConfig noEp;
        noEp.image = QStringLiteral("img");
        noEp.detach = false;
        noEp.entrypoint = QString();
        QTest::newRow("empty entrypoint clears it") << "docker run --entrypoint '' img" << noEp;
        RunConfig restartNo;
        restartNo.image = QStringLiteral("img");
        restartNo.detach = false;
        restartNo.restartPolicy = QStringLiteral("no");
        restartNo.network = QStringLiteral("host");
        QTest::newRow("restart no, host network") << "docker run --restart no --network=host img" << restartNo;
    }
    void commandLines()
    {
        QFETCH(QString, line);
        QFETCH(RunConfig, expected);
        const auto c = RunConfig::fromCommandLine(line);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().join(QLatin1Char('\n'))));
        QVERIFY2(*c == expected, qPrintable(describe(*c) + QStringLiteral("\n!=\n") + describe(expected)));
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("not run") << "docker ps -a" << "This is not a \"docker run\" command line";
        QTest::newRow("empty") << "   " << "The command line is empty";
        QTest::newRow("only run") << "docker run" << "The command line is empty";
        QTest::newRow("no image") << "docker run -d --rm" << "names no image";
        QTest::newRow("unsupported long") << "docker run --privileged img" << "cannot set the option --privileged";
        QTest::newRow("unsupported short") << "docker run -dP img" << "cannot set the option -P";
        QTest::newRow("bad name") << "docker run --name a img" << "\"a\" is not a valid container name";
        QTest::newRow("bad port") << "docker run -p 99999:80 img" << "Port mapping 99999:80";
        QTest::newRow("bad volume") << "docker run -v ./x:/y img" << "is relative";
        QTest::newRow("bad mount") << "docker run --mount type=bind,target=/x img" << "needs a source";
        QTest::newRow("value missing") << "docker run --name" << "--name needs a value";
        QTest::newRow("short value missing") << "docker run -p" << "-p needs a value";
        QTest::newRow("open quote") << "docker run 'img" << "is not closed";
        QTest::newRow("bad restart") << "docker run --restart=sometimes img" << "Restart policy \"sometimes\"";
        QTest::newRow("env without name") << "docker run -e =x img" << "needs a name";
        QTest::newRow("label without name") << "docker run -l =x img" << "a label needs a name";
        QTest::newRow("bad bool") << "docker run --rm=maybe img" << "--rm takes true or false";
    }
    void commandLineErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, error);
        const auto c = RunConfig::fromCommandLine(line);
        QVERIFY(!c);
        QVERIFY2(c.error().join(QLatin1Char('\n')).contains(error), qPrintable(c.error().join(QLatin1Char('\n'))));
    }

    void roundTrips_data()
    {
        QTest::addColumn<RunConfig>("config");
        QTest::newRow("everything") << full();
        RunConfig minimal;
        minimal.image = QStringLiteral("cais-test/shell:1");
        QTest::newRow("minimal, detached") << minimal;
        RunConfig attached = minimal;
        attached.detach = false;
        attached.command = {QStringLiteral("echo"), QStringLiteral("it's"), QString(), QStringLiteral("$HOME")};
        QTest::newRow("attached, awkward words") << attached;
        RunConfig it = minimal;
        it.detach = false;
        it.interactive = it.tty = true;
        it.autoRemove = true;
        it.entrypoint = QString();
        QTest::newRow("-it --rm, entrypoint cleared") << it;
        RunConfig iOnly = minimal;
        iOnly.detach = false;
        iOnly.interactive = true;
        QTest::newRow("-i only") << iOnly;
        RunConfig tOnly = minimal;
        tOnly.tty = true;
        QTest::newRow("-d -t") << tOnly;
        RunConfig ranges = minimal;
        ranges.ports = {port(QStringLiteral("8000-8010:80")), port(QStringLiteral("0.0.0.0::22")), port(QStringLiteral("7000-7002:70-72/udp"))};
        ranges.restartPolicy = QStringLiteral("unless-stopped");
        ranges.network = QStringLiteral("container:other");
        QTest::newRow("port ranges, container network") << ranges;
    }
    void roundTrips()
    {
        QFETCH(RunConfig, config);
        // Config -> command line -> config.
        const QString line = config.toCommandLine();
        const auto parsed = RunConfig::fromCommandLine(line);
        QVERIFY2(parsed, qPrintable(line + QLatin1Char('\n') + (parsed ? QString() : parsed.error().join(QLatin1Char('\n')))));
        QVERIFY2(*parsed == config, qPrintable(line + QLatin1Char('\n') + describe(*parsed) + QStringLiteral("\n!=\n") + describe(config)));
        QCOMPARE(parsed->toCommandLine(QStringLiteral("podman")), QStringLiteral("podman") + line.mid(6));
        // Config -> create body -> config.
        const QJsonObject body = config.toCreateBody(QProcessEnvironment());
        const RunConfig back = RunConfig::fromCreateBody(body, config.name);
        QVERIFY2(back == config, qPrintable(describe(back) + QStringLiteral("\n!=\n") + describe(config)));
        QCOMPARE(back.toCreateBody(QProcessEnvironment()), body);
    }

    void createBody()
    {
        RunConfig c = full();
        c.env << QStringLiteral("FROM_CAIS") << QStringLiteral("NOT_SET_ANYWHERE");
        QProcessEnvironment env;
        env.insert(QStringLiteral("FROM_CAIS"), QStringLiteral("yes"));
        const QJsonObject b = c.toCreateBody(env);
        QCOMPARE(b.value(QLatin1String("Image")).toString(), QStringLiteral("cais-test/shell:1"));
        QCOMPARE(b.value(QLatin1String("Cmd")).toArray(),
                 (QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi there' && sleep 300")}));
        QCOMPARE(b.value(QLatin1String("Entrypoint")).toArray(), QJsonArray{QStringLiteral("/bin/env")});
        // -d: nothing attached, as the CLI sends it.
        for (const char *k : {"AttachStdin", "AttachStdout", "AttachStderr", "OpenStdin", "StdinOnce", "Tty"})
            QCOMPARE(b.value(QLatin1String(k)).toBool(), false);
        // "KEY" alone takes Cais's own value, or is left out, as the CLI does.
        QCOMPARE(b.value(QLatin1String("Env")).toArray(),
                 (QJsonArray{QStringLiteral("A=1"), QStringLiteral("GREETING=hello world"), QStringLiteral("EMPTY="), QStringLiteral("FROM_CAIS=yes")}));
        QCOMPARE(b.value(QLatin1String("WorkingDir")).toString(), QStringLiteral("/work dir"));
        QCOMPARE(b.value(QLatin1String("User")).toString(), QStringLiteral("1000:1000"));
        QCOMPARE(b.value(QLatin1String("Labels")).toObject().value(QLatin1String("flag")).toString(), QString());
        QCOMPARE(b.value(QLatin1String("Volumes")).toObject().keys(), QStringList{QStringLiteral("/cache")});
        QCOMPARE(b.value(QLatin1String("ExposedPorts")).toObject().keys(),
                 (QStringList{QStringLiteral("443/tcp"), QStringLiteral("53/udp"), QStringLiteral("80/tcp"), QStringLiteral("9000/udp"), QStringLiteral("9001/udp")}));
        const QJsonObject host = b.value(QLatin1String("HostConfig")).toObject();
        const QJsonObject pb = host.value(QLatin1String("PortBindings")).toObject();
        auto binding = [&](const char *key) { return pb.value(QLatin1String(key)).toArray().at(0).toObject(); };
        QCOMPARE(binding("80/tcp"), (QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("127.0.0.1")}, {QStringLiteral("HostPort"), QStringLiteral("8080")}}));
        QCOMPARE(binding("9001/udp").value(QLatin1String("HostPort")).toString(), QStringLiteral("9001"));
        QCOMPARE(binding("53/udp"), (QJsonObject{{QStringLiteral("HostIp"), QString()}, {QStringLiteral("HostPort"), QString()}}));
        QCOMPARE(binding("443/tcp").value(QLatin1String("HostIp")).toString(), QStringLiteral("::1"));
        QCOMPARE(host.value(QLatin1String("Binds")).toArray(), (QJsonArray{QStringLiteral("/srv/site:/usr/share/site:ro"), QStringLiteral("data:/data")}));
        const QJsonArray mounts = host.value(QLatin1String("Mounts")).toArray();
        QCOMPARE(mounts.size(), 3);
        QCOMPARE(mounts.at(0).toObject(), (QJsonObject{{QStringLiteral("Type"), QStringLiteral("bind")}, {QStringLiteral("Source"), QStringLiteral("/etc/hosts")},
                                                       {QStringLiteral("Target"), QStringLiteral("/etc/hosts2")}, {QStringLiteral("ReadOnly"), true}}));
        QCOMPARE(mounts.at(1).toObject().value(QLatin1String("Type")).toString(), QStringLiteral("tmpfs"));
        QCOMPARE(host.value(QLatin1String("RestartPolicy")).toObject(),
                 (QJsonObject{{QStringLiteral("Name"), QStringLiteral("on-failure")}, {QStringLiteral("MaximumRetryCount"), 3}}));
        QCOMPARE(host.value(QLatin1String("NetworkMode")).toString(), QStringLiteral("none"));
        QVERIFY(!host.contains(QLatin1String("AutoRemove")));

        // A host range for one container port stays a range; equal ranges pair up.
        RunConfig r;
        r.image = QStringLiteral("img");
        r.ports = {port(QStringLiteral("8000-8010:80")), port(QStringLiteral("7000-7001:70-71"))};
        const QJsonObject rpb = r.toCreateBody().value(QLatin1String("HostConfig")).toObject().value(QLatin1String("PortBindings")).toObject();
        QCOMPARE(rpb.value(QLatin1String("80/tcp")).toArray().at(0).toObject().value(QLatin1String("HostPort")).toString(), QStringLiteral("8000-8010"));
        QCOMPARE(rpb.value(QLatin1String("71/tcp")).toArray().at(0).toObject().value(QLatin1String("HostPort")).toString(), QStringLiteral("7001"));

        // -it attaches everything and keeps stdin open once; --rm; -i alone has no TTY.
        RunConfig it;
        it.image = QStringLiteral("img");
        it.detach = false;
        it.interactive = it.tty = it.autoRemove = true;
        it.entrypoint = QString();
        const QJsonObject ib = it.toCreateBody();
        for (const char *k : {"AttachStdin", "AttachStdout", "AttachStderr", "OpenStdin", "StdinOnce", "Tty"})
            QVERIFY2(ib.value(QLatin1String(k)).toBool(), k);
        QCOMPARE(ib.value(QLatin1String("Entrypoint")).toArray(), QJsonArray{QString()});
        QVERIFY(ib.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("AutoRemove")).toBool());
    }

    void problems_data()
    {
        QTest::addColumn<RunConfig>("config");
        QTest::addColumn<int>("field"); // -1: no problem
        QTest::addColumn<QString>("message");
        const QString existing = QDir::tempPath();
        RunConfig ok;
        ok.image = QStringLiteral("cais-test/shell:1");
        QTest::newRow("fine") << ok << -1 << "";
        RunConfig full_ = full();
        full_.mounts[0].source = existing;
        full_.mounts[3].source = existing;
        QTest::newRow("everything, existing paths") << full_ << -1 << "";
        RunConfig c = ok;
        c.image.clear();
        QTest::newRow("no image") << c << int(RunConfig::Field::Image) << "Choose an image";
        c = ok;
        c.image = QStringLiteral("cais/Shell");
        QTest::newRow("bad image") << c << int(RunConfig::Field::Image) << "lowercase";
        c = ok;
        c.image = QStringLiteral("sha256:") + QStringLiteral("a").repeated(64);
        QTest::newRow("image id") << c << -1 << "";
        c = ok;
        c.name = QStringLiteral("x");
        QTest::newRow("bad name") << c << int(RunConfig::Field::Name) << "not a valid container name";
        c = ok;
        c.env = {QStringLiteral("=1")};
        QTest::newRow("env without name") << c << int(RunConfig::Field::Env) << "has no name";
        c = ok;
        c.env = {QStringLiteral("MY VAR=1")};
        QTest::newRow("env with space") << c << int(RunConfig::Field::Env) << "contains a space";
        c = ok;
        c.ports = {port(QStringLiteral("8080:80")), port(QStringLiteral("8080:81"))};
        QTest::newRow("host port twice") << c << int(RunConfig::Field::Ports) << "published twice";
        c = ok;
        c.ports = {port(QStringLiteral("8080:80")), port(QStringLiteral("8080:80/udp"))};
        QTest::newRow("same port, other protocol") << c << -1 << "";
        c = ok;
        PortMapping bad;
        bad.containerStart = bad.containerEnd = 70000;
        c.ports = {bad};
        QTest::newRow("port from the table") << c << int(RunConfig::Field::Ports) << "70000";
        c = ok;
        c.mounts = {volume(QStringLiteral("/cais-no-such-dir-here:/x"))};
        QTest::newRow("missing host path") << c << int(RunConfig::Field::Mounts) << "The host path /cais-no-such-dir-here does not exist";
        c = ok;
        c.mounts = {volume(QStringLiteral("/a:/x")), volume(QStringLiteral("data:/x/"))};
        c.mounts[0].source = existing;
        QTest::newRow("same target twice") << c << int(RunConfig::Field::Mounts) << "same path in the container: /x";
        c = ok;
        MountSpec relBind;
        relBind.source = QStringLiteral("rel");
        relBind.target = QStringLiteral("/x");
        c.mounts = {relBind};
        QTest::newRow("relative bind from the table") << c << int(RunConfig::Field::Mounts) << "relative";
        c = ok;
        MountSpec noTarget;
        noTarget.type = MountSpec::Type::Volume;
        c.mounts = {noTarget};
        QTest::newRow("mount without target") << c << int(RunConfig::Field::Mounts) << "must be absolute";
        c = ok;
        c.mounts = {mount(QStringLiteral("type=volume,target=/x,readonly"))};
        QTest::newRow("read-only anonymous volume") << c << int(RunConfig::Field::Mounts) << "cannot be read-only";
        c.mounts = {mount(QStringLiteral("type=volume,source=named,target=/x,readonly"))};
        QTest::newRow("read-only named volume") << c << -1 << "";
        c = ok;
        c.workingDir = QStringLiteral("app");
        QTest::newRow("relative workdir") << c << int(RunConfig::Field::WorkingDir) << "must be an absolute path";
        c = ok;
        c.autoRemove = true;
        c.restartPolicy = QStringLiteral("always");
        QTest::newRow("--rm with restart") << c << int(RunConfig::Field::Restart) << "(--rm) cannot have a restart policy";
        c.restartPolicy = QStringLiteral("no");
        QTest::newRow("--rm with restart no") << c << -1 << "";
        c = ok;
        c.restartPolicy = QStringLiteral("always");
        c.restartMaxRetries = 2;
        QTest::newRow("retries on always") << c << int(RunConfig::Field::Restart) << "only on-failure";
        c = ok;
        c.labels.insert(QString(), QStringLiteral("v"));
        QTest::newRow("label without name") << c << int(RunConfig::Field::Labels) << "has no name";
        c = ok;
        c.network = QStringLiteral("container:");
        QTest::newRow("container network without name") << c << int(RunConfig::Field::Network) << "container:<name>";
    }
    void problems()
    {
        QFETCH(RunConfig, config);
        QFETCH(int, field);
        QFETCH(QString, message);
        const auto problems = config.problems(true);
        if (field < 0) {
            QStringList texts;
            for (const auto &p : problems)
                texts << p.message;
            QVERIFY2(problems.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.at(0).field), field);
        QVERIFY2(problems.at(0).message.contains(message), qPrintable(problems.at(0).message));
    }

    void hostPathsOnlyCheckedForLocalEngines()
    {
        RunConfig c;
        c.image = QStringLiteral("img");
        c.mounts = {volume(QStringLiteral("/cais-no-such-dir-here:/x"))};
        QCOMPARE(c.problems(true).size(), 1);
        QVERIFY(c.problems(false).isEmpty()); // a remote engine's paths are not ours to check
    }
};

QTEST_GUILESS_MAIN(TestRunConfig)
#include "tst_runconfig.moc"
