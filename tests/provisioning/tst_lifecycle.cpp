// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/provisioning/lifecycle.h"

#include <QTest>

using namespace saasodoo;
using namespace saasodoo::provisioning;
using catalog::InstanceStatus;

Q_DECLARE_METATYPE(saasodoo::provisioning::Action)
Q_DECLARE_METATYPE(saasodoo::catalog::InstanceStatus)

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data()
    {
        QTest::addColumn<InstanceStatus>("status");
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("stop running") << InstanceStatus::Running << Action::Stop << true;
        QTest::newRow("start running") << InstanceStatus::Running << Action::Start << false;
        QTest::newRow("start stopped") << InstanceStatus::Stopped << Action::Start << true;
        QTest::newRow("stop stopped") << InstanceStatus::Stopped << Action::Stop << false;
        QTest::newRow("resume suspended") << InstanceStatus::Suspended << Action::Resume << true;
        QTest::newRow("start suspended") << InstanceStatus::Suspended << Action::Start << false;
        QTest::newRow("resume running") << InstanceStatus::Running << Action::Resume << false;
        QTest::newRow("retry error") << InstanceStatus::Error << Action::Retry << true;
        QTest::newRow("retry running") << InstanceStatus::Running << Action::Retry << false;
        QTest::newRow("delete creating") << InstanceStatus::Creating << Action::Delete << false;
        QTest::newRow("stop updating") << InstanceStatus::Updating << Action::Stop << false;
        QTest::newRow("anything deleted") << InstanceStatus::Deleted << Action::Start << false;
        QTest::newRow("limits stopped") << InstanceStatus::Stopped << Action::SetLimits << true;
        QTest::newRow("env suspended") << InstanceStatus::Suspended << Action::SetEnvironment << false;
        QTest::newRow("env error") << InstanceStatus::Error << Action::SetEnvironment << true;
        QTest::newRow("delete suspended") << InstanceStatus::Suspended << Action::Delete << true;
        QTest::newRow("backup stopped") << InstanceStatus::Stopped << Action::Backup << true;
        QTest::newRow("backup suspended") << InstanceStatus::Suspended << Action::Backup << true;
        QTest::newRow("restore suspended") << InstanceStatus::Suspended << Action::Restore << false;
        QTest::newRow("restore error") << InstanceStatus::Error << Action::Restore << true;
        QTest::newRow("backup backing up") << InstanceStatus::BackingUp << Action::Backup << false;
    }

    void transitions()
    {
        QFETCH(InstanceStatus, status);
        QFETCH(Action, action);
        QFETCH(bool, allowed);
        catalog::Instance instance;
        instance.name = QStringLiteral("acme-prod");
        instance.status = status;
        const Status checked = checkAction(instance, action);
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QVERIFY2(checked.error().contains(QLatin1String("acme-prod")), qPrintable(checked.error()));
            QVERIFY2(checked.error().contains(statusPhrase(status)), qPrintable(checked.error()));
            QVERIFY2(checked.error().startsWith(QLatin1String("Cannot ")), qPrintable(checked.error()));
        }
    }

    void rejectionListsAllowedActions()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("acme");
        instance.status = InstanceStatus::Suspended;
        const Status checked = checkAction(instance, Action::Start);
        QCOMPARE(checked.error(), QStringLiteral("Cannot start instance acme: it is suspended. Allowed now: resume, backup, delete."));
    }

    void rejectionUsesPlainVerbs()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("acme");
        instance.status = InstanceStatus::Suspended;
        QVERIFY2(checkAction(instance, Action::SetLimits)
                     .error()
                     .startsWith(QLatin1String("Cannot change the limits of instance acme: it is suspended.")),
            qPrintable(checkAction(instance, Action::SetLimits).error()));
        QVERIFY2(checkAction(instance, Action::SetEnvironment)
                     .error()
                     .startsWith(QLatin1String("Cannot change the environment variables of instance acme:")),
            qPrintable(checkAction(instance, Action::SetEnvironment).error()));
        instance.status = InstanceStatus::Deleted;
        QVERIFY2(checkAction(instance, Action::Backup).error().startsWith(QLatin1String("Cannot back up instance acme:")),
            qPrintable(checkAction(instance, Action::Backup).error()));
    }

    void busyStateAllowsNothing()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("acme");
        instance.status = InstanceStatus::BackingUp;
        const Status checked = checkAction(instance, Action::Stop);
        QVERIFY2(checked.error().contains(QLatin1String("no action is allowed")), qPrintable(checked.error()));
        QVERIFY2(checked.error().contains(QLatin1String("it is backing up,")), qPrintable(checked.error()));
    }

    void deletedStateAllowsNothing()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("c3");
        instance.status = InstanceStatus::Deleted;
        const Status checked = checkAction(instance, Action::Start);
        QCOMPARE(checked.error(),
            QStringLiteral("Cannot start instance c3: it is deleted, and no action is allowed on a deleted instance."));
    }

    void rejectionReadsErrorStatus()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("e1");
        instance.status = InstanceStatus::Error;
        const Status checked = checkAction(instance, Action::Resume);
        QVERIFY2(checked.error().startsWith(QLatin1String("Cannot resume instance e1: it is in error. Allowed now:")),
            qPrintable(checked.error()));
    }

    void neverRanAllowsRetryAndDelete()
    {
        catalog::Instance instance;
        instance.name = QStringLiteral("e2");
        instance.status = InstanceStatus::Error;
        QCOMPARE(allowedActions(InstanceStatus::Error, false), (QList<Action> { Action::Retry, Action::Delete }));
        QVERIFY(checkAction(instance, Action::Retry, false).ok());
        QVERIFY(checkAction(instance, Action::Delete, false).ok());
        const Status start = checkAction(instance, Action::Start, false);
        QCOMPARE(start.error(),
            QStringLiteral("Cannot start instance e2: its create failed before it ever ran, so it has no container or "
                           "data. Allowed now: retry, delete. Run the create again with 'saasodoo instance retry e2', or delete it."));
        QVERIFY(!checkAction(instance, Action::Restore, false).ok());

        // One that has run allows what its state allows, except a retry.
        QVERIFY(checkAction(instance, Action::Start, true).ok());
        const Status retry = checkAction(instance, Action::Retry, true);
        QVERIFY2(retry.error().startsWith(QLatin1String("Cannot retry the create of instance e2: it is in error. Allowed now: start,")),
            qPrintable(retry.error()));
        QVERIFY(!allowedActions(InstanceStatus::Error, true).contains(Action::Retry));

        // Other states ignore the run history.
        QCOMPARE(allowedActions(InstanceStatus::Stopped, false), allowedActions(InstanceStatus::Stopped));
    }

    void statusPhrases()
    {
        QCOMPARE(statusPhrase(InstanceStatus::Error), QStringLiteral("in error"));
        QCOMPARE(statusPhrase(InstanceStatus::BackingUp), QStringLiteral("backing up"));
        QCOMPARE(statusPhrase(InstanceStatus::Running), QStringLiteral("running"));
        QCOMPARE(statusPhrase(InstanceStatus::Creating), QStringLiteral("creating"));
    }

    void finalStates()
    {
        QCOMPARE(catalog::toString(finalStatus(Action::Stop)), catalog::toString(InstanceStatus::Stopped));
        QCOMPARE(catalog::toString(finalStatus(Action::Suspend)), catalog::toString(InstanceStatus::Suspended));
        QCOMPARE(catalog::toString(finalStatus(Action::Resume)), catalog::toString(InstanceStatus::Running));
        QCOMPARE(catalog::toString(transitionalStatus(Action::UpdateModules)), catalog::toString(InstanceStatus::Updating));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
