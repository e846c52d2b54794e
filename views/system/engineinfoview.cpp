#include "engineinfoview.h"

#include "engine.h"
#include "systemapi.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

EngineInfoView::EngineInfoView(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_warnings(new QLabel(this))
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("engineInfo"));
    setAccessibleName(tr("Engine information"));
    m_warnings->setObjectName(QStringLiteral("engineWarnings"));
    m_warnings->setAccessibleName(tr("Warnings the engine reports"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setAutoFillBackground(true);
    m_warnings->setMargin(8);
    QPalette pal = m_warnings->palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xc8));
    pal.setColor(QPalette::WindowText, QColor(0x5c, 0x3c, 0x00));
    m_warnings->setPalette(pal);
    m_warnings->hide();
    m_status->setObjectName(QStringLiteral("engineInfoStatus"));
    m_status->setAccessibleName(tr("Engine information status"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("engineInfoRefresh"));
    m_refresh->setAccessibleName(tr("Refresh engine information"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_refresh, &QPushButton::clicked, this, &EngineInfoView::refresh);

    addField(QStringLiteral("product"), tr("Engine:"));
    addField(QStringLiteral("version"), tr("Version:"));
    addField(QStringLiteral("api"), tr("API:"));
    addField(QStringLiteral("os"), tr("Operating system:"));
    addField(QStringLiteral("kernel"), tr("Kernel:"));
    addField(QStringLiteral("arch"), tr("Architecture:"));
    addField(QStringLiteral("storageDriver"), tr("Storage driver:"));
    addField(QStringLiteral("cgroup"), tr("Cgroup driver:"));
    addField(QStringLiteral("cpus"), tr("CPUs:"));
    addField(QStringLiteral("memory"), tr("Memory:"));
    addField(QStringLiteral("rootDir"), tr("Root directory:"));
    addField(QStringLiteral("registries"), tr("Registries:"));
    addField(QStringLiteral("objects"), tr("Objects:"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *inner = new QWidget(this);
    auto *innerLay = new QVBoxLayout(inner);
    innerLay->addWidget(m_warnings);
    innerLay->addLayout(m_form);
    innerLay->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(top);
    lay->addWidget(scroll, 1);

    if (engine) {
        connect(engine, &Engine::stateChanged, this, [this](Engine::State s) {
            if (s == Engine::State::Connected)
                refresh();
        });
        if (engine->state() == Engine::State::Connected)
            refresh();
    }
}

QLabel *EngineInfoView::addField(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    m_values << value;
    return value;
}

QString EngineInfoView::valueOf(const QString &field) const
{
    for (QLabel *l : m_values) {
        if (l->objectName() == field)
            return l->text();
    }
    return {};
}

void EngineInfoView::refresh()
{
    if (!m_engine)
        return;
    m_status->setText(tr("Asking the engine…"));
    SystemApi::info(*m_engine).then(this, [this](const Result<QJsonObject> &r) {
        if (!r) {
            m_status->setText(tr("Could not read the engine's information: %1").arg(r.error().fullText()));
            return;
        }
        setInfo(*r);
    });
}

void EngineInfoView::setInfo(const QJsonObject &o)
{
    const EngineInfo ei = m_engine ? m_engine->info() : EngineInfo{};
    auto set = [this](const QString &field, const QString &text) {
        for (QLabel *l : std::as_const(m_values)) {
            if (l->objectName() == field)
                l->setText(text.isEmpty() ? tr("not reported") : text);
        }
    };
    auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    const bool podman = ei.podman;
    set(QStringLiteral("product"), podman ? tr("Podman (Docker-compatible API)") : tr("Docker"));
    set(QStringLiteral("version"), ei.version.isEmpty() ? str("ServerVersion") : ei.version);
    QString api = ei.apiVersion.isEmpty() ? QString() : tr("%1 in use (the engine speaks %2 down to %3)").arg(ei.apiVersion, ei.engineApiVersion, ei.minApiVersion);
    if (podman && !ei.libpodApiVersion.isEmpty())
        api += QLatin1Char('\n') + tr("Libpod API %1").arg(ei.libpodApiVersion);
    set(QStringLiteral("api"), api);
    set(QStringLiteral("os"), str("OperatingSystem") + (str("OSVersion").isEmpty() ? QString() : QLatin1Char(' ') + str("OSVersion")));
    set(QStringLiteral("kernel"), str("KernelVersion"));
    set(QStringLiteral("arch"), str("Architecture"));
    set(QStringLiteral("storageDriver"), str("Driver"));
    const QString cgroupVersion = str("CgroupVersion");
    set(QStringLiteral("cgroup"), cgroupVersion.isEmpty() ? str("CgroupDriver") : tr("%1, cgroup v%2").arg(str("CgroupDriver"), cgroupVersion));
    set(QStringLiteral("cpus"), QString::number(o.value(QLatin1String("NCPU")).toInt()));
    set(QStringLiteral("memory"), QLocale().formattedDataSize(o.value(QLatin1String("MemTotal")).toInteger(), 2, QLocale::DataSizeIecFormat));
    set(QStringLiteral("rootDir"), str("DockerRootDir"));
    QStringList registries;
    const QJsonObject reg = o.value(QLatin1String("RegistryConfig")).toObject();
    const QJsonObject index = reg.value(QLatin1String("IndexConfigs")).toObject();
    for (auto it = index.begin(); it != index.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QString line = it.key();
        if (!c.value(QLatin1String("Secure")).toBool(true))
            line += QLatin1Char(' ') + tr("(insecure)");
        const QJsonArray mirrors = c.value(QLatin1String("Mirrors")).toArray();
        for (const QJsonValue &m : mirrors)
            line += QLatin1Char(' ') + tr("mirror %1").arg(m.toString());
        registries << line;
    }
    const QJsonArray cidrs = reg.value(QLatin1String("InsecureRegistryCIDRs")).toArray();
    for (const QJsonValue &c : cidrs)
        registries << tr("%1 (insecure)").arg(c.toString());
    set(QStringLiteral("registries"), registries.join(QLatin1Char('\n')));
    set(QStringLiteral("objects"), tr("%1 images, %2 containers (%3 running, %4 paused, %5 stopped)")
                                       .arg(o.value(QLatin1String("Images")).toInt())
                                       .arg(o.value(QLatin1String("Containers")).toInt())
                                       .arg(o.value(QLatin1String("ContainersRunning")).toInt())
                                       .arg(o.value(QLatin1String("ContainersPaused")).toInt())
                                       .arg(o.value(QLatin1String("ContainersStopped")).toInt()));

    QStringList warnings;
    const QJsonArray w = o.value(QLatin1String("Warnings")).toArray();
    for (const QJsonValue &v : w)
        warnings << v.toString().trimmed();
    warnings.removeAll(QString());
    m_warnings->setText(tr("The engine reports %n warning(s):", nullptr, int(warnings.size())) + QLatin1Char('\n') + warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_status->setText(tr("%1 on %2").arg(podman ? tr("Podman") : tr("Docker"), str("Name")));
    Q_EMIT updated();
}
