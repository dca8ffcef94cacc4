#!/usr/bin/env python3
"""Calls every builtin callable Pyroclast exposes (builtins, the standard
library modules it has, and their classes' methods) with five argument
shapes, and reports each one that makes the interpreter panic. A panic
ends the process; the sweep restarts after the callable that caused it.

Usage: python3 fuzz/sweep_builtins.py [BINARY]   (default target/release/pyroclast)
"""
import os, subprocess, sys, tempfile

GEN = '# Lists expressions naming callables reachable from builtins and common modules.\nimport builtins, sys\nmods = [\'builtins\',\'math\',\'json\',\'re\',\'itertools\',\'functools\',\'collections\',\'operator\',\'string\',\'asyncio\',\'time\',\'random\',\'os\',\'os.path\',\'sys\',\'gc\',\'weakref\',\'types\',\'inspect\',\'textwrap\',\'copy\',\'heapq\',\'bisect\',\'struct\',\'datetime\',\'decimal\',\'fractions\',\'statistics\',\'enum\',\'dataclasses\',\'contextlib\',\'abc\',\'io\',\'typing\',\'traceback\',\'cmath\',\'unicodedata\',\'hashlib\',\'base64\',\'binascii\',\'uuid\',\'csv\',\'shlex\',\'reprlib\',\'graphlib\',\'keyword\',\'numbers\',\'pprint\',\'warnings\',\'queue\',\'logging\',\'linecache\',\'importlib\',\'argparse\',\'pathlib\',\'fnmatch\',\'tempfile\',\'shutil\',\'contextvars\',\'atexit\',\'doctest\',\'unittest\']\nout = []\nfor m in mods:\n    try:\n        mod = __import__(m, fromlist=[\'x\'])\n    except Exception:\n        continue\n    for n in dir(mod):\n        if n.startswith(\'__\') and m != \'builtins\': continue\n        try: v = getattr(mod, n)\n        except Exception: continue\n        if callable(v):\n            out.append(f"{m}.{n}" if m != \'builtins\' else n)\n            if isinstance(v, type):\n                for a in dir(v):\n                    try: w = getattr(v, a)\n                    except Exception: continue\n                    if callable(w):\n                        out.append(f"{m}.{n}.{a}" if m != \'builtins\' else f"{n}.{a}")\nprint("\\n".join(out))\n'
RUNNER = "import sys\nstart = int(sys.argv[1])\nnames = open(sys.argv[2]).read().split('\\n')\nARGS = [(), (1,), (None, None), ('x', 2, 3), ([],)]\nimport importlib\nfor i in range(start, len(names)):\n    n = names[i]\n    if not n: continue\n    parts = n.split('.')\n    obj = None\n    # resolve: try module prefixes\n    for k in range(len(parts), 0, -1):\n        try:\n            obj = importlib.import_module('.'.join(parts[:k])) if k > 1 or parts[0] not in dir(__builtins__) else None\n        except Exception:\n            obj = None\n        if obj is not None:\n            rest = parts[k:]\n            break\n    else:\n        import builtins\n        obj = builtins; rest = parts\n    if obj is None:\n        import builtins\n        obj = builtins; rest = parts\n    try:\n        for r in rest: obj = getattr(obj, r)\n    except Exception:\n        continue\n    if n.split('.')[-1] in ('exit', 'quit', 'input', 'breakpoint', 'abort', '_exit', 'kill', 'sleep', 'run_forever', 'read', 'readline', 'readlines', 'main', 'interact', 'getpass', 'wait', 'join', 'serve_forever', 'system', 'sleep', 'rmtree', 'remove', 'unlink', 'rmdir', 'chdir', 'mkdir', 'makedirs', 'rename', 'replace', 'write_text', 'write_bytes', 'touch', 'testmod', 'testfile', 'set_int_max_str_digits', 'setrecursionlimit', 'settrace', 'setprofile', 'disable', 'freeze'):\n        continue\n    print('@', i, n, flush=True)\n    for a in ARGS:\n        try:\n            r = obj(*a)\n            if hasattr(r, 'close') and type(r).__name__ in ('coroutine', 'generator', 'async_generator'):\n                try: r.close()\n                except BaseException: pass\n        except BaseException:\n            pass\nprint('@done', flush=True)\n"


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/pyroclast")
    tmp = tempfile.mkdtemp()
    gen_py = os.path.join(tmp, "gen.py")
    runner_py = os.path.join(tmp, "runner.py")
    names = os.path.join(tmp, "names.txt")
    open(gen_py, "w").write(GEN)
    open(runner_py, "w").write(RUNNER)
    with open(names, "w") as out:
        subprocess.run([binary, gen_py], stdout=out, stderr=subprocess.DEVNULL, cwd=tmp)
    start, panics = 0, []
    while True:
        try:
            p = subprocess.run([binary, runner_py, str(start), names], capture_output=True,
                               text=True, timeout=300, cwd=tmp)
            out, err = p.stdout, p.stderr
        except subprocess.TimeoutExpired as e:
            out = e.stdout.decode() if e.stdout else ""
            err = "TIMEOUT"
        marks = [l for l in out.split("\n") if l.startswith("@")]
        if marks and marks[-1] == "@done":
            break
        if not marks:
            print("no progress:", err[-300:])
            break
        _, idx, name = marks[-1].split()[:3]
        why = [l for l in err.split("\n") if "panicked" in l or "TIMEOUT" in l]
        panics.append(name)
        print("PANIC", name, (why or [err[-200:]])[0], flush=True)
        start = int(idx) + 1
    print(len(panics), "panics")
    sys.exit(1 if panics else 0)


main()
