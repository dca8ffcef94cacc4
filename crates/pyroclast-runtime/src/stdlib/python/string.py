# string: character-class constants and capwords.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or c.isalpha() and c.isascii()


def _is_ident_char(c):
    return c == '_' or c.isalnum() and c.isascii()


class Template:
    """`$name`, `${name}` and `$$` substitution (no `re` here, so a scanner)."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and t[i + 1] == '{'
            j = i + 2 if braced else i + 1
            k = j
            if k < n and _is_ident_start(t[k]):
                k += 1
                while k < n and _is_ident_char(t[k]):
                    k += 1
            name = t[j:k]
            if not name or (braced and (k >= n or t[k] != '}')):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                lines = t[:i].split('\n')
                raise ValueError(f'Invalid placeholder in string: line {len(lines)}, col {len(lines[-1]) + 1}')
            end = k + 1 if braced else k
            if safe and name not in mapping:
                out.append(t[i:end])
            else:
                out.append(str(mapping[name]))
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        seen = {}

        class _Collect:
            def __contains__(self, name):
                if name not in seen:
                    seen[name] = True
                    ids.append(name)
                return False

        self._scan(_Collect(), True)
        return ids


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged
