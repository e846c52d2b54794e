#include "containers/logsview.h"

#include "engine.h"
#include "logsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

// --- the delegate -----------------------------------------------------------------------

/// Paints one log line: an optional stream marker ("err" for stderr, in a colour
/// and in words), an optional time, and the text with the search term highlighted.
/// Monospace, so that wrapped heights are arithmetic, not text layout: a list of
/// 200,000 wrapped lines lays out in a blink.
class LogLineDelegate : public QStyledItemDelegate
{
public:
    LogLineDelegate(QListView *view, LogsModel *model)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_model(model)
    {
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }

    void setFont(const QFont &font)
    {
        m_font = font;
        m_dpi = -1;
    }
    const QFont &font() const { return m_font; }

    bool timestamps = false;
    bool wrap = false;
    bool gutter = true;
    QString term;
    Qt::CaseSensitivity termCase = Qt::CaseInsensitive;
    int currentRow = -1;

    /// Control characters made visible, colour escapes dropped, tabs expanded:
    /// what a terminal would have shown, on one line.
    static QString displayText(QByteArrayView raw)
    {
        QString s = QString::fromUtf8(raw);
        const bool plain = std::none_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        if (plain)
            return s;
        // A progress line redrawn with "\r": only its last state is worth showing.
        const qsizetype cr = s.lastIndexOf(QLatin1Char('\r'));
        if (cr >= 0 && cr + 1 < s.size())
            s = s.mid(cr + 1);
        QString out;
        out.reserve(s.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s.at(i).unicode();
            if (c == 0x1b && i + 1 < s.size()) {
                const char16_t k = s.at(i + 1).unicode();
                if (k == u'[') { // CSI: parameters, then a final byte 0x40-0x7e
                    i += 2;
                    while (i < s.size() && (s.at(i).unicode() < 0x40 || s.at(i).unicode() > 0x7e))
                        ++i;
                } else if (k == u']') { // OSC: up to BEL or ESC '\'
                    i += 2;
                    while (i < s.size() && s.at(i).unicode() != 0x07 && !(s.at(i).unicode() == 0x1b))
                        ++i;
                    if (i < s.size() && s.at(i).unicode() == 0x1b)
                        ++i;
                } else {
                    ++i;
                }
                continue;
            }
            if (c == u'\t') {
                out += QString(8 - out.size() % 8, QLatin1Char(' '));
            } else if (c == u'\r') {
                continue;
            } else if (c < 0x20) {
                out += QChar(char16_t(0x2400 + c)); // ␀ ␁ ...: seen, not hidden
            } else if (c == 0x7f) {
                out += QChar(char16_t(0x2421));
            } else {
                out += QChar(c);
            }
        }
        return out;
    }

    int prefixChars() const { return (gutter ? 4 : 0) + (timestamps ? 24 : 0); }
    /// Metrics as drawn on the list's screen (a font's size in pixels follows the DPI).
    void updateMetrics() const
    {
        const int dpi = m_view->viewport()->logicalDpiY();
        if (dpi == m_dpi)
            return;
        m_dpi = dpi;
        const QFontMetricsF fm(m_font, m_view->viewport());
        m_charWidth = std::max<qreal>(1, fm.horizontalAdvance(QStringLiteral("MMMMMMMMMM")) / 10);
        m_lineHeight = int(std::ceil(fm.height()));
        m_ascent = fm.ascent();
    }
    int wrapColumns() const
    {
        const qreal width = m_view->viewport()->width() - 2 * kMargin - prefixChars() * m_charWidth;
        return std::max(16, int(width / m_charWidth));
    }

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        updateMetrics();
        if (!wrap) {
            const int chars = prefixChars() + m_model->maxLineBytes() + 1;
            return QSize(2 * kMargin + int(std::ceil(chars * m_charWidth)), m_lineHeight + 2 * kPad);
        }
        const qsizetype len = displayText(m_model->lineBytes(index.row())).size();
        const int cols = wrapColumns();
        const int lines = std::max<int>(1, int((len + cols - 1) / cols));
        return QSize(m_view->viewport()->width(), lines * m_lineHeight + 2 * kPad);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        updateMetrics();
        const int row = index.row();
        const bool selected = option.state & QStyle::State_Selected;
        const bool err = m_model->lineStream(row) == LogStream::Stderr;
        const QPalette &pal = option.palette;
        const bool dark = pal.color(QPalette::Base).lightness() < 128;
        const QColor errColour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
        const QColor text = selected ? pal.color(QPalette::HighlightedText) : (err ? errColour : pal.color(QPalette::Text));
        const QColor dim = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::PlaceholderText);

        painter->save();
        painter->setFont(m_font);
        const QRect r = option.rect;
        if (selected) {
            painter->fillRect(r, pal.brush(QPalette::Highlight));
        } else if (row == currentRow) {
            QColor c = pal.color(QPalette::Highlight);
            c.setAlpha(70);
            painter->fillRect(r, c);
        } else if (err) {
            QColor c = errColour;
            c.setAlpha(dark ? 28 : 18);
            painter->fillRect(r, c);
        }

        qreal x = r.left() + kMargin;
        const qreal baseline = r.top() + kPad + m_ascent;
        if (gutter) {
            painter->setPen(err ? (selected ? text : errColour) : dim);
            painter->drawText(QPointF(x, baseline), err ? QStringLiteral("err") : QStringLiteral("out"));
            x += 4 * m_charWidth;
        }
        if (timestamps) {
            const qint64 ns = m_model->lineTimestamp(row);
            if (ns) {
                painter->setPen(dim);
                const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000);
                painter->drawText(QPointF(x, baseline), t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
            }
            x += 24 * m_charWidth;
        }

        const QString line = displayText(m_model->lineBytes(row));
        const int cols = wrap ? wrapColumns() : int(std::max<qsizetype>(line.size(), 1));
        // Where the term occurs, in display characters.
        QList<std::pair<qsizetype, qsizetype>> hits;
        if (!term.isEmpty()) {
            for (qsizetype at = line.indexOf(term, 0, termCase); at >= 0; at = line.indexOf(term, at + term.size(), termCase))
                hits.append({at, at + term.size()});
        }
        const QFontMetricsF fm(m_font, m_view->viewport());
        const QColor hitBack(0xff, 0xd5, 0x4f);
        const QColor hitText(0x20, 0x20, 0x20);
        for (qsizetype from = 0, n = 0; from < line.size() || n == 0; from += cols, ++n) {
            const QString piece = line.mid(from, cols);
            const qreal y = baseline + qreal(n) * m_lineHeight;
            painter->setPen(text);
            painter->drawText(QPointF(x, y), piece);
            for (const auto &[a, b] : std::as_const(hits)) {
                const qsizetype s = std::max(a, from), e = std::min(b, from + piece.size());
                if (s >= e)
                    continue;
                const qreal hx = x + fm.horizontalAdvance(piece.left(s - from));
                const QString part = piece.mid(s - from, e - s);
                const QRectF box(hx, y - m_ascent, fm.horizontalAdvance(part), m_lineHeight);
                painter->fillRect(box, hitBack);
                painter->setPen(hitText);
                painter->drawText(QPointF(hx, y), part);
            }
            if (!wrap || piece.isEmpty())
                break;
        }
        if (option.state & QStyle::State_HasFocus) {
            painter->setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
            painter->drawRect(r.adjusted(0, 0, -1, -1));
        }
        painter->restore();
    }

private:
    static constexpr int kMargin = 4;
    static constexpr int kPad = 1;
    QListView *m_view;
    LogsModel *m_model;
    QFont m_font;
    mutable int m_dpi = -1;
    mutable qreal m_charWidth = 8;
    mutable int m_lineHeight = 16;
    mutable qreal m_ascent = 12;
};

// --- the view ---------------------------------------------------------------------------

namespace {

constexpr const char *kLogsTimestampsKey = "logs/timestamps";
constexpr const char *kLogsWrapKey = "logs/wrap";
constexpr const char *kLogsMatchCaseKey = "logs/matchCase";
constexpr const char *kLogsTailKey = "logs/tail";

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setAccessibleDescription(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

LogsView::LogsView(Engine *engine, const QString &containerId, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_containerId(containerId)
    , m_model(new LogsModel(this))
    , m_stream(new LogsStream(engine, containerId, this))
{
    setAccessibleName(tr("Container logs"));

    // Options row.
    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setToolTip(tr("Show new lines as the container writes them"));
    m_follow->setAccessibleName(tr("Follow new lines"));
    m_follow->setChecked(true);
    m_timestamps = new QCheckBox(tr("&Timestamps"), this);
    m_timestamps->setToolTip(tr("Show when each line was written"));
    m_timestamps->setAccessibleName(tr("Show timestamps"));
    m_wrap = new QCheckBox(tr("&Wrap"), this);
    m_wrap->setToolTip(tr("Wrap long lines"));
    m_wrap->setAccessibleName(tr("Wrap long lines"));

    auto *tailLabel = new QLabel(tr("T&ail:"), this);
    m_tail = new QSpinBox(this);
    m_tail->setRange(-1, 100'000'000);
    m_tail->setSpecialValueText(tr("All"));
    m_tail->setSingleStep(1000);
    m_tail->setValue(kDefaultTail);
    m_tail->setToolTip(tr("How many of the last lines to load (All: the whole log)"));
    m_tail->setAccessibleName(tr("Number of last lines to load"));
    tailLabel->setBuddy(m_tail);
    auto *sinceLabel = new QLabel(tr("S&ince:"), this);
    m_since = new QLineEdit(this);
    m_since->setPlaceholderText(tr("e.g. 10m, 2h, 2024-05-01"));
    m_since->setToolTip(tr("Only lines written since this time: a duration before now (10m, 1h30m), a date, or a date and time"));
    m_since->setAccessibleName(tr("Only lines since"));
    m_since->setClearButtonEnabled(true);
    m_since->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    sinceLabel->setBuddy(m_since);
    m_reload = button(tr("Reload"), tr("Load the logs again with this tail and since"), this);
    m_save = button(tr("Save…"), tr("Save the lines shown to a file"), this);
    m_clear = button(tr("Clear"), tr("Empty the view; new lines keep coming"), this);

    auto *options = new QHBoxLayout;
    options->addWidget(m_follow);
    options->addWidget(m_timestamps);
    options->addWidget(m_wrap);
    options->addSpacing(12);
    options->addWidget(tailLabel);
    options->addWidget(m_tail);
    options->addWidget(sinceLabel);
    options->addWidget(m_since);
    options->addWidget(m_reload);
    options->addStretch(1);
    options->addWidget(m_save);
    options->addWidget(m_clear);

    // Search row.
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search the logs"));
    m_search->setAccessibleName(tr("Search the logs"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_matchCase = new QCheckBox(tr("Match &case"), this);
    m_matchCase->setAccessibleName(tr("Match case"));
    m_previous = button(tr("Previous"), tr("Go to the previous match (Shift+F3)"), this);
    m_next = button(tr("Next"), tr("Go to the next match (F3)"), this);
    m_matches = new QLabel(this);
    m_matches->setAccessibleName(tr("Search matches"));
    m_matches->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 of 000000")));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matchCase);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    searchRow->addWidget(m_matches);

    // The lines.
    m_list = new QListView(this);
    m_list->setAccessibleName(tr("Log lines"));
    // Before the list hears of a change (connected first): where it stands. After
    // it has (connected last): keep the end in view, or the line being read in place.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, &LogsView::beforeRowsChange);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LogsView::beforeRowsChange);
    m_list->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogsView::afterRowsChange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogsView::afterRowsChange);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_delegate = new LogLineDelegate(m_list, m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setFont(m_delegate->font());

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Logs status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    // Shortcuts.
    auto *find = new QAction(tr("Search the logs"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    auto *next = new QAction(tr("Next match"), this);
    next->setShortcuts({QKeySequence(Qt::Key_F3), QKeySequence::FindNext});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &LogsView::findNext);
    addAction(next);
    auto *previous = new QAction(tr("Previous match"), this);
    previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious});
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &LogsView::findPrevious);
    addAction(previous);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogsView::copySelection);
    m_list->addAction(copy);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this, copy](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(copy);
        menu.addSeparator();
        menu.addAction(tr("Save…"), this, &LogsView::saveWithDialog);
        menu.addAction(tr("Clear"), this, &LogsView::clearView);
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    // Controls.
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loaded)
            return; // the first load reads the box
        if (on) {
            resume();
        } else {
            m_stream->stop();
            m_model->flush();
            m_state = tr("Paused.");
            updateStatus();
        }
    });
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->timestamps = on;
        relayout();
    });
    connect(m_wrap, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->wrap = on;
        // Wrapped lines differ in height: the list then asks each one, in batches
        // so that a long log keeps the window responsive.
        m_list->setUniformItemSizes(!on);
        m_list->setLayoutMode(on ? QListView::Batched : QListView::SinglePass);
        m_list->setResizeMode(on ? QListView::Adjust : QListView::Fixed);
        m_list->setHorizontalScrollBarPolicy(on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        relayout();
    });
    connect(m_reload, &QToolButton::clicked, this, &LogsView::reload);
    connect(m_since, &QLineEdit::returnPressed, this, &LogsView::reload);
    connect(m_tail, &QSpinBox::editingFinished, this, [this] {
        if (m_tail->hasFocus() || m_tail->value() != m_stream->options().tail)
            reload();
    });
    connect(m_save, &QToolButton::clicked, this, &LogsView::saveWithDialog);
    connect(m_clear, &QToolButton::clicked, this, &LogsView::clearView);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(200);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDebounce.start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            search(QString());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDebounce.isActive() || m_model->searchTerm() != m_search->text()) {
            m_searchDebounce.stop();
            search(m_search->text());
        } else {
            findNext();
        }
    });
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { search(m_search->text()); });
    connect(m_next, &QToolButton::clicked, this, &LogsView::findNext);
    connect(m_previous, &QToolButton::clicked, this, &LogsView::findPrevious);
    connect(m_model, &LogsModel::matchesChanged, this, &LogsView::updateMatchLabel);

    // Keep the end in view while the view is at its end (the user scrolling away
    // says otherwise; the list's own relayouts during a change say nothing).
    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (!m_changing)
            m_stickToBottom = value >= bar->maximum();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_stickToBottom && !m_changing)
            bar->setValue(max);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_model->maxLineBytes() > m_widestSeen && !m_delegate->wrap) {
            m_widestSeen = m_model->maxLineBytes();
            relayout();
        }
        updateStatus();
    });

    // What the user chose last time, in any logs view: timestamps, wrapping, the
    // tail and matching case (following is for this view only). Saved when the
    // user changes them (clicked, not toggled: code setting a box is no choice).
    {
        const QSettings settings;
        m_timestamps->setChecked(settings.value(QLatin1String(kLogsTimestampsKey), false).toBool());
        m_wrap->setChecked(settings.value(QLatin1String(kLogsWrapKey), false).toBool());
        m_matchCase->setChecked(settings.value(QLatin1String(kLogsMatchCaseKey), false).toBool());
        bool ok = false;
        const int tail = settings.value(QLatin1String(kLogsTailKey)).toInt(&ok);
        if (ok && tail >= m_tail->minimum())
            m_tail->setValue(tail);
    }
    connect(m_timestamps, &QCheckBox::clicked, this, [](bool on) { QSettings().setValue(QLatin1String(kLogsTimestampsKey), on); });
    connect(m_wrap, &QCheckBox::clicked, this, [](bool on) { QSettings().setValue(QLatin1String(kLogsWrapKey), on); });
    connect(m_matchCase, &QCheckBox::clicked, this, [](bool on) { QSettings().setValue(QLatin1String(kLogsMatchCaseKey), on); });
    connect(m_tail, &QSpinBox::editingFinished, this, [this] { QSettings().setValue(QLatin1String(kLogsTailKey), m_tail->value()); });

    // The stream.
    connect(m_stream, &LogsStream::linesReceived, this, [this](const LogLines &lines) {
        if (m_state != tr("Following.") && m_follow->isChecked()) {
            m_state = tr("Following.");
        }
        // A TTY has one stream: no marker column then.
        if (m_stream->isTty() && m_delegate->gutter == *m_stream->isTty()) {
            m_delegate->gutter = !*m_stream->isTty();
            relayout();
        }
        m_model->append(lines);
    });
    connect(m_stream, &LogsStream::finished, this, &LogsView::onFinished);
    connect(m_stream, &LogsStream::failed, this, &LogsView::onFailed);

    // A followed container that starts again: pick up where the log left off.
    if (engine) {
        connect(engine, &Engine::eventReceived, this, [this](const EngineEvent &e) {
            if (e.type != QLatin1String("container") || e.action != QLatin1String("start"))
                return;
            const bool ours = e.id == m_containerId || (m_containerId.size() >= 12 && e.id.startsWith(m_containerId))
                || e.attributes.value(QStringLiteral("name")) == m_containerId;
            if (ours && m_follow->isChecked() && !m_stream->isRunning())
                resume();
        });
    }

    // Loading starts from the event loop: whoever made the view may set the tail,
    // since or follow first without a wasted request.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_loaded)
                reload();
        },
        Qt::QueuedConnection);
}

LogsView::~LogsView() = default;

// --- loading ------------------------------------------------------------------------------

void LogsView::start(const LogsOptions &options)
{
    m_loaded = true;
    m_error.clear();
    m_state = tr("Loading…");
    m_stream->start(options);
    updateStatus();
}

void LogsView::reload()
{
    LogsOptions o;
    o.follow = m_follow->isChecked();
    o.tail = m_tail->value();
    o.timestamps = true; // always asked for: showing them is then a toggle, not a reload
    const QString since = m_since->text().trimmed();
    if (!since.isEmpty()) {
        QString error;
        const auto value = LogsOptions::timeArgument(since, QDateTime::currentDateTime(), &error);
        if (!value) {
            m_error = error;
            updateStatus();
            m_since->setFocus(Qt::OtherFocusReason);
            return;
        }
        o.since = *value;
    }
    m_model->clear();
    m_stickToBottom = true;
    m_widestSeen = 0;
    m_currentMatch = -1;
    m_delegate->currentRow = -1;
    start(o);
}

void LogsView::resume()
{
    m_model->flush();
    const int rows = m_model->rowCount();
    const qint64 last = rows > 0 ? m_model->lineTimestamp(rows - 1) : 0;
    if (last == 0) {
        reload();
        return;
    }
    // Everything after the last line shown (the engine's "since" includes its
    // bound, hence one nanosecond more).
    LogsOptions o = m_stream->options();
    o.follow = true;
    o.tail = -1;
    const qint64 from = last + 1;
    o.since = QStringLiteral("%1.%2").arg(from / 1'000'000'000).arg(from % 1'000'000'000, 9, 10, QLatin1Char('0'));
    start(o);
}

void LogsView::onFinished()
{
    m_model->flush();
    m_state = m_stream->options().follow ? tr("The log ended: the container stopped.") : tr("All requested lines are loaded.");
    if (m_stream->options().follow)
        m_follow->setToolTip(tr("Following resumes when the container starts again"));
    updateStatus();
    Q_EMIT streamFinished();
}

void LogsView::onFailed(const EngineError &error)
{
    m_model->flush();
    m_state.clear();
    m_error = error.fullText();
    updateStatus();
}

// --- options ------------------------------------------------------------------------------

void LogsView::setFollow(bool follow)
{
    m_follow->setChecked(follow);
}

bool LogsView::follow() const
{
    return m_follow->isChecked();
}

void LogsView::setTimestampsShown(bool shown)
{
    m_timestamps->setChecked(shown);
}

bool LogsView::timestampsShown() const
{
    return m_timestamps->isChecked();
}

void LogsView::setWrap(bool wrap)
{
    m_wrap->setChecked(wrap);
}

bool LogsView::wrap() const
{
    return m_wrap->isChecked();
}

void LogsView::setTail(int lines)
{
    m_tail->setValue(lines < 0 ? -1 : lines);
}

int LogsView::tail() const
{
    return m_tail->value();
}

void LogsView::setSince(const QString &since)
{
    m_since->setText(since);
}

QString LogsView::since() const
{
    return m_since->text();
}

void LogsView::relayout()
{
    // Sizes changed for every row at once; the list lays out again (keeping its place).
    Q_EMIT m_delegate->sizeHintChanged(m_model->index(0, 0));
    m_list->viewport()->update();
}

// --- search -------------------------------------------------------------------------------

int LogsView::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_searchDebounce.stop();
    m_model->flush();
    const Qt::CaseSensitivity cs = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    m_model->setSearch(text, cs);
    m_delegate->term = text;
    m_delegate->termCase = cs;
    m_currentMatch = -1;
    m_delegate->currentRow = -1;
    if (!text.isEmpty() && m_model->matchCount() > 0) {
        // From the line in view, as a reader expects.
        const QModelIndex top = m_list->indexAt(QPoint(1, 1));
        goToMatch(m_model->nextMatch(top.isValid() ? top.row() - 1 : -1, true));
    }
    updateMatchLabel();
    m_list->viewport()->update();
    return m_model->matchCount();
}

void LogsView::findNext()
{
    if (m_model->searchTerm() != m_search->text()) {
        search(m_search->text());
        return;
    }
    const int row = m_currentMatch >= 0 && m_currentMatch < m_model->matchCount() ? m_model->matchRow(m_currentMatch) : m_list->currentIndex().row();
    goToMatch(m_model->nextMatch(row, true));
}

void LogsView::findPrevious()
{
    if (m_model->searchTerm() != m_search->text()) {
        search(m_search->text());
        return;
    }
    const int row = m_currentMatch >= 0 && m_currentMatch < m_model->matchCount() ? m_model->matchRow(m_currentMatch) : m_list->currentIndex().row();
    goToMatch(m_model->nextMatch(row < 0 ? -1 : row, false));
}

void LogsView::goToMatch(int index)
{
    if (index < 0 || index >= m_model->matchCount()) {
        updateMatchLabel();
        return;
    }
    m_currentMatch = index;
    const int row = m_model->matchRow(index);
    m_delegate->currentRow = row;
    const QModelIndex idx = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    m_stickToBottom = isAtBottom();
    m_list->viewport()->update();
    updateMatchLabel();
}

void LogsView::updateMatchLabel()
{
    if (m_model->searchTerm().isEmpty()) {
        m_matches->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    const int n = m_model->matchCount();
    // Lines came or went: the current match is the one on the highlighted row.
    if (m_delegate->currentRow >= 0)
        m_currentMatch = m_model->matchIndexOfRow(m_list->currentIndex().row());
    m_previous->setEnabled(n > 0);
    m_next->setEnabled(n > 0);
    if (n == 0)
        m_matches->setText(tr("No matches"));
    else if (m_currentMatch >= 0)
        m_matches->setText(tr("%1 of %2").arg(QLocale().toString(m_currentMatch + 1), QLocale().toString(n)));
    else
        m_matches->setText(tr("%n match(es)", nullptr, n));
}

bool LogsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- following the end, keeping the place ----------------------------------------------------

bool LogsView::isAtBottom() const
{
    const QScrollBar *bar = m_list->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void LogsView::beforeRowsChange()
{
    if (m_changing)
        return;
    m_changing = true;
    m_anchorLine = 0;
    if (m_stickToBottom)
        return;
    const QModelIndex top = m_list->indexAt(QPoint(1, 1));
    if (top.isValid())
        m_anchorLine = top.data(LogsModel::LineNumberRole).toLongLong();
}

void LogsView::afterRowsChange()
{
    m_changing = false;
    if (m_stickToBottom) {
        m_list->scrollToBottom();
        m_stickToBottom = true;
        return;
    }
    if (m_anchorLine <= 0)
        return;
    const qint64 row = m_anchorLine - 1 - m_model->droppedCount();
    m_anchorLine = 0;
    if (row >= 0 && row < m_model->rowCount())
        m_list->scrollTo(m_model->index(int(row), 0), QAbstractItemView::PositionAtTop);
    else
        m_list->scrollToTop();
    m_stickToBottom = isAtBottom();
    if (m_delegate->currentRow >= 0)
        m_delegate->currentRow = m_currentMatch >= 0 && m_currentMatch < m_model->matchCount() ? m_model->matchRow(m_currentMatch) : -1;
}

// --- save, copy, clear ------------------------------------------------------------------------

bool LogsView::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!m_model->save(&file, m_timestamps->isChecked(), &why)) {
        file.cancelWriting();
        if (error)
            *error = why;
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LogsView::saveWithDialog()
{
    const QString name = m_containerId.left(12) + QStringLiteral("-logs.txt");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Logs"), name, tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, &error)) {
        m_error.clear();
        m_state = tr("Saved %n line(s) to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path));
    } else {
        m_error = error;
    }
    updateStatus();
}

void LogsView::copySelection()
{
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString text;
    for (const QModelIndex &i : std::as_const(rows)) {
        if (m_timestamps->isChecked()) {
            const QString ts = i.data(LogsModel::TimestampTextRole).toString();
            if (!ts.isEmpty())
                text += ts + QLatin1Char(' ');
        }
        text += i.data().toString() + QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

void LogsView::clearView()
{
    m_model->clear();
    m_currentMatch = -1;
    m_delegate->currentRow = -1;
    m_stickToBottom = true;
    updateMatchLabel();
    updateStatus();
}

// --- status ----------------------------------------------------------------------------------

void LogsView::updateStatus()
{
    // The error first (it is what needs doing something about), then what is shown.
    QString text = m_error.isEmpty() ? m_state : m_error;
    const int rows = m_model->rowCount();
    if (rows > 0 || !m_stream->isRunning())
        text += QLatin1Char(' ') + tr("%n line(s) shown.", nullptr, rows);
    if (m_model->droppedCount() > 0)
        text += QLatin1Char(' ')
            + tr("The oldest %1 lines were let go; the view keeps the newest %2.")
                  .arg(QLocale().toString(m_model->droppedCount()), QLocale().toString(m_model->capacity()));
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, m_error.isEmpty() ? palette().color(QPalette::WindowText) : QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(p);
    m_status->setText(text.trimmed());
}

QString LogsView::statusText() const
{
    return m_status->text();
}
