# argparse subcommands: add_subparsers, per-command arguments, set_defaults
# with a function, help of the parent and of a command, and errors.
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
    return result


def add(args):
    return args.a + args.b


p = argparse.ArgumentParser(prog='calc', description='A tiny calculator.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='what to do')
pa = sub.add_parser('add', help='add two numbers')
pa.add_argument('a', type=int)
pa.add_argument('b', type=int)
pa.set_defaults(func=add)
pn = sub.add_parser('neg', aliases=['n'], help='negate a number')
pn.add_argument('x', type=float)
sub.add_parser('quiet')

ns = p.parse_args(["add", "2", "3"])
print(ns.command, ns.a, ns.b, ns.func is add)
print(ns.func(ns))
run(p, ['--debug', 'n', '2.5'])
run(p, [])
run(p, ['-h'])
run(p, ['add', '-h'])
run(p, ['add', '1'])
run(p, ['mul', '1', '2'])
run(p, ['add', '1', 'two'])
run(p, ['quiet', 'extra'])

q = argparse.ArgumentParser(prog='git')
subs = q.add_subparsers(title='commands', description='valid commands', dest='cmd', required=True)
c = subs.add_parser('commit', description='Record changes.')
c.add_argument('-m', '--message', required=True)
subs.add_parser('status')
run(q, [])
run(q, ['commit'])
run(q, ['commit', '-m', 'msg'])
run(q, ['--help'])
run(q, ['commit', '--help'])

long = argparse.ArgumentParser(prog='a_rather_long_program_name_for_wrapping')
for i in range(8):
    long.add_argument(f'--option-number-{i}', metavar='VALUE', help='an option ' * (i + 1))
long.add_argument('positional_one')
long.add_argument('positional_two', nargs='+')
print(long.format_help(), end='')
