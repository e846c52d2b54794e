#pragma once

#include "streamdecoders.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

/// The state of a pull or push, aggregated from the engine's JSON progress stream
/// (POST /images/create, POST /images/{name}/push). Pure: feed it bytes or decoded
/// lines, read layers and totals. It reads only `status`, `id`, `progressDetail`,
/// `errorDetail` and `aux` (with `error` as a fallback), never the `progress` bar
/// text, so that it works unchanged with API 1.48+, which deprecates `progress`
/// and `error`.
///
/// An error inside a 200 stream (`{"errorDetail":{...},"error":...}`) turns the
/// operation into a failure carrying the engine's message.
class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
public:
    enum class Kind { Pull, Push };

    enum class LayerState {
        Waiting,          ///< "Pulling fs layer", "Waiting"
        Preparing,        ///< push: "Preparing"
        Downloading,      ///< "Downloading" with bytes
        Verifying,        ///< "Verifying Checksum"
        DownloadComplete, ///< "Download complete"
        Extracting,       ///< "Extracting" with bytes
        PullComplete,     ///< "Pull complete"
        AlreadyExists,    ///< pull: the layer was already here
        Pushing,          ///< "Pushing" with bytes
        Pushed,           ///< "Pushed"
        LayerExists,      ///< push: "Layer already exists" in the registry
        Mounted,          ///< push: "Mounted from <repository>"
        Retrying,         ///< "Retrying in N seconds"
        Other,            ///< a status Cais does not know; `status` has the engine's words
    };

    struct Layer
    {
        QString id;                              ///< short layer id as the engine sends it
        LayerState state = LayerState::Waiting;
        QString status;                          ///< the engine's last status text, verbatim
        QString detail;                          ///< "Mounted from X": X; "Retrying in N seconds": N
        qint64 current = 0;                      ///< bytes of the phase in progress
        qint64 total = -1;                       ///< bytes of that phase; -1 when unknown
        qint64 size = -1;                        ///< the layer's transfer size once known; -1 when unknown
        qint64 transferred = 0;                  ///< bytes downloaded (pull) or pushed (push)

        /// 0..1 for this layer, weighing download and extraction equally on a pull.
        double fraction(Kind kind) const;
        /// True once nothing more will happen to the layer.
        bool isDone() const;
        /// True for layers that needed no transfer (already there, mounted).
        bool isSkipped() const;
        bool operator==(const Layer &) const = default;
    };

    enum class Outcome {
        Running,
        Downloaded, ///< "Status: Downloaded newer image for ..."
        UpToDate,   ///< "Status: Image is up to date for ..."
        Pushed,     ///< the push's digest line (or its aux) arrived
        Finished,   ///< the stream ended without a status line Cais knows
        Failed,     ///< the engine reported an error inside the stream
    };

    /// What one feed changed, so that a model can emit precise signals.
    struct Update
    {
        QList<int> changedLayers; ///< indexes of existing layers whose data changed
        int firstNewLayer = -1;   ///< layers from here to the end are new (-1: none)
        bool overallChanged = false;
        bool failed = false;      ///< an error line arrived in this feed

        bool isEmpty() const { return changedLayers.isEmpty() && firstNewLayer < 0 && !overallChanged && !failed; }
    };

    explicit Progress(Kind kind = Kind::Pull);

    Kind kind() const { return m_kind; }

    /// Feeds raw bytes of the stream (cut anywhere).
    Update feed(const QByteArray &bytes);
    /// The end of the stream: a last line without newline is read too, and a stream
    /// that ends without outcome gets Outcome::Finished.
    Update finish();
    /// Applies one decoded line.
    Update apply(const QJsonObject &line);

    const QList<Layer> &layers() const { return m_layers; }
    /// Index of the layer with `id`, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }

    /// Sum of the layers' transfer sizes known so far.
    qint64 bytesTotal() const;
    /// Bytes downloaded (pull) or pushed (push) so far.
    qint64 bytesTransferred() const;
    /// 0..1 over the layers that need a transfer, weighted by their sizes; 1 once
    /// the operation succeeded. Never goes back: a layer whose size arrives late can
    /// lower the estimate, and a bar that shrinks reads as a fault.
    double fraction() const;
    /// Layers done / all layers.
    int layersDone() const;

    Outcome outcome() const { return m_outcome; }
    bool isFailed() const { return m_outcome == Outcome::Failed; }
    bool isSucceeded() const;
    /// The engine's final status without "Status: " ("Downloaded newer image for x:1").
    QString finalStatus() const { return m_finalStatus; }
    /// The image's digest ("sha256:..."), from "Digest:" (pull) or the push's aux/digest line.
    QString digest() const { return m_digest; }
    /// The latest status line that is not about a layer ("Pulling from x",
    /// "The push refers to repository [x]"), verbatim.
    QString message() const { return m_message; }
    /// The engine's error message (errorDetail.message, else error).
    QString errorMessage() const { return m_errorMessage; }
    /// errorDetail.code when the engine sent one (e.g. 401), else 0.
    int errorCode() const { return m_errorCode; }
    /// Lines that were not JSON objects (counted, never fatal).
    int invalidLines() const { return m_invalidLines; }

    /// Human label of a state, translated ("Downloading", "Mounted from x").
    static QString stateText(const Layer &layer);
    /// The state a status text stands for; `detail` receives what follows a known prefix.
    static LayerState stateFor(const QString &status, QString *detail = nullptr);

private:
    void applyTo(const QJsonObject &line, Update &u);
    void applyItems(const QList<JsonLinesDecoder::Item> &items, Update &u);
    int layerFor(const QString &id, Update &u);
    static void noteChanged(Update &u, int index);
    double estimate() const;

    Kind m_kind;
    JsonLinesDecoder m_decoder;
    QList<Layer> m_layers;
    QHash<QString, int> m_index;
    Outcome m_outcome = Outcome::Running;
    QString m_finalStatus;
    QString m_digest;
    QString m_message;
    QString m_errorMessage;
    int m_errorCode = 0;
    int m_invalidLines = 0;
    double m_fraction = 0.0;
};
