#pragma once

#include <QString>

class QMainWindow;
class QSettings;
class QWidget;

/// What a window looked like when it closed, put back when one opens: its size, place
/// and tool bars, the page in front, every table's columns (widths, order, which are
/// hidden, the sort) and every splitter, and the filters and switches a page marks with
/// the property `caisRemember` (a QLineEdit's text, a checkable button's state). Saved
/// in QSettings under `window/`.
///
/// Tables and splitters are found by their place in the window (object names, or the
/// class and rank among unnamed siblings), so a new table is remembered without code of
/// its own; a state saved for another shape of table (a column added since) is left
/// out by QHeaderView and the table keeps its defaults.
namespace WindowMemory {

/// "pages/imagesPage/QSplitter#0/imagesTable/QHeaderView#0": `w`'s place under `top`.
QString pathOf(const QWidget *w, const QWidget *top);

/// Saves the geometry and state of `window`, `currentPage` (an object name, or a
/// number), its tables and splitters.
void save(const QMainWindow *window, const QString &currentPage, QSettings &settings);

/// Puts back what save() kept; the geometry only when `geometry` (a second window
/// opens where the desktop puts it). Returns the page that was in front, or empty.
QString restore(QMainWindow *window, QSettings &settings, bool geometry = true);

/// Puts back the tables, splitters and kept inputs of `root`, a part of `window` built
/// after restore() (a page built when first shown).
void restoreWithin(QMainWindow *window, QWidget *root, QSettings &settings);

} // namespace WindowMemory
