#include "enginespanel.h"

#include "connectiondialog.h"
#include "enginesmodel.h"
#include "engineregistry.h"

#include <QHeaderView>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QToolButton *panelButton(const QString &objectName, const QString &text, const QString &accessible, const QIcon &icon, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setIcon(icon);
    b->setText(text);
    b->setToolTip(accessible);
    b->setAccessibleName(accessible);
    b->setAutoRaise(true);
    return b;
}

} // namespace

EnginesPanel::EnginesPanel(EngineRegistry *registry, const QString &current, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_model(new EnginesModel(registry, this))
    , m_current(current)
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("enginesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Engines"), this);
    title->setObjectName(QStringLiteral("enginesTitle"));
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    m_view->setObjectName(QStringLiteral("enginesView"));
    m_view->setAccessibleName(tr("Engines"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHeaderHidden(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EnginesModel::NameColumn, QHeaderView::Stretch);
    for (int c : {int(EnginesModel::KindColumn), int(EnginesModel::StateColumn), int(EnginesModel::VersionColumn)})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    title->setBuddy(m_view);

    // Two rows: the sidebar is narrow, and the words are long in some languages.
    auto *buttons = new QGridLayout;
    buttons->setSpacing(0);
    m_add = panelButton(QStringLiteral("engineAdd"), tr("Add"), tr("Add an engine"), QIcon::fromTheme(QStringLiteral("list-add")), this);
    m_edit = panelButton(QStringLiteral("engineEdit"), tr("Edit"), tr("Edit the engine"), QIcon::fromTheme(QStringLiteral("document-edit")), this);
    m_remove = panelButton(QStringLiteral("engineRemove"), tr("Remove"), tr("Remove the engine"), QIcon::fromTheme(QStringLiteral("list-remove")), this);
    m_test = panelButton(QStringLiteral("engineTest"), tr("Test"), tr("Test the connection"), QIcon::fromTheme(QStringLiteral("network-connect")), this);
    m_open = panelButton(QStringLiteral("engineOpen"), tr("Open"), tr("Open the engine in a window"), QIcon::fromTheme(QStringLiteral("window-new")), this);
    m_context = panelButton(QStringLiteral("engineContext"), tr("Context"), tr("Save as a docker context"), QIcon::fromTheme(QStringLiteral("document-save-as")), this);
    m_default = panelButton(QStringLiteral("engineDefault"), tr("Default"), tr("Open this engine when nothing else chooses one"), QIcon::fromTheme(QStringLiteral("starred")), this);
    int at = 0;
    for (QToolButton *b : {m_add, m_edit, m_remove, m_test, m_open, m_context, m_default}) {
        if (b->icon().isNull())
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b, at / 4, at % 4);
        ++at;
    }
    buttons->setColumnStretch(4, 1);
    layout->addLayout(buttons);

    m_message->setObjectName(QStringLiteral("enginesMessage"));
    m_message->setAccessibleName(tr("Engine message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_add, &QToolButton::clicked, this, &EnginesPanel::addConnection);
    connect(m_edit, &QToolButton::clicked, this, &EnginesPanel::editSelected);
    connect(m_remove, &QToolButton::clicked, this, &EnginesPanel::removeSelected);
    connect(m_test, &QToolButton::clicked, this, &EnginesPanel::testSelected);
    connect(m_open, &QToolButton::clicked, this, &EnginesPanel::openSelected);
    connect(m_context, &QToolButton::clicked, this, &EnginesPanel::writeSelectedAsContext);
    connect(m_default, &QToolButton::clicked, this, &EnginesPanel::makeSelectedDefault);
    connect(m_view, &QTreeView::activated, this, [this] { openSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EnginesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EnginesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EnginesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EnginesPanel::updateActions);
    select(current);
    updateActions();
}

QString EnginesPanel::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EnginesModel::NameRole).toString();
}

void EnginesPanel::select(const QString &name)
{
    const int row = m_model->rowOfKey(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void EnginesPanel::updateActions()
{
    const QString name = selected();
    // The selected engine's trouble, in full: the list itself has room for one word.
    const int row = m_model->rowOfKey(name);
    if (row >= 0) {
        const EngineRow &r = m_model->rowAt(row);
        if (r.state == EngineRow::State::Unreachable || r.state == EngineRow::State::Unusable)
            say(tr("\"%1\" %2: %3").arg(r.name, EnginesModel::stateText(r.state), r.reason));
        else if (m_shownTrouble)
            say({});
        m_shownTrouble = r.state == EngineRow::State::Unreachable || r.state == EngineRow::State::Unusable;
    }
    const EngineEntry *e = name.isEmpty() ? nullptr : m_registry->entry(name);
    const bool own = e && e->origin == EngineEntry::Origin::Cais;
    m_edit->setEnabled(own);
    m_remove->setEnabled(own);
    m_context->setEnabled(own);
    m_test->setEnabled(e && e->error.isEmpty());
    m_open->setEnabled(e && e->error.isEmpty() && name != m_current);
    m_default->setEnabled(e && e->error.isEmpty() && m_registry->defaultName() != name);
    if (e && !own) {
        const QString why = e->origin == EngineEntry::Origin::Context
            ? tr("A docker context: change it with \"docker context update\", remove it with \"docker context rm\".")
            : tr("Found on this computer: Cais lists it by itself.");
        m_edit->setToolTip(why);
        m_remove->setToolTip(why);
    } else {
        m_edit->setToolTip(m_edit->accessibleName());
        m_remove->setToolTip(m_remove->accessibleName());
    }
}

void EnginesPanel::say(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EnginesPanel::addConnection()
{
    auto *dialog = new ConnectionDialog(m_registry, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->entry().name;
        select(name);
        say(tr("\"%1\" added. Test it, or open it in a window.").arg(name));
    });
    dialog->open();
}

void EnginesPanel::editSelected()
{
    const EngineEntry *e = m_registry->entry(selected());
    if (!e || e->origin != EngineEntry::Origin::Cais)
        return;
    auto *dialog = new ConnectionDialog(m_registry, e, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { select(dialog->entry().name); });
    dialog->open();
}

void EnginesPanel::removeSelected()
{
    const QString name = selected();
    const EngineEntry *e = m_registry->entry(name);
    if (!e || e->origin != EngineEntry::Origin::Cais)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Engine"),
                                tr("Remove \"%1\" (%2) from Cais? Cais forgets its address; nothing on the engine changes.")
                                    .arg(name, e->address),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("engineRemoveConfirm"));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("engineRemoveConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *b) {
        if (b != remove)
            return;
        const Result<Done> r = m_registry->removeConnection(name);
        say(r ? tr("\"%1\" removed.").arg(name) : r.error().userMessage);
    });
    box->open();
}

void EnginesPanel::testSelected()
{
    const QString name = selected();
    if (name.isEmpty())
        return;
    QString error;
    Engine *e = m_registry->use(name, &error);
    if (!e) {
        say(error);
        return;
    }
    auto report = [this, name, e] {
        switch (e->state()) {
        case Engine::State::Connected:
            say(tr("\"%1\" answers: %2 %3, API %4.").arg(name, e->info().productName(), e->info().version, e->info().apiVersion));
            return true;
        case Engine::State::Unreachable:
            say(tr("\"%1\" cannot be reached: %2").arg(name, e->lastError().userMessage));
            return true;
        default:
            say(tr("Connecting to \"%1\"…").arg(name));
            return false;
        }
    };
    if (report())
        return;
    auto *once = new QObject(this);
    connect(e, &Engine::stateChanged, once, [report, once] {
        if (report())
            once->deleteLater();
    });
}

void EnginesPanel::openSelected()
{
    const QString name = selected();
    if (!name.isEmpty() && name != m_current)
        Q_EMIT openRequested(name);
}

void EnginesPanel::writeSelectedAsContext()
{
    const QString name = selected();
    const Result<Done> r = m_registry->writeDockerContext(name);
    say(r ? tr("\"%1\" is now a docker context: \"docker --context %1\" reaches it too.").arg(name) : r.error().userMessage);
    if (r)
        select(name);
}

void EnginesPanel::makeSelectedDefault()
{
    const QString name = selected();
    if (name.isEmpty())
        return;
    m_registry->setDefaultName(name);
    say(tr("Cais opens \"%1\" when no option, variable or \"docker context use\" chooses an engine.").arg(name));
    updateActions();
}
