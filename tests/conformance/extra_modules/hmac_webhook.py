# Sign and verify webhook deliveries: an HMAC-SHA256 signature header over
# the timestamped body, a replay window, and a compact signed token.
import base64
import hashlib
import hmac
import json

SECRET = b'whsec_9f8e7d6c5b4a'


def sign(body, timestamp, secret=SECRET):
    message = f'{timestamp}.'.encode() + body
    return 'sha256=' + hmac.new(secret, message, hashlib.sha256).hexdigest()


def verify(body, timestamp, header, now, secret=SECRET, tolerance=300):
    if abs(now - timestamp) > tolerance:
        return 'stale'
    expected = sign(body, timestamp, secret)
    return 'ok' if hmac.compare_digest(expected, header) else 'bad signature'


event = {'id': 'evt_1', 'type': 'invoice.paid', 'amount': 4200}
body = json.dumps(event, separators=(',', ':'), sort_keys=True).encode()
ts = 1700000000
header = sign(body, ts)
print(body.decode())
print(header)
print(verify(body, ts, header, now=ts + 10))
print(verify(body.replace(b'4200', b'9999'), ts, header, now=ts + 10))
print(verify(body, ts, header, now=ts + 1000))
print(verify(body, ts, header, now=ts, secret=b'other'))


def make_token(payload, secret=SECRET):
    raw = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b'=')
    mac = hmac.new(secret, raw, 'sha1').digest()
    return (raw + b'.' + base64.urlsafe_b64encode(mac).rstrip(b'=')).decode()


def read_token(token, secret=SECRET):
    raw, _, sig = token.encode().partition(b'.')
    mac = hmac.new(secret, raw, 'sha1').digest()
    if not hmac.compare_digest(base64.urlsafe_b64encode(mac).rstrip(b'='), sig):
        raise ValueError('tampered token')
    return json.loads(base64.urlsafe_b64decode(raw + b'=' * (-len(raw) % 4)))


token = make_token({'user': 42, 'scope': ['read', 'write']})
print(token)
print(read_token(token))
try:
    read_token(token[:-2] + 'xx')
except ValueError as e:
    print('ValueError:', e)

h = hmac.new(SECRET, digestmod=hashlib.sha512)
for chunk in (b'part one, ', b'part two'):
    h.update(chunk)
c = h.copy()
c.update(b'!')
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:32])
print(hashlib.md5(body).hexdigest(), hashlib.sha1(body).hexdigest()[:20], hashlib.sha224(b'').hexdigest()[:16])
