#pragma once
// Startup measurement hook, used by tests/bench/startup for both the app and its baseline
// window. With ITS_STARTUP_PROBE set, the first frame the window presents prints
//   ITS_FIRST_FRAME <CLOCK_MONOTONIC ns> <peak RSS KiB>
// to stdout and ends the process. Without the variable it does nothing.

#include <QCoreApplication>
#include <QQuickWindow>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace its::ui {

inline void installStartupProbe(QQuickWindow *window)
{
    if (!window || !qEnvironmentVariableIsSet("ITS_STARTUP_PROBE"))
        return;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            const long long ns = static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
            std::printf("ITS_FIRST_FRAME %lld %ld\n", ns, usage.ru_maxrss);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
}

} // namespace its::ui
