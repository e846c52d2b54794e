#include "system/objectlistpage.h"

#include <QDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

ObjectListPage::ObjectListPage(QAbstractItemModel *model, int keyRole, int sortRole, int filterRole, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_keyRole(keyRole)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(m_split))
    , m_links(new QLabel(this))
    , m_inspect(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterRole(filterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(true);

    auto *details = new QWidget(m_split);
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setOpenExternalLinks(false);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("container:")))
            Q_EMIT containerRequested(link.mid(10));
    });
    m_inspect->setReadOnly(true);
    m_inspect->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_inspect->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inspect->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *dlay = new QVBoxLayout(details);
    dlay->setContentsMargins(0, 4, 0, 0);
    dlay->addWidget(m_links);
    dlay->addWidget(m_inspect, 1);

    m_split->addWidget(m_view);
    m_split->addWidget(details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_toolBar);
    top->addWidget(m_filter, 1);
    top->addSpacing(6);
    top->addWidget(m_count);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_split, 1);

    m_detailsDelay.setSingleShot(true);
    m_detailsDelay.setInterval(80);
    connect(&m_detailsDelay, &QTimer::timeout, this, [this] {
        m_shownKey = currentKey();
        ++m_detailsGeneration;
        showDetails(m_shownKey);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        if (currentKey() != m_shownKey)
            m_detailsDelay.start();
    });
    // The shown object changed (containers came or went, a size arrived): the details follow.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const int row = currentSourceRow();
        if (row >= tl.row() && row <= br.row()) {
            updateActions();
            m_detailsDelay.start();
        }
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (currentKey() != m_shownKey)
            m_detailsDelay.start();
        updateActions();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ObjectListPage::updateCount); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ObjectListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ObjectListPage::updateCount);
}

int ObjectListPage::currentSourceRow() const
{
    const QModelIndex src = m_proxy->mapToSource(m_view->currentIndex());
    return src.isValid() ? src.row() : -1;
}

QString ObjectListPage::currentKey() const
{
    return m_view->currentIndex().data(m_keyRole).toString();
}

bool ObjectListPage::selectKey(const QString &key)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data(m_keyRole).toString() == key) {
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx);
            return true;
        }
    }
    return false;
}

void ObjectListPage::updateCount()
{
    m_count->setText(countText(m_proxy->rowCount(), m_model->rowCount()));
}

void ObjectListPage::setLinks(const QString &title, const QList<std::pair<QString, QString>> &containers, const QString &empty)
{
    if (containers.isEmpty()) {
        m_links->setText(empty.toHtmlEscaped());
        return;
    }
    QStringList links;
    for (const auto &[id, text] : containers)
        links << QStringLiteral("<a href=\"container:%1\">%2</a>").arg(id.toHtmlEscaped(), text.toHtmlEscaped());
    m_links->setText(title.toHtmlEscaped() + QLatin1Char(' ') + links.join(QLatin1String(", ")));
}

void ObjectListPage::setInspectText(const QString &text)
{
    m_inspect->setPlainText(text);
}

void ObjectListPage::showModeless(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
