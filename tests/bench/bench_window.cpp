// SPDX-License-Identifier: GPL-3.0-or-later
// The key list as a person waits on it: the real MainWindow (keyport_ui, with the freed-memory
// wiping the keyport executable has), talking HTTP to a Sandbox that runs on its own thread so
// that serving 100,000 keys never counts against the window's UI thread. Offscreen by default.
// Every figure is printed next to a floor measured in the same run, and their ratio.
//
//  1. Load: a fresh window selects the account (as a click in the accounts pane does); the
//     session sends its lists. Timed: from the moment the list-access-keys QNetworkReply has
//     finished (QNetworkAccessManager::finished, which Qt emits before the job's own slot runs:
//     all bytes in hand, nothing parsed) to the return of the event-loop pass in which the key
//     table's viewport painted with every row. In between, exactly what the product does:
//     ApiJob reads the body, AccessKeyListJob parses it (AccessKeyListReader), AccountSession
//     emits keysChanged, AccessKeysPage loads AccessKeyModel, the filter/sort proxy and the
//     QTableView follow, the first row is selected, the details pane shows it, the window paints;
//     the other lists' answers (catalogs, IAM) are handled if they arrive meanwhile, as they would.
//     Floor: QJsonDocument::fromJson of the same bytes (captured with QNetworkReply::peek during
//     an untimed warm-up load).
//  2. Keystrokes: QTest::keyClick into the window's search field ("searchField", the view shown),
//     letter by letter; each keystroke is timed until the posted events are drained (which
//     includes the repaint of the line edit and of the view). Three queries: an operation name
//     (removes scattered rows), a key-name prefix (contiguous rows), a word every key has (removes
//     none). Floor: the same keystrokes into a bare QLineEdit above an empty QTableView in a
//     bare QMainWindow.
//  3. UI stalls while the largest list loads: the longest gap between ticks of a 1 ms QTimer on
//     the UI thread, from selecting the account to the painted rows (transfer included). Floor:
//     the same probe over an idle window for as long.
//  4. Memory with 10k keys: VmRSS after the first paint of the loaded table, in a child process
//     (this program, --child keyport-memory, served by this process's sandbox), against
//     bench_bare_window --memory (a QMainWindow + empty QTableView, Qt Widgets only).
//  5. Start to first frame: child processes, from a steady_clock timestamp the parent takes just
//     before starting them (KEYPORT_BENCH_T0_NS) to the end of the first paint: this program's
//     --child keyport-start (main.cpp's set-up, then Startup with empty private settings and a
//     memory-only secret store: the window with no account) against bench_bare_window --start.
//  6. Refresh of an unchanged 10k list: the Refresh action on a loaded window with a row in the
//     middle selected and scrolled to. What the UI thread pays: the longest gap between ticks of
//     a 1 ms timer from the trigger to the end of the event-loop pass after refreshed() (the list
//     is read and compared on a worker). Also the wall time from the list reply's finish to
//     refreshed() (floor: fromJson) and how many times the list was swapped in (keysChanged:
//     0 when unchanged). Prints whether the selected key and the scroll position survived.
//
// Run: build/tests/bench/bench_window [--keys 1000,10000,100000] [--runs 5]
#include "accounts/AccountStore.h"
#include "AppContext.h"
#include "hygiene/ProcessHardening.h"
#include "mainwindow/AccessKeysPage.h"
#include "mainwindow/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "Startup.h"
#include "Translations.h"

#include "SandboxFixture.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Keyport;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double worst(const std::vector<double> &values)
{
    return values.empty() ? -1 : *std::max_element(values.begin(), values.end());
}

QString num(double value, int precision = 2)
{
    return QString::number(value, 'f', precision);
}

qint64 rssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Runs the event loop until @p done, sleeping while nothing happens (a heartbeat timer wakes
/// it); false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 300000)
{
    QTimer heartbeat;
    heartbeat.start(10);
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Delivers every posted event (deferred layouts, update requests: the repaints) and what they
/// post in turn.
void drain()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

/// Calls onPaint at each paint event of a widget (before the widget paints).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget)
        : m_widget(widget)
    {
        widget->installEventFilter(this);
    }
    ~PaintProbe() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            onPaint();
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_widget;
};

/// The longest gap between the ticks of a 1 ms timer on the UI thread.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestNs = std::max(m_longestNs, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_timer.start();
    }
    double longestMs() const { return std::max(m_longestNs, m_sinceTick.nsecsElapsed()) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
};

/// What a child process needs to sign requests to the parent's sandbox.
struct SandboxAddress
{
    QString url;
    QString keyId;
    QString secret;
};

/// A Sandbox on its own thread, with @p keys generated keys (20 operations each).
class SandboxHost
{
public:
    explicit SandboxHost(int keys)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, keys] {
                m_sandbox = std::make_unique<Sandbox>(
                    Sandbox::loadCatalog(Sandbox::builtInCatalogPath()).value());
                m_sandbox->addGeneratedKeys(keys, 20);
                if (!m_sandbox->listen())
                    qFatal("sandbox cannot listen: %s", qPrintable(m_sandbox->errorString()));
                m_address = {m_sandbox->endpointUrl(), m_sandbox->rootKeyId(),
                    m_sandbox->rootSecret().reveal()};
                m_keyCount = int(m_sandbox->keys().size());
            },
            Qt::BlockingQueuedConnection);
    }
    ~SandboxHost()
    {
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, home] {
                m_sandbox.reset();
                m_anchor.moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    const SandboxAddress &address() const { return m_address; }
    /// The keys it lists (the generated ones and its root key).
    int keyCount() const { return m_keyCount; }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<Sandbox> m_sandbox;
    SandboxAddress m_address;
    int m_keyCount = 0;
};

/// The real main window over private settings, with one account of the sandbox (not yet open).
class BenchWindow
{
public:
    BenchWindow(QNetworkAccessManager *network, const SandboxAddress &sandbox)
        : m_settings(m_dir.filePath(QStringLiteral("keyport.conf")), QSettings::IniFormat)
        , m_accounts(&m_settings, &m_secrets, &m_secrets)
    {
        m_context.network = network;
        m_context.accounts = &m_accounts;
        m_context.sessionSecrets = &m_secrets;
        m_context.settings = &m_settings;
        Account account;
        account.name = QStringLiteral("bench");
        account.apiKey = sandbox.keyId;
        account.customEndpoint = sandbox.url;
        auto added
            = Test::finished(m_accounts.addAccount(account, Secret::fromString(sandbox.secret)));
        if (!added || added->error())
            qFatal("cannot add the account");
        m_window = std::make_unique<MainWindow>(m_context);
        m_window->resize(1024, 640);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("the window was not exposed");
        page = m_window->findChild<AccessKeysPage *>(QStringLiteral("accessKeysPage"));
        table = m_window->findChild<QTableView *>(QStringLiteral("keyTable"));
        search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
        if (!page || !table || !search || !refresh)
            qFatal("a widget of the key list is missing");
    }
    MainWindow *window() const { return m_window.get(); }
    void open() { m_window->selectAccount(QStringLiteral("bench")); }
    bool idle() const
    {
        const AccountSession *session = m_window->session();
        return session && session->hasKeys() && !session->isLoading();
    }

    AccessKeysPage *page = nullptr;
    QTableView *table = nullptr;
    QLineEdit *search = nullptr;
    QAction *refresh = nullptr;

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    SessionSecretStore m_secrets;
    AccountStore m_accounts;
    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

/// Stamps the finish of the list-access-keys reply (and can capture its bytes).
class ListReplyHook
{
public:
    ListReplyHook(QNetworkAccessManager *network, bool capture)
    {
        m_connection = QObject::connect(network, &QNetworkAccessManager::finished, network,
            [this, capture](QNetworkReply *reply) {
                if (!reply->url().path().endsWith(QStringLiteral("/access-key"))
                    || reply->error() != QNetworkReply::NoError)
                    return;
                finishedAt = monotonicNs();
                if (capture)
                    bytes = reply->peek(reply->bytesAvailable());
            });
    }
    ~ListReplyHook() { QObject::disconnect(m_connection); }
    qint64 finishedAt = 0;
    QByteArray bytes;

private:
    QMetaObject::Connection m_connection;
};

struct LoadRun
{
    double ms = -1;
    /// Of which: until the slots of keysChanged returned (parse, model, proxy, selection, details).
    double keysMs = -1;
    double longestStallMs = -1;
    bool keysBeforeReply = false; // would mean the hook fired late: the figure is wrong
};

/// Opens the account in @p window and waits for the rows painted. BENCH_TRACE=1 in the
/// environment prints when each reply finished and each paint came, from the list's finish.
LoadRun load(BenchWindow &window, QNetworkAccessManager *network, int rows, bool probeStalls,
    QByteArray *capture = nullptr)
{
    LoadRun run;
    ListReplyHook hook(network, capture != nullptr);
    std::vector<std::pair<qint64, QString>> trace;
    const auto traceConnection = QObject::connect(network, &QNetworkAccessManager::finished,
        network,
        [&trace](QNetworkReply *reply) { trace.emplace_back(monotonicNs(), reply->url().path()); });
    PaintProbe paints(window.table->viewport());
    bool painted = false;
    paints.onPaint = [&] {
        const int shown = window.table->model()->rowCount();
        trace.emplace_back(monotonicNs(), QStringLiteral("paint, %1 rows").arg(shown));
        if (hook.finishedAt && shown == rows)
            painted = true;
    };
    std::unique_ptr<StallProbe> stalls;
    if (probeStalls)
        stalls = std::make_unique<StallProbe>();
    window.open();
    qint64 keysAt = 0;
    QObject::connect(window.window()->session(), &AccountSession::keysChanged,
        window.window()->session(), [&keysAt] { keysAt = monotonicNs(); });
    if (!spinUntil([&] { return painted; }))
        qFatal("the rows were never painted");
    const qint64 end = monotonicNs();
    if (stalls)
        run.longestStallMs = stalls->longestMs();
    stalls.reset();
    QObject::disconnect(traceConnection);
    run.ms = msBetween(hook.finishedAt, end);
    run.keysBeforeReply = keysAt && keysAt < hook.finishedAt;
    run.keysMs = msBetween(hook.finishedAt, keysAt);
    if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
        for (const auto &[at, what] : trace)
            out() << "  " << num(msBetween(hook.finishedAt, at)) << " ms " << what << Qt::endl;
        out() << "  " << num(run.keysMs) << " ms keysChanged handled" << Qt::endl;
    }
    if (capture)
        *capture = hook.bytes;
    spinUntil([&] { return window.idle(); });
    drain();
    return run;
}

double fromJsonMs(const QByteArray &bytes, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const qint64 start = monotonicNs();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        times.push_back(msBetween(start, monotonicNs()));
        if (!document.isObject())
            qFatal("the captured list is not a JSON object");
    }
    return median(times);
}

/// Types @p text letter by letter into @p field; the time of each keystroke until drained
/// (printed one by one with BENCH_TRACE=1).
std::vector<double> typeLetters(QLineEdit *field, const QString &text)
{
    std::vector<double> times;
    field->setFocus(Qt::OtherFocusReason);
    for (const QChar letter : text) {
        const qint64 start = monotonicNs();
        QTest::keyClick(field, char(letter.toLatin1()));
        drain();
        times.push_back(msBetween(start, monotonicNs()));
    }
    if (qEnvironmentVariableIsSet("BENCH_TRACE")) {
        QString line = QStringLiteral("typed \"%1\" into %2:").arg(text, field->objectName());
        for (const double time : times)
            line += QStringLiteral(" %1").arg(time, 0, 'f', 2);
        std::fprintf(stderr, "%s ms\n", qPrintable(line));
    }
    return times;
}

struct QueryFigure
{
    QString label;
    QString query;
    double median = -1;
    double worst = -1;
    int rowsLeft = -1;
};

struct Row
{
    QString figure;
    QString value;
    QString floor;
    QString ratio;
    QString target;
    QString met;
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString sizeLabel(int keys)
{
    return keys % 1000 == 0 ? QString::number(keys / 1000) + u'k' : QString::number(keys);
}

/// Starts @p program with @p arguments (and KEYPORT_BENCH_T0_NS, plus @p environment) and
/// returns the value of its "<key>=<value>" output line; -1 when it failed.
double childFigure(const QString &program, const QStringList &arguments, const QString &key,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess child;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("KEYPORT_BENCH_T0_NS"), QString::number(monotonicNs()));
    child.setProcessEnvironment(env);
    child.start(program, arguments);
    const bool finished = child.waitForFinished(120000);
    // Its warnings, but the offscreen platform's notices.
    for (const QByteArray &line : child.readAllStandardError().split('\n')) {
        if (!line.isEmpty() && !line.contains("propagateSizeHints")
            && !line.startsWith("QStandardPaths: XDG_RUNTIME_DIR"))
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), line.constData());
    }
    if (!finished || child.exitCode() != 0)
        return -1;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith(QByteArray(key.toUtf8() + '=')))
            return line.mid(key.size() + 1).toDouble();
    }
    return -1;
}

// --- The child processes ---------------------------------------------------------------------

class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

/// main.cpp's set-up, then the window with no account; prints first_frame_ms.
qint64 mainAt = 0;
qint64 appAt = 0;
int childStart(QApplication &app)
{
    const qint64 t0 = qEnvironmentVariable("KEYPORT_BENCH_T0_NS").toLongLong();
    FirstPaint firstPaint;
    app.installEventFilter(&firstPaint);
    QCoreApplication::setApplicationName(QStringLiteral("keyport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QGuiApplication::setDesktopFileName(QStringLiteral(KEYPORT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" KEYPORT_APP_ID ".svg")));
    installTranslations(&app);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QTemporaryDir dir;
    StartupOptions options;
    options.environment = QProcessEnvironment(); // no EXOSCALE_* account
    Startup startup(options,
        std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("keyport.conf")), QSettings::IniFormat),
        std::make_unique<SessionSecretStore>());
    const qint64 beforeStart = monotonicNs();
    startup.start();
    const qint64 afterStart = monotonicNs();
    while (!firstPaint.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    out() << "first_frame_ms=" << msBetween(t0, monotonicNs()) << Qt::endl;
    if (qEnvironmentVariableIsSet("BENCH_TRACE"))
        out() << "main " << msBetween(t0, mainAt) << " app " << msBetween(t0, appAt) << " start "
              << msBetween(t0, beforeStart) << " started " << msBetween(t0, afterStart) << Qt::endl;
    return 0;
}

/// The window loaded with the parent sandbox's keys; prints rss_kib after the first paint of
/// the rows.
int childMemory()
{
    const SandboxAddress address{qEnvironmentVariable("KEYPORT_BENCH_URL"),
        qEnvironmentVariable("KEYPORT_BENCH_KEY"), qEnvironmentVariable("KEYPORT_BENCH_SECRET")};
    const int rows = qEnvironmentVariable("KEYPORT_BENCH_ROWS").toInt();
    QNetworkAccessManager network;
    BenchWindow window(&network, address);
    load(window, &network, rows, false);
    out() << "rss_kib=" << rssKib() << Qt::endl;
    return 0;
}

/// The offscreen platform's notices about what it cannot do say nothing about the figures.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("propagateSizeHints"))
        || message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    mainAt = monotonicNs();
    previousHandler = qInstallMessageHandler(quietHandler);
    hardenProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    appAt = monotonicNs();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keysOption(QStringLiteral("keys"),
        QStringLiteral("Key counts, comma-separated."), QStringLiteral("N,N,…"),
        QStringLiteral("1000,10000,100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs per figure (at most 3 at 100,000 keys and more)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption startupOnlyOption(QStringLiteral("startup-only"),
        QStringLiteral("Only the start to first frame (section 5)."));
    QCommandLineOption childOption(
        QStringLiteral("child"), QStringLiteral("Internal."), QStringLiteral("mode"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({keysOption, runsOption, startupOnlyOption, childOption});
    parser.process(app);

    if (parser.value(childOption) == u"keyport-start")
        return childStart(app);
    if (parser.value(childOption) == u"keyport-memory")
        return childMemory();

    const bool startupOnly = parser.isSet(startupOnlyOption);
    std::vector<int> sizes;
    for (const QString &size : parser.value(keysOption).split(u',', Qt::SkipEmptyParts)) {
        if (!startupOnly)
            sizes.push_back(size.toInt());
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const auto runsFor = [runs](int keys) { return keys >= 100000 ? std::min(runs, 3) : runs; };
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare
        = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_bare_window");

    QElapsedTimer wholeRun;
    wholeRun.start();
    std::vector<Row> table;
    QNetworkAccessManager network;

    // The floor of a keystroke: a bare QMainWindow, a QLineEdit above an empty QTableView.
    double keystrokeFloor = -1;
    if (!startupOnly) {
        QMainWindow bareWindow;
        auto *central = new QWidget(&bareWindow);
        auto *field = new QLineEdit(central);
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(field);
        layout->addWidget(new QTableView(central), 1);
        bareWindow.setCentralWidget(central);
        bareWindow.resize(1024, 640);
        bareWindow.show();
        if (!QTest::qWaitForWindowExposed(&bareWindow))
            qFatal("the bare window was not exposed");
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            field->clear();
            drain();
            const auto typed = typeLetters(field, QStringLiteral("delete-dns"));
            times.insert(times.end(), typed.begin(), typed.end());
        }
        keystrokeFloor = median(times);
    }

    for (const int size : sizes) {
        const int sizeRuns = runsFor(size);
        SandboxHost host(size);
        const int rows = host.keyCount();
        const QString label = sizeLabel(size);

        // An untimed warm-up load captures the bytes as served.
        QByteArray bytes;
        {
            BenchWindow warmUp(&network, host.address());
            load(warmUp, &network, rows, false, &bytes);
        }
        out() << "-- " << rows << " keys (" << size << " generated, 20 operations each), list "
              << bytes.size() / 1024 << " KiB, " << sizeRuns << " runs" << Qt::endl;

        std::vector<double> loads;
        std::vector<double> keysHandled;
        std::unique_ptr<BenchWindow> loaded;
        bool hookLate = false;
        for (int run = 0; run < sizeRuns; ++run) {
            loaded = std::make_unique<BenchWindow>(&network, host.address());
            const LoadRun result = load(*loaded, &network, rows, false);
            hookLate = hookLate || result.keysBeforeReply;
            loads.push_back(result.ms);
            keysHandled.push_back(result.keysMs);
        }
        const double floor = fromJsonMs(bytes, std::max(3, sizeRuns));
        const double loadMs = median(loads);
        table.push_back({QStringLiteral("load %1 (reply → painted rows)").arg(label),
            num(loadMs) + QStringLiteral(" ms"), num(floor) + QStringLiteral(" ms fromJson"),
            num(loadMs / floor) + u'x', size == 10000 ? QStringLiteral("≤ 1.5x") : QString(),
            size == 10000 ? yesNo(loadMs / floor <= 1.5) : QString()});
        table.push_back({QStringLiteral("load %1, of which reply → keysChanged handled").arg(label),
            num(median(keysHandled)) + QStringLiteral(" ms"), QString(),
            num(median(keysHandled) / floor) + u'x', QString(), QString()});
        if (hookLate)
            out() << "WARNING: keysChanged came before the reply's finish was stamped" << Qt::endl;
        out() << "load runs (ms):";
        for (const double value : loads)
            out() << ' ' << num(value);
        out() << Qt::endl;

        // Keystrokes, on the last loaded window.
        QList<QueryFigure> queries{{QStringLiteral("scattered"), QStringLiteral("delete-dns")},
            {QStringLiteral("contiguous"), QStringLiteral("service-001")},
            {QStringLiteral("none removed"), QStringLiteral("service")}};
        for (QueryFigure &query : queries) {
            std::vector<double> times;
            for (int run = 0; run < sizeRuns; ++run) {
                loaded->search->clear();
                drain();
                const auto typed = typeLetters(loaded->search, query.query);
                times.insert(times.end(), typed.begin(), typed.end());
                query.rowsLeft = loaded->table->model()->rowCount();
            }
            loaded->search->clear();
            drain();
            query.median = median(times);
            query.worst = worst(times);
            QString target;
            QString met;
            if (size == 10000) {
                target = QStringLiteral("median ≤ 2 ms");
                met = yesNo(query.median <= 2);
            } else if (size == 100000) {
                target = QStringLiteral("worst ≤ 16 ms");
                met = yesNo(query.worst <= 16);
            }
            table.push_back({QStringLiteral("keystroke %1 %2 \"%3\" (%4 rows left)")
                                 .arg(label, query.label, query.query)
                                 .arg(query.rowsLeft),
                QStringLiteral("median %1 / worst %2 ms").arg(num(query.median), num(query.worst)),
                num(keystrokeFloor) + QStringLiteral(" ms bare QLineEdit"),
                num(query.median / keystrokeFloor) + u'x', target, met});
        }

        // Refresh of the unchanged list.
        if (size == 10000) {
            const int middle = rows / 2;
            loaded->table->selectRow(middle);
            loaded->table->scrollTo(
                loaded->table->model()->index(middle, 0), QAbstractItemView::PositionAtCenter);
            drain();
            const QString selectedBefore
                = loaded->page->selectedKey() ? loaded->page->selectedKey()->key : QString();
            const int scrollBefore = loaded->table->verticalScrollBar()->value();
            std::vector<double> refreshes;
            bool selectionKept = true;
            bool scrollKept = true;
            AccountSession *session = loaded->window()->session();
            std::vector<double> stallsMs;
            int swaps = 0;
            for (int run = 0; run < runs; ++run) {
                ListReplyHook hook(&network, false);
                qint64 refreshedAt = 0;
                const auto keysConnection = QObject::connect(
                    session, &AccountSession::keysChanged, session, [&swaps] { ++swaps; });
                const auto connection = QObject::connect(session, &AccountSession::refreshed,
                    session, [&refreshedAt] { refreshedAt = monotonicNs(); });
                std::optional<StallProbe> stalls;
                stalls.emplace();
                loaded->refresh->trigger();
                spinUntil([&] { return refreshedAt != 0; });
                // The repaint that follows, if any (nothing should need one).
                drain();
                stallsMs.push_back(stalls->longestMs());
                stalls.reset();
                QObject::disconnect(connection);
                QObject::disconnect(keysConnection);
                refreshes.push_back(msBetween(hook.finishedAt, refreshedAt));
                spinUntil([&] { return loaded->idle(); });
                drain();
                selectionKept = selectionKept && loaded->page->selectedKey()
                    && loaded->page->selectedKey()->key == selectedBefore;
                scrollKept
                    = scrollKept && loaded->table->verticalScrollBar()->value() == scrollBefore;
            }
            const double refreshMs = median(refreshes);
            const double stallMs = *std::max_element(stallsMs.cbegin(), stallsMs.cend());
            table.push_back({QStringLiteral("refresh 10k unchanged, longest UI stall"),
                num(stallMs) + QStringLiteral(" ms"), QString(), QString(),
                QStringLiteral("≤ 5 ms"), yesNo(stallMs <= 5)});
            table.push_back({QStringLiteral("refresh 10k unchanged (reply → refreshed)"),
                num(refreshMs) + QStringLiteral(" ms, %1 swaps").arg(swaps),
                num(floor) + QStringLiteral(" ms fromJson"), num(refreshMs / floor) + u'x',
                QString(), QString()});
            table.push_back({QStringLiteral("refresh 10k keeps selection / scroll"),
                yesNo(selectionKept) + QStringLiteral(" / ") + yesNo(scrollKept), QString(),
                QString(), QStringLiteral("yes / yes"), yesNo(selectionKept && scrollKept)});

            // Memory, in child processes served by this sandbox.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("KEYPORT_BENCH_URL"), host.address().url);
            environment.insert(QStringLiteral("KEYPORT_BENCH_KEY"), host.address().keyId);
            environment.insert(QStringLiteral("KEYPORT_BENCH_SECRET"), host.address().secret);
            environment.insert(QStringLiteral("KEYPORT_BENCH_ROWS"), QString::number(rows));
            std::vector<double> bareRss;
            std::vector<double> keyportRss;
            for (int run = 0; run < std::min(runs, 3); ++run) {
                bareRss.push_back(
                    childFigure(bare, {QStringLiteral("--memory")}, QStringLiteral("rss_kib")));
                keyportRss.push_back(
                    childFigure(self, {QStringLiteral("--child"), QStringLiteral("keyport-memory")},
                        QStringLiteral("rss_kib"), environment));
            }
            const double bareMb = median(bareRss) / 1024;
            const double keyportMb = median(keyportRss) / 1024;
            table.push_back({QStringLiteral("memory 10k (VmRSS after first paint)"),
                num(keyportMb, 1) + QStringLiteral(" MiB"),
                num(bareMb, 1) + QStringLiteral(" MiB bare"),
                QStringLiteral("+%1 MiB").arg(num(keyportMb - bareMb, 1)),
                QStringLiteral("≤ bare + 25 MB (23.8 MiB)"),
                yesNo((keyportMb - bareMb) * 1024 * 1024 <= 25e6)});
        }

        // UI stalls while the largest list loads.
        if (size == sizes.back() && size >= 100000) {
            BenchWindow window(&network, host.address());
            const qint64 start = monotonicNs();
            const LoadRun result = load(window, &network, rows, true);
            const double loadWallMs = msBetween(start, monotonicNs());
            // The floor: the same probe on an idle window as long (at most 5 s).
            double idleGap = -1;
            {
                StallProbe idle;
                const qint64 idleStart = monotonicNs();
                spinUntil(
                    [&] {
                        return msBetween(idleStart, monotonicNs()) >= std::min(loadWallMs, 5000.0);
                    },
                    10000);
                idleGap = idle.longestMs();
            }
            table.push_back({QStringLiteral("longest UI stall, %1 load (1 ms timer)").arg(label),
                num(result.longestStallMs) + QStringLiteral(" ms"),
                num(idleGap) + QStringLiteral(" ms idle"),
                num(result.longestStallMs / idleGap) + u'x', QStringLiteral("≤ 16 ms"),
                yesNo(result.longestStallMs <= 16)});
        }
    }

    // Start to first frame, alternating the two.
    {
        std::vector<double> bareStart;
        std::vector<double> keyportStart;
        for (int run = 0; run < runs; ++run) {
            bareStart.push_back(
                childFigure(bare, {QStringLiteral("--start")}, QStringLiteral("first_frame_ms")));
            keyportStart.push_back(
                childFigure(self, {QStringLiteral("--child"), QStringLiteral("keyport-start")},
                    QStringLiteral("first_frame_ms")));
        }
        const double bareMs = median(bareStart);
        const double keyportMs = median(keyportStart);
        table.push_back({QStringLiteral("start to first frame (no account)"),
            num(keyportMs, 1) + QStringLiteral(" ms"), num(bareMs, 1) + QStringLiteral(" ms bare"),
            num(keyportMs / bareMs) + u'x', QStringLiteral("≤ 1.3x"),
            yesNo(keyportMs / bareMs <= 1.3)});
    }

    // The table.
    const QStringList headers{QStringLiteral("figure"), QStringLiteral("value"),
        QStringLiteral("floor"), QStringLiteral("ratio"), QStringLiteral("target"),
        QStringLiteral("met?")};
    std::vector<qsizetype> widths;
    for (const QString &header : headers)
        widths.push_back(header.size());
    for (const Row &row : table) {
        const QStringList cells{row.figure, row.value, row.floor, row.ratio, row.target, row.met};
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], cells[i].size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells[i].leftJustified(widths[size_t(i)]) + QStringLiteral(" | ");
        line.chop(3); // the last " | "
        while (line.endsWith(u' '))
            line.chop(1);
        out() << line << Qt::endl;
    };
    out() << Qt::endl;
    printRow(headers);
    for (const Row &row : table)
        printRow({row.figure, row.value, row.floor, row.ratio, row.target, row.met});
    out() << Qt::endl
          << "whole run: " << num(double(wholeRun.elapsed()) / 1000, 1) << " s" << Qt::endl;
    return 0;
}
