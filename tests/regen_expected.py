#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential test corpus.

Usage (from anywhere):

    PYENV_VERSION=3.12.1 python3.12 tests/regen_expected.py [paths...]

With no arguments every case under tests/differential/ is regenerated.  A path
may name a case file (``.py``) or a directory (every case below it).

A case is any ``tests/differential/**/*.py`` whose file name does not start
with ``_`` and that does not live inside a directory whose name starts with
``_`` (those are helper modules/packages imported by cases).

For each case, CPython 3.12 runs it with cwd = the case's directory and
argv = [python, "<name>.py"], stdin = /dev/null, PYTHONHASHSEED=0,
PYTHONDONTWRITEBYTECODE=1, PYTHONIOENCODING unset, and a 30 s timeout.  Beside
the case we write:

  <name>.stdout  always (exact bytes)
  <name>.stderr  only when stderr is non-empty (a stale one is deleted)
  <name>.status  only when the exit status is non-zero: "<n>\n"
                 (a stale one is deleted)

In stdout and stderr every occurrence of the realpath of the case directory
followed by "/" is replaced with "<DIR>/".
"""

import os
import shutil
import subprocess
import sys

TIMEOUT = 30
PLACEHOLDER = b"<DIR>/"

HERE = os.path.dirname(os.path.realpath(__file__))
CORPUS = os.path.join(HERE, "differential")


def is_case(path):
    """True if `path` (a .py file under CORPUS) is a test case."""
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(CORPUS))
    parts = rel.split(os.sep)
    if parts[0] == os.pardir:
        return False
    if not parts[-1].endswith(".py"):
        return False
    return not any(p.startswith("_") for p in parts)


def collect(root):
    cases = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames
                             if not d.startswith("_") and not d.startswith("."))
        for fn in sorted(filenames):
            if fn.endswith(".py") and not fn.startswith("_"):
                full = os.path.join(dirpath, fn)
                if is_case(full):
                    cases.append(full)
    return cases


def child_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONIOENCODING", None)
    return env


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if old != data:
        with open(path, "wb") as f:
            f.write(data)


def run_case(case, env):
    case = os.path.realpath(case)
    directory = os.path.dirname(case)
    name = os.path.basename(case)
    stem = name[:-3]
    try:
        proc = subprocess.run(
            [sys.executable, name],
            cwd=directory,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        print("TIMEOUT: %s" % case, file=sys.stderr)
        return None
    prefix = directory.encode("utf-8") + b"/"
    out = proc.stdout.replace(prefix, PLACEHOLDER)
    err = proc.stderr.replace(prefix, PLACEHOLDER)
    base = os.path.join(directory, stem)
    write_or_remove(base + ".stdout", out)
    write_or_remove(base + ".stderr", err if err else None)
    status = proc.returncode
    write_or_remove(base + ".status",
                    ("%d\n" % status).encode("ascii") if status != 0 else None)
    return status


def remove_pycache(root):
    for dirpath, dirnames, _ in os.walk(root):
        if "__pycache__" in dirnames:
            shutil.rmtree(os.path.join(dirpath, "__pycache__"))
            dirnames.remove("__pycache__")


def main(argv):
    if sys.version_info[:2] != (3, 12):
        print("regen_expected.py must run under CPython 3.12 (found %d.%d); "
              "use: PYENV_VERSION=3.12.1 python3.12 tests/regen_expected.py"
              % sys.version_info[:2], file=sys.stderr)
        return 2
    targets = argv[1:] or [CORPUS]
    cases = []
    for t in targets:
        if os.path.isdir(t):
            cases.extend(collect(t))
        elif os.path.isfile(t) and is_case(t):
            cases.append(t)
        else:
            print("not a differential case or directory: %s" % t,
                  file=sys.stderr)
            return 2
    # Deduplicate while keeping a stable order.
    seen = set()
    ordered = []
    for c in cases:
        r = os.path.realpath(c)
        if r not in seen:
            seen.add(r)
            ordered.append(r)
    env = child_env()
    nonzero = 0
    timeouts = 0
    for case in ordered:
        status = run_case(case, env)
        if status is None:
            timeouts += 1
        elif status != 0:
            nonzero += 1
    remove_pycache(CORPUS)
    summary = "%d cases, %d with non-zero exit status" % (len(ordered), nonzero)
    if timeouts:
        summary += ", %d TIMED OUT (outputs not updated)" % timeouts
    print(summary)
    return 1 if timeouts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
