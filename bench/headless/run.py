#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Tidemark developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""The headless stream timed the user's way: process start to exit, with peak RSS.

Starts the dev server (a child process) with N AssetV1 events for the admin, then runs, in
alternating order over R rounds, the real `tidemark stream --types AssetsV1` and the Node baseline
(node-baseline/stream.js), each under /usr/bin/time -v, each with a fresh session and a fresh
mirror/database. Prints per-round wall time and peak RSS, the medians and the ratio.

  bench/headless/run.py [--build build] [--assets 1000000] [--rounds 3] [--only tidemark|node]

The session token reaches both clients in TIDEMARK_SESSION_TOKEN, never in argv.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def login(base):
    body = json.dumps({"email": "admin@example.test", "password": "admin-password"}).encode()
    req = urllib.request.Request(base + "/api/auth/login", data=body,
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["accessToken"]


def timed(argv, env, cwd):
    """Runs argv under /usr/bin/time -v; returns (wall seconds, peak RSS MB, exit code, output)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        start = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tf.name] + argv, env=env, cwd=cwd,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wall = time.monotonic() - start
        report = tf.read()
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    return wall, (int(rss.group(1)) / 1024 if rss else float("nan")), p.returncode, p.stdout


def run_tidemark(binary, base, token, work):
    home = os.path.join(work, "home")
    shutil.rmtree(home, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIDEMARK_")}
    env.update(HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", TIDEMARK_NO_KEYCHAIN="1", QT_QPA_PLATFORM="offscreen",
               LC_ALL="C.UTF-8", TIDEMARK_SESSION_TOKEN=token)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    os.makedirs(home)
    return timed([binary, "stream", "--types", "AssetsV1", "--server", base], env, home)


def run_node(base, token, work):
    db = os.path.join(work, "node.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    env = dict(os.environ, TIDEMARK_SESSION_TOKEN=token)
    return timed(["node", os.path.join(HERE, "node-baseline", "stream.js"), base, db, "AssetsV1"], env, work)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--assets", type=int, default=1000000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--only", choices=["tidemark", "node"])
    ap.add_argument("--verbose", action="store_true", help="print each client's output")
    a = ap.parse_args()
    binary = os.path.join(a.build, "app", "tidemark")
    devserver = os.path.join(a.build, "devserver", "tidemark-devserver")
    if a.only != "tidemark" and not os.path.isdir(os.path.join(HERE, "node-baseline", "node_modules")):
        sys.exit("run `npm install` in bench/headless/node-baseline first")

    server = subprocess.Popen([devserver, "--port", "0", "--assets", str(a.assets), "--partner-assets", "0",
                               "--version", "2.7.5"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    try:
        base = None
        for line in server.stdout:
            m = re.search(r"listening on (\S+)", line)
            if m:
                base = m.group(1)
                break
        if not base:
            sys.exit("the dev server did not start")
        print(f"dev server at {base}, {a.assets} AssetV1 events; machine load: {os.getloadavg()[0]:.2f}")
        results = {"tidemark": [], "node": []}
        clients = ["tidemark", "node"] if a.only is None else [a.only]
        with tempfile.TemporaryDirectory(prefix="tidemark-headless-") as work:
            for rnd in range(a.rounds):
                order = clients if rnd % 2 == 0 else list(reversed(clients))
                for name in order:
                    token = login(base)
                    if name == "tidemark":
                        wall, rss, rc, out = run_tidemark(binary, base, token, work)
                    else:
                        wall, rss, rc, out = run_node(base, token, work)
                    results[name].append((wall, rss))
                    print(f"round {rnd + 1}  {name:8s}  {wall:7.2f} s  peak RSS {rss:6.1f} MB  exit {rc}"
                          f"  (load {os.getloadavg()[0]:.2f})", flush=True)
                    if rc != 0 or a.verbose:
                        print(out)
        print()
        med = {}
        for name in clients:
            walls = [w for w, _ in results[name]]
            rsss = [r for _, r in results[name]]
            med[name] = statistics.median(walls)
            print(f"median   {name:8s}  {med[name]:7.2f} s  peak RSS median {statistics.median(rsss):6.1f} MB"
                  f", max {max(rsss):6.1f} MB")
        if len(clients) == 2:
            print(f"ratio    node / tidemark = {med['node'] / med['tidemark']:.2f}x")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
