#include "images/progressview.h"

#include "engine.h"
#include "images/logindialog.h"
#include "pullprogressmodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString progressBytes(qint64 b)
{
    return QLocale().formattedDataSize(b, 1, QLocale::DataSizeSIFormat);
}

/// A bar per layer in the progress column, with the bytes written on it.
class LayerBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != PullProgressModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The selection background first, then the bar inside the cell's margins.
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        base.text.clear();
        const QWidget *w = option.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &base, painter, w);

        // Nothing moved for a layer that was already there: its state says it all.
        if (index.data(PullProgressModel::SkippedRole).toBool())
            return;
        const double fraction = index.data(PullProgressModel::FractionRole).toDouble();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        // Unknown size: an empty bar with the bytes moved so far, not a fake percentage.
        bar.maximum = 1000;
        bar.progress = fraction < 0 ? 0 : int(fraction * 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == PullProgressModel::ProgressColumn)
            s.setWidth(std::max(s.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("000.0 MB of 000.0 MB")) + 16));
        return s;
    }
};

} // namespace

ProgressView::ProgressView(RegistryOperation *operation, QWidget *parent)
    : QWidget(parent)
    , m_op(operation)
    , m_model(new PullProgressModel(operation->kind(), this))
{
    const bool pull = operation->kind() == Progress::Kind::Pull;
    setAccessibleName(pull ? tr("Pull of %1").arg(title()) : tr("Push of %1").arg(title()));

    m_icon = new QLabel;
    m_icon->setFixedSize(22, 22);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_icon, 0, Qt::AlignTop);
    head->addWidget(m_status, 1);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Error"));
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(6);
    m_error->hide();

    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_warning->setAccessibleName(tr("Credentials warning"));
    m_warning->hide();

    m_overall = new QProgressBar;
    m_overall->setRange(0, 1000);
    m_overall->setAccessibleName(tr("Overall progress"));

    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegate(new LayerBarDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Layers"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(PullProgressModel::LayerColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PullProgressModel::StateColumn, QHeaderView::ResizeToContents);

    m_cancel = new QPushButton(tr("&Cancel"));
    m_cancel->setAccessibleName(pull ? tr("Cancel the pull") : tr("Cancel the push"));
    m_retry = new QPushButton(tr("&Retry"));
    m_retry->setAccessibleName(pull ? tr("Retry the pull") : tr("Retry the push"));
    m_login = new QPushButton(tr("&Log in…"));
    m_login->setAccessibleName(tr("Log in to the registry"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_login);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_error);
    layout->addWidget(m_warning);
    layout->addWidget(m_overall);
    layout->addWidget(m_view, 1);
    layout->addStretch(0); // takes the room while the layer list is hidden
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_op)
            m_op->cancel();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_op)
            m_op->retry();
    });
    connect(m_login, &QPushButton::clicked, this, &ProgressView::askForLogin);
    connect(operation, &RegistryOperation::progressed, this, [this](const Progress::Update &u) {
        m_model->apply(m_op->progress(), u);
        refresh();
    });
    connect(operation, &RegistryOperation::restarted, this, [this] {
        m_model->sync(m_op->progress());
        refresh();
    });
    connect(operation, &RegistryOperation::stateChanged, this, &ProgressView::refresh);
    connect(operation, &RegistryOperation::loginRequired, this, [this] {
        // After the failure has been shown, so the dialog has the page behind it.
        if (m_askForLogin)
            QMetaObject::invokeMethod(this, &ProgressView::askForLogin, Qt::QueuedConnection);
    });
    connect(operation, &QObject::destroyed, this, &ProgressView::refresh);
    m_model->sync(operation->progress());
    refresh();
}

ProgressView::~ProgressView()
{
    // The operation may be our child: QWidget deletes children after this
    // destructor, and its signals must not reach a half-destroyed view.
    if (m_op)
        disconnect(m_op, nullptr, this, nullptr);
}

QString ProgressView::title() const
{
    return m_op ? m_op->reference().familiar() : QString();
}

QString ProgressView::statusText() const
{
    if (!m_op)
        return {};
    const RegistryOperation &op = *m_op;
    const Progress &p = op.progress();
    const bool pull = op.kind() == Progress::Kind::Pull;
    const QString name = op.reference().familiar();
    switch (op.state()) {
    case RegistryOperation::State::Idle:
        return pull ? tr("Ready to pull %1.").arg(name) : tr("Ready to push %1.").arg(name);
    case RegistryOperation::State::Authenticating:
        return tr("Looking up the credentials for %1…").arg(LoginDialog::registryName(op.registryKey()));
    case RegistryOperation::State::Running: {
        if (p.layers().isEmpty()) {
            // Podman's push says nothing per layer, only its digest at the end.
            if (!pull && op.engine() && op.engine()->info().podman)
                return tr("Pushing %1… (Podman reports no progress per layer for a push: the result comes at the end.)").arg(name);
            if (!pull && !p.message().isEmpty())
                return tr("Pushing %1: preparing…").arg(name);
            return pull ? tr("Pulling %1: asking the registry…").arg(name) : tr("Pushing %1…").arg(name);
        }
        const QString layers = tr("%1 of %n layer(s) done", nullptr, int(p.layers().size())).arg(p.layersDone());
        if (p.bytesTotal() <= 0)
            return pull ? tr("Pulling %1: %2.").arg(name, layers) : tr("Pushing %1: %2.").arg(name, layers);
        return pull ? tr("Pulling %1: %2, %3 of %4 downloaded.").arg(name, layers, progressBytes(p.bytesTransferred()), progressBytes(p.bytesTotal()))
                    : tr("Pushing %1: %2, %3 of %4 sent.").arg(name, layers, progressBytes(p.bytesTransferred()), progressBytes(p.bytesTotal()));
    }
    case RegistryOperation::State::Succeeded: {
        QString text;
        switch (p.outcome()) {
        case Progress::Outcome::Downloaded:
            text = tr("Pulled %1: a newer image was downloaded.").arg(name);
            break;
        case Progress::Outcome::UpToDate:
            text = tr("%1 is up to date: there was nothing to download.").arg(name);
            break;
        default:
            text = pull ? tr("Pulled %1.").arg(name) : tr("Pushed %1.").arg(name);
            break;
        }
        if (!p.digest().isEmpty())
            text += QLatin1Char(' ') + tr("Digest: %1").arg(p.digest());
        return text;
    }
    case RegistryOperation::State::Failed:
        return pull ? tr("The pull of %1 failed.").arg(name) : tr("The push of %1 failed.").arg(name);
    case RegistryOperation::State::Canceled:
        return pull ? tr("The pull of %1 was canceled.").arg(name) : tr("The push of %1 was canceled.").arg(name);
    }
    return {};
}

void ProgressView::refresh()
{
    if (!m_op) {
        m_cancel->setEnabled(false);
        m_retry->hide();
        m_login->hide();
        return;
    }
    const RegistryOperation &op = *m_op;
    const Progress &p = op.progress();
    using S = RegistryOperation::State;
    const S state = op.state();

    m_status->setText(statusText());
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    QString iconName = tr("In progress");
    if (state == S::Succeeded) {
        icon = QStyle::SP_DialogApplyButton;
        iconName = tr("Done");
    } else if (state == S::Failed) {
        icon = QStyle::SP_MessageBoxCritical;
        iconName = tr("Failed");
    } else if (state == S::Canceled) {
        icon = QStyle::SP_DialogCancelButton;
        iconName = tr("Canceled");
    }
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(20, 20));
    m_icon->setAccessibleName(iconName);

    const bool failed = state == S::Failed;
    m_error->setVisible(failed);
    if (failed)
        m_error->setText(op.error().fullText());
    m_warning->setVisible(!op.credentialsWarning().isEmpty());
    m_warning->setText(op.credentialsWarning());

    const double fraction = p.fraction();
    m_overall->setValue(int(fraction * 1000));
    if (state == S::Succeeded)
        m_overall->setValue(1000);
    const bool pull = op.kind() == Progress::Kind::Pull;
    if (p.bytesTotal() <= 0)
        m_overall->setFormat(tr("%p%"));
    else if (!pull)
        m_overall->setFormat(tr("%1 of %2 sent (%p%)").arg(progressBytes(p.bytesTransferred()), progressBytes(p.bytesTotal())));
    else if (p.bytesTransferred() < p.bytesTotal() || state != S::Running)
        m_overall->setFormat(tr("%1 of %2 downloaded (%p%)").arg(progressBytes(p.bytesTransferred()), progressBytes(p.bytesTotal())));
    else
        m_overall->setFormat(tr("%1 downloaded, extracting (%p%)").arg(progressBytes(p.bytesTotal())));
    m_overall->setAccessibleDescription(m_overall->text());

    // A stream that ended before any layer (up to date, refused) has nothing to list.
    const bool hasLayers = m_model->rowCount() > 0;
    m_view->setVisible(hasLayers);
    m_overall->setVisible(hasLayers || state == S::Running || state == S::Succeeded);

    m_cancel->setEnabled(op.isRunning());
    m_retry->setVisible(state == S::Failed || state == S::Canceled);
    m_login->setVisible(failed && op.needsLogin());
    Q_EMIT changed();
}

void ProgressView::askForLogin()
{
    if (!m_op || m_loginOpen)
        return;
    m_loginOpen = true;
    auto *dialog = new LoginDialog(m_op->registryKey(), m_op->error().engineMessage, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_loginOpen = false;
        if (result == QDialog::Accepted && m_op)
            m_op->retryWithCredentials(dialog->credentials());
    });
    dialog->open();
}

// --- ProgressTabs -------------------------------------------------------------------

ProgressTabs::ProgressTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setTabsClosable(true);
    setDocumentMode(true);
    setAccessibleName(tr("Transfers"));
    tabBar()->setAccessibleName(tr("Transfers"));
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        ProgressView *v = view(index);
        removeTab(index);
        if (v) {
            if (v->operation())
                v->operation()->cancel();
            v->deleteLater();
        }
    });
}

ProgressView *ProgressTabs::addOperation(RegistryOperation *operation)
{
    auto *v = new ProgressView(operation);
    operation->setParent(v); // the tab owns it: closing the tab cancels and frees it
    const int index = addTab(v, v->title());
    setCurrentIndex(index);
    connect(v, &ProgressView::changed, this, [this, v] { refreshTab(v); });
    refreshTab(v);
    return v;
}

ProgressView *ProgressTabs::view(int index) const
{
    return qobject_cast<ProgressView *>(widget(index));
}

int ProgressTabs::runningCount() const
{
    int n = 0;
    for (int i = 0; i < count(); ++i) {
        if (ProgressView *v = view(i); v && v->operation() && v->operation()->isRunning())
            ++n;
    }
    return n;
}

void ProgressTabs::refreshTab(ProgressView *v)
{
    const int index = indexOf(v);
    if (index < 0 || !v->operation())
        return;
    const RegistryOperation &op = *v->operation();
    using S = RegistryOperation::State;
    // The state in words, not only as an icon.
    QString state;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (op.state()) {
    case S::Idle:
    case S::Authenticating:
        state = tr("starting");
        break;
    case S::Running:
        state = tr("%1%").arg(qRound(op.progress().fraction() * 100));
        break;
    case S::Succeeded:
        state = tr("done");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case S::Failed:
        state = tr("failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case S::Canceled:
        state = tr("canceled");
        icon = QStyle::SP_DialogCancelButton;
        break;
    }
    setTabText(index, tr("%1 (%2)").arg(v->title(), state));
    setTabIcon(index, style()->standardIcon(icon));
    setTabToolTip(index, v->statusText());
}
