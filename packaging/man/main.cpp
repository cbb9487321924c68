// SPDX-FileCopyrightText: 2026 The Tidemark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// tidemark-manpage TEMPLATE OUTPUT VERSION DATE: writes tidemark(1) at build time (see ManPage.h).
#include "ManPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: tidemark-manpage TEMPLATE OUTPUT VERSION DATE\n");
        return 1;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "tidemark-manpage: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const Tidemark::Packaging::ManPage page(args.at(3), args.at(4));
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly)
        || out.write(page.render(QString::fromUtf8(in.readAll())).toUtf8()) < 0 || !out.commit()) {
        std::fprintf(stderr, "tidemark-manpage: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
