#include "eventspage.h"

#include "engine.h"
#include "eventsmodel.h"
#include "eventsproxymodel.h"
#include "prunefilters.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

EventsPage::EventsPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new EventsModel(this))
    , m_proxy(new EventsProxyModel(this))
    , m_type(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_since(new QComboBox(this))
    , m_sinceButton(new QPushButton(tr("&Look Back"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("eventsPage"));
    setAccessibleName(tr("Events"));
    m_proxy->setSourceModel(m_model);

    m_type->setObjectName(QStringLiteral("eventsType"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->addItem(tr("All types"), QString());
    for (const char *t : {"container", "image", "volume", "network", "daemon", "builder", "plugin"})
        m_type->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTypeFilter(m_type->currentData().toString());
        updateStatus();
    });
    m_action->setObjectName(QStringLiteral("eventsAction"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_action->setPlaceholderText(tr("Action (start, die, pull…)"));
    m_action->setClearButtonEnabled(true);
    connect(m_action, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setActionFilter(t.trimmed());
        updateStatus();
    });
    m_name->setObjectName(QStringLiteral("eventsName"));
    m_name->setAccessibleName(tr("Filter by name or ID"));
    m_name->setPlaceholderText(tr("Name or ID"));
    m_name->setClearButtonEnabled(true);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setNameFilter(t.trimmed());
        updateStatus();
    });

    m_pause->setObjectName(QStringLiteral("eventsPause"));
    m_pause->setAccessibleName(tr("Pause the events"));
    m_pause->setCheckable(true);
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
        m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        updateStatus();
    });

    m_since->setObjectName(QStringLiteral("eventsSince"));
    m_since->setAccessibleName(tr("Look back how far"));
    m_since->setEditable(true);
    m_since->addItems({QStringLiteral("10m"), QStringLiteral("1h"), QStringLiteral("24h")});
    m_since->setToolTip(tr("Like docker events --since: a duration (10m, 1h), a date or unix seconds"));
    m_sinceButton->setObjectName(QStringLiteral("eventsLookBack"));
    m_sinceButton->setAccessibleName(tr("Look back"));
    m_sinceButton->setToolTip(tr("Replace the table with the engine's events since then, and go on live"));
    connect(m_sinceButton, &QPushButton::clicked, this, &EventsPage::lookBack);

    m_export->setObjectName(QStringLiteral("eventsExport"));
    m_export->setAccessibleName(tr("Export the events"));
    m_export->setToolTip(tr("Save the events shown as JSON lines, as docker events --format '{{json .}}' prints them"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Events"), QStringLiteral("events.jsonl"), tr("JSON lines (*.jsonl);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportTo(path, &error))
            QMessageBox::warning(this, tr("Export Events"), error);
    });

    m_view->setObjectName(QStringLiteral("eventsTable"));
    m_view->setTabKeyNavigation(false); // read-only rows: arrows move in them, Tab moves on
    m_view->setAccessibleName(tr("Events"));
    m_view->setModel(m_proxy);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(EventsModel::TimeColumn, m_view->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_view->horizontalHeader()->resizeSection(EventsModel::TypeColumn, 90);
    m_view->horizontalHeader()->resizeSection(EventsModel::ActionColumn, 130);
    m_view->horizontalHeader()->resizeSection(EventsModel::ObjectColumn, 200);
    // Follow the newest while the user is at the bottom; stay put when scrolled up.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_follow = v >= m_view->verticalScrollBar()->maximum() - 2;
    });
    connect(m_model, &EventsModel::flushed, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });

    m_status->setObjectName(QStringLiteral("eventsStatus"));
    m_status->setAccessibleName(tr("Events status"));
    // The counts change with every event: shown twice a second, not per event.
    m_statusTimer->setInterval(500);
    connect(m_statusTimer, &QTimer::timeout, this, &EventsPage::updateStatus);
    m_statusTimer->start();
    connect(m_model, &EventsModel::lookBackFinished, this, [this](const QString &error) {
        m_sinceButton->setEnabled(true);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Look Back"), tr("Could not read the past events: %1").arg(error));
        updateStatus();
    });

    connect(m_model, &EventsModel::caughtUp, this, [this](int added, const QString &error) {
        m_refreshNote = !error.isEmpty() ? tr("Could not read the events the live stream missed: %1").arg(error)
                                         : tr("Refreshed at %1: %n missed event(s) added.", nullptr, added)
                                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        updateStatus();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_action, 1);
    bar->addWidget(m_name, 1);
    bar->addWidget(m_pause);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Since:"), this));
    bar->addWidget(m_since);
    bar->addWidget(m_sinceButton);
    bar->addWidget(m_export);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(bar);
    lay->addWidget(m_view, 1);
    lay->addWidget(m_status);

    if (engine)
        m_model->setEngine(engine);
    updateStatus();
}

void EventsPage::updateStatus()
{
    QString text = tr("%1 of %2 events shown; the history keeps the newest %3.")
                       .arg(QLocale().toString(m_proxy->rowCount()), QLocale().toString(m_model->rowCount()), QLocale().toString(m_model->capacity()));
    if (m_model->droppedCount() > 0)
        text += QLatin1Char(' ') + tr("%1 older ones dropped.").arg(QLocale().toString(m_model->droppedCount()));
    if (m_model->isPaused())
        text += QLatin1Char(' ') + tr("Paused: %n new event(s) waiting.", nullptr, m_model->pendingCount());
    if (m_model->isLookingBack())
        text += QLatin1Char(' ') + tr("Reading past events…");
    if (m_model->isCatchingUp())
        text += QLatin1Char(' ') + tr("Refreshing…");
    else if (!m_refreshNote.isEmpty())
        text += QLatin1Char(' ') + m_refreshNote;
    if (m_status->text() != text)
        m_status->setText(text);
}

void EventsPage::refresh()
{
    if (m_model->isPaused())
        m_refreshNote = tr("The refresh waits until you resume.");
    m_model->catchUp();
    updateStatus();
}

void EventsPage::lookBack()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // The same forms docker events --since takes (and prune's until=).
    const auto f = PruneFilters::parse({QStringLiteral("until=") + m_since->currentText().trimmed()}, now);
    if (!f) {
        QMessageBox::warning(this, tr("Look Back"), tr("“%1” is not a time: write a duration (10m, 1h), a date (2026-01-31T12:00:00) or unix seconds.").arg(m_since->currentText()));
        return;
    }
    m_sinceButton->setEnabled(false);
    m_model->lookBack(f->untilSeconds);
    updateStatus();
}

bool EventsPage::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        file.write(QJsonDocument(EventsModel::toJson(m_model->eventAt(source))).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
