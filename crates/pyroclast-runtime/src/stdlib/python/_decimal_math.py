# _decimal_math: exp and ln over Python ints for the decimal module.
# Values are fixed-point: an int A at scale S stands for A / 10**S, with an
# error bound E in the same units. `correctly_rounded` retries at a larger
# scale until the interval [A - E, A + E] decides the rounding (Ziv's
# method), so results are correctly rounded in every rounding mode.

_LN_CACHE = {}


def _ndigits(n):
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    # No str(): ints past 4300 digits refuse it. The bit length gives d
    # or d + 1 digits.
    d = n.bit_length() * 30103 // 100000
    return d + 1 if n >= 10 ** d else d


def _atanh_inv(q, scale):
    """atanh(1/q) at scale, error <= number of terms."""
    term = 10 ** scale // q
    total, k, q2 = term, 1, q * q
    while term:
        term //= q2
        k += 2
        total += term // k
    return total, k


def _consts(scale):
    """(ln 2, ln 10) at scale, each within 1 unit."""
    hit = _LN_CACHE.get("s")
    if hit is not None and hit[0] >= scale:
        shift = 10 ** (hit[0] - scale)
        return hit[1] // shift, hit[2] // shift
    g = scale + 10
    a3, _ = _atanh_inv(3, g)
    a9, _ = _atanh_inv(9, g)
    ln2 = 2 * a3
    ln10 = 3 * ln2 + 2 * a9  # ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)
    _LN_CACHE["s"] = (g, ln2, ln10)
    shift = 10 ** 10
    return ln2 // shift, ln10 // shift


def ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) (coef > 0) at scale: (A, E)."""
    g = scale + 10
    d = _ndigits(coef)
    n10 = exp + d - 1  # value = m * 10**n10, 1 <= m < 10
    one = 10 ** g
    shift = g - d + 1
    m = coef * 10 ** shift if shift >= 0 else coef // 10 ** -shift
    j = 0
    while m >= one * 3 // 2:
        m >>= 1
        j += 1
    # ln m = 2 atanh(z), z = (m - 1) / (m + 1), |z| <= 0.2
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    term, total, k = z, z, 1
    while term:
        term = term * z2 // one
        k += 2
        total += term // k
    if m < one:
        total = -total
    ln2, ln10 = _consts(g)
    value = 2 * total + j * ln2 + n10 * ln10
    err = 3 * k + 10 + 2 * j + abs(n10) + 4
    return value // 10 ** 10, err // 10 ** 10 + 2


def exp_fixed(x, scale, xerr):
    """exp(x / 10**scale), x known within xerr units: (A, E, shift), the
    value being within (A +- E) * 10**shift."""
    kd = _ndigits(abs(x) // 10 ** scale) + 2
    g = scale + kd + 12
    one = 10 ** g
    ln2, ln10 = _consts(g)
    xg = x * 10 ** (g - scale)
    k = xg // ln10
    y = xg - k * ln10  # 0 <= y < ln 10, within 2|k| + xerr units
    r = 8
    while (1 << (2 * r)) < g:
        r += 1
    y >>= r
    term, total, n = one, one, 1
    while term:
        term = term * y // (n * one)
        total += term
        n += 1
    for _ in range(r):
        total = total * total // one
    yerr = 2 * abs(k) + xerr * 10 ** (g - scale) + 2
    err = (total // one + 1) * ((1 << r) * (n + 4) + yerr)
    return total, err, k - g


def correctly_rounded(f, prec, start=None, cap=None):
    """Digits of a value that is not a short decimal: f(scale) -> (A, E,
    shift). Returns (sign, coef, exp) with one sticky digit past prec + 2,
    so rounding it once in any mode is correct; (None, A, shift) if cap
    (a scale) is passed without a decision (the value may be exact)."""
    scale = start or prec + 10
    while True:
        a, e, shift = f(scale)
        lo, hi = a - e, a + e
        if lo > 0 or hi < 0:
            sign = 1 if hi < 0 else 0
            lo, hi = sorted((abs(lo), abs(hi)))
            t = _ndigits(lo) - (prec + 2)
            if t >= 0:
                p10 = 10 ** t
                if lo // p10 == hi // p10:
                    return sign, (lo // p10) * 10 + 1, shift + t - 1
                grow = scale
            else:
                grow = -t + 10
        else:
            grow = scale
        if cap is not None and scale > cap:
            return None, a, shift
        scale += grow
