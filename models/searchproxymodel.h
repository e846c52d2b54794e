#pragma once

#include <QSortFilterProxyModel>

/// Search results sorted on raw values (stars as numbers, most first by default;
/// ties by name), optionally only official images.
class SearchProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchProxyModel(QObject *parent = nullptr);

    void setOfficialOnly(bool only);
    bool officialOnly() const { return m_officialOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_officialOnly = false;
};
