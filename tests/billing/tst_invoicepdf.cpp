// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Invoice PDF export with QPdfWriter under a QGuiApplication on the
// offscreen platform.
#include "core/billing/invoicepdf.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::billing;

namespace {

catalog::Invoice sampleInvoice()
{
    catalog::Invoice invoice;
    invoice.id = QStringLiteral("5a0e5a3c-2f7e-4a53-9d0b-1c2d3e4f5a6b");
    invoice.number = QStringLiteral("INV-2026-000042");
    invoice.status = catalog::InvoiceStatus::Open;
    invoice.currency = catalog::Currency::Usd;
    invoice.periodStart = QDate(2026, 3, 1);
    invoice.periodEnd = QDate(2026, 4, 1);
    invoice.issueDate = QDate(2026, 3, 1);
    invoice.dueDate = QDate(2026, 3, 15);
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting, plan Starter, 2026-03-01 to 2026-03-31"), 1, 2500, 2500 } };
    invoice.subtotalCents = 2500;
    invoice.taxCents = 375;
    invoice.totalCents = 2875;
    return invoice;
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

private slots:
    void writesPdfWithTitle();
    void draftRejected();
    void unwritablePathRejected();
};

void TestInvoicePdf::writesPdfWithTitle()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    catalog::Customer customer;
    customer.name = QStringLiteral("Tatenda Moyo");
    customer.company = QStringLiteral("Moyo Hardware");
    customer.email = QStringLiteral("accounts@moyo.co.zw");
    BillingSettings settings;
    settings.companyName = QStringLiteral("SaaSOdoo (Pvt) Ltd");
    settings.companyAddress = QStringLiteral("12 Samora Machel Avenue\nHarare");
    settings.companyTaxNumber = QStringLiteral("10012345");

    const Status written = writeInvoicePdf(sampleInvoice(), customer, settings, path);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("%PDF-"));
    QVERIFY(data.trimmed().endsWith("%%EOF"));
    // Text was drawn, so a font is embedded.
    QVERIFY(data.contains("/FontFile"));
    // The document title names the invoice (Qt writes it as UTF-16BE).
    const QString title = QStringLiteral("Invoice INV-2026-000042");
    QByteArray utf16;
    for (const QChar c : title) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    QVERIFY2(data.contains(title.toLatin1()) || data.contains(utf16), "the PDF title does not name the invoice");
}

void TestInvoicePdf::draftRejected()
{
    QTemporaryDir dir;
    catalog::Invoice draft = sampleInvoice();
    draft.status = catalog::InvoiceStatus::Draft;
    draft.number.clear();
    const Status written = writeInvoicePdf(draft, {}, {}, dir.filePath(QStringLiteral("draft.pdf")));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QLatin1String("issue the invoice")), qPrintable(written.error()));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("draft.pdf"))));
}

void TestInvoicePdf::unwritablePathRejected()
{
    const Status written
        = writeInvoicePdf(sampleInvoice(), {}, {}, QStringLiteral("/nonexistent-folder/invoice.pdf"));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QLatin1String("/nonexistent-folder/invoice.pdf")), qPrintable(written.error()));
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
