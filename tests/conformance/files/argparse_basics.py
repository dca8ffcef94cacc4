# argparse: positional and optional arguments, types, defaults, choices,
# nargs, flags, counting and appending; help and usage text and the
# errors, as CPython prints them (errors are caught as SystemExit).
import argparse
import contextlib
import io


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result = parser.parse_args(args)
        except SystemExit as e:
            result = f'SystemExit({e.code})'
    print(args, '->', result)
    if out.getvalue():
        print('stdout:', out.getvalue(), sep='\n', end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), sep='\n', end='')


p = argparse.ArgumentParser(prog='tool', description='Process some files and numbers.',
                            epilog='See the manual for more.')
p.add_argument('src', help='the input file')
p.add_argument('dst', nargs='?', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-q', '--quiet', action='store_true', help='say nothing')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
p.add_argument('--pair', nargs=2, type=float, metavar=('X', 'Y'))
p.add_argument('--tags', nargs='*')
p.add_argument('--ids', nargs='+', type=int)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--version', action='version', version='%(prog)s 1.0')

run(p, ['in.txt'])
run(p, ['in.txt', 'o.txt', '-n', '3', '-vv', '--mode=slow', '-q', '--no-color'])
run(p, ['-I', 'a', '-Ib', '--include=c', 'x', '--pair', '1', '2.5', '--tags'])
run(p, ['x', '--tags', 'a', 'b', '--ids', '1', '2', '3', '--const', '--cou', '7'])
run(p, ['--', '-x'])
run(p, ['x', '-vqv'])
run(p, ['-h'])
run(p, ['--version'])
run(p, [])
run(p, ['x', '-n', 'three'])
run(p, ['x', '--mode', 'medium'])
run(p, ['x', '--pair', '1'])
run(p, ['x', '--ids'])
run(p, ['x', 'y', 'z'])
run(p, ['x', '--bogus'])
run(p, ['x', '-n'])
run(p, ['x', '--quiet=yes'])

q = argparse.ArgumentParser(prog='m')
q.add_argument('--foo')
q.add_argument('--foobar')
run(q, ['--fo', '1'])
run(q, ['--foob', '2'])
g = q.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
run(q, ['--on', '--off'])
print(q.format_usage(), end='')
r = argparse.ArgumentParser(prog='r')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('-a', action='store_true')
rg.add_argument('-b', type=int)
run(r, [])
run(r, ['-b', '2'])
print(r.format_help(), end='')

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns)
print(p.parse_known_args(['x', '--zzz', 'extra']))
grp = argparse.ArgumentParser(prog='grp', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
grp.add_argument('--level', type=int, default=3, help='the level')
opts = grp.add_argument_group('output', 'Where results go.')
opts.add_argument('--out', default='-', help='output file')
grp.add_argument('files', nargs='*', help='inputs')
print(grp.format_help(), end='')
print(argparse.ArgumentParser().prog, argparse.ArgumentParser().parse_args())
try:
    e = argparse.ArgumentParser(exit_on_error=False, prog='e')
    e.add_argument('n', type=int)
    e.parse_args(['x'])
except argparse.ArgumentError as e:
    print(type(e).__module__, type(e).__name__, e)
try:
    p.add_argument('--count')
except argparse.ArgumentError as e:
    print(e)
bo = argparse.ArgumentParser(prog='bo')
bo.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='use it')
print(bo.parse_args(['--no-feature']), bo.format_help(), end='')
