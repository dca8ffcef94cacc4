"""inspect: what async code asks about functions, generators and
coroutines (the predicates, their states, signatures of plain functions,
getattr_static, the running frames). Function kinds and parameters come
from the Rust part (`_function_kind`, `_parameters`)."""

import sys
import types

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'
AGEN_CREATED = 'AGEN_CREATED'
AGEN_RUNNING = 'AGEN_RUNNING'
AGEN_SUSPENDED = 'AGEN_SUSPENDED'
AGEN_CLOSED = 'AGEN_CLOSED'


def _unwrap_partial(obj):
    while type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        obj = obj.func
    return obj


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    return isinstance(object, (types.MethodDescriptorType, types.WrapperDescriptorType))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isgeneratorfunction(obj):
    return _function_kind(_unwrap_partial(obj)) == 'generator'


def iscoroutinefunction(obj):
    return _function_kind(_unwrap_partial(obj)) == 'coroutine'


def isasyncgenfunction(obj):
    return _function_kind(_unwrap_partial(obj)) == 'async_generator'


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType)
                and types._is_iterable_coroutine(object))
            or hasattr(type(object), '__await__'))


def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getasyncgenstate(agen):
    if agen.ag_running:
        return AGEN_RUNNING
    if agen.ag_suspended:
        return AGEN_SUSPENDED
    if agen.ag_frame is None:
        return AGEN_CLOSED
    return AGEN_CREATED


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if margin is not None:
        lines = [lines[0]] + [line[margin:] for line in lines[1:]]
    lines[0] = lines[0].lstrip()
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """The attribute without running descriptors, __getattr__ or
    __getattribute__: the instance dict, then the classes of the MRO."""
    instance_dict = {}
    try:
        instance_dict = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        pass
    klass = obj if isinstance(obj, type) else type(obj)
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            class_attr = entry.__dict__[attr]
            if not isinstance(obj, type) and attr in instance_dict and not (
                    hasattr(type(class_attr), '__set__')):
                return instance_dict[attr]
            return class_attr
    if attr in instance_dict:
        return instance_dict[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


class _Empty:
    """Marker for a missing default or annotation."""


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __repr__(self):
        return f'<_ParameterKind.{self.name}: {self.value}>'

    def __str__(self):
        return self.name

    def __lt__(self, other):
        return self.value < other.value

    def __eq__(self, other):
        return isinstance(other, _ParameterKind) and self.value == other.value

    def __hash__(self):
        return hash(self.value)


class Parameter:
    """One parameter of a signature."""

    POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
    POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
    VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
    KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
    VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=_sentinel, kind=_sentinel, default=_sentinel, annotation=_sentinel):
        return Parameter(
            self._name if name is _sentinel else name,
            self._kind if kind is _sentinel else kind,
            default=self._default if default is _sentinel else default,
            annotation=self._annotation if annotation is _sentinel else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _Empty:
            formatted = '{}: {}'.format(formatted, _annotation_text(self._annotation))
        if self._default is not _Empty:
            if self._annotation is not _Empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == Parameter.VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == Parameter.VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == Parameter.VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (Parameter.VAR_KEYWORD, Parameter.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == Parameter.VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _Empty:
                new[name] = param.default
            elif param.kind == Parameter.VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == Parameter.VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<BoundArguments ({})>'.format(args)


class Signature:
    """A callable's parameters (and return annotation)."""

    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {}
        for p in parameters or ():
            self._parameters[p.name] = p
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return types.MappingProxyType(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_sentinel, return_annotation=_sentinel):
        return Signature(
            list(self._parameters.values()) if parameters is _sentinel else parameters,
            return_annotation=(self._return_annotation
                               if return_annotation is _sentinel else return_annotation))

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == Parameter.POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append('/')
                render_pos_only = False
            if kind == Parameter.VAR_POSITIONAL:
                render_kw_only = False
            elif kind == Parameter.KEYWORD_ONLY and render_kw_only:
                result.append('*')
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _Empty:
            rendered += ' -> {}'.format(_annotation_text(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (list(self._parameters.values()) == list(other._parameters.values())
                and self._return_annotation == other._return_annotation)

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        i = 0
        for param in params:
            if param.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if i < len(args):
                    arguments[param.name] = args[i]
                    i += 1
            elif param.kind == Parameter.VAR_POSITIONAL:
                if i < len(args):
                    arguments[param.name] = tuple(args[i:])
                    i = len(args)
        if i < len(args):
            raise TypeError('too many positional arguments')
        for param in params:
            if param.kind in (Parameter.POSITIONAL_OR_KEYWORD, Parameter.KEYWORD_ONLY):
                if param.name in kwargs:
                    if param.name in arguments:
                        raise TypeError(
                            "multiple values for argument '{}'".format(param.name))
                    arguments[param.name] = kwargs.pop(param.name)
        var_kw = [p for p in params if p.kind == Parameter.VAR_KEYWORD]
        if kwargs:
            if var_kw:
                arguments[var_kw[0].name] = kwargs
            else:
                raise TypeError(
                    "got an unexpected keyword argument '{}'".format(next(iter(kwargs))))
        if not partial:
            for param in params:
                if (param.name not in arguments and param.default is _Empty
                        and param.kind not in (Parameter.VAR_POSITIONAL, Parameter.VAR_KEYWORD)):
                    raise TypeError("missing a required argument: '{}'".format(param.name))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)


_KINDS = [Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD,
          Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD]


def signature(obj, *, follow_wrapped=True):
    """The signature of a Python function, bound method or class."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    if getattr(obj, '__signature__', None) is not None:
        return obj.__signature__
    if isinstance(obj, type):
        init = getattr(obj, '__init__', None)
        if isfunction(init):
            sig = signature(init)
            return sig.replace(parameters=list(sig.parameters.values())[1:])
        return Signature([])
    if _function_kind(obj) is None:
        if hasattr(obj, '__call__') and not isbuiltin(obj) and not isinstance(obj, type):
            call = obj.__call__
            if _function_kind(call) is not None:
                return signature(call)
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    annotations = getattr(obj, '__annotations__', {}) or {}
    params = []
    for name, kind, default, has_default in _parameters(obj):
        params.append(Parameter(
            name, _KINDS[kind],
            default=default if has_default else _Empty,
            annotation=annotations.get(name, _Empty)))
    if ismethod(obj):
        params = params[1:]
    return Signature(params, return_annotation=annotations.get('return', _Empty))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def isframe(object):
    return type(object).__name__ == "frame"


def iscode(object):
    return type(object).__name__ == "code"
