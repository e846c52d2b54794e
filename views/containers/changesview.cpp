#include "containers/changesview.h"

#include "containerchangesmodel.h"
#include "engine.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using Kind = ContainerChange::Kind;

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerChangesModel(this))
    , m_proxy(new ContainerChangesProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_added(new QCheckBox(this))
    , m_changed(new QCheckBox(this))
    , m_deleted(new QCheckBox(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("changesView"));
    setAccessibleName(tr("Changes in the container's files"));
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("changesFilter"));
    m_filter->setAccessibleName(tr("Filter the changed paths"));
    m_filter->setPlaceholderText(tr("Filter paths"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainerChangesProxyModel::setFilterText);
    const QList<std::pair<QCheckBox *, Kind>> boxes{{m_added, Kind::Added}, {m_changed, Kind::Changed}, {m_deleted, Kind::Deleted}};
    for (const auto &[box, kind] : boxes) {
        box->setChecked(true);
        box->setAccessibleName(tr("Show the paths: %1").arg(ContainerChangesModel::kindText(kind)));
        connect(box, &QCheckBox::toggled, m_proxy, [this, kind](bool on) { m_proxy->setKindShown(kind, on); });
    }
    m_added->setObjectName(QStringLiteral("changesShowAdded"));
    m_changed->setObjectName(QStringLiteral("changesShowChanged"));
    m_deleted->setObjectName(QStringLiteral("changesShowDeleted"));
    m_refresh->setObjectName(QStringLiteral("changesRefresh"));
    m_refresh->setAccessibleName(tr("Compare the container with its image again"));
    connect(m_refresh, &QPushButton::clicked, this, &ChangesView::reload);
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setAccessibleName(tr("Summary of the changes"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("changesList"));
    m_view->setAccessibleName(tr("Changed paths"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(ContainerChangesModel::PathColumn, Qt::AscendingOrder);
    m_view->header()->resizeSection(ContainerChangesModel::KindColumn, 110);
    m_view->header()->setStretchLastSection(true);

    connect(m_model, &ContainerChangesModel::loaded, this, [this](const QString &error) {
        updateSummary();
        Q_EMIT loaded(error);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ChangesView::updateSummary); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_added);
    top->addWidget(m_changed);
    top->addWidget(m_deleted);
    top->addWidget(m_refresh);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 4, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_summary);
    lay->addWidget(m_view, 1);
    updateSummary();
}

void ChangesView::setEngine(Engine *engine)
{
    m_engine = engine;
}

void ChangesView::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_model->clear();
    updateSummary();
    // Comparing walks the container's files: only for what is looked at.
    if (isVisible())
        reload();
}

void ChangesView::reload()
{
    if (m_id.isEmpty() || !m_engine)
        return;
    m_model->load(m_engine, m_id);
    updateSummary();
}

void ChangesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_id.isEmpty() && (m_model->containerId() != m_id || (!m_model->isLoading() && m_model->rowCount() == 0)))
        reload();
}

void ChangesView::updateSummary()
{
    const int added = m_model->count(Kind::Added), changed = m_model->count(Kind::Changed), deleted = m_model->count(Kind::Deleted);
    m_added->setText(tr("Added (%1)").arg(added));
    m_changed->setText(tr("Changed (%1)").arg(changed));
    m_deleted->setText(tr("Deleted (%1)").arg(deleted));
    m_refresh->setEnabled(!m_id.isEmpty() && !m_model->isLoading());
    QString text;
    if (m_id.isEmpty())
        text = tr("No container selected");
    else if (m_model->isLoading())
        text = tr("Comparing the container's files with its image…");
    else if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    else if (m_model->containerId() != m_id)
        text = QString();
    else if (m_model->rowCount() == 0)
        text = tr("Nothing changed: the container's files are its image's.");
    else
        text = tr("%n path(s) differ from the image (docker diff).", nullptr, m_model->rowCount());
    m_summary->setText(text);
}
