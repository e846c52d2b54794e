#include "common/accessiblenames.h"

#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTabBar>

#include <functional>
#include <utility>

namespace {

QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return text.remove(mnemonic);
}

/// A button that Qt made, with a name computed when it is asked for (a tab's close
/// button is named after its tab, which may change). A name set on the widget wins.
class NamedButton : public QAccessibleWidget
{
public:
    NamedButton(QWidget *button, std::function<QString(QAbstractButton *)> name)
        : QAccessibleWidget(button, QAccessible::Button)
        , m_name(std::move(name))
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name) {
            const QString own = widget()->accessibleName();
            return own.isEmpty() ? m_name(static_cast<QAbstractButton *>(widget())) : own;
        }
        return QAccessibleWidget::text(t);
    }
    QStringList actionNames() const override { return QStringList{pressAction()} + QAccessibleWidget::actionNames(); }
    void doAction(const QString &action) override
    {
        if (action == pressAction())
            static_cast<QAbstractButton *>(widget())->click();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    std::function<QString(QAbstractButton *)> m_name;
};

QString lineEditButtonName(QAbstractButton *b)
{
    // Qt's clear button, or the button of an action added to the line edit.
    const QList<QAction *> actions = b->actions();
    for (const QAction *a : actions) {
        if (a->objectName() == QLatin1String("_q_qlineeditclearaction"))
            return QCoreApplication::translate("AccessibleNames", "Clear");
    }
    for (const QAction *a : actions) {
        if (!a->text().isEmpty())
            return withoutMnemonic(a->text());
        if (!a->toolTip().isEmpty())
            return a->toolTip();
    }
    return QCoreApplication::translate("AccessibleNames", "Clear");
}

QString tabCloseButtonName(QAbstractButton *b)
{
    if (auto *bar = qobject_cast<QTabBar *>(b->parentWidget())) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabButton(i, QTabBar::RightSide) == b || bar->tabButton(i, QTabBar::LeftSide) == b)
                return QCoreApplication::translate("AccessibleNames", "Close %1").arg(withoutMnemonic(bar->tabText(i)));
        }
    }
    return QCoreApplication::translate("AccessibleNames", "Close tab");
}

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    auto *button = qobject_cast<QAbstractButton *>(object);
    if (!button)
        return nullptr;
    if (className == QLatin1String("QLineEditIconButton"))
        return new NamedButton(button, &lineEditButtonName);
    if (className == QLatin1String("QTableCornerButton"))
        return new NamedButton(button, [](QAbstractButton *) { return QCoreApplication::translate("AccessibleNames", "Select all"); });
    if (className == QLatin1String("CloseButton") && qobject_cast<QTabBar *>(button->parentWidget()))
        return new NamedButton(button, &tabCloseButtonName);
    if (className == QLatin1String("QToolBarExtension"))
        return new NamedButton(button, [](QAbstractButton *) { return QCoreApplication::translate("AccessibleNames", "More tools"); });
    return nullptr;
}

} // namespace

void installAccessibleNames()
{
    static bool installed = false;
    if (std::exchange(installed, true))
        return;
    QAccessible::installFactory(&factory);
}
