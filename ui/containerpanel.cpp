// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerpanel.h"

#include "consoleservices.h"
#include "statuscolors.h"
#include "statustext.h"

#include "core/provisioning/containerfeeds.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

namespace {

// Matches beyond this many are counted but not highlighted, so a search
// for "e" in a full log stays quick.
constexpr int maxHighlights = 1000;

} // namespace

ContainerPanel::ContainerPanel(ConsoleServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("containerPanel"));
    if (m_services) {
        m_logFeed = new provisioning::ContainerLogFeed(m_services->catalogConfig(), m_services->secrets(), this);
        m_statsFeed = new provisioning::ContainerStatsFeed(m_services->catalogConfig(), m_services->secrets(), this);
        connect(m_logFeed, &provisioning::ContainerLogFeed::linesReceived, this, &ContainerPanel::appendLines);
        connect(m_logFeed, &provisioning::ContainerFeed::finished, this, [this](const QString &error) {
            if (!error.isEmpty())
                m_streamState->setText(tr("Logs unavailable: %1").arg(error));
            else if (m_follow->isChecked())
                m_streamState->setText(tr("The log stream ended: the container stopped."));
            else
                m_streamState->setText(tr("Showing the last %n line(s) of the log.", nullptr,
                    m_log->document()->blockCount() - (m_log->document()->isEmpty() ? 1 : 0)));
        });
        connect(m_statsFeed, &provisioning::ContainerStatsFeed::usageReceived, this, &ContainerPanel::showUsage);
        connect(m_statsFeed, &provisioning::ContainerFeed::finished, this, [this](const QString &error) {
            m_usage->setText(error.isEmpty() ? tr("The stats stream ended.") : tr("Stats unavailable: %1").arg(error));
        });
    }

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("containerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_usage = new QLabel(this);
    m_usage->setObjectName(QStringLiteral("containerUsage"));
    m_usage->setTextFormat(Qt::PlainText);
    m_usage->setWordWrap(true);

    m_tail = new QSpinBox(this);
    m_tail->setObjectName(QStringLiteral("logTail"));
    m_tail->setRange(10, maxLogLines);
    m_tail->setSingleStep(100);
    m_tail->setValue(200);
    m_tail->setPrefix(tr("Last "));
    m_tail->setSuffix(tr(" lines"));
    m_tail->setToolTip(tr("How many lines to read from the end of the log"));
    connect(m_tail, &QSpinBox::editingFinished, this, [this] {
        if (m_tail->value() != m_startedTail)
            restartStreams();
    });

    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the log open and add each new line the container writes"));
    connect(m_follow, &QCheckBox::toggled, this, &ContainerPanel::restartStreams);

    // The engine adds the time stamps as it sends the log, so a toggle reads
    // the log again.
    m_timestamps = new QCheckBox(tr("&Timestamps"), this);
    m_timestamps->setObjectName(QStringLiteral("logTimestamps"));
    m_timestamps->setToolTip(tr("Start each line with the time the container wrote it, in UTC"));
    connect(m_timestamps, &QCheckBox::toggled, this, &ContainerPanel::restartStreams);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in log"));
    m_search->setClearButtonEnabled(true);
    // The bar's other widgets keep their size hints, so without a minimum
    // the search box is squeezed to a few pixels in a narrow tab.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 20);
    connect(m_search, &QLineEdit::textChanged, this, &ContainerPanel::highlightMatches);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(); });

    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("logFindPrevious"));
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setText(tr("Previous"));
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setToolTip(tr("Previous match (%1)").arg(previous->shortcut().toString(QKeySequence::NativeText)));
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("logFindNext"));
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setText(tr("Next"));
    next->setShortcut(QKeySequence::FindNext);
    next->setToolTip(tr("Next match (Enter or %1)").arg(next->shortcut().toString(QKeySequence::NativeText)));
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });

    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("logMatches"));

    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("logCopy"));
    m_copy->setToolTip(tr("Copy the selected lines, or the whole log when nothing is selected"));
    connect(m_copy, &QPushButton::clicked, this, &ContainerPanel::copyLog);

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("logView"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(maxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setUndoRedoEnabled(false);
    // NOTE: a container started with a TTY has no separate stderr; the
    // engine sends all of its output as stdout.
    m_log->setToolTip(tr("Lines in the error colour came from the container's standard error (stderr)."));

    m_streamState = new QLabel(this);
    m_streamState->setObjectName(QStringLiteral("logState"));
    m_streamState->setTextFormat(Qt::PlainText);
    m_streamState->setWordWrap(true);

    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_tail);
    logBar->addWidget(m_follow);
    logBar->addWidget(m_timestamps);
    logBar->addWidget(m_search, 1);
    logBar->addWidget(previous);
    logBar->addWidget(next);
    logBar->addWidget(m_matches);
    logBar->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_usage);
    layout->addLayout(logBar);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_streamState);

    m_restart.setSingleShot(true);
    m_restart.setInterval(250);
    connect(&m_restart, &QTimer::timeout, this, &ContainerPanel::restartStreams);
    // New lines arrive many times a second while following; the highlights
    // are redone at most four times a second.
    m_highlight.setSingleShot(true);
    m_highlight.setInterval(250);
    connect(&m_highlight, &QTimer::timeout, this, &ContainerPanel::highlightMatches);

    setInstance({}, {}, catalog::InstanceStatus::Stopped);
}

ContainerPanel::~ContainerPanel() = default;

namespace {

// Whether the container may be running: a job that starts, stops or
// changes the instance keeps its container running for part of the way.
bool containerMayRun(catalog::InstanceStatus status)
{
    switch (status) {
    case catalog::InstanceStatus::Running:
    case catalog::InstanceStatus::Starting:
    case catalog::InstanceStatus::Stopping:
    case catalog::InstanceStatus::Restarting:
    case catalog::InstanceStatus::Updating:
    case catalog::InstanceStatus::BackingUp:
    case catalog::InstanceStatus::Restoring:
        return true;
    case catalog::InstanceStatus::Creating:
    case catalog::InstanceStatus::Stopped:
    case catalog::InstanceStatus::Suspended:
    case catalog::InstanceStatus::Error:
    case catalog::InstanceStatus::Deleting:
    case catalog::InstanceStatus::Deleted:
        return false;
    }
    return false;
}

} // namespace

void ContainerPanel::setInstance(const QString &instanceId, const QString &name, catalog::InstanceStatus status)
{
    const bool running = containerMayRun(status);
    const bool changed = instanceId != m_instanceId || running != m_running;
    const bool statusChanged = status != m_status;
    m_instanceId = instanceId;
    m_instanceName = name;
    m_status = status;
    m_running = running;
    if (instanceId.isEmpty()) {
        m_restart.stop();
        stopStreams();
        clearLog();
        m_title->setText(tr("Select one instance to see its container's log and resource use."));
        m_usage->clear();
        m_streamState->clear();
        m_memoryUsed = 0;
        return;
    }
    m_title->setText(name);
    if (changed)
        m_restart.start();
    else if (statusChanged && !m_running && isVisible())
        showIdleUsage();
}

void ContainerPanel::clearLog()
{
    m_log->clear();
    // The count of the search matches follows the emptied log at once.
    highlightMatches();
}

void ContainerPanel::showIdleUsage()
{
    if (m_status == catalog::InstanceStatus::Error)
        m_usage->setText(tr("The instance is in error, so CPU and memory use are not read. Its container may still "
                            "run; the host's reconcile corrects the status."));
    else
        m_usage->setText(tr("The instance's status is %1, so its container is not running and uses no CPU or memory.")
                             .arg(StatusText::instanceStatus(m_status)));
}

bool ContainerPanel::logStreamActive() const
{
    return m_logFeed && m_logFeed->isActive();
}

bool ContainerPanel::statsStreamActive() const
{
    return m_statsFeed && m_statsFeed->isActive();
}

void ContainerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_instanceId.isEmpty())
        m_restart.start();
}

void ContainerPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_restart.stop();
    stopStreams();
    if (!m_instanceId.isEmpty())
        m_streamState->setText(tr("Paused while the panel is hidden."));
}

void ContainerPanel::stopStreams()
{
    if (m_logFeed)
        m_logFeed->stop();
    if (m_statsFeed)
        m_statsFeed->stop();
}

void ContainerPanel::restartStreams()
{
    stopStreams();
    if (m_instanceId.isEmpty() || !isVisible() || !m_logFeed)
        return;

    clearLog();
    m_memoryUsed = 0;
    provisioning::ContainerLogFeed::Options options;
    options.tail = m_tail->value();
    m_startedTail = options.tail;
    options.follow = m_follow->isChecked();
    options.timestamps = m_timestamps->isChecked();
    m_logFeed->start(m_instanceId, options);
    m_streamState->setText(options.follow ? tr("Following the log…") : tr("Reading the log…"));

    if (m_running) {
        m_statsFeed->start(m_instanceId);
        m_usage->setText(tr("Reading CPU and memory use…"));
    } else {
        showIdleUsage();
    }
}

void ContainerPanel::appendLines(const QList<provisioning::LogLine> &lines, qsizetype dropped)
{
    QScrollBar *scrollBar = m_log->verticalScrollBar();
    const bool atEnd = scrollBar->value() == scrollBar->maximum();

    QTextCharFormat standardOutput;
    QTextCharFormat standardError;
    standardError.setForeground(
        StatusColors::forBackground(StatusColors::Tone::Error, m_log->palette().color(QPalette::Base)));
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = m_log->document()->isEmpty();
    const auto appendLine = [&](const QString &text, bool fromStandardError) {
        if (!first)
            cursor.insertBlock(QTextBlockFormat(), standardOutput);
        first = false;
        cursor.insertText(text, fromStandardError ? standardError : standardOutput);
        cursor.block().setUserState(fromStandardError ? standardErrorState : -1);
    };
    if (dropped > 0)
        appendLine(tr("[%n line(s) skipped because the view fell behind]", nullptr, int(dropped)), false);
    for (const provisioning::LogLine &line : lines)
        appendLine(line.text, line.fromStandardError);
    cursor.endEditBlock();

    if (atEnd)
        scrollBar->setValue(scrollBar->maximum());
    if (!m_search->text().isEmpty() && !m_highlight.isActive())
        m_highlight.start();
}

void ContainerPanel::showUsage(const provisioning::ContainerUsage &usage)
{
    m_memoryUsed = usage.memoryUsedBytes;
    m_usage->setText(tr("CPU %1 %, memory %2 of %3")
                         .arg(QLocale().toString(usage.cpuPercent, 'f', 1),
                             StatusText::byteSize(qint64(usage.memoryUsedBytes)),
                             StatusText::byteSize(qint64(usage.memoryLimitBytes))));
}

void ContainerPanel::highlightMatches()
{
    const QString text = m_search->text();
    QList<QTextEdit::ExtraSelection> selections;
    m_matchCount = 0;
    if (!text.isEmpty()) {
        m_matchCount = int(m_log->toPlainText().count(text, Qt::CaseInsensitive));
        // A pale highlight under the normal text colour. QColor::lighter()
        // would turn a dark palette's highlight nearly white under light
        // text, so the highlight is blended toward the base colour instead,
        // and the selection colours serve when even that is too faint.
        const QPalette colors = m_log->palette();
        QColor background = StatusColors::blend(colors.color(QPalette::Highlight), colors.color(QPalette::Base), 0.6);
        QColor foreground = colors.color(QPalette::Text);
        if (StatusColors::contrastRatio(foreground, background) < 4.5) {
            background = colors.color(QPalette::Highlight);
            foreground = colors.color(QPalette::HighlightedText);
        }
        QTextCharFormat format;
        format.setBackground(background);
        format.setForeground(foreground);
        QTextCursor cursor(m_log->document());
        while (selections.size() < maxHighlights) {
            cursor = m_log->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            selections.append({ cursor, format });
        }
        m_matches->setText(tr("%n match(es)", nullptr, m_matchCount));
    } else {
        m_matches->clear();
    }
    m_log->setExtraSelections(selections);
}

bool ContainerPanel::findNext(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_log->find(text, flags))
        return true;
    // Wrap around to the other end of the log.
    QTextCursor cursor = m_log->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_log->setTextCursor(cursor);
    return m_log->find(text, flags);
}

void ContainerPanel::copyLog()
{
    const QString selected = m_log->textCursor().selection().toPlainText();
    const QString text = selected.isEmpty() ? m_log->toPlainText() : selected;
    QApplication::clipboard()->setText(text);
}

} // namespace saasodoo::ui
