// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace saasodoo::ui::StatusColors {

namespace {

constexpr double minimumContrast = 4.5;
const char toneProperty[] = "saasodoo_statusTone";

double channel(double value)
{
    // The sRGB transfer function, as WCAG 2.x defines relative luminance.
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool isDark(const QColor &background)
{
    // Black text and white text have the same contrast on a luminance of
    // about 0.18; below that, light text reads better.
    return luminance(background) < 0.18;
}

// Re-applies a widget's tone when its palette changes. One per widget,
// owned by the widget.
class ToneKeeper final : public QObject
{
public:
    explicit ToneKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(QStringLiteral("statusToneKeeper"));
        widget->installEventFilter(this);
    }

    void reapply()
    {
        if (!m_widget || m_applying)
            return;
        m_applying = true;
        const auto tone = Tone(m_widget->property(toneProperty).toInt());
        // Start from the inherited palette, so that the background and the
        // normal text colour are the current ones.
        QPalette palette = m_widget->parentWidget() ? m_widget->parentWidget()->palette() : QApplication::palette();
        if (tone != Tone::Normal) {
            const QColor color = forBackground(tone, palette.color(m_widget->backgroundRole()));
            for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive }) {
                palette.setColor(group, QPalette::WindowText, color);
                palette.setColor(group, QPalette::Text, color);
            }
            m_widget->setPalette(palette);
        } else {
            m_widget->setPalette(QPalette());
        }
        m_applying = false;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget
            && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange
                || event->type() == QEvent::ApplicationPaletteChange))
            reapply();
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    bool m_applying = false;
};

} // namespace

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor forBackground(Tone tone, const QColor &background)
{
    const bool dark = isDark(background);
    QColor color;
    switch (tone) {
    case Tone::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
        break;
    case Tone::Success:
        color = dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x6e, 0x20);
        break;
    case Tone::Normal:
        return dark ? QColor(Qt::white) : QColor(Qt::black);
    }
    // A mid-grey or strongly tinted background may need more: move towards
    // white or black, keeping the hue, until the text is readable.
    for (int step = 0; step < 20 && contrastRatio(color, background) < minimumContrast; ++step)
        color = dark ? color.lighter(110) : color.darker(115);
    if (contrastRatio(color, background) < minimumContrast)
        color = dark ? QColor(Qt::white) : QColor(Qt::black);
    return color;
}

QColor forWidget(Tone tone, const QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    return forBackground(tone, palette.color(QPalette::Window));
}

QColor forItemView(Tone tone)
{
    return forBackground(tone, QApplication::palette().color(QPalette::Base));
}

QColor blend(const QColor &first, const QColor &second, double amount)
{
    const double keep = 1.0 - amount;
    return QColor::fromRgbF(float(first.redF() * keep + second.redF() * amount),
        float(first.greenF() * keep + second.greenF() * amount),
        float(first.blueF() * keep + second.blueF() * amount));
}

QColor secondaryText(const QColor &text, const QColor &background)
{
    for (double amount = 0.45; amount > 0.0; amount -= 0.05) {
        const QColor candidate = blend(text, background, amount);
        if (contrastRatio(candidate, background) >= 4.5)
            return candidate;
    }
    return text;
}

void apply(QWidget *widget, Tone tone)
{
    if (!widget)
        return;
    widget->setProperty(toneProperty, int(tone));
    auto *keeper = widget->findChild<ToneKeeper *>(QStringLiteral("statusToneKeeper"), Qt::FindDirectChildrenOnly);
    if (!keeper)
        keeper = new ToneKeeper(widget);
    keeper->reapply();
}

} // namespace saasodoo::ui::StatusColors
