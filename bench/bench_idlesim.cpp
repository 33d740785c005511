// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mailscope developers
// The idle search over simulated servers on a fake clock (the same planner and driver as the
// real probe): for every cutoff from 5 s to 31 min, how long the verdict takes divided by the
// cutoff, per ending kind and number of connections. Prints the worst case and where it is.
//   bench_idlesim [--connections N|all] [--from S] [--to S] [--factor F] [--silence S]
//                 [--open S] [--kinds k1,k2] [--first S] [--growth G] [--bound B]
#include "fake/IdleSimulation.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

using namespace mailscope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto value = [&](const char *name, const QString &def) {
        const int i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : def;
    };
    const QString conns = value("--connections", QStringLiteral("8"));
    const double from = value("--from", QStringLiteral("5")).toDouble();
    const double to = value("--to", QStringLiteral("1860")).toDouble();
    const double factor = value("--factor", QStringLiteral("1.005")).toDouble();
    fake::IdleWorld base;
    base.silenceSeconds = value("--silence", QStringLiteral("10")).toDouble();
    base.openSeconds = value("--open", QStringLiteral("0.25")).toDouble();
    idle::Config cfg;
    cfg.tuning.first = value("--first", QString::number(cfg.tuning.first)).toDouble();
    cfg.tuning.growth = value("--growth", QString::number(cfg.tuning.growth)).toDouble();
    cfg.tuning.bound = value("--bound", QString::number(cfg.tuning.bound)).toDouble();
    const QStringList kinds =
        value("--kinds", QStringLiteral("rst-command,seed,silent,fin,bye")).split(QLatin1Char(','));
    std::vector<int> counts;
    if (conns == QLatin1String("all"))
        for (int n = 1; n <= idle::kMaxConnections; ++n)
            counts.push_back(n);
    else
        counts.push_back(conns.toInt());
    const std::vector<double> grid = fake::cutoffGrid(from, to, factor);
    std::printf("%-12s %5s %8s %10s %8s %7s %6s %s\n", "ending", "conns", "worst", "at cutoff",
                "mean", "peak", "bad", "cutoffs");
    for (int n : counts) {
        for (const QString &kind : kinds) {
            double worst = 0, at = 0, sum = 0;
            int peak = 0, bad = 0;
            for (double c : grid) {
                fake::IdleWorld w = base;
                w.middlebox = kind == QLatin1String("silent");
                w.policy = demo::IdlePolicy::named(kind, int(std::lround(c * 1000)));
                idle::Config k = cfg;
                k.maxConnections = n;
                k.idleMax = 1860;
                const fake::IdleRun r = fake::simulateIdle(w, k);
                const idle::Result &res = r.result;
                if (args.contains(QStringLiteral("--trace")))
                    std::printf("cutoff %.1f: [%.2f, %.2f] exact %d took %.1f probes %d used %d "
                                "refused %d notes: %s\n",
                                c, res.lower, res.upper, int(res.exact), res.took, res.probes,
                                res.used, res.refused,
                                qPrintable(res.notes.join(QLatin1String("; "))));
                const double truth = w.policy.cutoffMs / 1000.0;
                const bool ok =
                    res.found() && res.lower < truth && truth <= res.upper + 1e-9 &&
                    (res.exact || res.upper - res.lower <= 2 * idle::resolution(res.upper) + 1e-9);
                if (!ok) ++bad;
                if (!ok && args.contains(QStringLiteral("--trace")))
                    std::printf("BAD cutoff %.3f: [%.3f, %.3f] exact %d timedOut %d\n", truth,
                                res.lower, res.upper, int(res.exact), int(res.timedOut));
                const double ratio = res.took / truth;
                sum += ratio;
                peak = std::max(peak, r.peakOpen);
                if (ratio > worst) {
                    worst = ratio;
                    at = truth;
                }
            }
            std::printf("%-12s %5d %8.3f %10.1f %8.3f %7d %6d %zu\n", qPrintable(kind), n, worst,
                        at, sum / double(grid.size()), peak, bad, grid.size());
            std::fflush(stdout);
        }
    }
    return 0;
}
