// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/secretgenerator.h"

#include <QSet>
#include <QTest>

using saasodoo::secrets::generateSecret;

class TestSecretGenerator : public QObject
{
    Q_OBJECT

private slots:
    void lengthMatchesEntropy()
    {
        // 192 bits = 24 bytes = 32 base64 characters without padding.
        QCOMPARE(generateSecret(192).size(), 32);
        // 128 bits = 16 bytes = 22 characters.
        QCOMPARE(generateSecret(128).size(), 22);
    }

    void neverBelow128Bits()
    {
        QCOMPARE(generateSecret(8).size(), generateSecret(128).size());
    }

    void usesUrlSafeAlphabet()
    {
        const QString secret = generateSecret(4096);
        for (const QChar c : secret)
            QVERIFY2(c.isLetterOrNumber() || c == u'-' || c == u'_', qPrintable(QString(c)));
    }

    void secretsDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(generateSecret());
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "tst_secretgenerator.moc"
