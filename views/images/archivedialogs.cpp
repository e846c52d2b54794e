#include "archivedialogs.h"

#include "common/wraplabel.h"
#include "engine.h"
#include "images/imagefields.h"
#include "reference.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QString archiveBytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString shortId(const QString &id)
{
    return id.mid(id.indexOf(QLatin1Char(':')) + 1, 12);
}

/// "cais-test/shell:1" -> "shell_1": a file name from an image or container name.
QString fileNameFor(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    base.replace(unsafe, QStringLiteral("_"));
    return base.isEmpty() ? QStringLiteral("archive") : base;
}

constexpr int kBarSteps = 1000;

} // namespace

// --- ArchiveDialog -----------------------------------------------------------------------

ArchiveDialog::ArchiveDialog(Engine *engine, FileMode mode, const Texts &texts, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_mode(mode)
    , m_texts(texts)
    , m_intro(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_pathFeedback(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_form(new QFormLayout)
    , m_progress(new QProgressBar(this))
    , m_status(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_buttons(new QDialogButtonBox(this))
    , m_action(new QPushButton(texts.action, this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(texts.objectName);
    setWindowTitle(texts.title);
    setAccessibleName(texts.accessibleName);
    m_intro->setText(texts.intro);

    m_path->setObjectName(QStringLiteral("archivePath"));
    m_path->setAccessibleName(mode == FileMode::Write ? tr("File to write") : tr("Archive to read"));
    m_path->setPlaceholderText(mode == FileMode::Write ? tr("/path/to/archive.tar or .tar.gz") : tr("/path/to/archive.tar"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("archiveBrowse"));
    m_browse->setAccessibleName(tr("Choose the file"));
    m_browse->setAutoDefault(false);
    m_pathFeedback->setObjectName(QStringLiteral("archivePathFeedback"));
    m_pathFeedback->setAccessibleName(tr("File check"));

    m_progress->setObjectName(QStringLiteral("archiveProgress"));
    m_progress->setAccessibleName(tr("Transfer progress"));
    m_progress->setRange(0, kBarSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("archiveStatus"));
    m_status->setAccessibleName(tr("Transfer status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_action->setObjectName(QStringLiteral("archiveAction"));
    m_action->setAccessibleName(QString(texts.action).remove(QLatin1Char('&')));
    m_action->setDefault(true);
    m_close->setObjectName(QStringLiteral("archiveClose"));
    m_close->setAccessibleName(tr("Close or cancel"));
    m_close->setAutoDefault(false);
    m_buttons->addButton(m_action, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_action, &QPushButton::clicked, this, [this] { start(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ArchiveDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ArchiveDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ArchiveDialog::checkPath);

    auto *fileRow = new QWidget(this);
    auto *fileRowLayout = new QHBoxLayout(fileRow);
    fileRowLayout->setContentsMargins(0, 0, 0, 0);
    fileRowLayout->addWidget(m_path, 1);
    fileRowLayout->addWidget(m_browse);
    auto *fileLabel = new QLabel(texts.fileLabel, this);
    fileLabel->setBuddy(m_path);
    auto *fileForm = new QFormLayout;
    fileForm->addRow(fileLabel, fileRow);
    fileForm->addRow(QString(), m_pathFeedback);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addLayout(fileForm);
    lay->addLayout(m_form);
    lay->addStretch(1);
    lay->addWidget(m_progress);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(620, sizeHint().height());
}

void ArchiveDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ArchiveDialog::initPath()
{
    if (m_mode == FileMode::Write && m_path->text().isEmpty()) {
        // A file that does not exist yet: Save right away never replaces one.
        const QDir dir(defaultFolder());
        const QString name = suggestedFileName();
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        QString path = dir.filePath(name);
        for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
            path = dir.filePath(name.left(dot) + u'-' + QString::number(n) + name.mid(dot));
        m_path->setText(path); // checks it
        return;
    }
    checkPath();
}

QString ArchiveDialog::defaultFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void ArchiveDialog::browse()
{
    QString start = m_path->text().trimmed();
    if (start.isEmpty() || !QFileInfo(start).isAbsolute())
        start = m_mode == FileMode::Write ? QDir(defaultFolder()).filePath(suggestedFileName()) : defaultFolder();
    const QString tarFilter = tr("Tar archives (*.tar)");
    const QString gzFilter = tr("Gzip-compressed tar archives (*.tar.gz *.tgz)");
    if (m_mode == FileMode::Write) {
        QString selected = ArchiveTransfer::compressionFor(start) == ArchiveTransfer::Compression::Gzip ? gzFilter : tarFilter;
        QString path = QFileDialog::getSaveFileName(this, m_texts.fileDialogTitle, start, tarFilter + u";;" + gzFilter, &selected);
        if (path.isEmpty())
            return;
        // The dialog adds no suffix by itself: the chosen kind decides it.
        const bool gz = selected == gzFilter;
        if (gz && ArchiveTransfer::compressionFor(path) != ArchiveTransfer::Compression::Gzip)
            path += path.endsWith(u".tar") ? QStringLiteral(".gz") : QStringLiteral(".tar.gz");
        else if (!gz && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".tar");
        m_path->setText(path);
    } else {
        const QString all = tr("Image and file archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst)");
        const QString path = QFileDialog::getOpenFileName(this, m_texts.fileDialogTitle, start, all + u";;" + tr("All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    }
}

void ArchiveDialog::checkPath()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_pathOk = false;
        showFieldMessage(m_pathFeedback, m_mode == FileMode::Write ? tr("Type where to write the archive, or choose it with Browse.")
                                                                   : tr("Type the archive's path, or choose it with Browse."),
                         false);
    } else if (m_mode == FileMode::Write) {
        const auto check = ArchiveTransfer::checkDestination(path);
        m_pathOk = check.has_value();
        if (!check) {
            showFieldMessage(m_pathFeedback, check.error().userMessage, true);
        } else {
            QString text = *check == ArchiveTransfer::Compression::Gzip ? tr("Written as a gzip-compressed tar.")
                                                                        : tr("Written as a tar (end the name in .tar.gz to compress it).");
            if (QFileInfo(path).isFile())
                text += u' ' + tr("%1 exists: it is replaced once the new archive is complete.").arg(QFileInfo(path).fileName());
            showFieldMessage(m_pathFeedback, text, false);
        }
    } else {
        const auto size = ArchiveTransfer::checkSource(path);
        m_pathOk = size.has_value();
        showFieldMessage(m_pathFeedback, size ? tr("%1 to send.").arg(archiveBytesText(*size)) : size.error().userMessage, !size);
    }
    updateState();
}

void ArchiveDialog::updateState()
{
    const bool ready = m_engine && m_pathOk && formProblem().isEmpty() && !isRunning();
    m_action->setEnabled(ready);
    m_action->setToolTip(ready || isRunning() ? QString() : !m_engine ? tr("Not connected to an engine.") : !m_pathOk ? m_pathFeedback->text() : formProblem());
}

ArchiveTransfer *ArchiveDialog::start()
{
    updateState();
    if (!m_action->isEnabled())
        return nullptr;
    ArchiveTransfer *t = makeTransfer(m_path->text().trimmed());
    if (!t)
        return nullptr;
    if (m_transfer)
        m_transfer->deleteLater();
    m_transfer = t;
    connect(t, &ArchiveTransfer::progress, this, &ArchiveDialog::onProgress);
    connect(t, &ArchiveTransfer::stageChanged, this, &ArchiveDialog::onStage);
    connect(t, &ArchiveTransfer::finished, this, &ArchiveDialog::onFinished);
    setRunning(true);
    showFieldMessage(m_status, m_mode == FileMode::Write ? tr("Waiting for the engine…") : tr("Sending…"), false);
    m_progress->setVisible(true);
    m_progress->setRange(0, m_mode == FileMode::Write && m_expected <= 0 ? 0 : kBarSteps);
    m_progress->setValue(0);
    m_clock.start();
    t->start();
    return t;
}

void ArchiveDialog::setRunning(bool running)
{
    for (const auto range = findChildren<QWidget *>(); QWidget *w : range) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractScrollArea *>(w)) && w != m_close
            && w->window() == this)
            w->setEnabled(!running);
    }
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    m_close->setToolTip(running ? tr("Stop the transfer (nothing of a file being written is left)") : QString());
    updateState();
}

void ArchiveDialog::onProgress(qint64 done, qint64 total)
{
    if (!m_transfer || m_transfer->stage() != ArchiveTransfer::Stage::Transferring)
        return;
    const qint64 ms = std::max<qint64>(1, m_clock.elapsed());
    const QString rate = tr("%1/s").arg(archiveBytesText(done * 1000 / ms));
    if (m_mode == FileMode::Read) {
        if (total > 0)
            m_progress->setValue(int(std::min<qint64>(kBarSteps, done * kBarSteps / total)));
        m_status->setText(tr("%1 of %2 sent · %3").arg(archiveBytesText(done), archiveBytesText(total), rate));
        return;
    }
    if (m_expected > 0)
        m_progress->setValue(int(std::min<qint64>(kBarSteps - 1, done * kBarSteps / m_expected)));
    QString text = m_expected > 0 ? tr("%1 of about %2 received · %3").arg(archiveBytesText(done), archiveBytesText(m_expected), rate)
                                  : tr("%1 received · %2").arg(archiveBytesText(done), rate);
    if (ArchiveTransfer::compressionFor(m_transfer->path()) == ArchiveTransfer::Compression::Gzip)
        text += u' ' + tr("(%1 written, compressed)").arg(archiveBytesText(m_transfer->fileBytes()));
    m_status->setText(text);
}

void ArchiveDialog::onStage(ArchiveTransfer::Stage stage)
{
    if (stage == ArchiveTransfer::Stage::Processing) {
        m_progress->setRange(0, 0);
        showFieldMessage(m_status, processingText(), false);
    }
}

void ArchiveDialog::onFinished()
{
    ArchiveTransfer *t = m_transfer;
    if (!t)
        return;
    setRunning(false);
    m_progress->setRange(0, kBarSteps);
    const auto &r = t->result();
    if (r) {
        m_progress->setValue(kBarSteps);
        showFieldMessage(m_status, successText(*r), false);
        succeeded(*r);
    } else {
        m_progress->setValue(0);
        m_progress->setVisible(false);
        showFieldMessage(m_status, r.error().kind == EngineError::Kind::Canceled ? r.error().userMessage : r.error().fullText(),
                         r.error().kind != EngineError::Kind::Canceled);
    }
    checkPath(); // a written file now exists
    Q_EMIT transferFinished();
}

void ArchiveDialog::reject()
{
    if (isRunning()) {
        m_transfer->cancel();
        return;
    }
    QDialog::reject();
}

// --- SaveImagesDialog ---------------------------------------------------------------------

SaveImagesDialog::SaveImagesDialog(Engine *engine, const QList<Choice> &images, const QStringList &checked, QWidget *parent)
    : ArchiveDialog(engine, FileMode::Write,
                    {tr("Save Images"), tr("Save images to an archive"), QStringLiteral("saveImagesDialog"),
                     tr("Write the chosen images, with their tags and layers, to one archive (docker save). "
                        "Load it on any Docker or Podman engine."),
                     tr("&Save"), tr("&File:"), tr("Save Images As")},
                    parent)
    , m_images(images)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_summary(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
{
    m_filter->setObjectName(QStringLiteral("saveImagesFilter"));
    m_filter->setAccessibleName(tr("Filter the images"));
    m_filter->setPlaceholderText(tr("Filter by name or ID"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("saveImagesList"));
    m_list->setAccessibleName(tr("Images to save"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 8);
    m_summary->setObjectName(QStringLiteral("saveImagesSummary"));
    m_summary->setAccessibleName(tr("What will be saved"));

    QList<Choice> sorted = images;
    std::sort(sorted.begin(), sorted.end(), [](const Choice &a, const Choice &b) {
        if (a.tags.isEmpty() != b.tags.isEmpty())
            return b.tags.isEmpty();
        return a.tags.value(0, a.id) < b.tags.value(0, b.id);
    });
    for (const Choice &c : std::as_const(sorted)) {
        const QString size = archiveBytesText(c.size);
        auto *item = new QListWidgetItem(c.tags.isEmpty() ? tr("%1 (no tag, loads back without a name) · %2").arg(shortId(c.id), size)
                                                          : tr("%1 · %2 · %3").arg(c.tags.join(QLatin1String(", ")), shortId(c.id), size),
                                         m_list);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateSummary();
        updateState();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    form()->addRow(tr("&Images:"), m_filter);
    form()->addRow(QString(), m_list);
    form()->addRow(QString(), m_summary);
    updateSummary();
    initPath();
    resize(680, 560);
}

void SaveImagesDialog::setChecked(const QStringList &ids)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(ids.contains(m_list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QList<SaveImagesDialog::Choice> SaveImagesDialog::checkedChoices() const
{
    QList<Choice> out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const QString id = m_list->item(i)->data(Qt::UserRole).toString();
        for (const Choice &c : m_images)
            if (c.id == id)
                out << c;
    }
    return out;
}

QStringList SaveImagesDialog::names() const
{
    QStringList names;
    for (const auto range = checkedChoices(); const Choice &c : range)
        names += c.tags.isEmpty() ? QStringList{c.id} : c.tags;
    return names;
}

void SaveImagesDialog::updateSummary()
{
    const QList<Choice> chosen = checkedChoices();
    qint64 total = 0;
    for (const Choice &c : chosen)
        total += c.size;
    setExpectedBytes(total);
    if (chosen.isEmpty())
        showFieldMessage(m_summary, tr("Check the images to save."), false);
    else
        showFieldMessage(m_summary, tr("%n image(s), about %1 before compression (layers they share are written once).", nullptr, int(chosen.size()))
                                        .arg(archiveBytesText(total)),
                         false);
}

QString SaveImagesDialog::formProblem() const
{
    return checkedChoices().isEmpty() ? tr("Check the images to save.") : QString();
}

ArchiveTransfer *SaveImagesDialog::makeTransfer(const QString &path)
{
    return ArchiveTransfer::save(m_engine, names(), path, this);
}

QString SaveImagesDialog::successText(const ArchiveReport &report) const
{
    return tr("Saved %n image(s) to %1 (%2).", nullptr, int(checkedChoices().size())).arg(report.path, archiveBytesText(report.fileBytes));
}

QString SaveImagesDialog::suggestedFileName() const
{
    const QList<Choice> chosen = checkedChoices();
    if (chosen.size() == 1)
        return fileNameFor(chosen.first().tags.isEmpty() ? shortId(chosen.first().id) : chosen.first().tags.first()) + QStringLiteral(".tar");
    return QStringLiteral("images.tar");
}

// --- LoadImagesDialog ---------------------------------------------------------------------

LoadImagesDialog::LoadImagesDialog(Engine *engine, QWidget *parent)
    : ArchiveDialog(engine, FileMode::Read,
                    {tr("Load Images"), tr("Load images from an archive"), QStringLiteral("loadImagesDialog"),
                     tr("Load the images of an archive made by docker save or podman save (docker load). "
                        "A .tar, or a compressed one (.tar.gz, .tar.xz, .tar.bz2, .tar.zst). Images with the same names are replaced."),
                     tr("&Load"), tr("&Archive:"), tr("Load Images From")},
                    parent)
{
    initPath();
    resize(620, 280);
}

ArchiveTransfer *LoadImagesDialog::makeTransfer(const QString &path)
{
    return ArchiveTransfer::load(m_engine, path, this);
}

QString LoadImagesDialog::successText(const ArchiveReport &report) const
{
    QStringList names;
    for (const QString &n : report.loaded)
        names << (Reference::isImageId(n) ? shortId(n) : n);
    return tr("Loaded %1.").arg(names.join(QLatin1String(", ")));
}

QString LoadImagesDialog::processingText() const
{
    return tr("Everything is sent; the engine is loading the images…");
}

void LoadImagesDialog::succeeded(const ArchiveReport &report)
{
    Q_EMIT loaded(report.loaded);
}

// --- ImportImageDialog --------------------------------------------------------------------

ImportImageDialog::ImportImageDialog(Engine *engine, QWidget *parent)
    : ArchiveDialog(engine, FileMode::Read,
                    {tr("Import Image"), tr("Import a tar of files as an image"), QStringLiteral("importImageDialog"),
                     tr("Make an image of one layer from a tar of files, such as docker export writes (docker import). "
                        "The image has no configuration but what the changes set."),
                     tr("&Import"), tr("&Archive:"), tr("Import Image From")},
                    parent)
    , m_name(new ImageNameField(this))
    , m_message(new QLineEdit(this))
    , m_changes(new ChangesField(this))
{
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("Shown as the comment of the image's layer (optional)"));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Message:"), m_message);
    form()->addRow(tr("&Changes:"), m_changes);
    connect(m_name, &ImageNameField::validityChanged, this, &ImportImageDialog::updateState);
    connect(m_changes, &ChangesField::validityChanged, this, &ImportImageDialog::updateState);
    initPath();
    resize(680, 560);
}

QString ImportImageDialog::formProblem() const
{
    if (!m_name->isValid())
        return m_name->feedback()->text();
    if (!m_changes->isValid())
        return m_changes->feedback()->text();
    return {};
}

ArchiveTransfer *ImportImageDialog::makeTransfer(const QString &path)
{
    return ArchiveTransfer::import(m_engine, path, {m_name->text(), m_message->text(), m_changes->changes()}, this);
}

QString ImportImageDialog::successText(const ArchiveReport &report) const
{
    if (m_name->text().isEmpty())
        return tr("Imported as the image %1 (no name).").arg(shortId(report.imageId));
    const auto ref = Reference::parseTagTarget(m_name->text());
    return tr("Imported as %1 (%2).").arg(ref ? ref->familiar() : m_name->text(), shortId(report.imageId));
}

QString ImportImageDialog::processingText() const
{
    return tr("Everything is sent; the engine is making the image…");
}

void ImportImageDialog::succeeded(const ArchiveReport &report)
{
    Q_EMIT imported(report.imageId);
}

// --- ExportContainerDialog ---------------------------------------------------------------

ExportContainerDialog::ExportContainerDialog(Engine *engine, const QString &containerId, const QString &containerName, QWidget *parent)
    : ArchiveDialog(engine, FileMode::Write,
                    {tr("Export Container"), tr("Export a container's files"), QStringLiteral("exportContainerDialog"),
                     tr("Write every file of the container %1 to a tar (docker export): its image's files with the "
                        "container's changes, without volumes. Import it to make an image of one layer.")
                         .arg(containerName.isEmpty() ? containerId.left(12) : containerName),
                     tr("&Export"), tr("&File:"), tr("Export Container As")},
                    parent)
    , m_id(containerId)
    , m_name(containerName)
{
    initPath();
    resize(620, 280);
}

ArchiveTransfer *ExportContainerDialog::makeTransfer(const QString &path)
{
    return ArchiveTransfer::exportContainer(m_engine, m_id, path, this);
}

QString ExportContainerDialog::successText(const ArchiveReport &report) const
{
    return tr("Exported the files of %1 to %2 (%3).").arg(m_name.isEmpty() ? m_id.left(12) : m_name, report.path, archiveBytesText(report.fileBytes));
}

QString ExportContainerDialog::suggestedFileName() const
{
    return fileNameFor(m_name.isEmpty() ? m_id.left(12) : m_name) + QStringLiteral(".tar");
}
