// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockscreen.h"

#include "sessionlock.h"
#include "statuscolors.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saasodoo::ui {

LockScreen::LockScreen(SessionLock *lock, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/saasodoo.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("<h2>The console is locked</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *explanation = new QLabel(tr("Secrets held in memory were dropped. Running jobs continue. Unlock to "
                                      "continue; the keychain may ask for its password."),
        this);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    StatusColors::apply(m_error, StatusColors::Tone::Error);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(m_unlock, 0, Qt::AlignCenter);
    layout->addWidget(m_error);
    layout->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, [this, lock] {
        m_unlock->setEnabled(false);
        m_error->hide();
        lock->unlock();
    });
    connect(lock, &SessionLock::unlockFailed, this, [this](const QString &message) {
        m_unlock->setEnabled(true);
        m_error->setText(tr("Still locked: %1").arg(message));
        m_error->show();
    });
    connect(lock, &SessionLock::unlocked, this, [this] {
        m_unlock->setEnabled(true);
        m_error->hide();
    });
}

} // namespace saasodoo::ui
