#pragma once

#include <QSortFilterProxyModel>

/// Sorts images on raw values (numbers for created and size) and filters them
/// as the user types: every word must appear in a tag, the id or a label.
class ImagesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImagesProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};
