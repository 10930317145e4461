#!/usr/bin/env python3
"""Peak resident size of all the java processes under one process, summed, sampled every 10 ms until it ends.

bench/startup.sh runs it beside each launch: the runnable jar's fast start runs the app in a second JVM while the
first one waits, so the memory the app takes is both together (/usr/bin/time only sees the larger of the two).

    tree-rss.py PID OUT    writes "TREE_PEAK_KB LARGEST_PROCESS_PEAK_KB" to OUT once PID has ended
"""
import os
import sys
import time

root, out = int(sys.argv[1]), sys.argv[2]
page_kb = os.sysconf("SC_PAGE_SIZE") // 1024


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def tree(pid):
    """The process and its descendants; a JVM starts children from any of its threads, so every task is asked."""
    pids, i = [pid], 0
    while i < len(pids):
        p = pids[i]
        i += 1
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    pids += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def rss_kb(pid):
    """Resident kB of a java process; 0 for the wrappers (timeout, time) and processes gone meanwhile."""
    try:
        with open(f"/proc/{pid}/comm") as f:
            if f.read().strip() != "java":
                return 0
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * page_kb
    except (OSError, IndexError, ValueError):
        return 0


peak = largest = 0
while alive(root):
    sizes = [rss_kb(p) for p in tree(root)]
    peak = max(peak, sum(sizes))
    largest = max([largest] + sizes)
    time.sleep(0.01)
with open(out, "w") as f:
    f.write(f"{peak} {largest}\n")
