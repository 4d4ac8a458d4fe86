// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace saasodoo::provisioning {
class ContainerLogFeed;
class ContainerStatsFeed;
struct ContainerUsage;
struct LogLine;
} // namespace saasodoo::provisioning

namespace saasodoo::ui {

class ConsoleServices;

// The Instances pane's live view of one instance's container: CPU and
// memory from the engine's stats stream while the instance runs, and its
// log with Follow, Timestamps, search and Copy. Lines the container wrote to
// stderr are shown in the error colour, and their blocks carry the user
// state standardErrorState.
//
// The streams run only while the panel is visible and one instance is set:
// hiding the panel or changing the instance cancels them. The log view
// keeps at most maxLogLines lines, dropping the oldest.
class ContainerPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int maxLogLines = 10000;
    // QTextBlock::userState() of a log line that came from stderr.
    static constexpr int standardErrorState = 1;

    explicit ContainerPanel(ConsoleServices *services, QWidget *parent = nullptr);
    ~ContainerPanel() override;

    // Shows the container of `instanceId` (empty for none). The stats stream
    // runs while `status` is running or a state in which a job may still have
    // the container running, such as stopping. The streams restart after a
    // short delay, so moving through the rows with the keyboard opens no
    // connection per row.
    void setInstance(const QString &instanceId, const QString &name, catalog::InstanceStatus status);
    QString instanceId() const { return m_instanceId; }

    QPlainTextEdit *logView() const { return m_log; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *followBox() const { return m_follow; }
    QCheckBox *timestampsBox() const { return m_timestamps; }
    QLabel *usageLabel() const { return m_usage; }
    QLabel *streamLabel() const { return m_streamState; }
    int matchCount() const { return m_matchCount; }
    bool logStreamActive() const;
    bool statsStreamActive() const;
    // The last memory figure received, in bytes; 0 before the first sample.
    quint64 memoryUsedBytes() const { return m_memoryUsed; }

    // Moves the cursor to the next (or previous) match and selects it.
    bool findNext(bool backward = false);
    // Copies the selected log text, or the whole log when nothing is selected.
    void copyLog();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void clearLog();
    void showIdleUsage();
    void restartStreams();
    void stopStreams();
    void appendLines(const QList<provisioning::LogLine> &lines, qsizetype dropped);
    void showUsage(const provisioning::ContainerUsage &usage);
    void highlightMatches();

    ConsoleServices *m_services;
    provisioning::ContainerLogFeed *m_logFeed = nullptr;
    provisioning::ContainerStatsFeed *m_statsFeed = nullptr;
    QString m_instanceId;
    QString m_instanceName;
    catalog::InstanceStatus m_status = catalog::InstanceStatus::Stopped;
    bool m_running = false; // the container may run, so the stats stream is read
    QTimer m_restart;
    QTimer m_highlight;
    int m_matchCount = 0;
    int m_startedTail = 0; // the line count the running log stream started with
    quint64 m_memoryUsed = 0;

    QLabel *m_title = nullptr;
    QLabel *m_usage = nullptr;
    QSpinBox *m_tail = nullptr;
    QCheckBox *m_follow = nullptr;
    QCheckBox *m_timestamps = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matches = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_streamState = nullptr;
};

} // namespace saasodoo::ui
