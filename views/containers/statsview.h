#pragma once

#include <QPointer>
#include <QWidget>

class Engine;
class QComboBox;
class QLabel;
class StatsChart;
class StatsSampler;
struct ContainerStats;

/// A container's live stats over time: CPU, memory (with its limit when it has
/// one), network and block I/O rates, in charts over a window of 1 minute to 1
/// hour, with the current figures beside each, as `docker stats` prints them.
/// The container is sampled only while this view is visible; what was gathered
/// stays for when it is shown again.
class StatsView : public QWidget
{
    Q_OBJECT
public:
    StatsView(StatsSampler *sampler, Engine *engine, const QString &containerId, QWidget *parent = nullptr);
    ~StatsView() override;

    const QString &containerId() const { return m_containerId; }
    /// The window shown, in seconds.
    int windowSeconds() const;
    void setWindowSeconds(int seconds);
    QComboBox *windowBox() const { return m_window; }
    StatsChart *cpuChart() const { return m_cpu; }
    StatsChart *memoryChart() const { return m_memory; }
    StatsChart *networkChart() const { return m_network; }
    StatsChart *blockChart() const { return m_block; }
    QLabel *cpuText() const { return m_cpuText; }
    QLabel *memoryText() const { return m_memoryText; }
    QLabel *networkText() const { return m_networkText; }
    QLabel *blockText() const { return m_blockText; }
    QLabel *stateLabel() const { return m_state; }
    /// Redraws from the history now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showNotRunning();
    void showTitlesOnly();
    QString viewerName() const;

    QPointer<StatsSampler> m_sampler;
    QPointer<Engine> m_engine;
    QString m_containerId;
    QComboBox *m_window;
    QLabel *m_state;
    StatsChart *m_cpu;
    StatsChart *m_memory;
    StatsChart *m_network;
    StatsChart *m_block;
    QLabel *m_cpuText;
    QLabel *m_memoryText;
    QLabel *m_networkText;
    QLabel *m_blockText;
};
