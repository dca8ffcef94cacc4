# traceback.extract_stack / format_stack / print_stack / walk_stack and
# linecache, over the running frames.
import linecache
import sys
import traceback


def a():
    b()


def b():
    for fs in traceback.extract_stack():
        print(fs.name, fs.lineno, fs.line)
    text = "".join(traceback.format_stack())
    print(text.replace(__file__, "FILE"), end="")
    print(traceback.extract_stack(limit=1)[0].name)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])
    summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2)
    print([fs.name for fs in summary])


a()
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 10_000)))
print(repr(linecache.getline("no_such_file.py", 1)))
print(len(linecache.getlines(__file__)) > 20)
linecache.clearcache()
print(linecache.getline(__file__, 2).strip())
