// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/pagewriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <limits>

namespace saasodoo::billing {

namespace {

QFont cellFont(int points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

double layoutHeight(const QTextLayout &layout)
{
    if (layout.lineCount() == 0)
        return 0;
    const QTextLine last = layout.lineAt(layout.lineCount() - 1);
    return last.y() + last.height();
}

} // namespace

PageWriter::PageWriter(QPainter &painter, PageSetup setup, bool paint, std::function<TextRow(int page)> footer)
    : m_painter(painter)
    , m_setup(std::move(setup))
    , m_paint(paint)
    , m_footer(std::move(footer))
{
    if (m_footer)
        m_footerHeight = rowHeight(m_footer(1));
}

PageWriter::~PageWriter() = default;

double PageWriter::textWidth(const QString &text, int points, bool bold) const
{
    return QFontMetricsF(cellFont(points, bold), m_painter.device()).horizontalAdvance(text);
}

double PageWriter::rowHeight(const TextRow &row) const
{
    double height = 0;
    for (const std::unique_ptr<QTextLayout> &layout : layOut(row))
        height = std::max(height, layoutHeight(*layout));
    return height;
}

// Lays out each cell's lines at their place in the row, with y from the
// row's top. QTextOption::WrapAtWordBoundaryOrAnywhere breaks a word only
// when it is wider than the column on its own, where Qt::TextWordWrap would
// let it run into the next column.
std::vector<std::unique_ptr<QTextLayout>> PageWriter::layOut(const TextRow &row) const
{
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    for (const TextCell &cell : row) {
        if (cell.text.isEmpty())
            continue;
        QString text = cell.text;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
        text.replace(u'\n', QChar::LineSeparator);
        auto layout = std::make_unique<QTextLayout>(text, cellFont(cell.points, cell.bold), m_painter.device());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->beginLayout();
        double y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(cell.width);
            const double indent = cell.alignRight ? std::max(0.0, cell.width - line.naturalTextWidth()) : 0;
            line.setPosition(QPointF(cell.x + indent, y));
            y += line.height();
        }
        layout->endLayout();
        layouts.push_back(std::move(layout));
    }
    return layouts;
}

double PageWriter::bodyBottom() const
{
    return m_setup.size.height() - m_footerHeight - millimetres(4);
}

void PageWriter::row(const TextRow &row)
{
    const std::vector<std::unique_ptr<QTextLayout>> layouts = layOut(row);
    double height = 0;
    for (const std::unique_ptr<QTextLayout> &layout : layouts)
        height = std::max(height, layoutHeight(*layout));
    const bool fitsOnPage = height <= bodyBottom() - m_bodyTop;
    if (m_y + height > bodyBottom() && m_y > m_bodyTop && fitsOnPage)
        startPage();

    // Writes the lines that end above the page's bottom, then the rest on
    // the next pages. `offset` is the height of the row on earlier pages.
    std::vector<int> nextLine(layouts.size(), 0);
    double offset = 0;
    while (true) {
        double cut = offset + (bodyBottom() - m_y);
        if (m_y <= m_bodyTop) {
            // A line taller than a whole page is written anyway, over the
            // footer, so that the loop ends.
            for (size_t i = 0; i < layouts.size(); ++i) {
                if (nextLine[i] < layouts[i]->lineCount()) {
                    const QTextLine line = layouts[i]->lineAt(nextLine[i]);
                    cut = std::max(cut, line.y() + line.height());
                }
            }
        }
        double nextOffset = height;
        for (size_t i = 0; i < layouts.size(); ++i) {
            for (; nextLine[i] < layouts[i]->lineCount(); ++nextLine[i]) {
                const QTextLine line = layouts[i]->lineAt(nextLine[i]);
                if (line.y() + line.height() > cut) {
                    nextOffset = std::min(nextOffset, line.y());
                    break;
                }
                if (painting())
                    line.draw(&m_painter, QPointF(0, m_y - offset));
            }
        }
        if (nextOffset >= height) {
            m_y += height - offset;
            return;
        }
        startPage();
        offset = nextOffset;
    }
}

void PageWriter::rule()
{
    if (painting())
        m_painter.drawLine(QPointF(0, m_y), QPointF(pageWidth(), m_y));
    m_y += millimetres(2);
}

void PageWriter::keepTogether(double height)
{
    if (m_y + height > bodyBottom() && m_y > m_bodyTop)
        startPage();
}

void PageWriter::startPage()
{
    writeFooter();
    ++m_page;
    if (painting() && !(m_setup.newPage && m_setup.newPage())) {
        m_failed = true;
        m_failedPage = m_page;
    }
    m_y = 0;
    m_bodyTop = 0;
    if (m_pageHeader) {
        // A copy, because the header may set another one.
        const std::function<void()> header = m_pageHeader;
        header();
    }
    m_bodyTop = m_y;
}

void PageWriter::writeFooter()
{
    if (!painting() || !m_footer)
        return;
    const QPointF top(0, m_setup.size.height() - m_footerHeight);
    for (const std::unique_ptr<QTextLayout> &layout : layOut(m_footer(m_page)))
        layout->draw(&m_painter, top);
}

Result<int> PageWriter::finish()
{
    writeFooter();
    if (m_failed) {
        return makeError(QCoreApplication::translate("Billing", "Could not start page %1.").arg(m_failedPage));
    }
    return m_page;
}

} // namespace saasodoo::billing
