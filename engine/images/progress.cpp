#include "progress.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QLatin1String kPullingFrom("Pulling from ");
const QLatin1String kDigest("Digest: ");
const QLatin1String kStatus("Status: ");
const QLatin1String kDownloadedNewer("Downloaded newer image for ");
const QLatin1String kUpToDate("Image is up to date for ");
const QLatin1String kMountedFrom("Mounted from ");
const QLatin1String kRetrying("Retrying in ");

qint64 detailNumber(const QJsonObject &detail, QLatin1String key)
{
    // A byte count no qint64 holds is none (converting it would be undefined).
    const QJsonValue v = detail.value(key);
    const double d = v.isDouble() ? v.toDouble() : -1;
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 ? qint64(d) : -1;
}

} // namespace

// --- Layer ------------------------------------------------------------------------

bool Progress::Layer::isSkipped() const
{
    return state == LayerState::AlreadyExists || state == LayerState::LayerExists || state == LayerState::Mounted;
}

bool Progress::Layer::isDone() const
{
    return isSkipped() || state == LayerState::PullComplete || state == LayerState::Pushed;
}

double Progress::Layer::fraction(Kind kind) const
{
    if (isDone())
        return 1.0;
    const auto part = [](qint64 cur, qint64 tot) { return tot > 0 ? std::clamp(double(cur) / double(tot), 0.0, 1.0) : 0.0; };
    if (kind == Kind::Push)
        return state == LayerState::Pushing ? part(transferred, size) : 0.0;
    switch (state) {
    case LayerState::Downloading:
        return 0.5 * part(transferred, size);
    case LayerState::Verifying:
    case LayerState::DownloadComplete:
        return 0.5;
    case LayerState::Extracting:
        return 0.5 + 0.5 * part(current, total);
    default:
        return 0.0;
    }
}

// --- Progress ---------------------------------------------------------------------

Progress::Progress(Kind kind)
    : m_kind(kind)
{
}

Progress::Update Progress::feed(const QByteArray &bytes)
{
    Update u;
    applyItems(m_decoder.feed(bytes), u);
    return u;
}

Progress::Update Progress::finish()
{
    Update u;
    applyItems(m_decoder.finish(), u);
    if (m_outcome == Outcome::Running) {
        m_outcome = Outcome::Finished;
        u.overallChanged = true;
    }
    return u;
}

Progress::Update Progress::apply(const QJsonObject &line)
{
    Update u;
    applyTo(line, u);
    return u;
}

void Progress::applyItems(const QList<JsonLinesDecoder::Item> &items, Update &u)
{
    for (const JsonLinesDecoder::Item &item : items) {
        if (item.valid)
            applyTo(item.object, u);
        else
            ++m_invalidLines;
    }
}

void Progress::noteChanged(Update &u, int index)
{
    if (u.firstNewLayer >= 0 && index >= u.firstNewLayer)
        return; // announced as new anyway
    if (!u.changedLayers.contains(index))
        u.changedLayers.append(index);
}

int Progress::layerFor(const QString &id, Update &u)
{
    const int existing = indexOf(id);
    if (existing >= 0)
        return existing;
    Layer layer;
    layer.id = id;
    m_layers.append(layer);
    const int index = int(m_layers.size()) - 1;
    m_index.insert(id, index);
    if (u.firstNewLayer < 0)
        u.firstNewLayer = index;
    return index;
}

Progress::LayerState Progress::stateFor(const QString &status, QString *detail)
{
    static const QRegularExpression retrying(QStringLiteral("^Retrying in (\\d+) seconds?$"));
    if (detail)
        detail->clear();
    if (status == QLatin1String("Pulling fs layer") || status == QLatin1String("Waiting"))
        return LayerState::Waiting;
    if (status == QLatin1String("Preparing"))
        return LayerState::Preparing;
    if (status == QLatin1String("Downloading"))
        return LayerState::Downloading;
    if (status == QLatin1String("Verifying Checksum"))
        return LayerState::Verifying;
    if (status == QLatin1String("Download complete"))
        return LayerState::DownloadComplete;
    if (status == QLatin1String("Extracting"))
        return LayerState::Extracting;
    if (status == QLatin1String("Pull complete"))
        return LayerState::PullComplete;
    if (status == QLatin1String("Already exists"))
        return LayerState::AlreadyExists;
    if (status == QLatin1String("Pushing"))
        return LayerState::Pushing;
    if (status == QLatin1String("Pushed"))
        return LayerState::Pushed;
    if (status == QLatin1String("Layer already exists"))
        return LayerState::LayerExists;
    if (status.startsWith(kMountedFrom)) {
        if (detail)
            *detail = status.mid(kMountedFrom.size());
        return LayerState::Mounted;
    }
    if (const auto m = retrying.match(status); m.hasMatch()) {
        if (detail)
            *detail = m.captured(1);
        return LayerState::Retrying;
    }
    return LayerState::Other;
}

void Progress::applyTo(const QJsonObject &line, Update &u)
{
    // Errors first: an error line may carry a status too, and must win.
    const QJsonObject errorDetail = line.value(QLatin1String("errorDetail")).toObject();
    QString error = errorDetail.value(QLatin1String("message")).toString();
    if (error.isEmpty())
        error = line.value(QLatin1String("error")).toString(); // deprecated in 1.48, still sent by older engines
    if (!error.isEmpty() || !errorDetail.isEmpty()) {
        // What succeeded stays done: the bar never goes back (an error after the final status).
        if (isSucceeded())
            m_fraction = 1.0;
        m_outcome = Outcome::Failed;
        m_errorMessage = error.isEmpty() ? tr("The engine reported an error without a message.") : error;
        m_errorCode = errorDetail.value(QLatin1String("code")).toInt();
        u.failed = true;
        u.overallChanged = true;
        return;
    }

    const QJsonObject aux = line.value(QLatin1String("aux")).toObject();
    if (!aux.isEmpty()) {
        // Push: {"Tag","Digest","Size"}. Other aux payloads (build ids) are not ours.
        const QString digest = aux.value(QLatin1String("Digest")).toString();
        if (!digest.isEmpty()) {
            m_digest = digest;
            if (m_kind == Kind::Push)
                m_outcome = Outcome::Pushed;
            u.overallChanged = true;
        }
    }

    const QString status = line.value(QLatin1String("status")).toString();
    const QString id = line.value(QLatin1String("id")).toString();
    if (status.isEmpty())
        return;

    // Lines about the whole image. "Pulling from x" carries the tag as its id.
    if (status.startsWith(kDigest)) {
        m_digest = status.mid(kDigest.size()).trimmed();
        u.overallChanged = true;
        return;
    }
    if (status.startsWith(kStatus)) {
        m_finalStatus = status.mid(kStatus.size()).trimmed();
        if (m_finalStatus.startsWith(kDownloadedNewer))
            m_outcome = Outcome::Downloaded;
        else if (m_finalStatus.startsWith(kUpToDate))
            m_outcome = Outcome::UpToDate;
        u.overallChanged = true;
        return;
    }
    static const QRegularExpression pushDigest(QStringLiteral("^(\\S+): digest: (\\S+) size: (\\d+)$"));
    if (const auto m = pushDigest.match(status); m.hasMatch()) {
        m_digest = m.captured(2);
        m_finalStatus = status;
        if (m_kind == Kind::Push)
            m_outcome = Outcome::Pushed;
        u.overallChanged = true;
        return;
    }
    if (id.isEmpty() || status.startsWith(kPullingFrom)) {
        m_message = status;
        u.overallChanged = true;
        return;
    }

    const int index = layerFor(id, u);
    Layer before = m_layers.at(index);
    Layer &layer = m_layers[index];
    layer.status = status;
    layer.state = stateFor(status, &layer.detail);

    const QJsonObject detail = line.value(QLatin1String("progressDetail")).toObject();
    const qint64 cur = detailNumber(detail, QLatin1String("current"));
    const qint64 tot = detailNumber(detail, QLatin1String("total"));
    switch (layer.state) {
    case LayerState::Downloading:
    case LayerState::Pushing:
        if (cur >= 0)
            layer.current = cur;
        // The engine sends totals smaller than what it already sent for tiny pushed
        // layers ({"current":512,"total":4}); the CLI then shows the bytes alone.
        if (tot > 0 && layer.current <= tot) {
            layer.total = tot;
            layer.size = tot;
        } else {
            layer.total = -1;
        }
        layer.transferred = layer.size > 0 ? std::min(layer.current, layer.size) : layer.current;
        break;
    case LayerState::Verifying:
    case LayerState::DownloadComplete:
        if (layer.size > 0) {
            layer.transferred = layer.size;
            layer.current = layer.total = layer.size;
        }
        break;
    case LayerState::Extracting:
        if (cur >= 0)
            layer.current = cur;
        layer.total = tot > 0 ? tot : -1;
        if (layer.size < 0 && tot > 0)
            layer.size = tot; // extraction reads the compressed blob: same size
        if (layer.size > 0)
            layer.transferred = layer.size;
        break;
    case LayerState::PullComplete:
    case LayerState::Pushed:
        if (layer.size > 0) {
            layer.transferred = layer.size;
            layer.current = layer.total = layer.size;
        }
        break;
    default:
        break;
    }
    if (!(layer == before)) {
        noteChanged(u, index);
        u.overallChanged = true;
        m_fraction = std::max(m_fraction, estimate());
    }
}

bool Progress::isSucceeded() const
{
    return m_outcome == Outcome::Downloaded || m_outcome == Outcome::UpToDate || m_outcome == Outcome::Pushed
        || m_outcome == Outcome::Finished;
}

qint64 Progress::bytesTotal() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers) {
        if (l.isSkipped())
            continue;
        if (l.size > 0)
            sum += l.size;
        else if (l.isDone())
            sum += l.transferred; // a pushed layer whose size the engine never gave
    }
    return sum;
}

qint64 Progress::bytesTransferred() const
{
    qint64 sum = 0;
    for (const Layer &l : m_layers) {
        if (!l.isSkipped())
            sum += l.transferred;
    }
    return sum;
}

int Progress::layersDone() const
{
    return int(std::count_if(m_layers.cbegin(), m_layers.cend(), [](const Layer &l) { return l.isDone(); }));
}

double Progress::fraction() const
{
    return isSucceeded() ? 1.0 : m_fraction;
}

double Progress::estimate() const
{
    // Layers whose size is not known yet weigh as much as an average known one,
    // so that the bar moves smoothly instead of jumping when sizes arrive.
    qint64 knownSum = 0;
    int known = 0, counted = 0;
    for (const Layer &l : m_layers) {
        if (l.isSkipped())
            continue;
        ++counted;
        if (l.size > 0) {
            knownSum += l.size;
            ++known;
        }
    }
    if (counted == 0)
        return 0.0;
    const double fallback = known > 0 ? double(knownSum) / known : 1.0;
    double done = 0.0, all = 0.0;
    for (const Layer &l : m_layers) {
        if (l.isSkipped())
            continue;
        const double w = l.size > 0 ? double(l.size) : fallback;
        done += w * l.fraction(m_kind);
        all += w;
    }
    return all > 0 ? std::clamp(done / all, 0.0, 1.0) : 0.0;
}

QString Progress::stateText(const Layer &layer)
{
    switch (layer.state) {
    case LayerState::Waiting: return tr("Waiting");
    case LayerState::Preparing: return tr("Preparing");
    case LayerState::Downloading: return tr("Downloading");
    case LayerState::Verifying: return tr("Verifying checksum");
    case LayerState::DownloadComplete: return tr("Download complete");
    case LayerState::Extracting: return tr("Extracting");
    case LayerState::PullComplete: return tr("Pull complete");
    case LayerState::AlreadyExists: return tr("Already exists");
    case LayerState::Pushing: return tr("Pushing");
    case LayerState::Pushed: return tr("Pushed");
    case LayerState::LayerExists: return tr("Already in the registry");
    case LayerState::Mounted: return tr("Mounted from %1").arg(layer.detail);
    case LayerState::Retrying: return tr("Retrying in %n second(s)", nullptr, layer.detail.toInt());
    case LayerState::Other: return layer.status;
    }
    return layer.status;
}
