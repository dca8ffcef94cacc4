import shlex
print(shlex.split('ls -l "my file.txt" \'a b\' c\\ d # not a comment'))
print(shlex.split('cmd # comment here', comments=True))
print(shlex.quote("it's"), shlex.quote(''), shlex.quote('safe-name.txt'), shlex.join(['echo', 'a b', "c'd"]))
lex = shlex.shlex('a && b; c | d > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('key = "value with spaces" # trailing')
print(list(lex))
try:
    shlex.split('echo "unterminated')
except ValueError as e:
    print('ValueError:', e)
try:
    shlex.split('echo trailing\\')
except ValueError as e:
    print('ValueError:', e)
print(shlex.split('a "b \\" c" \'d \\ e\''))
lex = shlex.shlex('x y', posix=True)
print(lex.get_token(), lex.lineno, lex.error_leader())
