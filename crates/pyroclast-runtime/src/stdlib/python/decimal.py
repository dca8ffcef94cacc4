# decimal: decimal floating point as the General Decimal Arithmetic
# specification (and CPython's decimal module) defines it. A finite value
# is sign, integer coefficient and exponent (value = (-1)**sign * coef *
# 10**exp), held as Python ints; every operation computes an exact (or
# sticky-digit) result and rounds it once to the context. Provided: the
# constructors, + - * / // % ** (integral exponents), sqrt, quantize,
# rounding to integral, normalize, comparison, hashing consistent with the
# other numbers, formatting, contexts, signals and traps; exp, ln, log10
# and non-integral powers are correctly rounded (_decimal_math). Not
# provided: the logical operations and some Context method twins.
# (Longer than most modules: one type and its context, kept together.)

import math
import numbers
import sys
from collections import namedtuple
from contextvars import ContextVar
from _decimal_support import _c_named
import _decimal_math

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# Signals: the exception classes; a condition is raised as its signal.
class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of a context's flags and traps dicts, and of its repr.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation,
                     DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation,
                     InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """A context's flags or traps: one bool per signal."""

    def __repr__(self):
        return "{" + ", ".join(f"{k}:{v}" for k, v in self.items()) + "}"


def _signal_dict(given):
    d = _SignalDict((s, False) for s in _SIGNALS)
    if isinstance(given, dict):
        for k, v in given.items():
            if k not in d:
                raise KeyError("invalid signal dict")
            d[k] = bool(v)
    elif given is not None:
        for s in given:
            if s not in d:
                raise KeyError("invalid signal dict")
            d[s] = True
    return d


_HASH_MODULUS = (1 << 61) - 1
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for 0)."""
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    # No str(): ints past 4300 digits refuse it. The bit length gives d
    # or d + 1 digits.
    d = n.bit_length() * 30103 // 100000
    return d + 1 if n >= 10 ** d else d


# Special values: _exp is "F" (infinity), "n" (quiet NaN), "N" (signaling).
class Decimal(object):
    """Floating-point decimal number: Decimal('3.14'), Decimal(5),
    Decimal(0.1) (the float's exact value)."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._signal(ConversionSyntax)
                parsed = (0, 0, "n")
            self._sign, self._int, self._exp = parsed
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
        elif isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, float):
            (context or getcontext())._signal(FloatOperation)
            self._sign, self._int, self._exp = _from_float(value)
        elif isinstance(value, (list, tuple)):
            self._sign, self._int, self._exp = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported"
                            % type(value).__name__)
        self._is_special = isinstance(self._exp, str)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp = _from_float(f)
        d._is_special = isinstance(d._exp, str)
        return d if cls is Decimal else cls(d)

    # Queries.
    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() >= (context or getcontext()).Emin

    def is_subnormal(self, context=None):
        if self._is_special or self._int == 0:
            return False
        return self.adjusted() < (context or getcontext()).Emin

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        if self._exp in ("n", "N") and not self._int:
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            return (-1) ** self._sign * self._int * 10 ** self._exp, 1
        n, d = self._int, 10 ** -self._exp
        g = math.gcd(n, d)
        return (-1) ** self._sign * (n // g), d // g

    def canonical(self):
        return self

    def number_class(self, context=None):
        sign = "-" if self._sign else "+"
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        if self.is_infinite():
            return sign + "Infinity"
        if self._int == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    # Text.
    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            payload = str(self._int) if self._int else ""
            return sign + ("NaN" if self._exp == "n" else "sNaN") + payload
        coef = str(self._int)
        left = self._exp + len(coef)
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            text = "0." + "0" * -dot + coef
        elif dot >= len(coef):
            text = coef + "0" * (dot - len(coef))
        else:
            text = coef[:dot] + "." + coef[dot:]
        if left != dot:
            capitals = (context or getcontext()).capitals
            text += ("E" if capitals else "e") + "%+d" % (left - dot)
        return sign + text

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec)

    # Conversions.
    def __float__(self):
        if self._is_special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            if self.is_nan():
                return float("-nan" if self._sign else "nan")
        return float(str(self))

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __bool__(self):
        return self._is_special or self._int != 0

    def _integral(self, rounding):
        """self rounded to an int with the given rounding."""
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, rounding))

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(Decimal((0, (1,), -n)))
        return self._integral(ROUND_HALF_EVEN)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Hashing and comparison.
    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value")
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * scale % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def _cmp_key(self):
        """An exact rational for a finite value, or +-inf."""
        if self._exp == "F":
            return float("-inf") if self._sign else float("inf")
        n, d = self.as_integer_ratio()
        return _Ratio(n, d)

    def _compare_to(self, other, op, ordering):
        other = _operand(other, compare=True, ordering=ordering)
        if other is NotImplemented:
            return other
        if isinstance(other, Decimal):
            if self.is_nan() or other.is_nan():
                if ordering or self.is_snan() or other.is_snan():
                    getcontext()._signal(InvalidOperation)
                return op == "!="
            a, b = self._cmp_key(), other._cmp_key()
        else:
            if self.is_nan():
                if ordering:
                    getcontext()._signal(InvalidOperation)
                return op == "!="
            a, b = self._cmp_key(), other
            if isinstance(b, float):
                if math.isnan(b):
                    return op == "!="
                if not math.isinf(b):
                    b = _Ratio(*b.as_integer_ratio())
            else:
                b = _Ratio(b.numerator, b.denominator)
        return _ORDER_OPS[op](_key(a), _key(b))

    def __eq__(self, other):
        return self._compare_to(other, "==", False)

    def __ne__(self, other):
        r = self._compare_to(other, "!=", False)
        return r

    def __lt__(self, other):
        return self._compare_to(other, "<", True)

    def __le__(self, other):
        return self._compare_to(other, "<=", True)

    def __gt__(self, other):
        return self._compare_to(other, ">", True)

    def __ge__(self, other):
        return self._compare_to(other, ">=", True)

    def compare(self, other, context=None):
        other = _convert_strict(other)
        context = context or getcontext()
        nan = _nan_result(self, other, context)
        if nan is not None:
            return nan
        a, b = _key(self._cmp_key()), _key(other._cmp_key())
        return Decimal(-1 if a < b else 1 if a > b else 0)

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        return Decimal(_total_order(self, other))

    def max(self, other, context=None):
        other = _convert_strict(other)
        return self if self.compare(other, context) >= 0 else other

    def min(self, other, context=None):
        other = _convert_strict(other)
        return self if self.compare(other, context) <= 0 else other

    # Sign manipulation.
    def copy_abs(self):
        return _make(0, self._int, self._exp)

    def copy_negate(self):
        return _make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _make(other._sign, self._int, self._exp)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, None, context) or self.copy_negate()
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)
        return context._fix(1 - self._sign, self._int, self._exp)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._int == 0 and context.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)
        return context._fix(self._sign, self._int, self._exp)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self.__neg__(context) if self._sign else self.__pos__(context)

    plus = __pos__
    minus = __neg__

    # Arithmetic.
    def __add__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(self, other, context or getcontext())

    def __radd__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(other, self, context or getcontext())

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(self, other.copy_negate(), context or getcontext())

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _add(other, self.copy_negate(), context or getcontext())

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _div(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), "q")

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), "q")

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext(), "r")

    def __rmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext(), "r")

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(self, other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _divmod(other, self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            raise NotImplementedError("three-argument pow() of Decimal")
        return _pow(self, other, context or getcontext())

    def __rpow__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _pow(other, self, context or getcontext())

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (ties to
        even)."""
        other = _convert_strict(other)
        context = context or getcontext()
        if self._is_special or other._is_special or other._int == 0:
            return _divmod(self, other, context, "r")
        exp = min(self._exp, other._exp)
        an = (-1) ** self._sign * self._int * 10 ** (self._exp - exp)
        bn = (-1) ** other._sign * other._int * 10 ** (other._exp - exp)
        q, r = divmod(an, bn)
        twice = 2 * abs(r)
        if twice > abs(bn) or (twice == abs(bn) and q % 2):
            q += 1
            r -= bn
        if _ndigits(abs(q)) > context.prec:
            return context._signal(DivisionImpossible)
        return context._fix(self._sign if r == 0 else (1 if r < 0 else 0), abs(r), exp)

    def fma(self, other, third, context=None):
        other = _convert_strict(other)
        third = _convert_strict(third)
        exact = _mul(self, other, Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN))
        return _add(exact, third, context or getcontext())

    def sqrt(self, context=None):
        return _sqrt(self, context or getcontext())

    def exp(self, context=None):
        return _exp(self, context or getcontext())

    def ln(self, context=None):
        return _ln(self, context or getcontext(), False)

    def log10(self, context=None):
        return _ln(self, context or getcontext(), True)

    # Rounding to an exponent.
    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded (no flags, no precision check)."""
        if self._is_special:
            return self
        if self._exp >= exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coef, _ = _round_coef(self._sign, self._int, self._exp - exp, rounding)
        return _make(self._sign, coef, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_strict(exp)
        context = context or getcontext()
        rounding = rounding or context.rounding
        if self._is_special or exp._is_special:
            nan = _nan_result(self, exp, context)
            if nan is not None:
                return nan
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            return context._signal(InvalidOperation)
        target = exp._exp
        if not (context.Etiny() <= target <= context.Emax):
            return context._signal(InvalidOperation)
        if self._int == 0:
            return _make(self._sign, 0, target)
        if self._exp >= target:
            coef = self._int * 10 ** (self._exp - target)
            inexact = False
        else:
            coef, inexact = _round_coef(self._sign, self._int, self._exp - target, rounding)
        if _ndigits(coef) > context.prec:
            return context._signal(InvalidOperation)
        if target > self._exp and (self._int % 10 ** (target - self._exp) or inexact):
            pass
        if self._exp < target:
            if inexact:
                context._signal(Inexact)
            context._signal(Rounded)
        return _make(self._sign, coef, target)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, None, context) or self
        if self._exp >= 0:
            return self
        coef, inexact = _round_coef(self._sign, self._int, self._exp,
                                    rounding or context.rounding)
        if self._int:
            if inexact:
                context._signal(Inexact)
            context._signal(Rounded)
        return _make(self._sign, coef, 0)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, None, context) or self
        d = context._fix(self._sign, self._int, self._exp)
        if d._is_special or d._int == 0:
            return d if d._is_special else _make(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        top = context.Emax - context.prec + 1 if context.clamp else context.Emax
        while coef % 10 == 0 and exp < top:
            coef //= 10
            exp += 1
        return _make(d._sign, coef, exp)

    reduce = normalize

    def next_plus(self, context=None):
        context = context or getcontext()
        if self._is_special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return self if not self._sign else _make(1, 10 ** context.prec - 1, context.Emax - context.prec + 1)
        lowest = context.Etiny() - 1
        tiny = _make(0, 1, lowest)
        with localcontext(context) as c:
            c.rounding = ROUND_CEILING
            c.traps = {}
            return _add(self, tiny, c)

    def next_minus(self, context=None):
        context = context or getcontext()
        if self._is_special:
            if self.is_nan():
                return _nan_result(self, None, context)
            return self if self._sign else _make(0, 10 ** context.prec - 1, context.Emax - context.prec + 1)
        tiny = _make(1, 1, context.Etiny() - 1)
        with localcontext(context) as c:
            c.rounding = ROUND_FLOOR
            c.traps = {}
            return _add(self, tiny, c)

    def scaleb(self, other, context=None):
        other = _convert_strict(other)
        context = context or getcontext()
        if self._is_special:
            return _nan_result(self, other, context) or self
        return context._fix(self._sign, self._int, self._exp + int(other))

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __complex__(self):
        return complex(float(self))


numbers.Number.register(Decimal)
_c_named(Decimal)


class _Ratio:
    """An exact comparison key: n/d with d > 0."""
    __slots__ = ("n", "d")

    def __init__(self, n, d):
        self.n, self.d = n, d


def _key(x):
    """Comparable key: (kind, n, d) where kind orders -inf < finite < inf."""
    if isinstance(x, _Ratio):
        return _Cmp(0, x.n, x.d)
    return _Cmp(-1 if x < 0 else 1, 0, 1)


class _Cmp:
    __slots__ = ("kind", "n", "d")

    def __init__(self, kind, n, d):
        self.kind, self.n, self.d = kind, n, d

    def _c(self, o):
        if self.kind != o.kind:
            return -1 if self.kind < o.kind else 1
        a, b = self.n * o.d, o.n * self.d
        return -1 if a < b else 1 if a > b else 0

    def __lt__(self, o):
        return self._c(o) < 0

    def __gt__(self, o):
        return self._c(o) > 0

    def __ge__(self, o):
        return self._c(o) >= 0

    def __le__(self, o):
        return self._c(o) <= 0

    def __eq__(self, o):
        return self._c(o) == 0

    def __mul__(self, k):
        return _Cmp(self.kind, self.n * k, self.d)

    __rmul__ = __mul__

    def __neg__(self):
        return _Cmp(-self.kind, -self.n, self.d)


_ORDER_OPS = {
    "==": lambda a, b: a == b, "!=": lambda a, b: not (a == b),
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


def _make(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp = sign, coef, exp
    d._is_special = isinstance(exp, str)
    return d


_NAN = None


def _operand(x, compare=False, ordering=False):
    """x as a Decimal for arithmetic (ints only), or for comparison (also
    floats and Rationals, returned unconverted); else NotImplemented."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if compare:
        if isinstance(x, float):
            if ordering:
                getcontext()._signal(FloatOperation)
            return x
        if isinstance(x, numbers.Rational):
            return x
    return NotImplemented


def _convert_strict(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _nan_result(a, b, context):
    """The NaN an operation on a (and b) returns, or None: a signaling NaN
    signals InvalidOperation and becomes quiet."""
    for x in (a, b):
        if x is not None and x.is_snan():
            context._signal(InvalidOperation)
            return _make(x._sign, x._int, "n")
    for x in (a, b):
        if x is not None and x.is_qnan():
            return x
    return None


def _total_order(a, b):
    def rank(x):
        if x.is_snan():
            return 1
        if x.is_qnan():
            return 2
        return 0
    ra, rb = rank(a), rank(b)
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    if ra or rb:
        if ra != rb:
            return s * (1 if ra > rb else -1)
        return s * ((a._int > b._int) - (a._int < b._int))
    ka, kb = _key(a._cmp_key()), _key(b._cmp_key())
    if ka < kb:
        return -1
    if ka > kb:
        return 1
    if a._is_special:
        return 0
    return s * ((a._exp > b._exp) - (a._exp < b._exp))


def _parse_decimal(text):
    """(sign, coef, exp) of a numeric string, or None."""
    # CPython's decimal ignores underscores wherever they are.
    s = text.strip().replace("_", "")
    if not s.isascii():
        s = "".join(str(int(c)) if c.isdigit() else c for c in s)
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    low = s.lower()
    if low in ("inf", "infinity"):
        return sign, 0, "F"
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == "":
                return sign, 0, kind
            if payload.isdigit():
                return sign, int(payload), kind
            return None
    mant, e, exp_text = low.partition("e")
    exp = 0
    if e:
        body = exp_text[1:] if exp_text[:1] in "+-" else exp_text
        if not body.isdigit():
            return None
        exp = int(exp_text)
    whole, dot, frac = mant.partition(".")
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    return sign, int(whole + frac), exp - len(frac)


def _from_float(f):
    if math.isnan(f):
        return (1 if math.copysign(1.0, f) < 0 else 0), 0, "n"
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if math.isinf(f):
        return sign, 0, "F"
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k, exactly.
    return sign, n * 5 ** k, -k


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp not in ("F", "n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coef = 0
    if not isinstance(digits, (list, tuple)):
        raise ValueError("coefficient must be a tuple of digits")
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dg
    if exp == "F":
        coef = 0
    return sign, coef, exp


def _round_coef(sign, coef, shift, rounding):
    """coef * 10**shift (shift < 0) rounded to an integer: (result, inexact)."""
    div = 10 ** -shift
    q, r = divmod(coef, div)
    if r == 0:
        return q, False
    half = r * 2
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = half >= div
    elif rounding == ROUND_HALF_DOWN:
        up = half > div
    elif rounding == ROUND_HALF_EVEN:
        up = half > div or (half == div and q % 2 == 1)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


def _add(a, b, context):
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if a.is_infinite() and b.is_infinite() and a._sign != b._sign:
            return context._signal(InvalidOperation)
        return Decimal(a if a.is_infinite() else b)
    exp = min(a._exp, b._exp)
    if a._int == 0 and b._int == 0:
        sign = a._sign if a._sign == b._sign else (1 if context.rounding == ROUND_FLOOR else 0)
        return context._fix(sign, 0, exp)
    if a._int == 0:
        return context._fix(b._sign, b._int * 10 ** (b._exp - exp), exp)
    if b._int == 0:
        return context._fix(a._sign, a._int * 10 ** (a._exp - exp), exp)
    # An operand wholly below the other's rounding position only matters
    # as a sticky digit: shrink it so the aligned sum stays small.
    big, small = (a, b) if a.adjusted() >= b.adjusted() else (b, a)
    floor = min(big._exp, big.adjusted() - context.prec - 1)
    if small.adjusted() < floor - 1 and small._exp < floor:
        small = _make(small._sign, 1, floor - 1)
        exp = min(big._exp, small._exp)
    ai = (-1 if big._sign else 1) * big._int * 10 ** (big._exp - exp)
    bi = (-1 if small._sign else 1) * small._int * 10 ** (small._exp - exp)
    total = ai + bi
    if total == 0:
        return context._fix(1 if context.rounding == ROUND_FLOOR else 0, 0, exp)
    return context._fix(1 if total < 0 else 0, abs(total), exp)


def _mul(a, b, context):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if (a.is_infinite() and b.is_zero()) or (b.is_infinite() and a.is_zero()):
            return context._signal(InvalidOperation)
        return _make(sign, 0, "F")
    return context._fix(sign, a._int * b._int, a._exp + b._exp)


def _div(a, b, context):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
        if a.is_infinite() and b.is_infinite():
            return context._signal(InvalidOperation)
        if a.is_infinite():
            return _make(sign, 0, "F")
        context._signal(Clamped)
        return _make(sign, 0, context.Etiny())
    if b._int == 0:
        if a._int == 0:
            return context._signal(DivisionUndefined)
        context._signal(DivisionByZero)
        return _make(sign, 0, "F")
    ideal = a._exp - b._exp
    if a._int == 0:
        return context._fix(sign, 0, ideal)
    # prec + 1 digits of quotient, the last made odd-ish (sticky) when the
    # division is inexact, so one rounding to prec is correct.
    shift = _ndigits(b._int) - _ndigits(a._int) + context.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return context._fix(sign, q, exp)


def _divmod(a, b, context, which="qr"):
    """a // b (which "q"), a % b ("r") or both ("qr"): the quotient
    truncated toward zero, the remainder with a's sign."""
    sign = a._sign ^ b._sign

    def pick(q, r):
        return q if which == "q" else r if which == "r" else (q, r)

    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return pick(nan, nan)
        if a.is_infinite():
            if b.is_infinite() or which != "q":
                bad = context._signal(InvalidOperation)
                return pick(bad, bad)
            return _make(sign, 0, "F")
        return pick(_make(sign, 0, 0), context._fix(a._sign, a._int, a._exp))
    if b._int == 0:
        if a._int == 0:
            bad = context._signal(DivisionUndefined)
            return pick(bad, bad)
        if which == "q":
            context._signal(DivisionByZero)
        elif which == "r":
            context._signal(InvalidOperation)
        else:
            context._signal(InvalidOperation, DivisionByZero)
        return pick(_make(sign, 0, "F"), _make(0, 0, "n"))
    exp = min(a._exp, b._exp)
    an = a._int * 10 ** (a._exp - exp)
    bn = b._int * 10 ** (b._exp - exp)
    q, r = divmod(an, bn)
    if _ndigits(q) > context.prec:
        bad = context._signal(DivisionImpossible)
        return pick(bad, bad)
    return pick(_make(sign, q, 0), context._fix(a._sign, r, exp))


def _pow(a, b, context):
    if a._is_special or b._is_special:
        nan = _nan_result(a, b, context)
        if nan is not None:
            return nan
    integral = not b._is_special and (b._exp >= 0 or b._int % 10 ** -b._exp == 0)
    if not integral:
        return _pow_real(a, b, context)
    n = int(b)
    if a._is_special:
        if n == 0:
            return Decimal(1)
        sign = a._sign if n % 2 else 0
        return _make(sign, 0, "F") if n > 0 else _make(sign, 0, 0)
    sign = a._sign if n % 2 else 0
    if a._int == 0:
        if n == 0:
            return context._signal(InvalidOperation)
        if n < 0:
            return _make(sign, 0, "F")
        return context._fix(sign, 0, 0)
    if n == 0:
        return context._fix(0, 1, 0)
    if abs(n) * _ndigits(a._int) > 20000:
        # Too long to compute exactly: exp(n * ln|a|), correctly rounded.
        r = _pow_real(a.copy_abs(), b, context, True)
        return r.copy_negate() if sign and not r.is_nan() else r
    if n > 0:
        return context._fix(sign, a._int ** n, a._exp * n)
    num = _make(0, 1, 0)
    den = _make(0, a._int ** -n, a._exp * -n)
    r = _div(num, den, context)
    return _make(sign, r._int, r._exp) if not r._is_special else r


def _pow_real(a, b, context, integral=False):
    """a ** b, b non-integral (or large): exp(b * ln a)."""
    if a._sign and not a.is_zero():
        return context._signal(InvalidOperation)
    if b.is_infinite():
        if a.is_zero():
            return _make(0, 0, "F") if b._sign else _make(0, 0, 0)
        key = _key(a._cmp_key())
        one = _key(_Ratio(1, 1))
        if key == one:
            return _padded_one(context)
        return _make(0, 0, "F") if (key > one) != bool(b._sign) else _make(0, 0, 0)
    if a.is_infinite():
        return _make(0, 0, 0) if b._sign else _make(0, 0, "F")
    if a.is_zero():
        return _make(0, 0, "F") if b._sign else _make(0, 0, 0)
    if a._int == 10 ** -a._exp if a._exp <= 0 else False:
        return _padded_one(context)
    bn = (-1) ** b._sign * b._int
    bd = 10 ** -b._exp if b._exp < 0 else 1
    if b._exp > 0:
        bn *= 10 ** b._exp
    prec = context.prec
    # Beyond the exponent range the result over- or underflows.
    lna = _decimal_math.ln_fixed(a._int, a._exp, 4)[0]
    if abs(lna) * abs(bn) // bd > 3 * (max(context.Emax, -context.Etiny()) + 10) * 10 ** 4:
        up = (lna > 0) != (bn < 0)
        return context._fix(0, 1, context.Emax + 1 if up else context.Etiny() - 2)

    def approx(scale):
        la, le = _decimal_math.ln_fixed(a._int, a._exp, scale + 2)
        x = la * bn // bd
        xerr = (le * abs(bn) + bd - 1) // bd + 1
        return _decimal_math.exp_fixed(x, scale + 2, xerr)

    got = _decimal_math.correctly_rounded(approx, prec, cap=4 * prec + 60)
    if got[0] is None:
        # Undecided that far: the result is a short exact decimal. Its
        # coefficient is padded to the precision, as CPython's is.
        _, val, shift = got
        t = _ndigits(val) - (prec + 2)
        coef = (val + 10 ** t // 2) // 10 ** t if t > 0 else val * 10 ** -t
        exp = shift + t
        while coef % 10 == 0 and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if _ndigits(coef) < prec:
            pad = prec - _ndigits(coef)
            coef, exp = coef * 10 ** pad, exp - pad
        r = context._fix(0, coef, exp)
        # An integral power was exact before padding.
        context._signal(*((Rounded,) if integral else (Inexact, Rounded)))
        return r
    sign, coef, exp = got
    return context._fix(sign, coef, exp)


def _padded_one(context):
    context._signal(Inexact, Rounded)
    return _make(0, 10 ** (context.prec - 1), 1 - context.prec)


def _exp(a, context):
    if a._is_special:
        nan = _nan_result(a, None, context)
        if nan is not None:
            return nan
        return _make(0, 0, 0) if a._sign else _make(0, 0, "F")
    if a._int == 0:
        return _make(0, 1, 0)
    prec = context.prec
    with localcontext(context) as c:
        c.rounding = ROUND_HALF_EVEN
        c.traps = {}
        c.clear_flags()
        if a.adjusted() < -(prec + 3):
            # 1 + a to well past the precision: just above or below 1.
            top = 10 ** (prec + 3)
            r = c._fix(0, top - 1 if a._sign else top + 1, -(prec + 3))
        elif a.adjusted() > 19:
            r = c._fix(0, 1, context.Etiny() - 2 if a._sign else context.Emax + 1)
        else:
            x = (-1) ** a._sign * a._int

            def approx(scale):
                if a._exp + scale >= 0:
                    return _decimal_math.exp_fixed(x * 10 ** (a._exp + scale), scale, 0)
                return _decimal_math.exp_fixed(x // 10 ** -(a._exp + scale), scale, 1)

            sign, coef, exp = _decimal_math.correctly_rounded(approx, prec)
            r = c._fix(sign, coef, exp)
        flags = [s for s, on in c.flags.items() if on]
    if flags:
        context._signal(*flags)
    return r


def _ln(a, context, ten):
    """ln(a), or log10(a) when ten."""
    if a._is_special:
        nan = _nan_result(a, None, context)
        if nan is not None:
            return nan
        if a._sign:
            return context._signal(InvalidOperation)
        return _make(0, 0, "F")
    if a._int == 0:
        return _make(1, 0, "F")
    if a._sign:
        return context._signal(InvalidOperation)
    coef, exp = a._int, a._exp
    digits = str(coef)
    if digits.rstrip("0") == "1" and (ten or exp + len(digits) == 1):
        # A power of ten: log10 is exact, and ln(1) is 0.
        n = exp + len(digits) - 1
        return context._fix(1 if n < 0 else 0, abs(n), 0)
    prec = context.prec

    def approx(scale):
        v, e = _decimal_math.ln_fixed(coef, exp, scale)
        if not ten:
            return v, e, -scale
        _, ln10 = _decimal_math._consts(scale)
        q = v * 10 ** scale // ln10
        return q, e + abs(q) // 10 ** scale + 2, -scale

    sign, coef, exp = _decimal_math.correctly_rounded(approx, prec)
    with localcontext(context) as c:
        c.rounding = ROUND_HALF_EVEN
        c.traps = {}
        c.clear_flags()
        r = c._fix(sign, coef, exp)
        flags = [s for s, on in c.flags.items() if on]
    context._signal(*flags)
    return r


def _sqrt(a, context):
    if a._is_special:
        nan = _nan_result(a, None, context)
        if nan is not None:
            return nan
        if a._sign:
            return context._signal(InvalidOperation)
        return Decimal(a)
    ideal = a._exp // 2
    if a._int == 0:
        return _make(a._sign, 0, ideal)
    if a._sign:
        return context._signal(InvalidOperation)
    prec = context.prec
    # Scale the coefficient to an even exponent with at least 2*prec+2
    # digits, so the integer root has prec+1 digits.
    coef, exp = a._int, a._exp
    extra = max(0, 2 * prec + 2 - _ndigits(coef))
    if (exp - extra) % 2:
        extra += 1
    coef *= 10 ** extra
    exp -= extra
    root = math.isqrt(coef)
    rexp = exp // 2
    if root * root != coef:
        root = root * 10 + 1  # sticky: strictly between root and root+1
        rexp -= 1
    else:
        while rexp < ideal and root % 10 == 0:
            root //= 10
            rexp += 1
    with localcontext(context) as c:
        c.rounding = ROUND_HALF_EVEN
        r = c._fix(0, root, rexp)
        flags = dict(c.flags)
    for sig, on in flags.items():
        if on and not context.flags[sig]:
            context._signal(sig)
    return r


def _check_int(name, value, lo, hi, text):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not lo <= value <= hi:
        raise ValueError(f"valid range for {name} is {text}")
    return value


class Context(object):
    """Precision, rounding, exponent limits, flags and traps of decimal
    arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _DEFAULT if _DEFAULT is not None else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (
            base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = flags
        if traps is None:
            traps = dict(base.traps) if base else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = traps

    def __setattr__(self, name, value):
        if name == "prec":
            value = _check_int("prec", value, 1, MAX_PREC, "[1, MAX_PREC]")
        elif name == "Emin":
            value = _check_int("Emin", value, MIN_EMIN, 0, "[MIN_EMIN, 0]")
        elif name == "Emax":
            value = _check_int("Emax", value, 0, MAX_EMAX, "[0, MAX_EMAX]")
        elif name == "capitals":
            value = _check_int("capitals", value, 0, 1, "[0, 1]")
        elif name == "clamp":
            value = _check_int("clamp", value, 0, 1, "[0, 1]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError(
                    "valid values for rounding are:\n"
                    "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                    "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                    "   ROUND_05UP]")
        elif name in ("flags", "traps"):
            value = _signal_dict(value)
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in self._flag_order() if self.flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return (f"Context(prec={self.prec}, rounding={self.rounding}, "
                f"Emin={self.Emin}, Emax={self.Emax}, capitals={self.capitals}, "
                f"clamp={self.clamp}, flags=[{flags}], traps=[{traps}])")

    def _flag_order(self):
        """Signals in the order CPython's repr lists flags: by condition,
        so InvalidOperation sits where the first condition that raised it
        does (first when set by hand or by a conversion)."""
        conds = self.__dict__.get("_conds", set())
        order = [s for s in _REPR_ORDER if s is not InvalidOperation]
        if not conds or ConversionSyntax in conds:
            after = Clamped
        elif DivisionImpossible in conds or DivisionUndefined in conds:
            after = DivisionByZero
        else:
            after = Inexact
        order.insert(order.index(after) + 1, InvalidOperation)
        return order

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, dict(self.flags), dict(self.traps))
        if "_conds" in self.__dict__:
            c.__dict__["_conds"] = set(self._conds)
        return c

    __copy__ = copy

    def clear_flags(self):
        self.__dict__.pop("_conds", None)
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, *conditions):
        """Record conditions in the flags; raise the first trapped signal
        (with the trapped conditions as its argument). Returns NaN, the
        result of an invalid operation that is not trapped."""
        trapped = []
        for cond in conditions:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            if sig is InvalidOperation:
                self.__dict__.setdefault("_conds", set()).add(cond)
            self.flags[sig] = True
            if self.traps[sig]:
                trapped.append((sig, cond))
        if trapped:
            order = {s: i for i, s in enumerate(_SIGNALS)}
            trapped.sort(key=lambda p: order[p[0]])
            raise trapped[0][0]([c for _, c in trapped])
        return _make(0, 0, "n")

    def _fix(self, sign, coef, exp, rounding=None):
        """An exact value rounded to this context: precision, then the
        exponent limits (subnormals, overflow, clamping)."""
        rounding = rounding or self.rounding
        prec = self.prec
        etiny = self.Emin - prec + 1
        top = self.Emax - prec + 1 if self.clamp else self.Emax
        if coef == 0:
            if exp > top:
                self._signal(Clamped)
                exp = top
            elif exp < etiny:
                self._signal(Clamped)
                exp = etiny
            return _make(sign, 0, exp)
        conds = []
        digits = _ndigits(coef)
        if exp + digits < etiny - 1:
            # Far below the smallest subnormal: any such value rounds the
            # same, so take a small one rather than a huge power of ten.
            coef, exp, digits = 1, etiny - 2, 1
        subnormal = exp + digits - 1 < self.Emin
        target = max(exp + digits - prec, etiny)
        if target > exp:
            coef, inexact = _round_coef(sign, coef, exp - target, rounding)
            exp = target
            if _ndigits(coef) > prec:
                coef //= 10
                exp += 1
            if subnormal:
                conds.append(Subnormal)
                if inexact:
                    conds.append(Underflow)
                if coef == 0:
                    conds.append(Clamped)
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
        elif subnormal:
            conds.append(Subnormal)
        if coef and exp + _ndigits(coef) - 1 > self.Emax:
            conds = [Overflow, Inexact, Rounded]
            self._signal(*conds)
            big = (rounding in (ROUND_DOWN, ROUND_05UP)
                   or (rounding == ROUND_CEILING and sign)
                   or (rounding == ROUND_FLOOR and not sign))
            if big:
                return _make(sign, 10 ** prec - 1, self.Emax - prec + 1)
            return _make(sign, 0, "F")
        if self.clamp and exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            conds.append(Clamped)
        if conds:
            self._signal(*conds)
        return _make(sign, coef, exp)

    def create_decimal(self, num="0"):
        d = Decimal(num, self)
        if d._is_special:
            return d
        return self._fix(d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return d if d._is_special else self._fix(d._sign, d._int, d._exp)

    # Operations as methods of the context.
    def abs(self, a):
        return _convert_strict(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_convert_strict(a), _convert_strict(b), self)

    def subtract(self, a, b):
        return _add(_convert_strict(a), _convert_strict(b).copy_negate(), self)

    def multiply(self, a, b):
        return _mul(_convert_strict(a), _convert_strict(b), self)

    def divide(self, a, b):
        return _div(_convert_strict(a), _convert_strict(b), self)

    def divide_int(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self, "q")

    def remainder(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self, "r")

    def divmod(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self)

    def power(self, a, b, modulo=None):
        return _convert_strict(a).__pow__(_convert_strict(b), modulo, context=self)

    def sqrt(self, a):
        return _sqrt(_convert_strict(a), self)

    def quantize(self, a, b):
        return _convert_strict(a).quantize(b, context=self)

    def compare(self, a, b):
        return _convert_strict(a).compare(b, context=self)

    def plus(self, a):
        return _convert_strict(a).__pos__(context=self)

    def minus(self, a):
        return _convert_strict(a).__neg__(context=self)

    def normalize(self, a):
        return _convert_strict(a).normalize(context=self)

    def to_integral_value(self, a):
        return _convert_strict(a).to_integral_value(context=self)

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_strict(a).to_eng_string(context=self)

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, context=self)

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(b)

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()


_c_named(Context)

_DEFAULT = None
DefaultContext = Context()
_DEFAULT = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = ContextVar("decimal_context")


def getcontext():
    """The current context (a copy of DefaultContext at first use)."""
    try:
        return _current.get()
    except LookupError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Make context the current one (the three templates are copied)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of ctx (or of the
    current context), changed by the keyword arguments."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# Formatting: [[fill]align][sign][#][0][width][,|_][.precision][type].

def _parse_spec(spec):
    i = 0
    fill, align = " ", None
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align, i = spec[0], spec[1], 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align, i = spec[0], 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    alt = False
    if spec[i:i + 1] == "#":
        raise ValueError("invalid format string")  # as CPython 3.11's decimal
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    group = None
    if spec[i:i + 1] == ",":
        group = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while spec[j:j + 1].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        precision = int(spec[i + 1:j])
        i = j
    typ = spec[i:]
    if len(typ) > 1 or (typ and typ not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    zero_pad = zero and align is None
    if zero_pad:
        fill, align = "0", "="
    return fill, align or ">", sign, alt, width, group, precision, typ or None, zero_pad


def _format_decimal(d, spec):
    fill, align, sign_opt, alt, width, group, prec, typ, zero_pad = _parse_spec(spec)
    ctx = getcontext()
    sign = "-" if d._sign else ("+" if sign_opt == "+" else " " if sign_opt == " " else "")
    if d._is_special:
        if zero_pad:
            fill, align = " ", ">"  # CPython does not zero-pad NaN/Infinity
        body = str(d.copy_abs())
        if typ in ("%",):
            body += "%"
        return _pad(sign, body, fill, align, width)
    if typ is None:
        typ = "g" if ctx.capitals == 0 else "G"
        plain = prec is None
    else:
        plain = False
    rounding = ctx.rounding
    coef, exp = d._int, d._exp
    if typ == "%":
        exp += 2
    if coef == 0 and exp > 0 and typ in "fF%":
        exp = 0
    if typ in "eE" and prec is not None:
        target = exp + _ndigits(coef) - 1 - prec if coef else exp
        if coef == 0:
            target = exp
            coef, exp = 0, exp
        else:
            coef, exp = _requant(d._sign, coef, exp, target, rounding)
    elif typ in "fF%" and prec is not None:
        coef, exp = _requant(d._sign, coef, exp, -prec, rounding)
    elif typ in "gG" and prec is not None:
        p = prec or 1
        if coef and _ndigits(coef) > p:
            coef, exp = _requant(d._sign, coef, exp, exp + _ndigits(coef) - p, rounding)
    digits = str(coef)
    left = exp + len(digits)
    if typ in "eE":
        dot = 1 if coef else 1
        if not coef and prec is None:
            dot = 1
    elif typ in "fF%":
        dot = left
    else:
        dot = left if (exp <= 0 and left > -6) else 1
        if not coef and not plain and exp > 0:
            dot = 1
    if typ in "eE" and not coef:
        dot = 1 - prec if prec is not None else 1
    if dot <= 0:
        intpart, frac = "0", "0" * -dot + digits
    elif dot >= len(digits):
        intpart, frac = digits + "0" * (dot - len(digits)), ""
    else:
        intpart, frac = digits[:dot], digits[dot:]
    if typ in "gG" and not plain and prec is not None and not alt:
        pass
    expo = left - dot
    if typ in "eE" and prec is not None and len(frac) < prec and coef:
        frac += "0" * (prec - len(frac))
    if group:
        intpart = _group(intpart, group)
    body = intpart + ("." + frac if frac or alt else "")
    if expo != 0 or typ in "eE":
        echar = "E" if typ in "EG" else "e"
        body += echar + "%+d" % expo
    if typ == "%":
        body += "%"
    return _pad(sign, body, fill, align, width)


def _requant(sign, coef, exp, target, rounding):
    if target <= exp:
        return coef * 10 ** (exp - target), target
    c, _ = _round_coef(sign, coef, exp - target, rounding)
    return c, target


def _group(intpart, sep):
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    return sep.join(groups)


def _pad(sign, body, fill, align, width):
    if width is None or len(sign) + len(body) >= width:
        return sign + body
    n = width - len(sign) - len(body)
    if align == "<":
        return sign + body + fill * n
    if align == "^":
        return fill * (n // 2) + sign + body + fill * (n - n // 2)
    if align == "=":
        return sign + fill * n + body
    return fill * n + sign + body


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax,
           DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
           InvalidContext, Rounded, Subnormal, Overflow, Underflow,
           FloatOperation):
    _c.__module__ = "decimal"
del _c
