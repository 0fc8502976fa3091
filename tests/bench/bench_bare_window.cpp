// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of bench_window's start and memory figures: a bare QMainWindow holding an empty
// QTableView, linked against Qt Widgets only. bench_window starts it as a child process:
//   bench_bare_window --start   prints "first_frame_ms=<ms>": from the moment the parent put in
//                               KEYPORT_BENCH_T0_NS (std::chrono::steady_clock, just before it
//                               started this process) to the end of the first paint;
//   bench_bare_window --memory prints "rss_kib=<KiB>": VmRSS after the first paint.
#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTableView>
#include <QTextStream>

#include <chrono>

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    FirstPaint firstPaint;
    app.installEventFilter(&firstPaint);
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    window.resize(1024, 640);
    window.show();
    while (!firstPaint.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 paintedAt = monotonicNs();
    QTextStream out(stdout);
    if (app.arguments().contains(QStringLiteral("--memory")))
        out << "rss_kib=" << rssKib() << Qt::endl;
    else
        out << "first_frame_ms="
            << double(paintedAt - qEnvironmentVariable("KEYPORT_BENCH_T0_NS").toLongLong()) / 1e6
            << Qt::endl;
    return 0;
}
