#pragma once

#include "imagesapi.h"

#include <QPointer>
#include <QWidget>

class Engine;
class HistoryModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

/// One image in detail: its configuration in words (command, environment, ports,
/// labels, platform, digests...), its layer history, and the engine's raw inspect
/// JSON, searchable and copyable. Loads asynchronously; an answer for an image no
/// longer shown is dropped.
class ImageDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ImageDetails(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    /// Shows image `id` (empty: nothing). Loads inspect and history.
    void showImage(const QString &id);
    /// Loads the shown image again (its tags changed...).
    void reload();
    QString imageId() const { return m_id; }
    /// True once inspect and history of the shown image have arrived (or failed).
    bool isLoaded() const { return m_pending == 0; }

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *configTree() const { return m_config; }
    QTreeView *historyView() const { return m_historyView; }
    HistoryModel *historyModel() const { return m_history; }
    QPlainTextEdit *historyText() const { return m_historyText; }
    QLabel *historySummary() const { return m_historySummary; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLineEdit *rawSearch() const { return m_search; }
    QLabel *message() const { return m_message; }
    const ImageInspect &inspected() const { return m_inspect; }

    /// Selects the next (or previous) match of the search text in the raw JSON;
    /// false when there is none.
    bool findInRaw(bool backwards = false);
    /// Puts the raw JSON on the clipboard.
    void copyRaw();

Q_SIGNALS:
    /// Inspect and history have arrived for `id`.
    void loaded(const QString &id);
    /// The user asked for the Dockerfile line that made a layer (image built in Cais).
    void dockerfileLineRequested(const QString &dockerfilePath, int line);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearAll();
    void showInspect(const ImageInspect &i);
    void showHistorySummary();
    void showError(const QString &text);
    void highlightMatches();
    void updateHistoryText();
    void updateDockerfileLinks();
    QTreeWidgetItem *addRow(const QString &name, const QString &value, const QString &tip = {});
    QTreeWidgetItem *addList(const QString &name, const QStringList &values, const QString &empty);

    QPointer<Engine> m_engine;
    QString m_id;
    quint64 m_generation = 0;
    int m_pending = 0;
    ImageInspect m_inspect;

    QStackedWidget *m_stack;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QTreeWidget *m_config;
    QTreeView *m_historyView;
    HistoryModel *m_history;
    QLabel *m_historySummary;
    QPlainTextEdit *m_historyText;
    QLineEdit *m_search;
    QPushButton *m_findPrev;
    QPushButton *m_findNext;
    QPushButton *m_copy;
    QLabel *m_matches;
    QPlainTextEdit *m_raw;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};
