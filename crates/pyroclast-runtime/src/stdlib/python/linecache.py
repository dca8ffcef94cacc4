"""Lines of source files, as CPython's linecache. The text comes from the
interpreter, which keeps the source of every file it ran or imported (an
embedded interpreter may have no files to read); `cache` holds what was
looked up, in CPython's shape, so code that fills it by hand still works."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache (empty string
    when there is no such line)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Sources never change under a running interpreter: nothing to do."""


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _source(filename)
    if text is None:
        return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = len(text), None, lines, filename
    return lines


def lazycache(filename, module_globals):
    """Sources are always at hand: nothing to defer."""
    return False
