// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/invoicepdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

constexpr int bodyPoints = 9;
constexpr int notePoints = 8;

QString money(qint64 cents, catalog::Currency currency)
{
    return catalog::formatMoney(cents, currency);
}

// Columns of the invoice lines' table, in device pixels. The number columns
// are as wide as their widest value on this invoice, so an amount up to
// catalog::maxAmountCents fits on one line, and the description takes the
// rest of the page.
struct LineColumns
{
    double gap = 0;
    double descriptionWidth = 0;
    double quantityX = 0;
    double quantityWidth = 0;
    double unitX = 0;
    double unitWidth = 0;
    double amountX = 0;
    double amountWidth = 0;
};

QList<std::pair<QString, QString>> invoiceTotals(const catalog::Invoice &invoice)
{
    const QString rate = QStringLiteral("%1.%2 %")
                             .arg(invoice.vatRateBasisPoints / 100)
                             .arg(invoice.vatRateBasisPoints % 100, 2, 10, QLatin1Char('0'));
    return {
        { tr("Subtotal"), money(invoice.subtotalCents, invoice.currency) },
        { tr("VAT %1").arg(rate), money(invoice.taxCents, invoice.currency) },
        { tr("Total"), money(invoice.totalCents, invoice.currency) },
    };
}

LineColumns lineColumns(const PageWriter &page, const catalog::Invoice &invoice)
{
    // Rounding between measuring and laying out must not wrap a value that
    // was measured to fit.
    const double slack = page.millimetres(0.5);
    LineColumns columns;
    columns.gap = page.millimetres(3);
    columns.quantityWidth = page.textWidth(tr("Qty"), bodyPoints, true);
    columns.unitWidth = page.textWidth(tr("Unit price"), bodyPoints, true);
    columns.amountWidth = page.textWidth(tr("Amount"), bodyPoints, true);
    for (const catalog::InvoiceLine &line : invoice.lines) {
        columns.quantityWidth
            = std::max(columns.quantityWidth, page.textWidth(QString::number(line.quantity), bodyPoints, false));
        columns.unitWidth
            = std::max(columns.unitWidth, page.textWidth(money(line.unitCents, invoice.currency), bodyPoints, false));
        columns.amountWidth = std::max(
            columns.amountWidth, page.textWidth(money(line.amountCents, invoice.currency), bodyPoints, false));
    }
    // The total is bold, so the totals are measured bold.
    for (const auto &[label, amount] : invoiceTotals(invoice))
        columns.amountWidth = std::max(columns.amountWidth, page.textWidth(amount, bodyPoints, true));
    columns.quantityWidth += slack;
    columns.unitWidth += slack;
    columns.amountWidth += slack;

    columns.amountX = page.pageWidth() - columns.amountWidth;
    columns.unitX = columns.amountX - columns.gap - columns.unitWidth;
    columns.quantityX = columns.unitX - columns.gap - columns.quantityWidth;
    columns.descriptionWidth = columns.quantityX - columns.gap;
    return columns;
}

// Writes the company's name beside the INVOICE title, then its details
// beside the invoice's number, dates and status.
void writeSeller(PageWriter &page, const catalog::Invoice &invoice, const BillingSettings &settings)
{
    const double width = page.pageWidth();
    const QString title = tr("INVOICE");
    const double titleWidth = page.textWidth(title, 16, true);
    const QString name = settings.companyName.isEmpty() ? tr("(company name not set)") : settings.companyName;
    page.row({
        { 0, width - titleWidth - page.millimetres(8), name, 16, true, false },
        { 0, width, title, 16, true, true },
    });
    page.space(page.millimetres(3));

    QStringList seller { settings.companyAddress };
    if (!settings.companyTaxNumber.isEmpty())
        seller.append(tr("VAT number: %1").arg(settings.companyTaxNumber));
    seller.append(settings.companyEmail);
    seller.append(settings.companyPhone);
    seller.removeAll(QString());

    // Labels and values are one cell each, with a line per fact. Both
    // columns are as wide as their widest entry, so no fact wraps and each
    // label stays beside its value. The seller's details wrap to their left.
    const QList<std::pair<QString, QString>> facts {
        { tr("Number"), invoice.number },
        { tr("Issued"), invoice.issueDate.toString(Qt::ISODate) },
        { tr("Due"), invoice.dueDate.toString(Qt::ISODate) },
        { tr("Status"), catalog::toString(invoice.status) },
    };
    QStringList labels;
    QStringList values;
    double labelWidth = 0;
    double valueWidth = 0;
    for (const auto &[label, value] : facts) {
        labels.append(label + u':');
        values.append(value);
        labelWidth = std::max(labelWidth, page.textWidth(labels.last(), bodyPoints, false));
        valueWidth = std::max(valueWidth, page.textWidth(value, bodyPoints, false));
    }
    labelWidth += page.millimetres(0.5);
    valueWidth += page.millimetres(0.5);
    const double valueX = width - valueWidth;
    const double labelX = valueX - page.millimetres(3) - labelWidth;
    page.row({
        { 0, labelX - page.millimetres(6), seller.join(u'\n'), bodyPoints, false, false },
        { labelX, labelWidth, labels.join(u'\n'), bodyPoints, false, false },
        { valueX, valueWidth, values.join(u'\n'), bodyPoints, false, true },
    });
    page.space(page.millimetres(5));
}

void writeCustomer(PageWriter &page, const catalog::Invoice &invoice, const catalog::Customer &customer)
{
    const double width = page.pageWidth();
    page.row({ { 0, width, tr("Bill to"), 10, true, false } });
    for (const QString &line : { customer.company, customer.name, customer.email, customer.phone })
        page.row({ { 0, width, line, bodyPoints, false, false } });
    const QString period = tr("Period: %1 to %2")
                               .arg(invoice.periodStart.toString(Qt::ISODate),
                                   invoice.periodEnd.addDays(-1).toString(Qt::ISODate));
    page.row({ { 0, width, period, bodyPoints, false, false } });
    page.space(page.millimetres(8));
}

TextRow lineRow(const LineColumns &columns, const QString &description, const QString &quantity,
    const QString &unitPrice, const QString &amount, bool bold)
{
    return {
        { 0, columns.descriptionWidth, description, bodyPoints, bold, false },
        { columns.quantityX, columns.quantityWidth, quantity, bodyPoints, bold, true },
        { columns.unitX, columns.unitWidth, unitPrice, bodyPoints, bold, true },
        { columns.amountX, columns.amountWidth, amount, bodyPoints, bold, true },
    };
}

// Writes the table of lines. The table header comes again at the top of
// every page that the lines continue on. At the bottom of a page with no
// room for the first line, the header moves to the next page with it.
void writeLines(PageWriter &page, const catalog::Invoice &invoice, const LineColumns &columns)
{
    const TextRow header = lineRow(columns, tr("Description"), tr("Qty"), tr("Unit price"), tr("Amount"), true);
    const auto writeHeader = [&page, header] {
        page.row(header);
        page.rule();
    };
    QList<TextRow> rows;
    for (const catalog::InvoiceLine &line : invoice.lines) {
        rows.append(lineRow(columns, line.description, QString::number(line.quantity),
            money(line.unitCents, invoice.currency), money(line.amountCents, invoice.currency), false));
    }

    const double firstRowHeight = rows.isEmpty() ? 0 : page.rowHeight(rows.first());
    page.keepTogether(page.rowHeight(header) + page.millimetres(2) + firstRowHeight);
    writeHeader();
    page.setPageHeader(writeHeader);
    for (const TextRow &row : std::as_const(rows)) {
        page.row(row);
        page.space(page.millimetres(1));
    }
    page.setPageHeader({});
    page.rule();
}

// Writes the subtotal, VAT and total under the amounts, on one page.
void writeTotals(PageWriter &page, const catalog::Invoice &invoice, const LineColumns &columns)
{
    const QList<std::pair<QString, QString>> totals = invoiceTotals(invoice);
    QList<TextRow> rows;
    double height = 0;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        const auto &[label, amount] = totals.at(i);
        const bool bold = i == totals.size() - 1; // the total
        rows.append({
            { 0, columns.amountX - columns.gap, label, bodyPoints, bold, true },
            { columns.amountX, columns.amountWidth, amount, bodyPoints, bold, true },
        });
        height += page.rowHeight(rows.last());
    }
    page.keepTogether(height);
    for (const TextRow &row : std::as_const(rows))
        page.row(row);
    page.space(page.millimetres(8));
}

void writeNotes(PageWriter &page, const catalog::Invoice &invoice)
{
    const double width = page.pageWidth();
    if (invoice.status == catalog::InvoiceStatus::Void)
        page.row({ { 0, width, tr("This invoice is void: %1").arg(invoice.voidReason), notePoints, false, false } });
    page.row({ { 0, width,
        tr("Pay online with Paynow (web checkout, EcoCash or OneMoney), quoting %1.").arg(invoice.number), notePoints,
        false, false } });
}

// Lays out the whole invoice, and paints it when `paint` is set.
// `pageCount` is only printed in the footers.
Result<int> layOutInvoice(QPainter &painter, const PageSetup &pages, bool paint, int pageCount,
    const catalog::Invoice &invoice, const catalog::Customer &customer, const BillingSettings &settings)
{
    const auto footer = [&](int pageNumber) -> TextRow {
        const double width = pages.size.width();
        return {
            { 0, width / 2, tr("Invoice %1").arg(invoice.number), notePoints, false, false },
            { width / 2, width / 2, tr("Page %1 of %2").arg(pageNumber).arg(pageCount), notePoints, false, true },
        };
    };
    PageWriter page(painter, pages, paint, footer);
    const LineColumns columns = lineColumns(page, invoice);
    writeSeller(page, invoice, settings);
    writeCustomer(page, invoice, customer);
    writeLines(page, invoice, columns);
    writeTotals(page, invoice, columns);
    writeNotes(page, invoice);
    return page.finish();
}

} // namespace

Result<int> paintInvoice(QPainter &painter, const PageSetup &pages, const catalog::Invoice &invoice,
    const catalog::Customer &customer, const BillingSettings &settings)
{
    const Result<int> counted = layOutInvoice(painter, pages, false, 0, invoice, customer, settings);
    if (!counted)
        return counted;
    return layOutInvoice(painter, pages, true, counted.value(), invoice, customer, settings);
}

Status writeInvoicePdf(const catalog::Invoice &invoice, const catalog::Customer &customer,
    const BillingSettings &settings, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(tr("Writing a PDF needs a QGuiApplication for its fonts; this process has none."));
    if (invoice.status == catalog::InvoiceStatus::Draft)
        return makeError(tr("Invoice drafts have no number yet; issue the invoice before exporting it."));

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Invoice %1").arg(invoice.number));
    writer.setCreator(QStringLiteral("SaaSOdoo Console"));

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(tr("Could not write the PDF file %1. Check that its folder exists and is writable.").arg(path));

    PageSetup pages;
    pages.dotsPerMillimetre = writer.resolution() / 25.4;
    pages.size = QSizeF(writer.width(), writer.height());
    pages.newPage = [&writer] { return writer.newPage(); };
    const Result<int> painted = paintInvoice(painter, pages, invoice, customer, settings);
    const bool ended = painter.end();
    if (!painted)
        return makeError(tr("Could not write the PDF file %1. %2").arg(path, painted.error()));
    if (!ended)
        return makeError(tr("Could not finish the PDF file %1.").arg(path));
    if (!QFile::exists(path))
        return makeError(tr("The PDF file %1 was not written.").arg(path));
    return {};
}

} // namespace saasodoo::billing
