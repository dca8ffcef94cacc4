# A small log parser: compiled patterns with named groups, verbose syntax,
# findall/finditer/sub and a summary report.
import re
from collections import Counter, defaultdict

LOG = """\
2024-03-01 12:00:01 INFO  [web.server] GET /index.html 200 0.012s client=10.0.0.1
2024-03-01 12:00:02 WARN  [web.server] GET /missing 404 0.003s client=10.0.0.2
2024-03-01 12:00:05 ERROR [db.pool] connection refused (host=db1, port=5432) retry=3
2024-03-01 12:01:00 INFO  [web.server] POST /api/users 201 0.140s client=10.0.0.1
garbage line that does not parse
2024-03-01 12:01:30 DEBUG [auth] token=abcdef123456 user=alice@example.com
2024-03-01 12:02:00 INFO  [web.server] GET /api/users?id=42 200 0.020s client=192.168.1.9
2024-03-01 12:02:10 ERROR [web.server] GET /api/orders 500 1.503s client=10.0.0.2
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s+
    (?P<level>DEBUG|INFO|WARN|ERROR)\s+
    \[(?P<source>[\w.]+)\]\s
    (?P<message>.*)$
""", re.VERBOSE)

REQUEST = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>\d+\.\d+)s')
KEYVALS = re.compile(r'(\w+)=([^\s,)]+)')
EMAIL = re.compile(r'\b[\w.+-]+@[\w-]+\.[\w.]+\b')
TOKEN = re.compile(r'(token=)\w+')

levels = Counter()
by_source = defaultdict(list)
slow = []
bad = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(number)
        continue
    levels[m['level']] += 1
    entry = m.groupdict()
    by_source[entry['source']].append(number)
    req = REQUEST.search(entry['message'])
    if req and float(req['secs']) > 0.1:
        slow.append((req['path'], req.group('secs'), int(req['status'])))
    fields = dict(KEYVALS.findall(entry['message']))
    if fields:
        print(number, m.span('message'), sorted(fields.items()))

print('levels:', sorted(levels.items()))
print('sources:', dict(by_source))
print('slow:', slow)
print('unparsed lines:', bad)

# Redact secrets and e-mail addresses.
redacted = TOKEN.sub(r'\1***', LOG)
redacted = EMAIL.sub(lambda m: m.group().split('@')[0][0] + '***@' + m.group().split('@')[1], redacted)
print([l for l in redacted.splitlines() if 'auth' in l])

# Status code histogram with finditer; clients with findall.
codes = Counter(m.group('status') for m in REQUEST.finditer(LOG))
print(sorted(codes.items()))
print(sorted(set(re.findall(r'client=(\d{1,3}(?:\.\d{1,3}){3})', LOG))))

# Error lines, with the time reformatted.
for m in re.finditer(r'^(\S+) (\d\d):(\d\d):\d\d ERROR +\[([^\]]+)\] (.*)$', LOG, re.M):
    print(m.expand(r'\2h\3 \4: \5'))
print(re.sub(r'(?m)^(\d{4})-(\d\d)-(\d\d)', r'\3/\2/\1', LOG).splitlines()[0])
print(re.split(r'\s*\|\s*', 'a | b|c  |  d'))
