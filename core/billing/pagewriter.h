// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace saasodoo::billing {

// The pages that a PageWriter fills: the resolution of the painter's device
// and the area inside the margins of each page.
struct PageSetup
{
    double dotsPerMillimetre = 0;
    QSizeF size; // device pixels
    // Ends the current page and starts the next one on the same painter.
    // Returns false when the device cannot start a page. May be empty when
    // everything fits on one page.
    std::function<bool()> newPage;
};

// A block of text in one column of a row. Positions and widths are device
// pixels from the left margin.
struct TextCell
{
    double x = 0;
    double width = 0;
    QString text; // a line feed starts a new line
    int points = 9;
    bool bold = false;
    bool alignRight = false;
};

using TextRow = QList<TextCell>;

// Writes rows of wrapped text top-down over as many pages as they need.
// Each cell wraps inside its own column: at word boundaries, and inside a
// word only when the word alone is wider than the column. A row that does
// not fit on the rest of a page moves to the next page, and a row taller
// than a whole page is split between two of its lines. Every page ends with
// the footer row, and the page header (setPageHeader) is written at the top
// of each page after the first.
//
// The footer may name the page count, which is known only once everything
// is laid out: run the layout once with `paint` false to learn it from
// finish(), then again with `paint` true.
class PageWriter
{
public:
    PageWriter(QPainter &painter, PageSetup setup, bool paint, std::function<TextRow(int page)> footer);
    ~PageWriter();

    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    double millimetres(double mm) const { return mm * m_setup.dotsPerMillimetre; }
    double pageWidth() const { return m_setup.size.width(); }
    // Returns the width of `text` on one line, in device pixels.
    double textWidth(const QString &text, int points, bool bold) const;
    // Returns the height that `row` takes, in device pixels.
    double rowHeight(const TextRow &row) const;

    // Writes `row` below the previous one and moves below its tallest cell.
    void row(const TextRow &row);
    void space(double pixels) { m_y += pixels; }
    // Draws a horizontal line across the page and leaves 2 mm below it.
    void rule();
    // Starts a new page when `height` does not fit on the rest of this one,
    // unless nothing but the page header is on this page yet.
    void keepTogether(double height);
    // Sets what is written at the top of each following page. An empty
    // function writes nothing.
    void setPageHeader(std::function<void()> header) { m_pageHeader = std::move(header); }

    // Writes the footer of the last page and returns the number of pages,
    // or an error when the device could not start a page.
    Result<int> finish();

private:
    std::vector<std::unique_ptr<QTextLayout>> layOut(const TextRow &row) const;
    double bodyBottom() const;
    bool painting() const { return m_paint && !m_failed; }
    void startPage();
    void writeFooter();

    QPainter &m_painter;
    PageSetup m_setup;
    bool m_paint;
    std::function<TextRow(int page)> m_footer;
    std::function<void()> m_pageHeader;
    double m_footerHeight = 0;
    double m_y = 0;
    double m_bodyTop = 0; // where the page header ends on this page
    int m_page = 1;
    bool m_failed = false; // the device could not start page m_failedPage
    int m_failedPage = 0;
};

} // namespace saasodoo::billing
