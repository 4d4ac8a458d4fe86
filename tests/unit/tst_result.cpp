// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/result.h"

#include <QTest>

using saasodoo::makeError;
using saasodoo::Result;
using saasodoo::Status;

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueIsKept()
    {
        const Result<int> result(42);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
        QCOMPARE(*result, 42);
        QCOMPARE(result.error(), QString());
    }

    void errorIsKept()
    {
        const Result<QString> result(makeError(QStringLiteral("database name is invalid")));
        QVERIFY(!result.ok());
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("database name is invalid"));
    }

    void statusWithoutValue()
    {
        const Status fine;
        QVERIFY(fine.ok());
        QCOMPARE(fine.error(), QString());
        const Status failed(makeError(QStringLiteral("port 8069 is taken")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("port 8069 is taken"));
    }

    void valueMovesOut()
    {
        Result<QStringList> result(QStringList { QStringLiteral("sale"), QStringLiteral("purchase") });
        const QStringList modules = std::move(result).value();
        QCOMPARE(modules, (QStringList { QStringLiteral("sale"), QStringLiteral("purchase") }));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
