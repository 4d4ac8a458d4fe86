// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/postgres/passfile.h"

#include <QFile>
#include <QTest>

using namespace saasodoo::postgres;

class TestPassFile : public QObject
{
    Q_OBJECT

private slots:
    void escapesSeparators()
    {
        QCOMPARE(escapePassFileField(QStringLiteral("a:b\\c")), QStringLiteral("a\\:b\\\\c"));
        QCOMPARE(escapePassFileField(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void fileIsPrivateAndRemoved()
    {
        QString path;
        {
            PgEndpoint endpoint { QStringLiteral("db.example"), 5433, QStringLiteral("console") };
            auto file = PassFile::create(endpoint, QStringLiteral("pa:ss"));
            QVERIFY2(file.ok(), qPrintable(file.error()));
            path = file.value()->path();
            const QFileDevice::Permissions permissions = QFile::permissions(path);
            QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
            QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));
            QFile content(path);
            QVERIFY(content.open(QIODevice::ReadOnly));
            QCOMPARE(content.readAll(), QByteArray("db.example:5433:*:console:pa\\:ss\n"));

            const QProcessEnvironment env = file.value()->environment(QProcessEnvironment());
            QCOMPARE(env.value(QStringLiteral("PGPASSFILE")), path);
            QVERIFY(!env.contains(QStringLiteral("PGPASSWORD")));
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestPassFile)
#include "tst_passfile.moc"
