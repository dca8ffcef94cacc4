# binascii: conversions between binary data and ASCII encodings, written
# in Python over bytes (no bytearray yet: results are always bytes).


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_HEX = b'0123456789abcdef'
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = {c: i for i, c in enumerate(_B64)}


def _ascii_data(data):
    # The a2b_* functions take ASCII str as well as bytes.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, bytes):
        return data
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _binary_data(data):
    if isinstance(data, bytes):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _binary_data(data)
    out = data.hex()
    if sep is None or not data:
        return out.encode('ascii')
    if isinstance(sep, bytes):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        sep = chr(sep[0])
    elif isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError('sep must be length 1.')
        if ord(sep) > 127:
            raise ValueError('sep must be ASCII.')
    else:
        raise TypeError("sep must be str or bytes.")
    step = abs(bytes_per_sep)
    if step == 0:
        return out.encode('ascii')
    n = len(data)
    if bytes_per_sep > 0:
        # Groups are counted from the right.
        first = n % step or step
        cuts = [0] + list(range(first, n, step)) + [n]
    else:
        cuts = list(range(0, n, step)) + [n]
    groups = [out[2 * a:2 * b] for a, b in zip(cuts, cuts[1:])]
    return sep.join(groups).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    if not _is_hex(s):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


def _is_hex(s):
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            return False
    return True


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _binary_data(data)
    out = []
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]]
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], 61, 61]
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], 61]
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    s = _ascii_data(data)
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = []
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        i += 1
        if c == 61:
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    # A complete pad ends the data; strict mode refuses more.
                    if strict_mode and i < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64REV.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 255)
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters '
                    '(%d) cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    data = _binary_data(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in data:
        c = table[(c ^ b) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def _crc_hqx_table():
    table = []
    for i in range(256):
        c = i << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRCHQX = _crc_hqx_table()


def crc_hqx(data, crc, /):
    data = _binary_data(data)
    c = crc & 0xFFFF
    table = _CRCHQX
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[((c >> 8) ^ b) & 255]
    return c
