#!/usr/bin/env python3
"""Writes the expected results of tests/adversarial/X.py by running python3.

  python3 tests/adversarial/generate.py [--check] [X.py ...]

Like ../../../shared/tools/expect, but for cases it cannot express. Each case
runs three times from this folder and must give the same result each time:
X.out gets stdout, X.err the last stderr line when the status is not 0, and
X.status the exit status when it is neither 0 nor (with X.err) 1. A process
killed by signal N counts as status 128 + N, as a shell reports it.

How a case runs, set by files next to it (read the same way by
crates/pyroclast-cli/tests/golden.rs):
  X.args    arguments replacing `X.py` on the command line (whitespace-separated)
  X.pipe    stdout is read for one line and then closed (`x.py | head -1`)
  X.sigint  SIGINT is sent once the first stdout line has arrived
  X.stdin_closed  it starts with file descriptor 0 closed (`x.py <&-`)
In X.err, this folder's absolute path is written `{dir}`, and CPython's
executable path, where it names itself, `pyroclast`.
"""
import os
import pathlib
import signal
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
PYTHON = "python3"


def real_executable():
    return subprocess.run([PYTHON, "-c", "import sys; print(sys.executable)"],
                          capture_output=True, text=True, check=True).stdout.strip()


def run(script):
    args_file = script.with_suffix(".args")
    args = args_file.read_text().split() if args_file.exists() else [script.name]
    pipe = script.with_suffix(".pipe").exists()
    sigint = script.with_suffix(".sigint").exists()
    command = [PYTHON, *args]
    if script.with_suffix(".stdin_closed").exists():
        command = ["sh", "-c", 'exec "$@" <&-', "sh", *command]
    p = subprocess.Popen(command, cwd=HERE, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         # The child must see SIGINT at its default, whatever
                         # this process inherited.
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    if pipe or sigint:
        out = p.stdout.readline()
        if pipe:
            p.stdout.close()
        else:
            p.send_signal(signal.SIGINT)
            out += p.stdout.read()
        err = p.stderr.read()
        p.wait(timeout=60)
    else:
        out, err = p.communicate(timeout=60)
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    last = lines[-1].strip() if lines else ""
    return code, out.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n"), last


def main():
    check = "--check" in sys.argv
    names = [a for a in sys.argv[1:] if a != "--check"]
    scripts = ([HERE / pathlib.Path(n).name for n in names] if names
               else sorted(p for p in HERE.glob("*.py") if p.name != "generate.py"))
    exe = real_executable()
    bad = 0
    for s in scripts:
        results = {run(s) for _ in range(3)}
        if len(results) != 1:
            print(f"nondeterministic: {s.name}: {results}")
            bad += 1
            continue
        code, out, last = results.pop()
        last = last.replace(str(HERE), "{dir}")
        for name in (exe, PYTHON):
            if last.startswith(name + ":"):
                last = "pyroclast:" + last[len(name) + 1:]
        want = {".out": out,
                ".err": last + "\n" if code else None,
                ".status": f"{code}\n" if code not in (0, 1) else None}
        for ext, text in want.items():
            f = s.with_suffix(ext)
            if check:
                have = f.read_text() if f.exists() else None
                if have != text:
                    print(f"stale: {f.name}")
                    bad += 1
            elif text is None:
                f.unlink(missing_ok=True)
            else:
                f.write_text(text)
    print(f"{len(scripts) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
