#include "containers/healthview.h"

#include "containersapi.h"
#include "containersmodel.h"
#include "engine.h"
#include "healthlogmodel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    return l;
}

} // namespace

HealthView::HealthView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_settingsTitle(new QLabel(tr("Healthcheck"), this))
    , m_settings(new QWidget(this))
    , m_form(new QFormLayout(m_settings))
    , m_model(new HealthLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_log(new QTreeView(this))
    , m_output(new QPlainTextEdit(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("healthView"));
    setAccessibleName(tr("Container health"));

    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setAccessibleName(tr("Health status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_settingsTitle->font();
    bold.setBold(true);
    m_settingsTitle->setFont(bold);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_settings->setObjectName(QStringLiteral("healthSettings"));
    m_settings->setAccessibleName(tr("Healthcheck settings"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HealthLogModel::SortRole);
    m_log->setObjectName(QStringLiteral("healthLog"));
    m_log->setAccessibleName(tr("Healthcheck runs"));
    m_log->setModel(m_proxy);
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setAlternatingRowColors(true);
    m_log->setSortingEnabled(true);
    m_log->sortByColumn(HealthLogModel::StartColumn, Qt::DescendingOrder);
    m_log->header()->setStretchLastSection(true);
    m_log->header()->resizeSection(HealthLogModel::StartColumn, 190);
    m_log->header()->resizeSection(HealthLogModel::EndColumn, 110);
    m_log->header()->resizeSection(HealthLogModel::DurationColumn, 80);
    m_log->header()->resizeSection(HealthLogModel::ExitCodeColumn, 150);
    connect(m_log->selectionModel(), &QItemSelectionModel::currentChanged, this, &HealthView::showOutput);
    // A new run arrives: the newest stays selected, its output shown.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_log->setCurrentIndex(m_proxy->index(0, 0));
    });

    m_output->setObjectName(QStringLiteral("healthOutput"));
    m_output->setAccessibleName(tr("Output of the selected run"));
    m_output->setReadOnly(true);
    m_output->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("The output of the selected run"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_log);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 4, 0, 0);
    lay->addWidget(m_status);
    lay->addWidget(m_settingsTitle);
    lay->addWidget(m_settings);
    lay->addWidget(split, 1);

    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &HealthView::fetch);
    setContainer({});
}

void HealthView::setEngine(Engine *engine)
{
    m_engine = engine;
}

void HealthView::setContainer(const QString &id)
{
    if (id == m_id && !id.isEmpty())
        return;
    m_id = id;
    ++m_request;
    m_poll->stop();
    setInspectData({});
    // Only what is looked at: showEvent() reads it when the tab comes to the front.
    if (!id.isEmpty() && isVisible())
        fetch();
}

void HealthView::reload()
{
    fetch();
}

void HealthView::fetch()
{
    if (!m_engine || m_id.isEmpty())
        return;
    const quint64 request = ++m_request;
    ContainersApi(m_engine).inspect(m_id).then(this, [this, request](const Result<QJsonObject> &r) {
        if (request != m_request)
            return;
        if (!r) {
            m_status->setText(r.error().fullText());
            Q_EMIT loaded(r.error().fullText());
            return;
        }
        setInspectData(*r);
        Q_EMIT loaded({});
    });
}

void HealthView::setInspectData(const QJsonObject &inspect)
{
    const QJsonObject config = inspect.value(QLatin1String("Config")).toObject();
    const QJsonObject state = inspect.value(QLatin1String("State")).toObject();
    m_check = HealthCheck::fromConfig(config);
    m_state = HealthState::fromState(state);
    m_running = state.value(QLatin1String("Running")).toBool();

    const bool has = m_check && !m_check->disabled();
    m_settingsTitle->setVisible(has);
    m_settings->setVisible(has);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (has) {
        for (const auto range = m_check->describe(); const auto &[field, value] : range) {
            QLabel *v = valueLabel(m_settings);
            v->setText(value);
            v->setAccessibleName(field);
            m_form->addRow(tr("%1:").arg(field), v);
        }
    }

    if (inspect.isEmpty()) {
        m_status->setText(m_id.isEmpty() ? tr("No container selected") : tr("Reading the container…"));
    } else if (!m_check) {
        m_status->setText(tr("This container has no healthcheck. Give it one with --health-cmd (docker run) or HEALTHCHECK in its Dockerfile."));
    } else if (m_check->disabled()) {
        m_status->setText(tr("The image's healthcheck is switched off for this container (--no-healthcheck)."));
    } else if (!m_state) {
        m_status->setText(tr("No check has run yet: the container is not running."));
    } else {
        const ContainerSummary::Health h = m_state->status == QLatin1String("healthy") ? ContainerSummary::Health::Healthy
            : m_state->status == QLatin1String("unhealthy")                          ? ContainerSummary::Health::Unhealthy
                                                                                        : ContainerSummary::Health::Starting;
        const QString colour = h == ContainerSummary::Health::Healthy ? QStringLiteral("#2e9d4b")
            : h == ContainerSummary::Health::Unhealthy                 ? QStringLiteral("#d32f2f")
                                                                       : QStringLiteral("#f59e0b");
        QString text = tr("<span style=\"color:%1\">●</span> <b>%2</b> · %n failed run(s) in a row", nullptr, m_state->failingStreak)
                           .arg(colour, ContainersModel::healthText(h).toHtmlEscaped());
        if (!m_running)
            text += tr(" · not running: the checks stopped with it");
        m_status->setText(text);
    }
    m_status->setAccessibleDescription(QTextDocumentFragment::fromHtml(m_status->text()).toPlainText());
    m_model->setProbes(m_state ? m_state->log : QList<HealthProbe>());
    if (m_log->currentIndex().isValid())
        showOutput();
    else
        m_output->clear();
    schedule();
}

void HealthView::schedule()
{
    m_poll->stop();
    if (!isVisible() || !m_running || !m_check || m_check->disabled())
        return;
    // As often as the check runs (faster while starting), within 1 to 30 seconds.
    qint64 ns = m_check->interval > 0 ? m_check->interval : HealthCheck::kDefaultInterval;
    if (m_state && m_state->status == QLatin1String("starting"))
        ns = std::min(ns, m_check->startInterval > 0 ? m_check->startInterval : HealthCheck::kDefaultStartInterval);
    m_poll->start(int(std::clamp<qint64>(ns / 1'000'000, 1000, 30000)));
}

void HealthView::showOutput()
{
    const QModelIndex i = m_log->currentIndex();
    m_output->setPlainText(i.isValid() ? i.data(HealthLogModel::OutputRole).toString() : QString());
}

QString HealthView::settingsText() const
{
    QStringList lines;
    for (int r = 0; r < m_form->rowCount(); ++r) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(r, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QLatin1Char(' ') + value->text();
    }
    return lines.join(QLatin1Char('\n'));
}

void HealthView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fetch();
}

void HealthView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}
