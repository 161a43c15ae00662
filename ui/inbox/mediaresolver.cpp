#include "mediaresolver.h"

#include "inbox/mediacache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace sd::ui {

using namespace Qt::StringLiterals;

namespace {

const char *const kResolverProperty = "sdMediaResolver";

} // namespace

MediaResolver::MediaResolver(inbox::MediaCache *cache, QObject *parent) : QObject(parent), m_cache(cache)
{
    m_decoded.setMaxCost(64 * 1024); // 64 MiB of decoded pixels
    m_round.setMaxCost(4 * 1024);
    if (cache) {
        connect(cache, &inbox::MediaCache::ready, this, &MediaResolver::onReady);
        connect(cache, &inbox::MediaCache::failed, this, &MediaResolver::onFailed);
    }
}

MediaResolver::~MediaResolver()
{
    for (const QPointer<QAbstractItemView> &view : std::as_const(m_views)) {
        if (view && view->property(kResolverProperty).value<QObject *>() == this)
            view->setProperty(kResolverProperty, QVariant());
    }
}

inbox::MediaCache *MediaResolver::cache() const
{
    return m_cache;
}

void MediaResolver::attach(QAbstractItemView *view)
{
    view->setProperty(kResolverProperty, QVariant::fromValue<QObject *>(this));
    m_views << QPointer<QAbstractItemView>(view);
}

MediaResolver *MediaResolver::forView(const QWidget *view)
{
    return view ? qobject_cast<MediaResolver *>(view->property(kResolverProperty).value<QObject *>()) : nullptr;
}

MediaResolver::Status MediaResolver::status(const QString &url) const
{
    return m_status.value(url, Status::Loading);
}

QImage MediaResolver::image(const QString &url)
{
    if (url.isEmpty())
        return {};
    if (const QImage *decoded = m_decoded.object(url))
        return *decoded;
    const auto known = m_status.constFind(url);
    if (known != m_status.cend() && known.value() != Status::Ready)
        return {}; // loading, or failed: the placeholder
    if (!m_cache) {
        m_status.insert(url, Status::Failed);
        return {};
    }
    if (const auto media = m_cache->lookup(url)) {
        QImage decoded = QImage::fromData(media->bytes);
        if (decoded.isNull()) {
            m_status.insert(url, Status::Failed); // not decodable: a placeholder, never a crash
            return {};
        }
        m_status.insert(url, Status::Ready);
        m_decoded.insert(url, new QImage(decoded), qMax<qsizetype>(1, decoded.sizeInBytes() / 1024));
        return decoded;
    }
    m_status.insert(url, Status::Loading);
    m_cache->request(url);
    return {};
}

QPixmap MediaResolver::roundPixmap(const QString &url, int diameter)
{
    const QString key = QString::number(diameter) + u'|' + url;
    if (const QPixmap *p = m_round.object(key))
        return *p;
    const QImage source = image(url);
    if (source.isNull() || diameter <= 0)
        return {};
    QPixmap round(diameter, diameter);
    round.fill(Qt::transparent);
    {
        QPainter p(&round);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        QPainterPath clip;
        clip.addEllipse(QRectF(0, 0, diameter, diameter));
        p.setClipPath(clip);
        const QImage scaled = source.scaled(diameter, diameter, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        p.drawImage(QPoint((diameter - scaled.width()) / 2, (diameter - scaled.height()) / 2), scaled);
    }
    m_round.insert(key, new QPixmap(round), qMax(1, diameter * diameter * 4 / 1024));
    return round;
}

void MediaResolver::onReady(const QString &url)
{
    m_status.remove(url); // image() reads it from the store now
    m_decoded.remove(url);
    (void)image(url);
    Q_EMIT changed(url);
    for (const QPointer<QAbstractItemView> &view : std::as_const(m_views)) {
        if (view)
            view->viewport()->update();
    }
}

void MediaResolver::onFailed(const QString &url)
{
    m_status.insert(url, Status::Failed);
    Q_EMIT changed(url);
    for (const QPointer<QAbstractItemView> &view : std::as_const(m_views)) {
        if (view)
            view->viewport()->update();
    }
}

QColor MediaResolver::colorForName(const QString &name)
{
    // FNV-1a over the folded name: the same person keeps the same colour across runs.
    quint32 h = 2166136261u;
    for (const QChar c : name.toCaseFolded()) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return QColor::fromHsl(int(h % 360), 140, 110); // saturated and dark enough for white letters
}

void MediaResolver::paintAvatar(QPainter *painter, const QRect &rect, const QString &name, const QString &initials,
                                const QString &pictureUrl, MediaResolver *resolver)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap picture = resolver && !pictureUrl.isEmpty() ? resolver->roundPixmap(pictureUrl, int(rect.width() * dpr)) : QPixmap();
    if (!picture.isNull()) {
        picture.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect.topLeft(), picture);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colorForName(name));
        painter->drawEllipse(rect);
        QFont f = painter->font();
        f.setBold(true);
        f.setPixelSize(qMax(8, rect.height() * 2 / 5));
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(rect, Qt::AlignCenter, initials);
    }
    painter->restore();
}

QImage MediaResolver::placeholder(const QSize &size, bool failed)
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = QApplication::palette();
    QColor fill = pal.color(QPalette::Mid);
    fill.setAlphaF(0.25);
    p.setPen(QPen(pal.color(QPalette::Mid), 1, failed ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(img.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(img.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
               failed ? MediaResolver::tr("The image cannot be shown.") : MediaResolver::tr("Loading image…"));
    return img;
}

// ---------------------------------------------------------------------------------------------------------------

ThreadImages::ThreadImages(QTextBrowser *browser, MediaResolver *resolver, QObject *parent)
    : QObject(parent), m_browser(browser)
{
    setResolver(resolver);
    QScrollBar *bar = browser->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_atBottom = value >= bar->maximum();
        loadVisible();
    });
    // A thread read at its end stays at its end while the document grows or is laid out again (first show, resize).
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_atBottom && bar->value() != maximum)
            bar->setValue(maximum);
        loadVisible();
    });
    connect(browser, &QTextBrowser::anchorClicked, this, &ThreadImages::onAnchor);
    browser->viewport()->installEventFilter(this);
}

bool ThreadImages::eventFilter(QObject *watched, QEvent *event)
{
    if (m_browser && watched == m_browser->viewport() && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        QMetaObject::invokeMethod(this, &ThreadImages::loadVisible, Qt::QueuedConnection); // once laid out
    return QObject::eventFilter(watched, event);
}

void ThreadImages::setResolver(MediaResolver *resolver)
{
    if (m_resolver)
        disconnect(m_resolver, nullptr, this, nullptr);
    m_resolver = resolver;
    if (resolver)
        connect(resolver, &MediaResolver::changed, this, &ThreadImages::onChanged);
}

void ThreadImages::reset()
{
    m_images.clear();
    ++m_generation;
    m_paused = true;
}

void ThreadImages::finish()
{
    m_paused = false;
    loadVisible();
}

void ThreadImages::insertImage(QTextCursor &cursor, const QString &url, const QString &label)
{
    const int index = int(m_images.size());
    Image image;
    image.url = url;
    image.label = label;
    image.name = QUrl(u"sdmedia://%1/%2"_s.arg(m_generation).arg(index));
    const QSize box = boxSize();
    cursor.document()->addResource(QTextDocument::ImageResource, image.name, MediaResolver::placeholder(box, false));
    QTextImageFormat f;
    f.setName(image.name.toString());
    f.setWidth(box.width());
    f.setHeight(box.height());
    f.setAnchor(true);
    f.setAnchorHref(u"sdimage:%1"_s.arg(index));
    f.setToolTip(label);
    image.position = cursor.position();
    cursor.insertImage(f);
    m_images << image;
}

void ThreadImages::loadVisible()
{
    // Hidden, the document has no layout yet and every position would look visible.
    if (m_paused || !m_browser || !m_resolver || m_images.isEmpty() || !m_browser->isVisible())
        return;
    const QRect visible = m_browser->viewport()->rect().adjusted(0, -boxSize().height(), 0, boxSize().height());
    for (Image &image : m_images) {
        if (image.shown)
            continue;
        QTextCursor c(m_browser->document());
        c.setPosition(qMin(image.position + 1, m_browser->document()->characterCount() - 1));
        if (!m_browser->cursorRect(c).intersects(visible))
            continue;
        if (!m_requested.contains(image.url))
            m_requested << image.url;
        place(image);
    }
}

void ThreadImages::place(Image &image)
{
    const QImage full = m_resolver->image(image.url);
    const bool failed = full.isNull() && m_resolver->status(image.url) == MediaResolver::Status::Failed;
    if (full.isNull() && !failed)
        return; // loading: onChanged() comes back
    const QSize box = boxSize();
    QImage canvas;
    if (failed) {
        canvas = MediaResolver::placeholder(box, true);
    } else {
        canvas = QImage(box, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter p(&canvas);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage scaled = full.size().boundedTo(box) == full.size()
            ? full
            : full.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPoint((box.width() - scaled.width()) / 2, (box.height() - scaled.height()) / 2), scaled);
    }
    m_browser->document()->addResource(QTextDocument::ImageResource, image.name, canvas);
    image.shown = true;
    m_browser->viewport()->update();
}

void ThreadImages::onChanged(const QString &url)
{
    if (!m_browser)
        return;
    for (Image &image : m_images) {
        if (!image.shown && image.url == url && m_requested.contains(url))
            place(image);
    }
}

void ThreadImages::onAnchor(const QUrl &href)
{
    if (href.scheme() != QLatin1String("sdimage"))
        return;
    bool ok = false;
    const int index = href.path().toInt(&ok);
    if (!ok || index < 0 || index >= m_images.size())
        return;
    const Image &image = m_images.at(index);
    Q_EMIT imageActivated(image.url, image.label);
    if (isSignalConnected(QMetaMethod::fromSignal(&ThreadImages::imageActivated)))
        return;
    auto *viewer = new ImageViewerDialog(m_resolver, image.url, image.label, m_browser->window());
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

// ---------------------------------------------------------------------------------------------------------------

ImageViewerDialog::ImageViewerDialog(MediaResolver *resolver, const QString &url, const QString &title, QWidget *parent)
    : QDialog(parent), m_resolver(resolver), m_url(url)
{
    setObjectName(u"imageViewer"_s);
    setWindowTitle(title.isEmpty() ? tr("Image") : title);
    auto *layout = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_label = new QLabel(m_scroll);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    m_scroll->setWidget(m_label);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (resolver) {
        connect(resolver, &MediaResolver::changed, this, [this](const QString &changed) {
            if (changed == m_url)
                refresh();
        });
    }
    refresh();
}

void ImageViewerDialog::refresh()
{
    const QImage image = m_resolver ? m_resolver->image(m_url) : QImage();
    if (image.isNull()) {
        m_label->setPixmap({});
        m_label->setText(m_resolver && m_resolver->status(m_url) == MediaResolver::Status::Loading
                             ? tr("Loading image…")
                             : tr("The image cannot be shown."));
        resize(360, 240);
        return;
    }
    m_label->setPixmap(QPixmap::fromImage(image));
    const QSize avail = screen() ? screen()->availableGeometry().size() * 9 / 10 : QSize(1200, 800);
    resize(image.size().boundedTo(avail) + QSize(40, 80));
}

} // namespace sd::ui
