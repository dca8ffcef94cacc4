# A call tracer that logs arguments and results of decorated functions,
# abbreviating large values with a custom reprlib.Repr.
import reprlib
import functools

short = reprlib.Repr()
short.maxlist = 4
short.maxstring = 20
short.maxdict = 2
short.maxlevel = 2


class TraceRepr(reprlib.Repr):
    # Subclasses add repr_<typename> methods for their own types.
    def repr_Matrix(self, m, level):
        return f'Matrix({len(m.rows)}x{len(m.rows[0])})'


tracer = TraceRepr()


class Matrix:
    def __init__(self, rows):
        self.rows = rows


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        shown = [tracer.repr(a) for a in args]
        shown += [f'{k}={tracer.repr(v)}' for k, v in kwargs.items()]
        result = fn(*args, **kwargs)
        print(f'{fn.__name__}({", ".join(shown)}) -> {tracer.repr(result)}')
        return result
    return wrapper


@traced
def total(values, scale=1):
    return sum(values) * scale


@traced
def transpose(m):
    return Matrix([list(col) for col in zip(*m.rows)])


@traced
def index_words(text):
    words = {}
    for i, w in enumerate(text.split()):
        words.setdefault(w, []).append(i)
    return words


total(list(range(1000)), scale=2)
total([1, 2])
transpose(Matrix([[1, 2, 3], [4, 5, 6]]))
index_words('the quick brown fox jumps over the lazy dog the end')
print(short.repr({'config': {'db': {'host': 'localhost'}}, 'users': list(range(50)), 'name': 'a' * 40}))
print(short.repr(['a very long string value that goes on', ('x',) * 10]))


class Tree:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.kids = []

    def add(self, kid):
        kid.parent = self
        self.kids.append(kid)
        return kid

    @reprlib.recursive_repr(fillvalue='<cycle>')
    def __repr__(self):
        return f'Tree({self.name!r}, kids={self.kids!r}, parent={self.parent!r})'


root = Tree('root')
root.add(Tree('a')).add(Tree('a1'))
print(root)
