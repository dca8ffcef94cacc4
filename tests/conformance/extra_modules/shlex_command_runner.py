# A tiny command interpreter: read a script of shell-like lines, split each
# with shlex, dispatch to handlers, and echo the commands back quoted.
import shlex

script = '''
# set up the environment
set NAME "Ada Lovelace"
set GREETING 'Hello, world'
echo $NAME says "$GREETING"   # inline comment
copy "source dir/file one.txt" 'target dir/'
echo unterminated "quote
count a b "c d" e\\ f
'''

env = {}


def expand(arg):
    return env.get(arg[1:], '') if arg.startswith('$') else arg


def run(argv):
    cmd, *args = argv
    if cmd == 'set':
        name, value = args
        env[name] = value
        return f'{name}={value!r}'
    if cmd == 'echo':
        return ' '.join(expand(a) for a in args)
    if cmd == 'copy':
        src, dst = args
        return f'copy {src!r} -> {dst!r}'
    if cmd == 'count':
        return f'{len(args)} arguments: {args}'
    raise KeyError(cmd)


for lineno, line in enumerate(script.splitlines(), 1):
    try:
        argv = shlex.split(line, comments=True)
    except ValueError as e:
        print(f'line {lineno}: error: {e}')
        continue
    if not argv:
        continue
    print(f'line {lineno}: {shlex.join(argv)}')
    print('   ', run(argv))

lexer = shlex.shlex('deploy --env=prod --tag "v1.2 final" && notify', posix=True, punctuation_chars=True)
lexer.whitespace_split = True
tokens = list(lexer)
print(tokens)
print(shlex.join(tokens))
