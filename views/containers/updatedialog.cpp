#include "containers/updatedialog.h"

#include "containersapi.h"
#include "engine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace {

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

UpdateDialog::UpdateDialog(Engine *engine, const QString &containerId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_id(containerId)
    , m_intro(new QLabel(this))
    , m_restart(new QComboBox(this))
    , m_retries(new QSpinBox(this))
    , m_cpus(new QDoubleSpinBox(this))
    , m_memory(new QSpinBox(this))
    , m_swap(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("updateDialog"));
    setWindowTitle(tr("Change Limits and Restart Policy"));
    setAccessibleName(tr("Change the container's limits and restart policy"));

    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("updateIntro"));
    m_restart->setObjectName(QStringLiteral("updateRestart"));
    m_restart->setAccessibleName(tr("Restart policy"));
    m_restart->addItem(tr("No (never restart)"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("On failure"), QStringLiteral("on-failure"));
    m_retries->setObjectName(QStringLiteral("updateRetries"));
    m_retries->setAccessibleName(tr("Maximum retries"));
    m_retries->setRange(0, 1000);
    m_retries->setSpecialValueText(tr("Unlimited"));
    m_retries->setPrefix(tr("retries: "));
    m_cpus->setObjectName(QStringLiteral("updateCpus"));
    m_cpus->setAccessibleName(tr("CPU limit"));
    m_cpus->setDecimals(2);
    m_cpus->setSingleStep(0.25);
    m_cpus->setRange(0, 1024);
    m_cpus->setSpecialValueText(tr("No limit"));
    m_cpus->setSuffix(tr(" CPUs"));
    m_cpus->setToolTip(tr("How many CPUs' worth of time the container may use (docker update --cpus). 0.5 is half of one CPU."));
    m_memory->setObjectName(QStringLiteral("updateMemory"));
    m_memory->setAccessibleName(tr("Memory limit in MiB"));
    m_memory->setRange(0, 16 * 1024 * 1024);
    m_memory->setSingleStep(64);
    m_memory->setSpecialValueText(tr("No limit"));
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setToolTip(tr("The most memory the container may use (docker update --memory); it is killed when it needs more."));
    m_swap->setObjectName(QStringLiteral("updateSwap"));
    m_swap->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("updateProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(warn);
    m_status->setObjectName(QStringLiteral("updateStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_apply->setObjectName(QStringLiteral("updateApply"));
    m_apply->setAccessibleName(tr("Apply the changes"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart, 1);
    restartRow->addWidget(m_retries);
    auto *restartLabel = new QLabel(tr("&Restart policy:"), this);
    restartLabel->setBuddy(m_restart);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(restartLabel, restartRow);
    form->addRow(tr("&CPU limit:"), m_cpus);
    form->addRow(tr("&Memory limit:"), m_memory);
    form->addRow(QString(), m_swap);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addLayout(form);
    lay->addWidget(m_problems);
    lay->addWidget(m_status);
    lay->addStretch(1);
    lay->addWidget(m_buttons);

    connect(m_restart, &QComboBox::currentIndexChanged, this, &UpdateDialog::refresh);
    connect(m_retries, &QSpinBox::valueChanged, this, &UpdateDialog::refresh);
    connect(m_cpus, &QDoubleSpinBox::valueChanged, this, &UpdateDialog::refresh);
    connect(m_memory, &QSpinBox::valueChanged, this, &UpdateDialog::refresh);
    connect(m_apply, &QPushButton::clicked, this, &UpdateDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    load();
}

void UpdateDialog::load()
{
    m_loaded = false;
    m_status->setText(tr("Reading the container…"));
    refresh();
    if (!m_engine) {
        m_status->setText(tr("Not connected to an engine."));
        return;
    }
    if (m_engine->info().cpus > 0)
        m_cpus->setMaximum(m_engine->info().cpus);
    if (m_engine->info().memTotal > 0)
        m_memory->setMaximum(int(std::min<qint64>(m_engine->info().memTotal / kMiB, std::numeric_limits<int>::max())));
    ContainersApi(m_engine).inspect(m_id).then(this, [this](const Result<QJsonObject> &r) {
        if (!r) {
            m_status->setText(r.error().fullText());
            Q_EMIT loaded(r.error().fullText());
            return;
        }
        m_id = r->value(QLatin1String("Id")).toString();
        m_name = r->value(QLatin1String("Name")).toString().mid(1);
        m_current = ContainerLimits::fromInspect(*r);
        m_loaded = true;
        m_intro->setText(tr("Change %1 in place, without restarting it. The changes last until the container is removed.").arg(m_name));
        setWanted(m_current);
        m_status->clear();
        refresh();
        Q_EMIT loaded({});
    });
}

ContainerLimits UpdateDialog::wanted() const
{
    ContainerLimits w = m_current;
    w.restartPolicy = m_restart->currentData().toString();
    w.restartMaxRetries = w.restartPolicy == QLatin1String("on-failure") ? m_retries->value() : 0;
    w.cpus = m_cpus->value();
    // Shown in MiB: a limit that is not a whole number of MiB stays as it was unless changed.
    const qint64 shownCurrent = (m_current.memory + kMiB / 2) / kMiB;
    w.memory = m_memory->value() == shownCurrent ? m_current.memory : qint64(m_memory->value()) * kMiB;
    if (std::abs(m_cpus->value() - std::round(m_current.cpus * 100) / 100) < 1e-9)
        w.cpus = m_current.cpus;
    return w;
}

void UpdateDialog::setWanted(const ContainerLimits &l)
{
    m_restart->setCurrentIndex(std::max(0, m_restart->findData(l.restartPolicy)));
    m_retries->setValue(l.restartMaxRetries);
    m_cpus->setValue(l.cpus);
    m_memory->setValue(int(std::min<qint64>((l.memory + kMiB / 2) / kMiB, m_memory->maximum())));
    refresh();
}

QStringList UpdateDialog::problems() const
{
    if (!m_loaded || !m_engine)
        return {};
    return m_current.problems(wanted(), m_engine->info().podman, m_engine->info().cpus);
}

void UpdateDialog::refresh()
{
    const ContainerLimits w = wanted();
    m_retries->setEnabled(m_restart->currentData().toString() == QLatin1String("on-failure"));
    m_restart->setEnabled(!m_current.autoRemove);
    m_restart->setToolTip(m_current.autoRemove ? tr("This container is removed when it exits (--rm): it cannot have a restart policy.") : QString());
    // What the swap will be, as updateBody() sends it.
    QString swap;
    if (m_loaded && w.memory != m_current.memory && w.memory > 0) {
        const qint64 s = m_current.updateBody(w, m_engine && m_engine->info().podman).value(QLatin1String("MemorySwap")).toInteger();
        swap = s < 0 ? tr("Swap stays unlimited.")
            : s == w.memory ? tr("No swap, as before.")
                            : tr("Memory and swap together: %1.").arg(ContainerLimits::memoryText(s));
    }
    m_swap->setText(swap);
    m_swap->setVisible(!swap.isEmpty());
    const QStringList ps = problems();
    QStringList bullets;
    for (const QString &p : ps)
        bullets << QStringLiteral("• ") + p;
    m_problems->setText(bullets.join(QLatin1Char('\n')));
    m_problems->setVisible(!ps.isEmpty());
    m_apply->setEnabled(m_loaded && !m_busy && ps.isEmpty() && !m_current.sameAs(w));
}

void UpdateDialog::apply()
{
    if (!m_loaded || m_busy || !m_engine || !problems().isEmpty())
        return;
    const ContainerLimits w = wanted();
    if (m_current.sameAs(w))
        return;
    const QJsonObject body = m_current.updateBody(w, m_engine->info().podman);
    m_busy = true;
    m_status->setText(tr("Changing %1…").arg(m_name));
    refresh();
    ContainersApi(m_engine).update(m_id, body).then(this, [this](const Result<QStringList> &r) {
        m_busy = false;
        if (!r) {
            m_status->setText(r.error().fullText());
            refresh();
            return;
        }
        m_status->setText(r->isEmpty() ? tr("Changed.") : tr("Changed. The engine warns: %1").arg(r->join(QLatin1Char(' '))));
        Q_EMIT updated(m_id, *r);
        accept();
    });
}
