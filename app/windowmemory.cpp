#include "windowmemory.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace WindowMemory {

namespace {

constexpr QLatin1StringView Group("window");

QString stepOf(const QWidget *w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    // The rank among the unnamed siblings of the same class: stable while the code is.
    int rank = 0;
    if (const QObject *parent = w->parent()) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == w)
                break;
            if (sibling->isWidgetType() && sibling->objectName().isEmpty() && sibling->metaObject() == w->metaObject())
                ++rank;
        }
    }
    return QStringLiteral("%1#%2").arg(QLatin1String(w->metaObject()->className())).arg(rank);
}

/// A key of QSettings: '/' makes groups, and the path is one key.
QString keyOf(const QString &kind, const QWidget *w, const QWidget *top)
{
    QString path = pathOf(w, top);
    path.replace(u'/', u'|');
    return kind + u'/' + path;
}

/// The tables' horizontal headers that belong to `window` (not to a window of their own).
QList<QHeaderView *> headersOf(const QMainWindow *window, const QWidget *within = nullptr)
{
    QList<QHeaderView *> out;
    const auto all = (within ? static_cast<const QObject *>(within) : window)->findChildren<QHeaderView *>();
    for (QHeaderView *h : all) {
        if (h->orientation() == Qt::Horizontal && h->window() == window && qobject_cast<QAbstractItemView *>(h->parentWidget()))
            out << h;
    }
    return out;
}

/// The filters and switches of `window` its pages asked to be kept.
QList<QWidget *> inputsOf(const QMainWindow *window, const QWidget *within = nullptr)
{
    QList<QWidget *> out;
    const auto all = (within ? static_cast<const QObject *>(within) : window)->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() == window && w->property("caisRemember").toBool()
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w)))
            out << w;
    }
    return out;
}

QList<QSplitter *> splittersOf(const QMainWindow *window, const QWidget *within = nullptr)
{
    QList<QSplitter *> out;
    const auto all = (within ? static_cast<const QObject *>(within) : window)->findChildren<QSplitter *>();
    for (QSplitter *s : all) {
        if (s->window() == window)
            out << s;
    }
    return out;
}

} // namespace

QString pathOf(const QWidget *w, const QWidget *top)
{
    QStringList steps;
    for (const QWidget *p = w; p && p != top; p = p->parentWidget())
        steps.prepend(stepOf(p));
    return steps.join(u'/');
}

void save(const QMainWindow *window, const QString &currentPage, QSettings &settings)
{
    settings.beginGroup(Group);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    settings.setValue(QStringLiteral("page"), currentPage);
    for (const auto range = headersOf(window); const QHeaderView *h : range)
        settings.setValue(keyOf(QStringLiteral("tables"), h, window), h->saveState());
    for (const auto range = splittersOf(window); const QSplitter *s : range) {
        // A splitter that was never laid out has no sizes worth keeping.
        const QList<int> sizes = s->sizes();
        if (std::any_of(sizes.cbegin(), sizes.cend(), [](int v) { return v > 0; }))
            settings.setValue(keyOf(QStringLiteral("splitters"), s, window), s->saveState());
    }
    for (const auto range = inputsOf(window); const QWidget *w : range) {
        const QString key = keyOf(QStringLiteral("inputs"), w, window);
        if (auto *edit = qobject_cast<const QLineEdit *>(w))
            settings.setValue(key, edit->text());
        else if (auto *button = qobject_cast<const QAbstractButton *>(w); button->isCheckable())
            settings.setValue(key, button->isChecked());
    }
    settings.endGroup();
}

QString restore(QMainWindow *window, QSettings &settings, bool geometry)
{
    settings.beginGroup(Group);
    if (geometry) {
        const QByteArray g = settings.value(QStringLiteral("geometry")).toByteArray();
        if (!g.isEmpty())
            window->restoreGeometry(g);
    }
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        window->restoreState(state);
    const QString page = settings.value(QStringLiteral("page")).toString();
    settings.endGroup();
    restoreWithin(window, nullptr, settings);
    return page;
}

void restoreWithin(QMainWindow *window, QWidget *root, QSettings &settings)
{
    settings.beginGroup(Group);
    for (const auto range = headersOf(window, root); QHeaderView *h : range) {
        const QByteArray saved = settings.value(keyOf(QStringLiteral("tables"), h, window)).toByteArray();
        if (saved.isEmpty() || !h->restoreState(saved))
            continue;
        // The sort is part of the header's state; the view sorts by it only when told.
        auto *view = h->parentWidget();
        if (auto *table = qobject_cast<QTableView *>(view); table && table->isSortingEnabled())
            table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        else if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isSortingEnabled())
            tree->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
    for (const auto range = splittersOf(window, root); QSplitter *s : range) {
        const QByteArray saved = settings.value(keyOf(QStringLiteral("splitters"), s, window)).toByteArray();
        if (!saved.isEmpty())
            s->restoreState(saved);
    }
    for (const auto range = inputsOf(window, root); QWidget *w : range) {
        const QVariant v = settings.value(keyOf(QStringLiteral("inputs"), w, window));
        if (!v.isValid())
            continue;
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setText(v.toString());
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button->isCheckable())
            button->setChecked(v.toBool());
    }
    settings.endGroup();
}

} // namespace WindowMemory
