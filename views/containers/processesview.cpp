#include "processesview.h"

#include "containersapi.h"
#include "engine.h"
#include "processesmodel.h"
#include "userpreferences.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ProcessesView::ProcessesView(Engine *engine, const QString &containerId, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_containerId(containerId)
    , m_model(new ProcessesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_preset(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("Container processes"));

    // The data is the ps argument text itself; typing other arguments is allowed.
    m_preset->setEditable(true);
    m_preset->addItem(tr("Default (ps -ef)"), QString());
    m_preset->addItem(QStringLiteral("aux"), QStringLiteral("aux"));
    m_preset->addItem(QStringLiteral("-eo pid,ppid,user,%cpu,%mem,etime,args"), QStringLiteral("-eo pid,ppid,user,%cpu,%mem,etime,args"));
    m_preset->setInsertPolicy(QComboBox::NoInsert);
    m_preset->setMinimumContentsLength(28);
    m_preset->setAccessibleName(tr("ps arguments"));
    m_preset->setToolTip(tr("The arguments the engine passes to ps: a preset, or your own (Docker needs a PID column)"));
    connect(m_preset, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_preset->lineEdit(), &QLineEdit::returnPressed, this, [this] { refresh(); });

    m_filter->setPlaceholderText(tr("Filter processes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter processes"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcessesModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Processes"));
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Processes status"));
    m_message->hide();

    auto *bar = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&ps arguments:"), this);
    presetLabel->setBuddy(m_preset);
    bar->addWidget(presetLabel);
    bar->addWidget(m_preset, 1);
    bar->addWidget(m_filter, 1);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(bar);
    lay->addWidget(m_message);
    lay->addWidget(m_view, 1);

    UserPreferences *prefs = UserPreferences::instance();
    m_timer.setInterval(prefs->processesSeconds() * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ProcessesView::refresh);
    connect(prefs, &UserPreferences::changed, this, [this, prefs] { m_timer.setInterval(prefs->processesSeconds() * 1000); });
}

QString ProcessesView::psArgs() const
{
    QString text = m_preset->currentText().trimmed();
    const int i = m_preset->findText(text);
    if (i >= 0)
        return m_preset->itemData(i).toString();
    return text;
}

void ProcessesView::setPsArgs(const QString &args)
{
    const int i = m_preset->findData(args);
    if (i >= 0)
        m_preset->setCurrentIndex(i);
    else
        m_preset->setEditText(args);
    refresh();
}

void ProcessesView::refresh()
{
    if (!m_engine)
        return;
    if (m_inFlight) {
        m_again = true; // the arguments may have changed meanwhile
        return;
    }
    m_inFlight = true;
    ++m_requests;
    const quint64 gen = ++m_generation;
    const QString args = psArgs();
    ContainersApi(m_engine).top(m_containerId, args).then(this, [this, gen](Result<ContainersApi::Processes> r) {
        if (gen != m_generation)
            return;
        m_inFlight = false;
        QString error;
        if (r) {
            m_model->setProcesses(r->titles, r->rows);
            m_message->hide();
        } else {
            // The last good list stays; the message says why it does not move.
            error = r.error().userMessage.isEmpty() ? r.error().fullText() : r.error().userMessage;
            m_message->setText(error);
            m_message->show();
        }
        Q_EMIT refreshed(error);
        if (std::exchange(m_again, false))
            refresh();
    });
}

void ProcessesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ProcessesView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}
