#pragma once

#include <QDialog>
#include <QPointer>

class Engine;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// "Copy to Another Container…": where the selected files of one container go in
/// another container of the same engine (running or stopped, by name, the source
/// excluded), and the folder there. The list of containers is read without blocking.
class CopyToContainerDialog : public QDialog
{
    Q_OBJECT
public:
    CopyToContainerDialog(Engine *engine, const QString &sourceContainer, const QStringList &paths, const QString &defaultFolder,
                          QWidget *parent = nullptr);

    /// The chosen container's id (empty while none is chosen).
    QString destinationContainer() const;
    /// The chosen container's name, for messages.
    QString destinationName() const;
    QString destinationPath() const;
    QStringList paths() const { return m_paths; }

    QComboBox *containerBox() const { return m_containers; }
    QLineEdit *pathEdit() const { return m_path; }
    /// True once the list of containers has been read (or failed).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void updateOk();

    QPointer<Engine> m_engine;
    QString m_source;
    QStringList m_paths;
    QComboBox *m_containers;
    QLineEdit *m_path;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    bool m_loaded = false;
};
