// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Invoice PDF export with QPdfWriter under a QGuiApplication on the
// offscreen platform. The layout checks read the PDFs back with Poppler's
// pdftotext (Debian's poppler-utils): the text of each page, and each
// word's box to find text drawn over other text.
#include "core/billing/billingsettings.h"
#include "core/billing/invoicepdf.h"
#include "core/catalog/catalog.h"
#include "tests/support/catalogseed.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRectF>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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

// Long values that the product accepts and that a one-line layout cuts: a
// 165-character address, a 146-character customer name, a 93-character
// plan name and a 287-character void reason.
const QString longAddress = QStringLiteral(
    "Office 14, Third Floor, Joina City Building, corner of Jason Moyo Avenue and Julius Nyerere Way, "
    "Central Business District, PO Box 12345, Causeway, Harare, Zimbabwe.");
const QString longCustomerName = QStringLiteral(
    "Tatenda Chipo Nyasha Mutasa-Chikwanha, acting for the Greater Harare Association of Independent "
    "Hardware and Building Materials Retailers Trust Co");
const QString longPlanName = QStringLiteral(
    "Enterprise Unlimited with Priority Support, Daily Off-site Backups and Dedicated Account Team");
const QString longVoidReason = QStringLiteral(
    "Issued in error: the customer moved to the annual Enterprise plan on 2026-03-01 and was billed for "
    "that period on the annual invoice, which covers the same instances and the same days, so this "
    "monthly invoice would bill them twice. Credit agreed with the customer by email on 2026-03-04.");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the saasodoo CLI on the catalog `catalogPath`.
Outcome runCli(const QString &catalogPath, QStringList arguments)
{
    arguments << QStringLiteral("--catalog") << catalogPath;
    QProcess process;
    process.start(QStringLiteral(SAASODOO_CLI_PATH), arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000)) {
        outcome.err = "saasodoo did not finish: " + process.errorString().toUtf8();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

// Runs pdftotext with `arguments` and returns its standard output.
Result<QByteArray> runPdftotext(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(60000)) {
        return makeError(QStringLiteral("pdftotext failed to run: %1. Install poppler-utils with scripts/setup.")
                             .arg(process.errorString()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return makeError(QStringLiteral("pdftotext %1 failed: %2")
                             .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError())));
    }
    return process.readAllStandardOutput();
}

// Returns the text of page `page` (from 1), or of every page for 0, with
// each run of white space made one space, so that a value wrapped over
// several lines still reads as one string.
Result<QString> pdfText(const QString &path, int page = 0)
{
    QStringList arguments { QStringLiteral("-enc"), QStringLiteral("UTF-8") };
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    const Result<QByteArray> text = runPdftotext(arguments);
    if (!text)
        return makeError(text.error());
    // NFKC turns the ligatures that pdftotext reports, such as U+FB03 for
    // "ffi", back into their letters.
    return QString::fromUtf8(text.value()).normalized(QString::NormalizationForm_KC).simplified();
}

struct PdfWord
{
    QString text;
    QRectF box; // in points, from the page's top left
};

struct PdfPage
{
    QSizeF size; // in points
    QList<PdfWord> words;
};

// Returns each page with its words and their boxes (pdftotext -bbox).
Result<QList<PdfPage>> pdfPages(const QString &path)
{
    const Result<QByteArray> html = runPdftotext({ QStringLiteral("-bbox"), path, QStringLiteral("-") });
    if (!html)
        return makeError(html.error());
    QList<PdfPage> pages;
    QXmlStreamReader reader(html.value());
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        const auto number = [&](const char *name) { return attributes.value(QLatin1String(name)).toDouble(); };
        if (reader.name() == QLatin1String("page")) {
            pages.append(PdfPage { QSizeF(number("width"), number("height")), {} });
        } else if (reader.name() == QLatin1String("word") && !pages.isEmpty()) {
            const QRectF box(QPointF(number("xMin"), number("yMin")), QPointF(number("xMax"), number("yMax")));
            pages.last().words.append(PdfWord { reader.readElementText(), box });
        }
    }
    if (reader.hasError())
        return makeError(QStringLiteral("pdftotext -bbox output is invalid: %1").arg(reader.errorString()));
    return pages;
}

// Boxes of neighbouring lines may touch, so the layout checks allow one
// point of overlap.
constexpr double tolerancePoints = 1.0;

// Returns the first pair of words drawn over each other, as
// "page N: "a" and "b"", or an empty string.
QString overlappingWords(const QList<PdfPage> &pages)
{
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QList<PdfWord> &words = pages.at(page).words;
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                const QRectF shared = words.at(i).box.intersected(words.at(j).box);
                if (shared.width() > tolerancePoints && shared.height() > tolerancePoints) {
                    return QStringLiteral("page %1: \"%2\" and \"%3\"")
                        .arg(page + 1)
                        .arg(words.at(i).text, words.at(j).text);
                }
            }
        }
    }
    return {};
}

// Returns the first word outside writeInvoicePdf's 20 mm margins, as
// "page N: "a"", or an empty string.
QString wordInMargin(const QList<PdfPage> &pages)
{
    constexpr double marginPoints = 20 / 25.4 * 72;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const QRectF body = QRectF(QPointF(0, 0), pages.at(page).size)
                                .adjusted(marginPoints, marginPoints, -marginPoints, -marginPoints)
                                .adjusted(-tolerancePoints, -tolerancePoints, tolerancePoints, tolerancePoints);
        for (const PdfWord &word : pages.at(page).words) {
            if (!body.contains(word.box))
                return QStringLiteral("page %1: \"%2\"").arg(page + 1).arg(word.text);
        }
    }
    return {};
}

// Checks that the words on `pages` neither overlap nor run into the margins.
#define VERIFY_LAYOUT(pages)                                                                                 \
    do {                                                                                                     \
        const QString overlap = overlappingWords(pages);                                                     \
        QVERIFY2(overlap.isEmpty(), qPrintable(QStringLiteral("text drawn over text on %1").arg(overlap)));  \
        const QString outside = wordInMargin(pages);                                                         \
        QVERIFY2(outside.isEmpty(), qPrintable(QStringLiteral("text in the margin on %1").arg(outside)));    \
    } while (false)

// Checks that `text` contains `value` whole, and names the value if not.
#define VERIFY_CONTAINS(text, value)                                                                        \
    QVERIFY2((text).contains((value).simplified()),                                                         \
        qPrintable(QStringLiteral("missing or cut: \"%1\" in the PDF text \"%2\"").arg((value), (text))))

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT

private slots:
    void writesPdfWithTitle();
    void draftRejected();
    void unwritablePathRejected();
    void longCompanyNameWrapsBesideTitle();
    void longValuesPrintedWhole();
    void manyLinesBreakOntoPages();
    void addressTallerThanPageSplits();
    void longWordBreaksInsideColumn();
    void failedNewPageReported();
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

// Paints the invoice onto an A4-sized image, inside the margins, at 8 dots
// per millimetre.
QImage paintedPage(const BillingSettings &settings)
{
    constexpr int dotsPerMillimetre = 8;
    QImage image(170 * dotsPerMillimetre, 257 * dotsPerMillimetre, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMillimetre * 1000);
    image.setDotsPerMeterY(dotsPerMillimetre * 1000);
    image.fill(Qt::white);
    QPainter painter(&image);
    const Result<int> pages = paintInvoice(painter, { dotsPerMillimetre, image.size(), {} }, sampleInvoice(), {}, settings);
    painter.end();
    if (!pages || pages.value() != 1)
        qWarning("the invoice did not fit on one image: %s", qPrintable(pages.error()));
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

// The long values go through the CLI onto one invoice at the maximum total.
// Every value is printed whole, and no text is drawn over other text.
void TestInvoicePdf::longValuesPrintedWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    const auto cli = [&](const QStringList &arguments) {
        const Outcome outcome = runCli(catalogPath, arguments);
        if (outcome.exitCode != 0) {
            qWarning("saasodoo %s failed with %d: %s", qPrintable(arguments.join(u' ')), outcome.exitCode,
                outcome.err.constData());
        }
        return outcome;
    };
    const QList<std::pair<QString, QString>> settings {
        { QStringLiteral("company_name"), QStringLiteral("SaaSOdoo (Pvt) Ltd") },
        { QStringLiteral("company_address"), longAddress },
        { QStringLiteral("company_tax_number"), QStringLiteral("10012345") },
        { QStringLiteral("company_email"), QStringLiteral("accounts@saasodoo.co.zw") },
    };
    for (const auto &[name, value] : settings)
        QCOMPARE(cli({ QStringLiteral("billing"), QStringLiteral("set"), name, value }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), longCustomerName,
                 QStringLiteral("--email"), QStringLiteral("accounts@harare-hardware.co.zw") })
                 .exitCode,
        0);
    // 8,695,652,173.90 with 15 % VAT is the maximum total, 9,999,999,999.99.
    const Outcome plan = cli({ QStringLiteral("plan"), QStringLiteral("create"), QStringLiteral("--name"), longPlanName,
        QStringLiteral("--price-usd"), QStringLiteral("8695652173.90"), QStringLiteral("--instances"), QStringLiteral("2"),
        QStringLiteral("--cpu"), QStringLiteral("2"), QStringLiteral("--memory"), QStringLiteral("4G"),
        QStringLiteral("--storage"), QStringLiteral("50G"), QStringLiteral("--json") });
    QCOMPARE(plan.exitCode, 0);
    const QString planId = QJsonDocument::fromJson(plan.out).object().value(QStringLiteral("id")).toString();
    QVERIFY2(!planId.isEmpty(), plan.out.constData());
    QCOMPARE(cli({ QStringLiteral("subscription"), QStringLiteral("create"), QStringLiteral("--customer"),
                 QStringLiteral("accounts@harare-hardware.co.zw"), QStringLiteral("--plan"), planId,
                 QStringLiteral("--start"), QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("invoice"), QStringLiteral("generate"), QStringLiteral("--date"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--yes") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("invoice"), QStringLiteral("void"), QStringLiteral("INV-2026-000001"),
                 QStringLiteral("--reason"), longVoidReason })
                 .exitCode,
        0);
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    QCOMPARE(cli({ QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-2026-000001"),
                 QStringLiteral("--output"), pdf })
                 .exitCode,
        0);

    const Result<QString> text = pdfText(pdf);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    VERIFY_CONTAINS(text.value(), longAddress);
    VERIFY_CONTAINS(text.value(), longCustomerName);
    VERIFY_CONTAINS(text.value(), QStringLiteral("Odoo hosting, plan %1, 2026-03-01 to 2026-03-31").arg(longPlanName));
    VERIFY_CONTAINS(text.value(), QStringLiteral("This invoice is void: %1").arg(longVoidReason));
    VERIFY_CONTAINS(text.value(), QStringLiteral("USD 8695652173.90"));
    VERIFY_CONTAINS(text.value(), QStringLiteral("USD 1304347826.09"));
    VERIFY_CONTAINS(text.value(), QStringLiteral("USD 9999999999.99"));

    const Result<QList<PdfPage>> pages = pdfPages(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QCOMPARE(pages->size(), 1);
    VERIFY_LAYOUT(pages.value());
}

// An invoice of 150 lines, stored through the catalog like any other, runs
// over several pages. Each page repeats the table header and is numbered,
// and each line is printed once.
void TestInvoicePdf::manyLinesBreakOntoPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<catalog::Catalog>> opened
        = catalog::Catalog::open(catalog::CatalogConfig::sqlite(dir.filePath(QStringLiteral("catalog.sqlite"))));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    catalog::Catalog &db = *opened.value();
    QVERIFY(billing::saveBillingSetting(db, QStringLiteral("company_name"), QStringLiteral("SaaSOdoo (Pvt) Ltd")).ok());
    const Result<test::CustomerWithTenant> customer = test::createCustomerWithTenant(db, QStringLiteral("Moyo Hardware"), QStringLiteral("moyo"));
    QVERIFY2(customer.ok(), qPrintable(customer.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    const Result<catalog::Subscription> subscription
        = test::subscribeToNewPlan(db, customer->customer.id, plan, QDate(2026, 3, 1));
    QVERIFY2(subscription.ok(), qPrintable(subscription.error()));

    constexpr int lineCount = 150;
    catalog::Invoice invoice;
    invoice.customerId = customer->customer.id;
    invoice.subscriptionId = subscription->id;
    invoice.currency = catalog::Currency::Usd;
    invoice.periodStart = QDate(2026, 3, 1);
    invoice.periodEnd = QDate(2026, 4, 1);
    invoice.issueDate = QDate(2026, 3, 1);
    invoice.dueDate = QDate(2026, 3, 15);
    invoice.vatRateBasisPoints = 1500;
    QStringList descriptions;
    for (int i = 1; i <= lineCount; ++i) {
        QString description = QStringLiteral("Storage block %1, 10 GB, 2026-03-01 to 2026-03-31").arg(i, 3, 10, QLatin1Char('0'));
        // Every tenth line wraps over several lines of the description column.
        if (i % 10 == 0)
            description += QStringLiteral(", kept for the customer's archive of scanned delivery notes and signed "
                                          "contracts, replicated to the second site and checked every night");
        descriptions.append(description);
        invoice.lines.append({ description, i, 125, 0 });
    }
    const Result<catalog::Invoice> created = db.createInvoice(invoice, true);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Result<billing::BillingSettings> settings = billing::loadBillingSettings(db);
    QVERIFY2(settings.ok(), qPrintable(settings.error()));
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Status written = writeInvoicePdf(created.value(), customer->customer, settings.value(), pdf);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const Result<QList<PdfPage>> pages = pdfPages(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    const int pageCount = int(pages->size());
    QVERIFY2(pageCount >= 3, qPrintable(QStringLiteral("%1 page(s) for %2 lines").arg(pageCount).arg(lineCount)));
    VERIFY_LAYOUT(pages.value());

    QString allPages;
    for (int page = 1; page <= pageCount; ++page) {
        const Result<QString> text = pdfText(pdf, page);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        VERIFY_CONTAINS(text.value(), QStringLiteral("Page %1 of %2").arg(page).arg(pageCount));
        // pdftotext writes each column as its own block, so the header's
        // titles are checked one by one.
        if (text->contains(QLatin1String("Storage block"))) {
            for (const QString &title : { QStringLiteral("Description"), QStringLiteral("Qty"),
                     QStringLiteral("Unit price"), QStringLiteral("Amount") })
                VERIFY_CONTAINS(text.value(), title);
        }
        allPages += text.value() + u' ';
    }
    for (const QString &description : std::as_const(descriptions)) {
        QVERIFY2(allPages.count(description) == 1,
            qPrintable(QStringLiteral("\"%1\" is printed %2 times").arg(description).arg(allPages.count(description))));
    }
    // 1 + 2 + ... + 150 = 11325 blocks at USD 1.25, and 15 % VAT.
    VERIFY_CONTAINS(allPages, QStringLiteral("USD 14156.25"));
    VERIFY_CONTAINS(allPages, QStringLiteral("USD 16279.69"));
}

// The company address has no length limit, so a row can be taller than a
// page: it continues on the next page between two of its lines.
void TestInvoicePdf::addressTallerThanPageSplits()
{
    QStringList addressLines;
    for (int i = 1; i <= 90; ++i)
        addressLines.append(QStringLiteral("Branch office %1, Samora Machel Avenue").arg(i, 2, 10, QLatin1Char('0')));
    const QString address = addressLines.join(u'\n');
    const Status accepted = billing::validateBillingSetting(QStringLiteral("company_address"), address);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    BillingSettings settings;
    settings.companyName = QStringLiteral("SaaSOdoo (Pvt) Ltd");
    settings.companyAddress = address;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Status written = writeInvoicePdf(sampleInvoice(), {}, settings, pdf);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const Result<QList<PdfPage>> pages = pdfPages(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QCOMPARE(pages->size(), 2);
    VERIFY_LAYOUT(pages.value());
    const Result<QString> text = pdfText(pdf);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    for (const QString &line : std::as_const(addressLines)) {
        QVERIFY2(text->count(line) == 1,
            qPrintable(QStringLiteral("\"%1\" is printed %2 times").arg(line).arg(text->count(line))));
    }
    VERIFY_CONTAINS(text.value(), QStringLiteral("Page 2 of 2"));
}

// A word wider than its column, such as a long URL in a void reason, breaks
// inside the column instead of running into the margin.
void TestInvoicePdf::longWordBreaksInsideColumn()
{
    const QString url = QStringLiteral("https://console.example.co.zw/billing/invoices/INV-2026-000041/credit-notes/")
        + QString(200, u'x');
    catalog::Invoice invoice = sampleInvoice();
    invoice.status = catalog::InvoiceStatus::Void;
    invoice.voidReason = QStringLiteral("Replaced by the credit note at %1").arg(url);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("invoice.pdf"));
    const Status written = writeInvoicePdf(invoice, {}, {}, pdf);
    QVERIFY2(written.ok(), qPrintable(written.error()));

    const Result<QList<PdfPage>> pages = pdfPages(pdf);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    VERIFY_LAYOUT(pages.value());
    // pdftotext puts a space where the word wraps.
    const Result<QString> text = pdfText(pdf);
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QVERIFY2(QString(text.value()).remove(u' ').contains(url), qPrintable(text.value()));
}

// A device that cannot start a second page fails the call, naming the page.
void TestInvoicePdf::failedNewPageReported()
{
    catalog::Invoice invoice = sampleInvoice();
    for (int i = 0; i < 100; ++i)
        invoice.lines.append(invoice.lines.first());
    constexpr int dotsPerMillimetre = 4;
    QImage image(170 * dotsPerMillimetre, 257 * dotsPerMillimetre, QImage::Format_RGB32);
    image.setDotsPerMeterX(dotsPerMillimetre * 1000);
    image.setDotsPerMeterY(dotsPerMillimetre * 1000);
    image.fill(Qt::white);
    QPainter painter(&image);
    int newPageCalls = 0;
    const auto newPage = [&newPageCalls] {
        ++newPageCalls;
        return false;
    };
    const Result<int> pages = paintInvoice(painter, { dotsPerMillimetre, image.size(), newPage }, invoice, {}, {});
    painter.end();
    QVERIFY(!pages.ok());
    QVERIFY2(pages.error().contains(QLatin1String("Could not start page 2.")), qPrintable(pages.error()));
    QCOMPARE(newPageCalls, 1);
}

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
