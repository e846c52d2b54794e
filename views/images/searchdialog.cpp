#include "images/searchdialog.h"

#include "hubsearch.h"
#include "images/pulldialog.h"
#include "searchmodel.h"
#include "searchproxymodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// Gives the official column its badge icon next to the word, so the badge does
/// not rely on colour or on the icon alone.
class OfficialBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == SearchModel::OfficialColumn && index.data(SearchModel::OfficialRole).toBool()) {
            const QWidget *w = option->widget;
            QStyle *style = w ? w->style() : QApplication::style();
            option->icon = QIcon::fromTheme(QStringLiteral("emblem-default"), style->standardIcon(QStyle::SP_DialogApplyButton));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

SearchDialog::SearchDialog(Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_search(new HubSearch(engine, this))
    , m_model(new SearchModel(this))
    , m_proxy(new SearchProxyModel(this))
{
    setWindowTitle(tr("Search Docker Hub"));
    setAccessibleName(windowTitle());
    m_proxy->setSourceModel(m_model);

    auto *label = new QLabel(tr("&Search:"));
    m_term = new QLineEdit;
    m_term->setPlaceholderText(tr("a name or a word, such as “postgres” or “web server”"));
    m_term->setAccessibleName(tr("Search term"));
    m_term->setClearButtonEnabled(true);
    label->setBuddy(m_term);
    m_searchButton = new QPushButton(tr("Search"));
    m_searchButton->setAccessibleName(tr("Search Docker Hub"));
    m_searchButton->setDefault(true);
    m_official = new QCheckBox(tr("&Official images only"));
    m_official->setAccessibleName(tr("Official images only"));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_term, 1);
    row->addWidget(m_searchButton);
    row->addWidget(m_official);

    m_statusIcon = new QLabel;
    m_statusIcon->setFixedSize(18, 18);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Search status"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    m_view = new QTreeView;
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SearchModel::StarsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new OfficialBadgeDelegate(m_view));
    m_view->setAccessibleName(tr("Search results"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SearchModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SearchModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SearchModel::OfficialColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SearchModel::StarsColumn, QHeaderView::ResizeToContents);

    m_pull = new QPushButton(tr("&Pull…"));
    m_pull->setAccessibleName(tr("Pull the selected image"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_pull, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_pull->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_term, &QLineEdit::returnPressed, this, &SearchDialog::startSearch);
    connect(m_searchButton, &QPushButton::clicked, this, &SearchDialog::startSearch);
    connect(m_term, &QLineEdit::textChanged, this, &SearchDialog::updateButtons);
    connect(m_official, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setOfficialOnly(only);
        // The engine's own filter finds official images beyond the first page of results.
        if (!m_lastTerm.isEmpty())
            m_search->search(m_lastTerm, HubSearch::kDefaultLimit, only);
    });
    connect(m_pull, &QPushButton::clicked, this, &SearchDialog::pullSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &SearchDialog::pullSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SearchDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SearchDialog::updateButtons);

    connect(m_search, &HubSearch::started, this, [this](const QString &term) {
        setStatus(tr("Searching Docker Hub for “%1”…").arg(term), QStyle::SP_BrowserReload);
        updateButtons();
    });
    connect(m_search, &HubSearch::finished, this, [this](const QString &term, const QList<HubSearchResult> &results) {
        m_model->setResults(results);
        const int shown = m_proxy->rowCount();
        if (results.isEmpty())
            setStatus(tr("Docker Hub has no image matching “%1”.").arg(term), QStyle::SP_MessageBoxInformation);
        else
            setStatus(tr("%n result(s) for “%1”.", nullptr, shown).arg(term), QStyle::SP_DialogApplyButton);
        if (shown > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateButtons();
    });
    connect(m_search, &HubSearch::failed, this, [this](const QString &, const EngineError &error) {
        setStatus(error.userMessage, QStyle::SP_MessageBoxWarning);
        updateButtons();
    });

    resize(760, 480);
    setStatus(tr("Search asks the engine to look on Docker Hub. Official images are maintained by Docker and the "
                 "software's authors."),
              QStyle::SP_MessageBoxInformation);
    updateButtons();
}

void SearchDialog::setStatus(const QString &text, int icon)
{
    m_status->setText(text);
    m_statusIcon->setPixmap(style()->standardIcon(QStyle::StandardPixmap(icon)).pixmap(16, 16));
    switch (icon) {
    case QStyle::SP_MessageBoxWarning: m_statusIcon->setAccessibleName(tr("Problem")); break;
    case QStyle::SP_BrowserReload: m_statusIcon->setAccessibleName(tr("Searching")); break;
    default: m_statusIcon->setAccessibleName(tr("Information")); break;
    }
}

void SearchDialog::search(const QString &term)
{
    m_term->setText(term);
    startSearch();
}

void SearchDialog::startSearch()
{
    const QString term = m_term->text().trimmed();
    if (term.isEmpty())
        return;
    m_lastTerm = term;
    m_search->search(term, HubSearch::kDefaultLimit, m_official->isChecked());
}

QString SearchDialog::selectedName() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SearchModel::NameRole).toString();
}

void SearchDialog::updateButtons()
{
    m_searchButton->setEnabled(!m_term->text().trimmed().isEmpty());
    m_pull->setEnabled(!selectedName().isEmpty());
}

void SearchDialog::pullSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    Q_EMIT pullRequested(name);
    if (m_pullDialog) {
        m_pullDialog->setReference(name);
        m_pullDialog->show();
        m_pullDialog->raise();
        m_pullDialog->activateWindow();
    }
}
