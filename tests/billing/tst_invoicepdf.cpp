// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Invoice PDF export with QPdfWriter under a QGuiApplication on the
// offscreen platform.
#include "core/billing/invoicepdf.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
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
    void longCompanyNameWrapsBesideTitle();
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

// Paints the invoice onto an A4-wide image at 8 dots per millimetre.
QImage paintedPage(const BillingSettings &settings)
{
    constexpr int dotsPerMillimetre = 8;
    QImage image(170 * dotsPerMillimetre, 120 * dotsPerMillimetre, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMillimetre * 1000);
    image.setDotsPerMeterY(dotsPerMillimetre * 1000);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintInvoice(painter, dotsPerMillimetre, image.width(), sampleInvoice(), {}, settings);
    painter.end();
    return image;
}

void TestInvoicePdf::longCompanyNameWrapsBesideTitle()
{
    BillingSettings shortName;
    shortName.companyName = QStringLiteral("SaaSOdoo");
    BillingSettings longName;
    longName.companyName = QStringLiteral("Mutapa Cloud Hosting and Business Software Services (Private) Limited");
    const QImage plain = paintedPage(shortName);
    const QImage wrapped = paintedPage(longName);

    // The title's box, the right of the first line, is painted the same: the
    // long name runs onto more lines instead of over the title.
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSize(16);
    titleFont.setBold(true);
    const QFontMetrics metrics(titleFont, &plain);
    const QRect title(plain.width() - metrics.horizontalAdvance(QStringLiteral("INVOICE")), 0,
        metrics.horizontalAdvance(QStringLiteral("INVOICE")), metrics.height());
    QVERIFY(title.width() > 0);
    QCOMPARE(wrapped.copy(title), plain.copy(title));

    // The second line holds the rest of the name, so something is drawn
    // there that the short name leaves blank.
    const QRect secondLine(0, metrics.height(), plain.width() / 2, metrics.height());
    QVERIFY(wrapped.copy(secondLine) != plain.copy(secondLine));
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
