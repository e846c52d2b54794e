#pragma once

#include "containersapi.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ContainersModel;
class Engine;
class QLabel;

/// One lifecycle call on many containers, a few at a time, each on its own engine:
/// the container's row says what is being done ("Stopping…") while its call runs, and
/// the end gives one sentence for all and a line per container. The Containers page
/// (one engine) and its list of all engines both run their verbs through it. Deletes
/// itself when finished.
class ContainerBatch : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QPointer<Engine> engine;        ///< null: the engine went away; the item fails saying so
        QString engineName;             ///< for that sentence
        QPointer<ContainersModel> model; ///< where its row shows the pending text (may be null)
        QString id;
        QString name;                   ///< as the user knows it, in the results
    };
    using Call = std::function<QFuture<Result<ContainersApi::Outcome>>(const ContainersApi &, const QString &id)>;

    /// Starts the calls; finished() comes once all have answered.
    static ContainerBatch *start(QList<Item> items, ContainersApi::Action action, const QString &pending, Call call,
                                 const QString &doneText, QObject *parent);

    /// The results as the pages show them, in `label`: the summary, then a line per
    /// container, red when something failed.
    static void show(QLabel *label, const QString &summary, const QStringList &lines, bool failed);

Q_SIGNALS:
    /// `lines`: one per container (none for a single one: the summary says it all);
    /// `errors`: one sentence per container that failed.
    void finished(const QString &summary, const QStringList &lines, const QStringList &errors);

private:
    ContainerBatch(QList<Item> items, ContainersApi::Action action, const QString &pending, Call call, const QString &doneText,
                   QObject *parent);
    void pump();
    void ended(const Item &item, const Result<ContainersApi::Outcome> &result);

    QList<Item> m_queue;
    ContainersApi::Action m_action;
    QString m_pending;
    Call m_call;
    QString m_doneText;
    int m_total = 0;
    int m_running = 0;
    int m_ok = 0;
    QStringList m_lines;
    QStringList m_errors;
};
