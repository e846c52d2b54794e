# Precompiled headers: the Qt and standard headers that nearly every translation unit
# includes are parsed once per library instead of once per file. The test programs
# (one file each) share the precompiled header of cais_testsupport, whose flags they
# inherit unchanged. CAIS_PCH=OFF (or CAIS_NO_PCH=1 in tools/dev) turns it off.
option(CAIS_PCH "Precompile the common Qt headers" ON)
if(DEFINED ENV{CAIS_NO_PCH} AND NOT "$ENV{CAIS_NO_PCH}" STREQUAL "" AND NOT "$ENV{CAIS_NO_PCH}" STREQUAL "0")
  set(CAIS_PCH OFF)
endif()

set(CAIS_PCH_CORE
  <algorithm> <functional> <memory> <optional> <expected>
  <QByteArray> <QString> <QStringList> <QList> <QHash> <QMap> <QSet> <QVariant>
  <QObject> <QPointer> <QTimer> <QDateTime> <QLocale> <QRegularExpression>
  <QFile> <QDir> <QFileInfo> <QFuture> <QJsonDocument> <QJsonObject> <QJsonArray>
  <QAbstractItemModel>)
set(CAIS_PCH_WIDGETS
  <QWidget> <QApplication> <QLabel> <QPushButton> <QToolButton> <QLineEdit> <QCheckBox>
  <QComboBox> <QBoxLayout> <QTreeView> <QHeaderView> <QDialog> <QDialogButtonBox>
  <QTabWidget> <QPlainTextEdit> <QAction> <QSortFilterProxyModel>)
set(CAIS_PCH_TEST <QTest> <QSignalSpy> <QAbstractItemModelTester> <QTemporaryDir>)

# cais_pch(TARGET CORE|WIDGETS|TEST): TARGET precompiles that set (and the ones before it).
function(cais_pch target level)
  if(NOT CAIS_PCH)
    return()
  endif()
  set(_headers ${CAIS_PCH_CORE})
  if(level STREQUAL "WIDGETS" OR level STREQUAL "TEST")
    list(APPEND _headers ${CAIS_PCH_WIDGETS})
  endif()
  if(level STREQUAL "TEST")
    list(APPEND _headers ${CAIS_PCH_TEST})
  endif()
  target_precompile_headers(${target} PRIVATE ${_headers})
endfunction()

# cais_pch_reuse(TARGET FROM): TARGET uses FROM's precompiled header (same flags).
function(cais_pch_reuse target from)
  if(CAIS_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
