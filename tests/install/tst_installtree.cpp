// `cmake --install` into a temporary DESTDIR with the prefix /usr, as a package does:
// every file in its standard place and nothing else, the installed binary runs, and
// it reads its translations from the installed .qm files before the embedded ones.
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString appId = u"app.cais.Cais"_s;
const QList<int> allIconSizes = {16, 22, 24, 32, 48, 64, 128, 256, 512};

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    Ran r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = program + u" did not finish"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestInstallTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dest.isValid());
        QVERIFY(m_home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESTDIR"_s, m_dest.path());
        const Ran install = run(QStringLiteral(CAIS_CMAKE_COMMAND),
                                {u"--install"_s, QStringLiteral(CAIS_BUILD_DIR), u"--prefix"_s, u"/usr"_s}, env);
        QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));
        m_usr = m_dest.path() + u"/usr"_s;
    }

    void everyFileInItsPlace()
    {
        QStringList expected = {
            u"bin/cais"_s,
            u"share/applications/%1.desktop"_s.arg(appId),
            u"share/metainfo/%1.metainfo.xml"_s.arg(appId),
            u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId),
            u"share/cais/translations/cais_en.qm"_s,
            u"share/cais/translations/cais_pt_BR.qm"_s,
        };
        for (int size : allIconSizes)
            expected << u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId);
        QStringList installed;
        QDirIterator it(m_dest.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            installed << QDir(m_usr).relativeFilePath(it.next());
        installed.sort();
        expected.sort();
        QCOMPARE(installed, expected);
        QVERIFY(QFileInfo(m_usr + u"/bin/cais"_s).isExecutable());
    }

    void desktopFilesAreTheSources()
    {
        QCOMPARE(fileContents(m_usr + u"/share/applications/%1.desktop"_s.arg(appId)),
                 fileContents(QStringLiteral(CAIS_DESKTOP_FILE)));
        QCOMPARE(fileContents(m_usr + u"/share/metainfo/%1.metainfo.xml"_s.arg(appId)),
                 fileContents(QStringLiteral(CAIS_METAINFO_FILE)));
        QCOMPARE(fileContents(m_usr + u"/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId)),
                 fileContents(QStringLiteral(CAIS_SOURCE_DIR "/resources/icons/cais.svg")));
    }

    // One id everywhere: the desktop file's name and icon, the metainfo's id and
    // launchable, and the name main() gives Qt (the Wayland app id).
    void oneApplicationId()
    {
        const QString desktop = QString::fromUtf8(fileContents(m_usr + u"/share/applications/%1.desktop"_s.arg(appId)));
        QVERIFY(desktop.contains(u"\nIcon=%1\n"_s.arg(appId)));
        QVERIFY(desktop.contains(u"\nExec=cais\n"_s));
        const QString metainfo = QString::fromUtf8(fileContents(m_usr + u"/share/metainfo/%1.metainfo.xml"_s.arg(appId)));
        QVERIFY(metainfo.contains(u"<id>%1</id>"_s.arg(appId)));
        QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">%1.desktop</launchable>"_s.arg(appId)));
        QVERIFY(metainfo.contains(u"<binary>cais</binary>"_s));
        const QString mainCpp = QString::fromUtf8(fileContents(QStringLiteral(CAIS_SOURCE_DIR "/app/main.cpp")));
        QVERIFY(mainCpp.contains(u"setDesktopFileName(QStringLiteral(\"%1\"))"_s.arg(appId)));
    }

    // The validators on the installed tree, as a software centre reads it (the
    // metainfo with its desktop file beside it).
    void validatorsAcceptTheTree()
    {
        const Ran tree = run(QStringLiteral(CAIS_APPSTREAMCLI), {u"validate-tree"_s, u"--no-net"_s, u"--explain"_s, m_dest.path()},
                             QProcessEnvironment::systemEnvironment());
        QVERIFY2(tree.exitCode == 0, qPrintable(tree.out + tree.err));
        QVERIFY2(tree.out.contains(u"%1.metainfo.xml"_s.arg(appId)), qPrintable(tree.out));
        const Ran desktop = run(QStringLiteral(CAIS_DESKTOP_FILE_VALIDATE),
                                {m_usr + u"/share/applications/%1.desktop"_s.arg(appId)}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(desktop.exitCode == 0 && desktop.out.isEmpty(), qPrintable(desktop.out + desktop.err));
    }

    void metainfoNamesThisVersion()
    {
        const QString metainfo = QString::fromUtf8(fileContents(m_usr + u"/share/metainfo/%1.metainfo.xml"_s.arg(appId)));
        static const QRegularExpression release(u"<release version=\"([^\"]+)\""_s);
        const QRegularExpressionMatch newest = release.match(metainfo);
        QVERIFY(newest.hasMatch());
        QCOMPARE(newest.captured(1), QStringLiteral(CAIS_VERSION_STRING));
        // Every screenshot it names is one of docs/screenshots.
        static const QRegularExpression image(u"<image>[^<]*/screenshots/([^<]+)</image>"_s);
        int screenshots = 0;
        for (const QRegularExpressionMatch &m : image.globalMatch(metainfo)) {
            QVERIFY2(QFileInfo::exists(QStringLiteral(CAIS_SOURCE_DIR "/docs/screenshots/") + m.captured(1)), qPrintable(m.captured(1)));
            ++screenshots;
        }
        QVERIFY(screenshots >= 3);
    }

    void iconSizes_data()
    {
        QTest::addColumn<int>("size");
        for (int size : allIconSizes)
            QTest::addRow("%dx%d", size, size) << size;
    }
    void iconSizes()
    {
        QFETCH(int, size);
        const QImage icon(m_usr + u"/share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId));
        QCOMPARE(icon.size(), QSize(size, size));
        QVERIFY(icon.hasAlphaChannel());
        // Drawn, not blank: the quay's three containers are in it.
        QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);
        QCOMPARE(icon.pixelColor(size / 2, size * 51 / 64).alpha(), 255);
    }

    void installedBinaryRuns()
    {
        const Ran version = run(m_usr + u"/bin/cais"_s, {u"--version"_s}, environment(u"C.UTF-8"_s));
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, u"cais " CAIS_VERSION_STRING "\n"_s);
    }

    // The installed binary speaks Portuguese; then, with the installed pt_BR file
    // replaced by one of this test's own, it says what that file says (so it read the
    // installed one, not its embedded copy); with the installed file gone, it falls
    // back to the embedded translation.
    void installedTranslationsComeFirst()
    {
        const QString cais = m_usr + u"/bin/cais"_s;
        const QString qm = m_usr + u"/share/cais/translations/cais_pt_BR.qm"_s;
        const QProcessEnvironment pt = environment(u"pt_BR.UTF-8"_s);
        const QString portuguese = u"Gerencie imagens e contêineres Docker e Podman."_s;

        Ran help = run(cais, {u"--help"_s}, pt);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(portuguese), qPrintable(help.out));

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString ts = work.filePath(u"marker_pt_BR.ts"_s);
        QFile tsFile(ts);
        QVERIFY(tsFile.open(QIODevice::WriteOnly));
        tsFile.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Manage Docker and Podman images and containers.</source>
        <translation>Marcador da tradução instalada.</translation>
    </message>
</context>
</TS>
)");
        tsFile.close();
        const Ran lrelease = run(QStringLiteral(CAIS_LRELEASE), {ts, u"-qm"_s, qm}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(lrelease.exitCode == 0, qPrintable(lrelease.out + lrelease.err));

        help = run(cais, {u"--help"_s}, pt);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"Marcador da tradução instalada."_s), qPrintable(help.out));
        QVERIFY(!help.out.contains(portuguese));

        QVERIFY(QFile::remove(qm));
        help = run(cais, {u"--help"_s}, pt);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(portuguese), qPrintable(help.out));
    }

private:
    QProcessEnvironment environment(const QString &lang) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
        env.insert(u"LANG"_s, lang);
        if (lang.startsWith(u"pt_BR"_s))
            env.insert(u"LANGUAGE"_s, u"pt_BR"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, m_home.path());
        return env;
    }

    QTemporaryDir m_dest;
    QTemporaryDir m_home;
    QString m_usr;
};

QTEST_GUILESS_MAIN(TestInstallTree)
#include "tst_installtree.moc"
