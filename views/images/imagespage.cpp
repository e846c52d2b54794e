#include "imagespage.h"

#include "imagesmodel.h"
#include "imagesproxymodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

ImagesPage::ImagesPage(ImagesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ImagesProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("imagesPage"));
    setAccessibleName(tr("Images"));
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("imagesFilter"));
    m_filter->setPlaceholderText(tr("Filter by repository, tag, ID or label"));
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImagesProxyModel::setFilterText);

    auto *focusFilter = new QAction(tr("Filter images"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_count->setObjectName(QStringLiteral("imagesCount"));
    m_count->setAccessibleName(tr("Number of images"));

    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setAccessibleName(tr("Image list"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->sortByColumn(ImagesModel::CreatedColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ImagesModel::RepositoryColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ImagesModel::TagColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ImagesModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImagesModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ImagesModel::SizeColumn, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_view, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImagesPage::updateCount);
    updateCount();
}

void ImagesPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%n image(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n image(s)", nullptr, total).arg(shown));
}
