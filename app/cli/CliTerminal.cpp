// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliTerminal.h"

#include "util/WriteAll.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace Tidemark::Cli {

using namespace Qt::StringLiterals;

bool isTerminal(int fd)
{
    return ::isatty(fd) == 1;
}

namespace {

// State the SIGINT handler needs to put the terminal back while a prompt has echo off.
int g_promptFd = -1;
termios g_savedTermios {};
std::atomic<bool> g_promptActive {false};
struct sigaction g_oldInt
{
}, g_oldTerm {};

extern "C" void restoreTerminalAndReraise(int sig)
{
    if (g_promptActive.load()) {
        ::tcsetattr(g_promptFd, TCSAFLUSH, &g_savedTermios);
        const char nl = '\n';
        [[maybe_unused]] const ssize_t w = ::write(g_promptFd, &nl, 1);
    }
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    ::raise(sig);
}

//! Reads until '\n' or end of input; false when nothing at all could be read.
bool readLineFd(int fd, QByteArray *out, bool *eof)
{
    out->clear();
    *eof = false;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            *eof = true;
            return !out->isEmpty();
        }
        if (c == '\n')
            break;
        out->append(c);
    }
    if (out->endsWith('\r'))
        out->chop(1);
    return true;
}

} // namespace

bool promptSecret(const QString &prompt, QString *secret, QString *error, bool *interrupted)
{
    if (interrupted)
        *interrupted = false;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = u"there is no terminal to ask for the password on"_s;
        return false;
    }
    termios saved {};
    if (::tcgetattr(fd, &saved) != 0) {
        ::close(fd);
        *error = u"the terminal cannot turn echo off"_s;
        return false;
    }
    g_promptFd = fd;
    g_savedTermios = saved;
    struct sigaction sa
    {
    };
    sa.sa_handler = restoreTerminalAndReraise;
    sigemptyset(&sa.sa_mask);
    struct sigaction prevInt
    {
    }, prevTerm {};
    ::sigaction(SIGINT, &sa, &prevInt);
    ::sigaction(SIGTERM, &sa, &prevTerm);
    g_oldInt = prevInt;
    g_oldTerm = prevTerm;

    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= tcflag_t(ICANON);
    g_promptActive = true;
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
    writeAll(fd, prompt.toUtf8());

    QByteArray line;
    bool eof = false;
    const bool ok = readLineFd(fd, &line, &eof);

    ::tcsetattr(fd, TCSAFLUSH, &saved);
    g_promptActive = false;
    writeAll(fd, QByteArrayLiteral("\n"));
    ::sigaction(SIGINT, &prevInt, nullptr);
    ::sigaction(SIGTERM, &prevTerm, nullptr);
    ::close(fd);
    g_promptFd = -1;

    if (!ok) {
        if (interrupted)
            *interrupted = eof;
        *error = eof ? u"no password entered"_s : u"could not read from the terminal"_s;
        wipe(line);
        return false;
    }
    *secret = QString::fromUtf8(line);
    wipe(line);
    return true;
}

bool promptLine(const QString &prompt, QString *result, QString *error)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = u"there is no terminal to ask on"_s;
        return false;
    }
    writeAll(fd, prompt.toUtf8());
    QByteArray line;
    bool eof = false;
    const bool ok = readLineFd(fd, &line, &eof);
    ::close(fd);
    if (!ok) {
        *error = u"nothing entered"_s;
        return false;
    }
    *result = QString::fromUtf8(line).trimmed();
    return true;
}

bool readStdinLine(QString *line)
{
    QByteArray bytes;
    bool eof = false;
    if (!readLineFd(STDIN_FILENO, &bytes, &eof))
        return false;
    *line = QString::fromUtf8(bytes);
    wipe(bytes);
    return true;
}

namespace {
int g_signalPipe[2] = {-1, -1};
std::atomic<int> g_signalCount {0};

extern "C" void onSignal(int sig)
{
    if (g_signalCount.fetch_add(1) >= 1) {
        // Second Ctrl-C: stop now.
        ::signal(sig, SIG_DFL);
        ::raise(sig);
        return;
    }
    const char c = 'i';
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

void installInterruptHandler(std::function<void()> onInterrupt)
{
    if (g_signalPipe[0] >= 0)
        return;
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier
        = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(
        notifier, &QSocketNotifier::activated, notifier, [onInterrupt = std::move(onInterrupt)]() {
            char buf[16];
            while (::read(g_signalPipe[0], buf, sizeof buf) > 0) { }
            if (onInterrupt)
                onInterrupt();
        });
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

void wipe(QString &secret)
{
    secret.fill(u'\0');
    secret.clear();
}

void wipe(QByteArray &secret)
{
    secret.fill('\0');
    secret.clear();
}

} // namespace Tidemark::Cli
