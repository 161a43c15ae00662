#include "themedicon.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace sd::ui {
namespace {

// The colour every icon file is drawn with; replaced at load time.
constexpr QLatin1StringView kPlaceholderColour{"#1f2937"};

class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QByteArray normal, QByteArray disabled)
        : m_normal(std::move(normal)), m_disabled(std::move(disabled))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(mode == QIcon::Disabled ? m_disabled : m_normal);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), size * scale), mode, state);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_normal, m_disabled); }
    QString key() const override { return QStringLiteral("sellerdesk-svg"); }

private:
    QByteArray m_normal;
    QByteArray m_disabled;
};

QByteArray recolour(const QByteArray &svg, const QColor &colour)
{
    QByteArray out = svg;
    out.replace(QByteArray(kPlaceholderColour.data(), kPlaceholderColour.size()), colour.name().toLatin1());
    return out;
}

} // namespace

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile f(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = f.readAll();
    return QIcon(new SvgIconEngine(recolour(svg, palette.color(QPalette::Normal, QPalette::WindowText)),
                                   recolour(svg, palette.color(QPalette::Disabled, QPalette::WindowText))));
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace sd::ui
