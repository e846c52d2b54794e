#include "system/confirmdialog.h"

#include "system/keyvaluetable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &intro, const QStringList &affected, const QString &buttonText,
                             Action action, const QString &doneText, QWidget *parent)
    : QDialog(parent)
    , m_action(std::move(action))
    , m_doneText(doneText)
    , m_affected(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);
    m_affected->setObjectName(QStringLiteral("confirmAffected"));
    m_affected->setAccessibleName(tr("What the action affects"));
    m_affected->setSelectionMode(QAbstractItemView::NoSelection);
    m_affected->addItems(affected);
    m_affected->setMaximumHeight(m_affected->fontMetrics().lineSpacing() * 8);
    m_affected->setVisible(!affected.isEmpty());
    m_status->setObjectName(QStringLiteral("confirmStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm = m_buttons->addButton(buttonText, QDialogButtonBox::DestructiveRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_confirm->setEnabled(false);
        setStatusText(m_status, tr("Working…"), false);
        m_action().then(this, [this](const Result<Done> &r) {
            if (!r) {
                m_confirm->setEnabled(true);
                return setStatusText(m_status, r.error().fullText(), true);
            }
            m_finished = true;
            setStatusText(m_status, m_doneText, false);
            m_confirm->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            Q_EMIT actionDone();
        });
    });
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(introLabel);
    lay->addWidget(m_affected);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(480, sizeHint().height());
}
