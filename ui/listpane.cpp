// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpane.h"

#include "itemroles.h"
#include "statuscolors.h"
#include "tablefilterproxy.h"
#include "themeicons.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace saasodoo::ui {

namespace {
const char kBaseToolTip[] = "saasodooBaseToolTip";
const char kIconName[] = "saasodooIconName"; // the icon name an action's icon is drawn from
}

ListPane::ListPane(const QString &settingsName, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsName(settingsName)
{
    m_proxy = new TableFilterProxy(this);
    m_proxy->setSourceModel(model);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("paneToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    focusSearch->setShortcutContext(Qt::WindowShortcut);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(focusSearch);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setStatusFilter(m_statusFilter->itemData(index).toStringList());
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paneSummary"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_summary);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("paneTable"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionsMovable(true);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListPane::showContextMenu);
    connect(m_view->header(), &QWidget::customContextMenuRequested, this, &ListPane::showHeaderMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ListPane::refreshSelectionState);
    // A reload that resets the model keeps the selected records selected
    // and the table scrolled where it was.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_idsBeforeReset = selectedIds();
        m_scrollBeforeReset = m_view->verticalScrollBar()->value();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPane::restoreSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPane::refreshSelectionState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPane::fitColumnsOnce);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ListPane::refreshSelectionState);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_details->setOpenExternalLinks(false);
    m_details->setMinimumWidth(240);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("paneSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    restoreHeaderState();
}

ListPane::~ListPane()
{
    saveHeaderState();
}

QStringList ListPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(IdRole).toString());
    return ids;
}

void ListPane::restoreSelection()
{
    const QStringList ids = std::exchange(m_idsBeforeReset, {});
    if (const QString id = std::exchange(m_idToSelect, {}); !id.isEmpty()) {
        selectId(id);
        if (m_idToSelect.isEmpty())
            return;
        // Not in these rows either, so keep waiting for it.
    }
    if (const int scroll = std::exchange(m_scrollBeforeReset, 0); scroll > 0) {
        // Lay the rows out now, so the scroll bar has its new range.
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(scroll);
    }
    if (ids.isEmpty())
        return;
    // One pass over the rows, so selecting all of 10,000 rows stays linear.
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    const int lastColumn = m_proxy->columnCount() - 1;
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (wanted.contains(index.data(IdRole).toString()))
            selection.select(index, index.siblingAtColumn(lastColumn));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ListPane::selectId(const QString &id)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty()) {
        // A record just added arrives with the next reload's rows.
        m_idToSelect = id;
        return;
    }
    m_idToSelect.clear();
    m_view->selectionModel()->setCurrentIndex(found.first(),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(found.first());
}

QAction *ListPane::addPaneAction(const QString &iconName, const QString &text, const QKeySequence &shortcut,
    bool onToolBar)
{
    auto *action = new QAction(text, this);
    if (!iconName.isEmpty()) {
        action->setProperty(kIconName, iconName);
        action->setIcon(actionIcon(iconName, palette().color(QPalette::ButtonText)));
    }
    if (!shortcut.isEmpty()) {
        // A window-wide shortcut, so it works while the sidebar has focus.
        // Hidden panes' actions stay inactive because Qt matches shortcuts
        // on visible widgets only.
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(text.simplified().remove(QLatin1Char('&')),
            shortcut.toString(QKeySequence::NativeText)));
    }
    action->setProperty(kBaseToolTip, action->toolTip());
    addAction(action);
    if (onToolBar)
        m_toolBar->addAction(action);
    m_contextActions.append(action);
    return action;
}

void ListPane::addSeparator()
{
    m_toolBar->addSeparator();
    m_contextActions.append(nullptr);
}

void ListPane::addStatusChoice(const QString &label, const QStringList &statuses)
{
    m_statusFilter->addItem(label, statuses);
}

void ListPane::setActionAvailable(QAction *action, bool available, const QString &reason)
{
    action->setEnabled(available);
    const QString base = action->property(kBaseToolTip).toString();
    action->setToolTip(available || reason.isEmpty() ? base : reason);
}

void ListPane::refreshSelectionState()
{
    updateActions();
    refreshDetails();
}

void ListPane::refreshDetails()
{
    const QStringList ids = selectedIds();
    m_details->setHtml(detailsHtml(ids));
}

void ListPane::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void ListPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The bundled icons are drawn in the palette's button text colour.
    const QColor foreground = palette().color(QPalette::ButtonText);
    for (QAction *action : actions()) {
        if (const QString iconName = action->property(kIconName).toString(); !iconName.isEmpty())
            action->setIcon(actionIcon(iconName, foreground));
    }
    if (m_details)
        refreshDetails();
}

QString ListPane::detailsTable(const QString &heading, const QList<std::pair<QString, QString>> &rows,
    const QHash<QString, QUrl> &links)
{
    // The details panel is a QTextBrowser on the application palette's base.
    const QPalette palette = QGuiApplication::palette();
    const QString labelColor
        = StatusColors::secondaryText(palette.color(QPalette::Text), palette.color(QPalette::Base)).name();
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(heading.toHtmlEscaped());
    for (const auto &[label, value] : rows) {
        QString cell = value.toHtmlEscaped();
        if (const auto link = links.constFind(label); link != links.cend() && link->isValid()) {
            cell = QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(QString::fromUtf8(link->toEncoded()).toHtmlEscaped(), cell);
        }
        html += QStringLiteral("<tr><td style='color:%1'>%2</td><td>%3</td></tr>")
                    .arg(labelColor, label.toHtmlEscaped(), cell);
    }
    html += QStringLiteral("</table>");
    return html;
}

void ListPane::saveHeaderState() const
{
    QSettings settings;
    settings.setValue(m_settingsName + QStringLiteral("/header"), m_view->header()->saveState());
}

void ListPane::restoreHeaderState()
{
    QSettings settings;
    const QByteArray state = settings.value(m_settingsName + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty())
        m_columnsFitted = m_view->header()->restoreState(state);
}

void ListPane::fitColumnsOnce()
{
    // Without saved widths, size the columns to the first rows loaded. The
    // view measures at most resizeContentsPrecision() rows (1000 by default),
    // so this stays fast with 10,000 instances.
    if (m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    for (int column = 0; column < m_proxy->columnCount() - 1; ++column)
        m_view->resizeColumnToContents(column);
}

void ListPane::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->header();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    const int columns = m_proxy->columnCount();
    for (int column = 0; column < columns; ++column) {
        QAction *toggle = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The last visible column stays, so the table never goes blank.
        toggle->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(toggle, &QAction::toggled, header, [header, column](bool visible) {
            header->setSectionHidden(column, !visible);
        });
    }
    menu.exec(header->mapToGlobal(position));
    saveHeaderState();
}

void ListPane::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace saasodoo::ui
