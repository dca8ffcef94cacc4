# pprint: pretty-printing of nested data. The layout rules (where lines
# break, how much room each closing bracket reserves, how long strings are
# cut into pieces) follow CPython 3.11's pprint, so output matches it byte
# for byte. Text is gathered in a list and written to the stream at the end.

import sys as _sys
import collections as _collections
import dataclasses as _dataclasses
import types as _types
from io import StringIO as _StringIO

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr',
           'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of unorderable mixed types by type name
    (then id), as CPython's pprint does."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _item_key(item):
    # Only the keys decide the order: the wrappers never compare equal, so
    # a tuple of two would never reach its second element anyway.
    return _safe_key(item[0])


def _recursion(object):
    return '<Recursion on %s with id=%s>' % (type(object).__name__, id(object))


def _scalar_types():
    kinds = {str, bytes, float, bool, type(None)}
    # Not every build has these.
    try:
        kinds.add(bytearray)
    except NameError:
        pass
    try:
        kinds.add(complex)
    except NameError:
        pass
    return frozenset(kinds)


# Types whose repr needs no recursion check (never containers).
_builtin_scalars = _scalar_types()


# Builtin types with their own repr.
_native_reprs = _builtin_scalars | {int, list, tuple, dict, set, frozenset}


def _repr_owner(kind):
    """The class in kind's MRO whose __repr__ kind's instances use."""
    inherited = getattr(kind, '__repr__', None)
    # Here builtin types do not list __repr__ in their __dict__ and all
    # show object.__repr__, so a builtin base in the MRO is the owner then.
    native = inherited is object.__repr__
    for klass in getattr(kind, '__mro__', ()):
        if '__repr__' in klass.__dict__ or (native and klass in _native_reprs):
            return klass
    return None


def _split_keep_spaces(line):
    """'ab  cd e' -> ['ab  ', 'cd ', 'e']: each word with the whitespace
    after it (what CPython gets from re.findall(r'\\S*\\s*', line))."""
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _bytes_pieces(data, width, allowance):
    """Cut a bytes object into reprs of 4-byte groups that fit in width."""
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _has_generated_repr(obj):
    """Whether a dataclass instance still uses the __repr__ that
    @dataclass wrote (not one the class defines itself)."""
    fn = getattr(type(obj), '__repr__', None)
    wrapped = getattr(fn, '__wrapped__', None)
    if wrapped is not None:
        # CPython's generated repr is wrapped by reprlib.recursive_repr.
        return '__create_fn__' in getattr(wrapped, '__qualname__', '')
    # Ours is a closure defined in the dataclasses module.
    return getattr(fn, '__module__', None) == 'dataclasses'


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent
            Number of spaces to indent for each level of nesting.

        width
            Attempted maximum number of columns in the output.

        depth
            The maximum depth to print out nested structures.

        stream
            The desired output stream.  If omitted (or false), the standard
            output stream available at construction will be used.

        compact
            If true, several items will be combined in one line.

        sort_dicts
            If true, dict keys are sorted.

        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface

    def pprint(self, object):
        if self._stream is not None:
            out = []
            self._format(object, out, 0, 0, {}, 0)
            self._stream.write(''.join(out))
            self._stream.write('\n')

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Format object for a specific context, returning a string
        and flags indicating whether the representation is 'readable'
        and whether the object represents a recursive construct.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout
    #
    # Every layout method appends text to `out`. `indent` is the column the
    # object starts at; `allowance` is the room to keep free after it on
    # its last line (for the brackets and commas that close its parents).

    def _format(self, object, out, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._dispatch.get(_repr_owner(type(object)), None)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[objid] = 1
                layout(self, object, out, indent, allowance, context, level + 1)
                del context[objid]
                return
        out.append(rep)

    def _is_plain_dataclass(self, object):
        return (_dataclasses.is_dataclass(object) and
                not isinstance(object, type) and
                object.__dataclass_params__.repr and
                _has_generated_repr(object))

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _pprint_dataclass(self, object, out, indent, allowance, context, level):
        name = object.__class__.__name__
        items = [(f.name, getattr(object, f.name))
                 for f in _dataclasses.fields(object) if f.repr]
        out.append(name + '(')
        self._format_namespace_items(items, out, indent + len(name) + 1,
                                     allowance, context, level)
        out.append(')')

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1,
                                    context, level)
        out.append('}')

    def _pprint_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + '(')
        self._format(list(object.items()), out, indent + len(name) + 1,
                     allowance + 1, context, level)
        out.append(')')

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(close),
                           context, level)
        out.append(close)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        kind = object.__class__
        if kind is set:
            out.append('{')
            close = '}'
        else:
            out.append(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), out, indent,
                           allowance + len(close), context, level)
        out.append(close)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        if level == 1:
            # At the top level the pieces go inside parentheses.
            indent += 1
            allowance += 1
        room = self._width - indent
        pieces = []
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            rep = repr(line)
            limit = room - allowance if i == last_line else room
            if len(rep) <= limit:
                pieces.append(rep)
                continue
            words = _split_keep_spaces(line)
            last_word = len(words) - 1
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = room
                if i == last_line and j == last_word:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        if level == 1:
            out.append('(')
        out.append(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            out.append(')')

    def _pprint_bytes(self, object, out, indent, allowance, context, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.append('(')
        pieces = _bytes_pieces(object, self._width - indent, allowance)
        out.append(('\n' + ' ' * indent).join(pieces))
        if parens:
            out.append(')')

    def _pprint_bytearray(self, object, out, indent, allowance, context, level):
        out.append('bytearray(')
        self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1,
                           context, level + 1)
        out.append(')')

    def _pprint_mappingproxy(self, object, out, indent, allowance, context, level):
        out.append('mappingproxy(')
        self._format(object.copy(), out, indent + 13, allowance + 1,
                     context, level)
        out.append(')')

    def _pprint_simplenamespace(self, object, out, indent, allowance, context, level):
        if type(object) is _types.SimpleNamespace:
            # Its repr says "namespace"; subclasses show their own name.
            name = 'namespace'
        else:
            name = object.__class__.__name__
        out.append(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), out,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        out.append(')')

    def _pprint_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        out.append('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(')')

    def _pprint_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + '({')
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        self._format_dict_items(object.most_common(), out,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        out.append('})')

    def _pprint_chain_map(self, object, out, indent, allowance, context, level):
        if not len(object.maps):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, out, indent, allowance + 1, context, level)
                out.append(')')
            else:
                self._format(m, out, indent, 1, context, level)
                out.append(',\n' + ' ' * indent)

    def _pprint_deque(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = object.__class__.__name__
        out.append(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, out, indent, allowance + 2, context, level)
            out.append('])')
        else:
            self._format_items(object, out, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            out.append('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_user_data(self, object, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the data they wrap.
        self._format(object.data, out, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(value, out, indent + len(rep) + 2,
                         allowance if i == last else 1, context, level)
            if i != last:
                out.append(separator)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        last = len(items) - 1
        for i, (key, value) in enumerate(items):
            out.append(key)
            out.append('=')
            if id(value) in context:
                # As the dataclass repr shows a cycle.
                out.append('...')
            else:
                self._format(value, out, indent + len(key) + 1,
                             allowance if i == last else 1, context, level)
            if i != last:
                out.append(separator)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append(' ' * (self._indent_per_level - 1))
        newline = ',\n' + ' ' * indent
        items = list(items)
        if not items:
            return
        # With compact, `room` is what is left on the current line; each
        # item costs its repr plus ', '. The last item also leaves room
        # for what closes its parents.
        full = self._width - indent + 1
        room = full
        separator = ''
        last = len(items) - 1
        for i, item in enumerate(items):
            if i == last:
                full -= allowance
                room -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                cost = len(rep) + 2
                if room < cost:
                    room = full
                    if separator:
                        separator = newline
                if room >= cost:
                    room -= cost
                    out.append(separator)
                    separator = ', '
                    out.append(rep)
                    continue
            out.append(separator)
            separator = newline
            self._format(item, out, indent, allowance if i == last else 1,
                         context, level)

    # -- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        # Returns (repr string, readable, recursive).
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False

        owner = _repr_owner(kind)

        if issubclass(kind, int) and owner is int:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False

        if issubclass(kind, dict) and owner is dict:
            if not object:
                return '{}', True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_item_key)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                parts.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return '{%s}' % ', '.join(parts), readable, recursive

        is_list = issubclass(kind, list) and owner is list
        if is_list or (issubclass(kind, tuple) and owner is tuple):
            if is_list:
                if not object:
                    return '[]', True, False
                template = '[%s]'
            elif len(object) == 1:
                template = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                template = '(%s)'
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return template % '...', False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                irepr, ireadable, irecur = self.format(item, context, maxlevels, level)
                parts.append(irepr)
                if not ireadable:
                    readable = False
                if irecur:
                    recursive = True
            del context[objid]
            return template % ', '.join(parts), readable, recursive

        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False


def _build_dispatch():
    # Keyed by the class that defines the repr, so subclasses that keep
    # their base's repr are laid out like the base, and ones that
    # override it are not.
    P = PrettyPrinter
    table = {
        dict: P._pprint_dict,
        list: P._pprint_list,
        tuple: P._pprint_tuple,
        set: P._pprint_set,
        frozenset: P._pprint_set,
        str: P._pprint_str,
        bytes: P._pprint_bytes,
    }
    optional = [
        (_collections, 'OrderedDict', P._pprint_ordered_dict),
        (_collections, 'defaultdict', P._pprint_default_dict),
        (_collections, 'Counter', P._pprint_counter),
        (_collections, 'ChainMap', P._pprint_chain_map),
        (_collections, 'deque', P._pprint_deque),
        (_collections, 'UserDict', P._pprint_user_data),
        (_collections, 'UserList', P._pprint_user_data),
        (_collections, 'UserString', P._pprint_user_data),
        (_types, 'MappingProxyType', P._pprint_mappingproxy),
        (_types, 'SimpleNamespace', P._pprint_simplenamespace),
    ]
    for module, name, layout in optional:
        kind = getattr(module, name, None)
        if kind is not None:
            table[kind] = layout
    for kind in _builtin_scalars:
        if kind.__name__ == 'bytearray':
            table[kind] = P._pprint_bytearray
    return table


PrettyPrinter._dispatch = _build_dispatch()
