#pragma once

#include "logsstream.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class Engine;
class LogsModel;
class LogLineDelegate;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QToolButton;

/// A container's logs: follow, timestamps, tail N and since, stdout and stderr
/// told apart (a colour and an "err" marker), search with highlights and
/// next/previous, wrapping, save to a file and clear. The lines live in a bounded
/// LogsModel shown by a virtualised list, so a million lines neither freeze the
/// window nor exhaust memory.
class LogsView : public QWidget
{
    Q_OBJECT
public:
    /// The tail asked for when the view opens: enough history to read, quick to load.
    static constexpr int kDefaultTail = 10'000;

    LogsView(Engine *engine, const QString &containerId, QWidget *parent = nullptr);
    ~LogsView() override;

    LogsModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    LogsStream *stream() const { return m_stream; }
    const QString &containerId() const { return m_containerId; }

    /// Starts over with the current tail and since (the model is cleared). The view
    /// loads by itself once the event loop runs; set the options before that.
    void reload();
    /// Follow: stream new lines as they are written and keep the end in view
    /// (only while the view is at its end). Turning it on again resumes after
    /// the last line shown.
    void setFollow(bool follow);
    bool follow() const;
    void setTimestampsShown(bool shown);
    bool timestampsShown() const;
    void setWrap(bool wrap);
    bool wrap() const;
    /// The last `lines` lines; -1 for all. Applies at the next reload().
    void setTail(int lines);
    int tail() const;
    /// A duration ("10m"), a date or time, or unix seconds; empty for no limit.
    /// Applies at the next reload().
    void setSince(const QString &since);
    QString since() const;

    /// Searches at once (typing in the search box waits for a pause first), then
    /// goes to the first match after the current line. Returns the number of
    /// matching lines.
    int search(const QString &text);
    void findNext();
    void findPrevious();
    /// The match the view is on (0-based), -1 for none.
    int currentMatch() const { return m_currentMatch; }
    bool saveTo(const QString &path, QString *error = nullptr);
    /// Empties the view; a followed stream keeps adding lines.
    void clearView();
    /// True when the last line is in view.
    bool isAtBottom() const;
    QString statusText() const;

Q_SIGNALS:
    /// The stream ended (without follow: everything asked for has arrived).
    void streamFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(const LogsOptions &options);
    void resume();
    void onFinished();
    void onFailed(const EngineError &error);
    void updateStatus();
    void updateMatchLabel();
    void goToMatch(int index);
    void saveWithDialog();
    void copySelection();
    void relayout();
    void beforeRowsChange();
    void afterRowsChange();

    QPointer<Engine> m_engine;
    QString m_containerId;
    LogsModel *m_model;
    LogsStream *m_stream;
    LogLineDelegate *m_delegate;

    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QCheckBox *m_wrap;
    QSpinBox *m_tail;
    QLineEdit *m_since;
    QToolButton *m_reload;
    QToolButton *m_save;
    QToolButton *m_clear;
    QLineEdit *m_search;
    QCheckBox *m_matchCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_matches;
    QListView *m_list;
    QLabel *m_status;

    QTimer m_searchDebounce;
    int m_currentMatch = -1;
    bool m_stickToBottom = true;
    bool m_changing = false; ///< between a model's "about to" signal and its "done" one
    bool m_loaded = false; ///< a load has started (the first one waits for the event loop)
    int m_widestSeen = 0;    ///< the longest line the list's width was laid out for
    qint64 m_anchorLine = 0; ///< line number at the top of the view, kept when old lines go
    QString m_state;         ///< what the stream is doing, for the status line
    QString m_error;
};
