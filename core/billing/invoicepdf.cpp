// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/invoicepdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

// Draws text lines top-down on the page, in millimetres from the margins.
class PageWriter
{
public:
    PageWriter(QPainter &painter, int dotsPerMillimetre, int width)
        : m_painter(painter)
        , m_dpmm(dotsPerMillimetre)
        , m_width(width)
    {
    }

    void setFont(int points, bool bold)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(points);
        font.setBold(bold);
        m_painter.setFont(font);
    }

    // Writes one line at column `x` (mm), aligned left or right within `width` (mm).
    void text(double x, double width, const QString &line, Qt::Alignment alignment = Qt::AlignLeft)
    {
        const QRect box(int(x * m_dpmm), m_y, int(width * m_dpmm), lineHeight());
        m_painter.drawText(box, int(alignment | Qt::AlignVCenter), line);
    }

    // Writes `paragraph` at column `x` (mm), wrapped at word boundaries within
    // `width` (mm), and returns the height it took in device pixels.
    int wrappedText(double x, double width, const QString &paragraph)
    {
        const int flags = int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        const QRect bounds(int(x * m_dpmm), m_y, int(width * m_dpmm), lineHeight() * 100);
        const QRect used = m_painter.fontMetrics().boundingRect(bounds, flags, paragraph);
        m_painter.drawText(bounds, flags, paragraph);
        return qMax(used.height(), lineHeight());
    }

    void newLine(double factor = 1.0) { m_y += int(lineHeight() * factor); }
    void advance(int pixels) { m_y += pixels; }
    void rule()
    {
        m_painter.drawLine(0, m_y, m_width, m_y);
        m_y += m_dpmm * 2;
    }
    int lineHeight() const { return m_painter.fontMetrics().height(); }
    double widthMm() const { return double(m_width) / m_dpmm; }

private:
    QPainter &m_painter;
    int m_dpmm;
    int m_width;
    int m_y = 0;
};

QString money(qint64 cents, catalog::Currency currency)
{
    return catalog::formatMoney(cents, currency);
}

} // namespace

void paintInvoice(QPainter &painter, int dpmm, int pageWidth, const catalog::Invoice &invoice,
    const catalog::Customer &customer, const BillingSettings &settings)
{
    PageWriter page(painter, dpmm, pageWidth);
    const double width = page.widthMm();

    // Seller. The title keeps the right of the first line, and the company
    // name wraps in the space left of it, so a long name never runs over it.
    page.setFont(16, true);
    const QString title = tr("INVOICE");
    const double titleWidth = double(painter.fontMetrics().horizontalAdvance(title)) / dpmm;
    const double nameWidth = width - titleWidth - 8;
    page.text(0, width, title, Qt::AlignRight);
    const int nameHeight = page.wrappedText(
        0, nameWidth, settings.companyName.isEmpty() ? tr("(company name not set)") : settings.companyName);
    page.advance(nameHeight);
    page.newLine(0.4);
    page.setFont(9, false);
    QStringList seller = settings.companyAddress.split(u'\n', Qt::SkipEmptyParts);
    if (!settings.companyTaxNumber.isEmpty())
        seller.append(tr("VAT number: %1").arg(settings.companyTaxNumber));
    if (!settings.companyEmail.isEmpty())
        seller.append(settings.companyEmail);
    if (!settings.companyPhone.isEmpty())
        seller.append(settings.companyPhone);
    const QList<std::pair<QString, QString>> facts {
        { tr("Number"), invoice.number },
        { tr("Issued"), invoice.issueDate.toString(Qt::ISODate) },
        { tr("Due"), invoice.dueDate.toString(Qt::ISODate) },
        { tr("Status"), catalog::toString(invoice.status) },
    };
    const qsizetype rows = qMax(seller.size(), facts.size());
    for (qsizetype i = 0; i < rows; ++i) {
        if (i < seller.size())
            page.text(0, width * 0.6, seller.at(i));
        if (i < facts.size()) {
            page.text(width * 0.6, width * 0.18, facts.at(i).first + u':');
            page.text(width * 0.78, width * 0.22, facts.at(i).second, Qt::AlignRight);
        }
        page.newLine();
    }
    page.newLine();

    // Customer
    page.setFont(10, true);
    page.text(0, width, tr("Bill to"));
    page.newLine();
    page.setFont(9, false);
    for (const QString &line : { customer.company, customer.name, customer.email, customer.phone }) {
        if (line.isEmpty())
            continue;
        page.text(0, width, line);
        page.newLine();
    }
    page.text(0, width,
        tr("Period: %1 to %2")
            .arg(invoice.periodStart.toString(Qt::ISODate), invoice.periodEnd.addDays(-1).toString(Qt::ISODate)));
    page.newLine(2);

    // Lines
    page.setFont(9, true);
    page.text(0, width * 0.55, tr("Description"));
    page.text(width * 0.55, width * 0.1, tr("Qty"), Qt::AlignRight);
    page.text(width * 0.65, width * 0.17, tr("Unit price"), Qt::AlignRight);
    page.text(width * 0.82, width * 0.18, tr("Amount"), Qt::AlignRight);
    page.newLine();
    page.rule();
    page.setFont(9, false);
    for (const catalog::InvoiceLine &line : invoice.lines) {
        page.text(0, width * 0.55, line.description);
        page.text(width * 0.55, width * 0.1, QString::number(line.quantity), Qt::AlignRight);
        page.text(width * 0.65, width * 0.17, money(line.unitCents, invoice.currency), Qt::AlignRight);
        page.text(width * 0.82, width * 0.18, money(line.amountCents, invoice.currency), Qt::AlignRight);
        page.newLine();
    }
    page.rule();

    // Totals
    const QString rate = QStringLiteral("%1.%2 %")
                             .arg(invoice.vatRateBasisPoints / 100)
                             .arg(invoice.vatRateBasisPoints % 100, 2, 10, QLatin1Char('0'));
    const QList<std::pair<QString, QString>> totals {
        { tr("Subtotal"), money(invoice.subtotalCents, invoice.currency) },
        { tr("VAT %1").arg(rate), money(invoice.taxCents, invoice.currency) },
        { tr("Total"), money(invoice.totalCents, invoice.currency) },
    };
    for (const auto &[label, amount] : totals) {
        page.setFont(9, label == tr("Total"));
        page.text(width * 0.55, width * 0.27, label, Qt::AlignRight);
        page.text(width * 0.82, width * 0.18, amount, Qt::AlignRight);
        page.newLine();
    }
    page.newLine(2);
    page.setFont(8, false);
    if (invoice.status == catalog::InvoiceStatus::Void) {
        page.text(0, width, tr("This invoice is void: %1").arg(invoice.voidReason));
        page.newLine();
    }
    page.text(0, width, tr("Pay online with Paynow (web checkout, EcoCash or OneMoney), quoting %1.").arg(invoice.number));
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

    paintInvoice(painter, int(writer.resolution() / 25.4), writer.width(), invoice, customer, settings);

    if (!painter.end())
        return makeError(tr("Could not finish the PDF file %1.").arg(path));
    if (!QFile::exists(path))
        return makeError(tr("The PDF file %1 was not written.").arg(path));
    return {};
}

} // namespace saasodoo::billing
