# textwrap: wrapping and filling of text, with results identical to
# CPython 3.11's. CPython cuts text into chunks with regular expressions;
# there is no `re` here, so the same chunking rules are written out as
# plain scanning code.

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only the ASCII whitespace characters break words: others, such as the
# no-break space U+00A0, stay inside words.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # re's \w
    return c.isalnum() or c == '_'


def _is_letter(c):
    # re's [^\d\W]: a word character that is not a decimal digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # what may come right before an em-dash: [\w!"'&.,?]
    return c.isalnum() or c in '_!"\'&.,?'


def _split_on_whitespace(text):
    """Runs of whitespace and runs of anything else, in order."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        if text[i] in _whitespace:
            while j < n and text[j] in _whitespace:
                j += 1
        else:
            while j < n and text[j] not in _whitespace:
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_words(text):
    """Cut text into whitespace runs, words, word pieces ending in a
    hyphen, and em-dashes ('--' between words): 'Look, goof-ball -- use
    the -b option!' gives 'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ',
    'use', ' ', 'the', ' ', '-b', ' ', 'option!'."""
    n = len(text)

    def char(i):
        return text[i] if 0 <= i < n else ''

    def letter(i):
        return 0 <= i < n and _is_letter(text[i])

    def dashes_then_word(i):
        # Length of the run of hyphens at i when there are at least two
        # and a word character follows them, else 0.
        j = i
        while j < n and text[j] == '-':
            j += 1
        if j - i >= 2 and j < n and _is_word_char(text[j]):
            return j - i
        return 0

    def breaks_after_hyphen(i):
        # text[i] is '-': a word may end after it when it follows two
        # letters (or letter, hyphen, letter) and two letters, possibly
        # split by one hyphen, come next.
        before = ((letter(i - 2) and letter(i - 1)) or
                  (letter(i - 3) and char(i - 2) == '-' and letter(i - 1)))
        if not before or not letter(i + 1):
            return False
        return letter(i + 2) or (char(i + 2) == '-' and letter(i + 3))

    chunks = []
    p = 0
    while p < n:
        if text[p] in _whitespace:
            end = p + 1
            while end < n and text[end] in _whitespace:
                end += 1
        elif text[p] == '-' and p > 0 and _is_word_punct(text[p - 1]) \
                and dashes_then_word(p):
            end = p + dashes_then_word(p)
        else:
            # The shortest word that ends at whitespace, at the end of the
            # text, after a breakable hyphen, or before an em-dash.
            end = p + 1
            while end < n and text[end] not in _whitespace:
                if text[end] == '-':
                    if breaks_after_hyphen(end):
                        end += 1
                        break
                    if _is_word_punct(text[end - 1]) and dashes_then_word(end):
                        break
                end += 1
        chunks.append(text[p:end])
        p = end
    return chunks


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.

    Attributes: width (70), initial_indent (''), subsequent_indent (''),
    expand_tabs (True), replace_whitespace (True), fix_sentence_endings
    (False), break_long_words (True), drop_whitespace (True),
    break_on_hyphens (True), tabsize (8), max_lines (None) and
    placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- steps, overridable by subclasses as in CPython

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every other whitespace character into a
        space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks (words and whitespace)."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk too long for any line: move as much of it as
        fits onto the current line, or, when long words may not be broken,
        give it a line of its own."""
        # Take at least one character per pass, even when the indent
        # leaves no room.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut after the last hyphen that fits, unless only
                # hyphens come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines no wider than self.width (except
        for unbreakable long words) and return the lines."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        # A stack: the next chunk is at the end.
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            cur_line = []
            cur_len = 0

            # Whitespace does not start a line, except the first one.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])

            # Nor does it end one.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue

            only_space_left = (not chunks or
                               (self.drop_whitespace and len(chunks) == 1 and
                                not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (only_space_left and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue

            # This is the last line allowed and text remains: end it with
            # the placeholder, dropping words until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                prev_line = lines[-1].rstrip()
                if len(prev_line) + len(self.placeholder) <= self.width:
                    lines[-1] = prev_line + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface

    def wrap(self, text):
        """Wrap a single paragraph into a list of lines of at most
        self.width columns. Tabs are expanded and other whitespace
        (newlines included) becomes spaces."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap a single paragraph and join the lines with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and, if it is still wider than
    width, cut it at a word boundary and append the placeholder:

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    # the run of spaces and tabs that starts line
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Tabs and spaces both count as whitespace but are not equal: "  hello"
    and "\\thello" have no common leading whitespace. Lines of only spaces
    and tabs become empty.
    """
    # Lines are split on '\n' only, as CPython's multiline ^ and $ do.
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            # blank lines do not count, and are emptied
            lines[k] = ''
            continue
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            i = 0
            while margin[i] == blanks[i]:
                i += 1
            margin = margin[:i]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of the lines of 'text' for which
    predicate(line) is true; by default, to every line that is not only
    whitespace."""
    if predicate is None:
        predicate = _not_blank
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])


def _not_blank(line):
    return line.strip()
