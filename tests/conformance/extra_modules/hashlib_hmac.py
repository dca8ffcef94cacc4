import hashlib
import hmac

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b'The quick brown fox ')
    h.update(b'jumps over the lazy dog')
    c = h.copy()
    c.update(b'.')
    print(h.hexdigest(), c.hexdigest())
    print(getattr(hashlib, name)(b'abc').digest() == hashlib.new(name, b'abc').digest())

print(hashlib.md5(string=b'x').hexdigest(), hashlib.sha256(b'x', usedforsecurity=False).hexdigest())
print(hashlib.new('SHA256', b'').name, hashlib.md5(b'a' * 1000).hexdigest())
print(len(hashlib.sha512(b'q').digest()), type(hashlib.sha1().digest()).__name__)
print({'md5', 'sha1', 'sha256'} <= hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.md5()).__name__, repr(hashlib.sha1()).startswith('<sha1 _hashlib.HASH object @ 0x'))

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(hashlib.md5, 'abc')
attempt(hashlib.sha256, 12)
attempt(lambda: hashlib.md5().update('x'))
attempt(lambda: hashlib.md5().update(None))
attempt(hashlib.new, 'nope')
attempt(hashlib.new, 'md5', 'abc')
attempt(hashlib.new, 1)

print(hmac.new(b'k', b'm', 'sha256').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
h = hmac.new(b'k', digestmod=hashlib.md5)
print(h.name, h.digest_size, h.block_size)
h = hmac.new(b'key' * 50, b'm', 'sha512')
h2 = h.copy()
h2.update(b'x')
print(h.hexdigest()[:16], h2.hexdigest()[:16], hmac.new(b'key' * 50, b'mx', 'sha512').hexdigest()[:16])
print(hmac.digest(b'k', b'm', 'md5'))
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'), hmac.compare_digest(b'ab', b'a'))
attempt(hmac.new, b'k')
attempt(hmac.new, 'k', digestmod='md5')
attempt(hmac.new, b'k', digestmod='nope')
attempt(hmac.compare_digest, 'a', b'a')
attempt(hmac.compare_digest, '\xe9', '\xe9')
