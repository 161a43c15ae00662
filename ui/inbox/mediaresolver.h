// The inbox's images on screen, on top of inbox::MediaCache (the encrypted store): decoded images kept in memory
// (bounded), a placeholder while loading and when an image cannot be fetched or decoded, round avatars with an
// initials fallback, the thread's inline images (loaded only when they scroll into view; a click opens them full
// size), and a simple viewer dialog.
#pragma once

#include <QCache>
#include <QDialog>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QUrl>

class QAbstractItemView;
class QLabel;
class QPainter;
class QScrollArea;
class QTextBrowser;
class QTextCursor;

namespace sd::inbox {
class MediaCache;
}

namespace sd::ui {

class MediaResolver : public QObject
{
    Q_OBJECT

public:
    enum class Status { Loading, Ready, Failed };

    // cache may be null (no store: everything stays a placeholder).
    explicit MediaResolver(inbox::MediaCache *cache, QObject *parent = nullptr);
    ~MediaResolver() override;

    [[nodiscard]] inbox::MediaCache *cache() const;

    // The decoded image, or a null image while it loads (the load is started) or when it failed.
    [[nodiscard]] QImage image(const QString &url);
    [[nodiscard]] Status status(const QString &url) const;
    // The picture as a round pixmap of that diameter (device pixels), cached; null while loading or failed.
    [[nodiscard]] QPixmap roundPixmap(const QString &url, int diameter);

    // Attaches the resolver to a view so that its delegate finds it (forView) and repaints when images arrive.
    void attach(QAbstractItemView *view);
    [[nodiscard]] static MediaResolver *forView(const QWidget *view);

    // The colour an initials avatar gets for a name (stable, readable with white text).
    [[nodiscard]] static QColor colorForName(const QString &name);
    // A round avatar in rect: the picture when loaded, else the initials on the name's colour.
    static void paintAvatar(QPainter *painter, const QRect &rect, const QString &name, const QString &initials,
                            const QString &pictureUrl, MediaResolver *resolver);
    // The image drawn while loading or in place of one that failed.
    [[nodiscard]] static QImage placeholder(const QSize &size, bool failed);

Q_SIGNALS:
    // An image became available (or failed: its placeholder changes).
    void changed(const QString &url);

private:
    void onReady(const QString &url);
    void onFailed(const QString &url);

    QPointer<inbox::MediaCache> m_cache;
    QCache<QString, QImage> m_decoded; // cost in KiB
    QCache<QString, QPixmap> m_round; // "diameter|url"
    QHash<QString, Status> m_status;
    QList<QPointer<QAbstractItemView>> m_views;
};

// The thread's inline images: renderThread() inserts each image attachment through insertImage() (a fixed-size
// box, so layout never waits for a picture); those scrolled into view are requested and swapped in as they arrive.
class ThreadImages : public QObject
{
    Q_OBJECT

public:
    ThreadImages(QTextBrowser *browser, MediaResolver *resolver, QObject *parent = nullptr);

    void setResolver(MediaResolver *resolver);
    // Forget the images of the previous rendering (the document was cleared).
    void reset();
    // Inserts the image of url at the cursor, as a link that opens the viewer.
    void insertImage(QTextCursor &cursor, const QString &url, const QString &label);
    // Rendering is over (reset() pauses loading, so that nothing is requested while the document is rebuilt and
    // scrolled): requests the images now visible.
    void finish();
    // Requests the images now visible; called on scrolling.
    void loadVisible();
    [[nodiscard]] int imageCount() const { return int(m_images.size()); }
    // URLs requested so far (lazy loading: only the visible ones).
    [[nodiscard]] QStringList requested() const { return m_requested; }
    [[nodiscard]] static QSize boxSize() { return {240, 180}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // An inline image was clicked (the viewer is opened by the handler of this signal unless none is connected).
    void imageActivated(const QString &url, const QString &label);

private:
    struct Image
    {
        int position = 0;
        QString url;
        QString label;
        QUrl name; // the document resource
        bool shown = false; // the decoded image is in the document
    };
    void onChanged(const QString &url);
    void place(Image &image);
    void onAnchor(const QUrl &href);

    QPointer<QTextBrowser> m_browser;
    QPointer<MediaResolver> m_resolver;
    QList<Image> m_images;
    QStringList m_requested;
    int m_generation = 0;
    bool m_paused = false;
    bool m_atBottom = true;
};

// A full-size image in a scrollable window (fit to the screen, Esc closes).
class ImageViewerDialog : public QDialog
{
    Q_OBJECT

public:
    ImageViewerDialog(MediaResolver *resolver, const QString &url, const QString &title, QWidget *parent = nullptr);
    [[nodiscard]] QLabel *imageLabel() const { return m_label; }

private:
    void refresh();

    QPointer<MediaResolver> m_resolver;
    QString m_url;
    QLabel *m_label;
    QScrollArea *m_scroll;
};

} // namespace sd::ui
