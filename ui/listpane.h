// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablefilterproxy.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <utility>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTextBrowser;
class QToolBar;
class QTreeView;

namespace saasodoo::ui {

// The frame every list pane shares: a toolbar, a search box, a status
// filter, a sortable multi-selection table and a details panel. Subclasses
// add their actions, keep them valid for the selection and fill the details.
//
// The header's column order, widths and visibility are saved in QSettings
// under "<settingsName>/header".
class ListPane : public QWidget
{
    Q_OBJECT

public:
    ListPane(const QString &settingsName, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~ListPane() override;

    // Reads the pane's rows again from the catalog, on a worker thread, and
    // shows them when they arrive; reloaded() follows. A newer reload drops
    // an older one still reading.
    virtual void reload() = 0;

    QTreeView *view() const { return m_view; }
    TableFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QTextBrowser *detailsPanel() const { return m_details; }

    // Ids of the selected rows.
    QStringList selectedIds() const;
    // Selects the row of `id`, or the next reload's row of it when it is not
    // shown yet.
    void selectId(const QString &id);
    void saveHeaderState() const;

signals:
    void statusMessage(const QString &message);
    // A reload() finished: its rows are shown, or statusMessage() gave the reason.
    void reloaded();

protected:
    // Renders the details again on a palette change, because their HTML
    // carries colours picked for the palette.
    void changeEvent(QEvent *event) override;
    // Adds an action to the context menu and, when `onToolBar`, the toolbar.
    QAction *addPaneAction(const QString &iconName, const QString &text, const QKeySequence &shortcut,
        bool onToolBar = true);
    void addSeparator();
    // Adds a status filter entry; an empty list shows every row.
    void addStatusChoice(const QString &label, const QStringList &statuses);
    // Enables the action, or disables it and puts `reason` in its tooltip.
    static void setActionAvailable(QAction *action, bool available, const QString &reason = {});

    // Called when the selection or the rows change.
    virtual void updateActions() = 0;
    virtual QString detailsHtml(const QStringList &ids) const = 0;
    void refreshDetails();
    void refreshSelectionState();
    void setSummary(const QString &text);
    // Returns an HTML heading and a two-column table of label and value;
    // values are escaped. A value whose label is a key of `links` becomes
    // a link to that URL.
    static QString detailsTable(const QString &heading, const QList<std::pair<QString, QString>> &rows,
        const QHash<QString, QUrl> &links = {});

    QToolBar *toolBar() const { return m_toolBar; }
    QString settingsName() const { return m_settingsName; }

private:
    void restoreHeaderState();
    void fitColumnsOnce();
    void restoreSelection();
    void showHeaderMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);

    QString m_settingsName;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTreeView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_summary = nullptr;
    TableFilterProxy *m_proxy = nullptr;
    QList<QAction *> m_contextActions;
    bool m_columnsFitted = false;
    QStringList m_idsBeforeReset;
    QString m_idToSelect; // selected by selectId() before its row arrived
    int m_scrollBeforeReset = 0;
};

} // namespace saasodoo::ui
