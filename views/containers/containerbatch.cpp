#include "containers/containerbatch.h"

#include "containersmodel.h"
#include "engine.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace {

// Enough parallel calls to keep an engine busy, few enough not to flood it when a
// thousand containers are selected.
constexpr int kParallelCalls = 4;

} // namespace

ContainerBatch *ContainerBatch::start(QList<Item> items, ContainersApi::Action action, const QString &pending, Call call,
                                      const QString &doneText, QObject *parent)
{
    auto *batch = new ContainerBatch(std::move(items), action, pending, std::move(call), doneText, parent);
    // The rows say "Stopping…" at once; finished() can only come from the event loop,
    // after the caller has connected to it.
    batch->pump();
    return batch;
}

ContainerBatch::ContainerBatch(QList<Item> items, ContainersApi::Action action, const QString &pending, Call call, const QString &doneText,
                               QObject *parent)
    : QObject(parent)
    , m_queue(std::move(items))
    , m_action(action)
    , m_pending(pending)
    , m_call(std::move(call))
    , m_doneText(doneText)
    , m_total(int(m_queue.size()))
{
}

void ContainerBatch::pump()
{
    while (m_running < kParallelCalls && !m_queue.isEmpty()) {
        const Item item = m_queue.takeFirst();
        ++m_running;
        if (!item.engine) {
            EngineError gone;
            gone.userMessage = tr("The engine %1 is no longer in use.").arg(item.engineName);
            QMetaObject::invokeMethod(this, [this, item, gone] { ended(item, std::unexpected(gone)); }, Qt::QueuedConnection);
            continue;
        }
        if (item.model)
            item.model->setPending(item.id, m_pending);
        m_call(ContainersApi(item.engine), item.id).then(this, [this, item](const Result<ContainersApi::Outcome> &r) { ended(item, r); });
    }
}

void ContainerBatch::ended(const Item &item, const Result<ContainersApi::Outcome> &r)
{
    if (item.model)
        item.model->setPending(item.id, {});
    --m_running;
    if (r) {
        ++m_ok;
        m_lines << tr("%1: %2").arg(item.name, m_doneText.isEmpty() || *r != ContainersApi::Outcome::Done ? ContainersApi::describe(m_action, *r)
                                                                                                          : m_doneText);
    } else {
        // Named as the user knows it, not by the id the call was made with.
        const QString why = ContainersApi::explain(m_action, item.name, r.error()).fullText();
        m_errors << why;
        m_lines << tr("%1: %2").arg(item.name, why);
    }
    if (!m_queue.isEmpty()) {
        pump();
        return;
    }
    if (m_running > 0)
        return;
    const int failed = int(m_errors.size());
    QString summary;
    if (failed == 0)
        summary = m_total == 1 ? m_lines.value(0) : tr("%n container(s): done.", nullptr, m_total);
    else if (failed == m_total)
        summary = m_total == 1 ? m_lines.value(0) : tr("%n container(s): all failed.", nullptr, m_total);
    else
        summary = tr("%1 of %n container(s) done, %2 failed.", nullptr, m_total).arg(m_ok).arg(failed);
    Q_EMIT finished(summary, m_total == 1 ? QStringList() : m_lines, m_errors);
    deleteLater();
}

void ContainerBatch::show(QLabel *label, const QString &summary, const QStringList &lines, bool failed)
{
    QString text = summary;
    for (const QString &l : lines)
        text += QStringLiteral("\n• ") + l;
    label->setText(text);
    QPalette pal = label->palette();
    const QPalette normal = label->parentWidget() ? label->parentWidget()->palette() : QPalette();
    pal.setColor(QPalette::WindowText, failed ? QColor(0xc6, 0x28, 0x28) : normal.color(QPalette::WindowText));
    label->setPalette(pal);
}
