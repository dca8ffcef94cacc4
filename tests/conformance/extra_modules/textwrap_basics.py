# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options,
# including how words split at hyphens and em-dashes.
import textwrap

text = ('The textwrap module provides some convenience functions, as well as '
        'TextWrapper, the class that does all the work. If you are just wrapping '
        'or filling one or two text strings, the convenience functions should be '
        'good enough; otherwise, you should use an instance of TextWrapper for '
        'efficiency.')

print('--- wrap and fill')
print(textwrap.wrap(text, width=40))
print(textwrap.fill(text))
print(textwrap.fill(text, width=25))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('one'))
print(textwrap.wrap('short words only', 5))
print(textwrap.fill(text, width=50, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, width=30, initial_indent='    ', subsequent_indent='>> '))

print('--- hyphens and dashes')
hy = 'A well-known, state-of-the-art, self-contained e-mail re-use x-y-z thing -- and more--really-- plus --flags and long---dash.'
for width in (6, 10, 15, 20, 30):
    print(width, textwrap.wrap(hy, width))
    print(width, textwrap.wrap(hy, width, break_on_hyphens=False))
print(textwrap.wrap('Look, goof-ball -- use the -b option!', 1))
print(textwrap.wrap('numbers 123-456-7890 and ISO-8859-1 and a-b c--d', 8))
print(textwrap.wrap('supercalifragilisticexpialidocious-word', 10))
print(textwrap.wrap('----------', 4))

print('--- long words')
long = 'short ' + 'x' * 25 + ' tail'
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap('http://example.com/a/very/long/path/name/here', 12))
print(textwrap.wrap('abcdefghij', 3, initial_indent='>> '))

print('--- whitespace handling')
ws = 'tabs\there\tand\nnewlines\n\nand  double  spaces   end   '
print(textwrap.wrap(ws, 12))
print(textwrap.wrap(ws, 12, expand_tabs=False))
print(textwrap.wrap(ws, 12, replace_whitespace=False))
print(textwrap.wrap(ws, 12, drop_whitespace=False))
print(textwrap.wrap('\ta\tbb\tccc', 40, tabsize=4))
print(textwrap.wrap('  leading spaces stay on the first line', 12))
print(textwrap.wrap('  leading spaces', 12, drop_whitespace=False))
print(textwrap.wrap('non\xa0breaking\xa0space here', 8))

print('--- sentence endings')
se = 'This is one. This is "two." And three? Mr. Smith went to Washington.  Done!'
print(textwrap.wrap(se, 30, fix_sentence_endings=True))
print(textwrap.fill('Hi.\nThere. ok', 40, fix_sentence_endings=True))

print('--- max_lines and placeholder')
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=1))
print(textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('one two three four', 10, max_lines=2))
print(textwrap.wrap('one two three', 9, max_lines=2))
print(textwrap.fill(text, 40, max_lines=4, subsequent_indent='  ', placeholder=' (more)'))
try:
    textwrap.wrap(text, 5, max_lines=2, subsequent_indent='    ')
except ValueError as e:
    print('ValueError:', e)
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print('ValueError:', e)

print('--- shorten')
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world!', width=10, placeholder='...'))
print(repr(textwrap.shorten(text, 60)))
print(repr(textwrap.shorten('   spaced\tout\n\ntext   ', 20)))
print(repr(textwrap.shorten('Supercalifragilistic', 10)))

print('--- TextWrapper')
w = textwrap.TextWrapper(width=35, initial_indent='- ', subsequent_indent='  ')
print(w.width, w.initial_indent, repr(w.placeholder), w.max_lines, w.tabsize)
print(w.fill(text))
w.width = 60
w.break_on_hyphens = False
print(w.wrap(hy))
lines = textwrap.TextWrapper(width=20).wrap('a b c d e f g h i j k l m n o p q r s t u v w x y z')
print(lines, [len(line) for line in lines])

print('--- dedent')
block = '''
    def hello():
        print("hi")

    hello()
'''
print(repr(textwrap.dedent(block)))
print(textwrap.dedent(block))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('\thello\n  world')))
print(repr(textwrap.dedent('\t  x\n\t    y\n\t z')))
print(repr(textwrap.dedent('  a\n   \n\t\n  b\n')))
print(repr(textwrap.dedent('no indent\n  some')))
print(repr(textwrap.dedent('    only line')))
print(repr(textwrap.dedent('')))
print(repr(textwrap.dedent('  x\r\n  y\r\n')))

print('--- indent')
print(repr(textwrap.indent('one\ntwo\n\nthree\n', '> ')))
print(repr(textwrap.indent('one\n  \nthree', '+ ')))
print(repr(textwrap.indent('a\nb\nc', '# ', lambda line: 'b' not in line)))
print(repr(textwrap.indent('x\r\ny\rz', '..', predicate=lambda line: True)))
print(textwrap.indent(textwrap.fill(text, 40), '    '))
