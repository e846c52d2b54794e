#include "copytocontainerdialog.h"

#include "containersapi.h"
#include "engine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

CopyToContainerDialog::CopyToContainerDialog(Engine *engine, const QString &sourceContainer, const QStringList &paths,
                                             const QString &defaultFolder, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_source(sourceContainer)
    , m_paths(paths)
    , m_containers(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Copy to Another Container"));
    setAccessibleName(tr("Copy to another container"));
    auto *what = new QLabel(paths.size() == 1 ? tr("Copy “%1” to:").arg(paths.first())
                                              : tr("Copy %n item(s) (%1) to:", nullptr, int(paths.size())).arg(paths.join(QStringLiteral(", "))),
                            this);
    what->setWordWrap(true);
    m_containers->setAccessibleName(tr("Destination container"));
    m_containers->setPlaceholderText(tr("Reading the containers…"));
    m_path->setAccessibleName(tr("Destination folder in that container"));
    m_path->setText(defaultFolder.isEmpty() ? QStringLiteral("/") : defaultFolder);
    m_path->setPlaceholderText(tr("A folder that exists there, for example /tmp"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Folders are not created: the destination folder must exist. You are asked before any existing file there is replaced."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Copy to the chosen container"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Do not copy"));

    auto *form = new QFormLayout;
    form->addRow(tr("Container:"), m_containers);
    form->addRow(tr("Folder:"), m_path);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(what);
    lay->addLayout(form);
    lay->addWidget(m_note);
    lay->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_containers, &QComboBox::currentIndexChanged, this, &CopyToContainerDialog::updateOk);
    connect(m_path, &QLineEdit::textChanged, this, &CopyToContainerDialog::updateOk);
    updateOk();

    if (!m_engine) {
        m_loaded = true;
        m_note->setText(tr("There is no engine connection."));
        return;
    }
    auto *watcher = new QFutureWatcher<Result<QList<ContainerSummary>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ContainerSummary>>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto r = watcher->result();
        m_loaded = true;
        m_containers->setPlaceholderText(tr("No other container"));
        if (!r) {
            m_note->setText(tr("The containers could not be read: %1").arg(r.error().fullText()));
        } else {
            QList<ContainerSummary> list = *r;
            std::sort(list.begin(), list.end(), [](const ContainerSummary &a, const ContainerSummary &b) {
                return a.name().localeAwareCompare(b.name()) < 0;
            });
            for (const ContainerSummary &c : std::as_const(list)) {
                if (c.id == m_source || c.name() == m_source || (m_source.size() >= 12 && c.id.startsWith(m_source)))
                    continue;
                const auto kind = c.stateKind();
                const QString state = kind == ContainerSummary::State::Running ? tr("running")
                                      : kind == ContainerSummary::State::Paused ? tr("paused")
                                                                                 : tr("stopped");
                m_containers->addItem(tr("%1 (%2)").arg(c.name(), state), c.id);
                m_containers->setItemData(m_containers->count() - 1, c.name(), Qt::UserRole + 1);
            }
            m_containers->setCurrentIndex(m_containers->count() > 0 ? 0 : -1);
        }
        updateOk();
        Q_EMIT loaded();
    });
    watcher->setFuture(ContainersApi(m_engine).list(true));
}

QString CopyToContainerDialog::destinationContainer() const
{
    return m_containers->currentData().toString();
}

QString CopyToContainerDialog::destinationName() const
{
    return m_containers->currentData(Qt::UserRole + 1).toString();
}

QString CopyToContainerDialog::destinationPath() const
{
    return m_path->text().trimmed();
}

void CopyToContainerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!destinationContainer().isEmpty() && destinationPath().startsWith(u'/'));
}
