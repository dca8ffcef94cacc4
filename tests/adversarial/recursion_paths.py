# Unbounded recursion through every path ends in RecursionError.
import sys

def attempt(name, f):
    try:
        f()
        print(name, "returned")
    except RecursionError as e:
        print(name, "RecursionError", str(e).split(" while ")[0].removesuffix(" in comparison"))

def call():
    return call()
attempt("call", call)

class Repr:
    def __repr__(self):
        return repr(self)
attempt("__repr__", lambda: repr(Repr()))

class Str:
    def __str__(self):
        return str(self)
attempt("__str__", lambda: str(Str()))

class Eq:
    def __eq__(self, other):
        return self == other
attempt("__eq__", lambda: Eq() == 1)

class Hash:
    def __hash__(self):
        return hash(self)
attempt("__hash__", lambda: hash(Hash()))
attempt("__hash__ in dict", lambda: {Hash(): 1})

class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name)
attempt("__getattr__", lambda: GetAttr().x)

class GetAttribute:
    def __getattribute__(self, name):
        return getattr(self, name)
attempt("__getattribute__", lambda: GetAttribute().x)

class Len:
    def __len__(self):
        return len(self)
attempt("__len__", lambda: len(Len()))

class Iter:
    def __iter__(self):
        return iter(self)
attempt("__iter__", lambda: iter(Iter()))

class Add:
    def __add__(self, other):
        return self + other
attempt("__add__", lambda: Add() + 1)

class Bool:
    def __bool__(self):
        return bool(self)
attempt("__bool__", lambda: bool(Bool()))

class Lt:
    def __lt__(self, other):
        return self < other
attempt("__lt__ via sorted", lambda: sorted([Lt(), Lt()]))

def key(x):
    return sorted([x], key=key)
attempt("sorted key", lambda: sorted([1, 2], key=key))

class GetItem:
    def __getitem__(self, i):
        return self[i]
attempt("__getitem__", lambda: GetItem()[0])

class Prop:
    @property
    def p(self):
        return self.p
attempt("property", lambda: Prop().p)

class Init:
    def __init__(self):
        Init()
attempt("__init__", Init)

def gen():
    yield from gen()
attempt("yield from", lambda: next(gen()))

def gen2():
    for x in gen2():
        yield x
attempt("for over generator", lambda: list(gen2()))

attempt("map", lambda: (lambda f: f(f))(lambda f: list(map(f, [f]))))

class Format:
    def __format__(self, spec):
        return format(self, spec)
attempt("__format__", lambda: f"{Format()}")

class Contains:
    def __contains__(self, x):
        return x in self
attempt("__contains__", lambda: 1 in Contains())

class Call:
    def __call__(self):
        return self()
attempt("__call__", Call())

def deco(f):
    return deco(f)
attempt("decorator", lambda: deco(print))

print(sys.getrecursionlimit())
