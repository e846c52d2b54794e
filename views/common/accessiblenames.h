#pragma once

/// Names, for screen readers (the accessible name AT-SPI reads), of the buttons Qt
/// adds inside widgets without one: a line edit's clear button, a table's corner
/// (select all) button, a tab's close button, the overflow button of tool bars.
/// Installed once per application (the main window does it). The menu bar's
/// overflow button is a plain QToolButton to Qt's accessibility: its owner names it.
void installAccessibleNames();
