#include "demosandbox.h"

#include "common/logging.h"
#include "connectors/platformdescriptor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sd::demo {
DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // The sandbox goes when we go, even after a crash of ours.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo sandbox did not report ready within %n second(s).", nullptr, m_timeout.interval() / 1000));
        stop();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::onReadyRead);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo sandbox (%1) could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_process.program()), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString message = tr("The demo sandbox stopped (exit code %1).").arg(code);
        if (!m_answered)
            fail(message);
        else
            Q_EMIT stopped(message);
    });
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

QString DemoSandbox::findProgram()
{
    const QString fromEnv = qEnvironmentVariable("SELLERDESK_SANDBOX");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? fromEnv : QString();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("sellerdesk-sandbox.exe");
#else
    const QString name = QStringLiteral("sellerdesk-sandbox");
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : { here.filePath(name), here.filePath(QStringLiteral("../sandbox/") + name) }) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void DemoSandbox::start(const QString &program, quint64 seed, int newOrdersEverySeconds, int timeoutMs)
{
    m_answered = false;
    m_stopping = false;
    m_buffer.clear();
    if (program.isEmpty())
        return fail(tr("The demo sandbox (sellerdesk-sandbox) was not found next to SellerDesk. Build it "
                       "(cmake --build build) or install it in the same folder."));
    m_timeout.start(timeoutMs);
    m_process.start(program,
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QString::number(seed),
            QStringLiteral("--new-orders-every"), QString::number(newOrdersEverySeconds) });
}

void DemoSandbox::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate(); // SIGTERM: the sandbox saves nothing here (no state file) and quits
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

void DemoSandbox::onReadyRead()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_answered)
        return m_buffer.clear();
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(m_buffer.left(newline), &error).object();
    m_buffer.clear();
    if (error.error != QJsonParseError::NoError || !info.value(QStringLiteral("ready")).toBool()
        || !info.value(QStringLiteral("platforms")).isObject()) {
        fail(tr("The demo sandbox answered something unexpected instead of its ready line."));
        return stop();
    }
    m_answered = true;
    m_timeout.stop();
    m_ready = info;
    qCInfo(lcApp) << "demo sandbox ready on port" << info.value(QStringLiteral("port")).toInt();
    Q_EMIT ready(info);
}

void DemoSandbox::fail(const QString &message)
{
    if (m_answered)
        return;
    m_answered = true;
    m_timeout.stop();
    qCWarning(lcApp) << "demo sandbox:" << message;
    Q_EMIT failed(message);
}

QList<connectors::ConnectionDraft> DemoSandbox::drafts(
    const QJsonObject &readyInfo, const connectors::ConnectorRegistry &registry)
{
    QList<connectors::ConnectionDraft> out;
    const QJsonObject platforms = readyInfo.value(QStringLiteral("platforms")).toObject();
    for (const QString &platform : registry.platforms()) {
        const auto d = connectors::platformDescriptor(platform);
        if (!d || !platforms.contains(platform))
            continue;
        const QJsonObject entry = platforms.value(platform).toObject();
        connectors::ConnectionDraft draft;
        draft.platform = platform;
        draft.baseUrl = entry.value(QStringLiteral("baseUrl")).toString();
        draft.name = d->displayName + QStringLiteral(" Demo");
        if (!d->sandboxAccountKey.isEmpty())
            draft.accountId = entry.value(d->sandboxAccountKey).toVariant().toString();
        else if (d->needsAccount)
            draft.accountId = QStringLiteral("demo");
        bool complete = !draft.baseUrl.isEmpty();
        for (const connectors::CredentialField &f : d->credentials) {
            const QString value = entry.value(f.sandboxKey.isEmpty() ? f.key : f.sandboxKey).toVariant().toString();
            complete = complete && !value.isEmpty();
            draft.credentials.insert(f.key, value);
        }
        if (complete)
            out << draft;
    }
    return out;
}

std::optional<inbox::MetaConnectionDraft> DemoSandbox::metaDraft(const QJsonObject &readyInfo)
{
    const QJsonObject meta = readyInfo.value(QStringLiteral("platforms")).toObject().value(QStringLiteral("meta")).toObject();
    inbox::MetaConnectionDraft draft;
    draft.baseUrl = meta.value(QStringLiteral("baseUrl")).toString();
    draft.apiVersion = meta.value(QStringLiteral("apiVersion")).toString();
    draft.page.pageId = meta.value(QStringLiteral("pageId")).toVariant().toString();
    draft.page.pageName = meta.value(QStringLiteral("pageName")).toString();
    draft.page.instagramId = meta.value(QStringLiteral("instagramId")).toVariant().toString();
    draft.page.instagramUsername = meta.value(QStringLiteral("instagramUsername")).toString();
    draft.page.pageToken = meta.value(QStringLiteral("pageToken")).toString();
    draft.humanAgent = meta.value(QStringLiteral("humanAgent")).toBool();
    draft.name = tr("%1 Demo").arg(draft.page.pageName.isEmpty() ? QStringLiteral("Facebook") : draft.page.pageName);
    draft.readsPerSecond = 20; // the sandbox is local: Meta's 2 calls/s would make the first sync slow
    if (draft.baseUrl.isEmpty() || draft.page.pageId.isEmpty() || draft.page.pageToken.isEmpty())
        return std::nullopt;
    return draft;
}

} // namespace sd::demo
