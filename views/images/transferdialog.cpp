#include "images/transferdialog.h"

#include "images/progressview.h"
#include "engine.h"
#include "pullpush.h"
#include "registryauth.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

TransferDialog::TransferDialog(Engine *engine, RegistryAuth *auth, const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_auth(auth)
    , m_edit(new QLineEdit)
    , m_validationIcon(new QLabel)
    , m_validation(new QLabel)
    , m_action(new QPushButton(texts.action))
    , m_tabs(new ProgressTabs)
    , m_layout(new QVBoxLayout(this))
{
    setWindowTitle(texts.title);
    setAccessibleName(windowTitle());

    auto *label = new QLabel(texts.fieldLabel);
    m_edit->setPlaceholderText(texts.placeholder);
    m_edit->setAccessibleName(texts.fieldName);
    m_edit->setClearButtonEnabled(true);
    m_edit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    label->setBuddy(m_edit);
    m_action->setAccessibleName(texts.actionName);
    m_action->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_action);

    m_validationIcon->setFixedSize(18, 18);
    m_validation->setWordWrap(true);
    m_validation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->setAccessibleName(texts.validationName);
    auto *check = new QHBoxLayout;
    check->addWidget(m_validationIcon, 0, Qt::AlignTop);
    check->addWidget(m_validation, 1);

    m_tabs->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    m_layout->addLayout(row);
    m_layout->addLayout(check);
    m_layout->addWidget(m_tabs, 1);
    m_layout->addStretch(0); // takes the room while there are no tabs
    m_layout->addWidget(buttons);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this] {
        // The tab goes after this signal; hide the area once nothing is left.
        QMetaObject::invokeMethod(this, [this] { m_tabs->setVisible(m_tabs->count() > 0); }, Qt::QueuedConnection);
    });
}

void TransferDialog::showCheck(bool ok, const QString &message)
{
    const bool empty = m_edit->text().trimmed().isEmpty();
    m_validation->setText(message);
    const QStyle::StandardPixmap icon = ok ? QStyle::SP_DialogApplyButton : (empty ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning);
    m_validationIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_validationIcon->setAccessibleName(ok ? tr("Valid") : (empty ? tr("Hint") : tr("Invalid")));
    m_action->setEnabled(ok && m_engine);
    m_edit->setAccessibleDescription(message);
}

void TransferDialog::addBelowCheck(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_tabs), widget);
}

void TransferDialog::startInTab(RegistryOperation *op)
{
    op->setRegistryAuth(m_auth);
    m_tabs->addOperation(op);
    m_tabs->show();
    if (height() < 420)
        resize(std::max(width(), 640), 420);
    op->start();
}
