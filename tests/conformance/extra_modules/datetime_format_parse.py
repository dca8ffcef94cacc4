# isoformat/fromisoformat (3.11's ISO 8601 forms), strftime and strptime.
from datetime import date, time, datetime, timedelta, timezone


def show(f, *args):
    try:
        print(repr(f(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


for s in ['2024-03-10', '20240310', '2024-W10', '2024W10', '2024-W10-3', '2024W103',
          '2020-W53-7', '2024-W53', '2024-W10-8', '2024-02-30', '2024-13-01', '2024-3-10',
          '2024-0310', '', '2024', '0000-01-01', '2024-W00']:
    show(date.fromisoformat, s)
for s in ['2024-03-10T15:30', '2024-03-10 15:30:45', '2024-03-10T15', '2024-03-10T1530',
          '2024-03-10T153045', '2024-03-10T15:30:45.1', '2024-03-10T15:30:45,25',
          '2024-03-10T15:30:45.1234567', '2024-03-10T15:30:45.', '2024-03-10T15:30:45Z',
          '2024-03-10T15:30:45+05:30', '2024-03-10T15:30:45-0800', '2024-03-10T15:30:45+05',
          '2024-03-10T15:30:45+05:30:15.5', '2024-03-10T15:30:45-00:00', '2024-03-10T15:30:45+24:00',
          '2024-03-10T15:30:45x', '2024-03-10T15:30.5', '2024-03-10x15:30', '20240310T1530Z',
          '2024-W10-3T10:00', '2024-03-10T', '2024-03-10T25:00', '2024-03-10T15:60']:
    show(datetime.fromisoformat, s)
for s in ['15', '1530', '15:30', '153045', '15:30:45.123', 'T15:30', '15:30:45Z', '15:30:45+05',
          '15:30:45.', '1', '15:3', '15:30:45+01:00:00.000001', '25:00']:
    show(time.fromisoformat, s)
show(date.fromisoformat, 20240310)
dt = datetime(2024, 3, 10, 15, 30, 45, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
for x in (dt, dt.replace(tzinfo=None), dt.replace(microsecond=0), dt.date(), dt.timetz(), datetime.min, datetime.max):
    text = x.isoformat()
    print(text, type(x).fromisoformat(text) == x)

fmts = ['%Y-%m-%d %H:%M:%S.%f %z %Z', '%a %A %b %B %d %j %U %W %w %u', '%I:%M %p', '%c | %x | %X',
        '%G-W%V-%u', '%y %C %e %D %F %T %R', '%%f %%z %%', 'no directives', '100%', '%H%%%M']
named = dt.replace(tzinfo=timezone(timedelta(hours=-4), 'E%T'))
for f in fmts:
    print(repr(f), '|', dt.strftime(f), '|', dt.date().strftime(f), '|', dt.timetz().strftime(f))
print(named.strftime('%Z %z'), datetime(2024, 1, 1).strftime('[%z][%Z][%f]'))
print(datetime(5, 1, 1).strftime('%Y %y %G'), date(999, 12, 31).strftime('%Y-%m-%d %a'))
print(format(dt, '%d/%m/%Y'), f"{dt:%H.%M}", f"{dt.date():%B %d}", f"{dt}", format(dt.time(), ''))
print('{:%Y}'.format(date(2024, 1, 1)), "%s" % dt, str(time(1, 2, 3, 4)))
off = timezone(timedelta(hours=-5, seconds=-7, microseconds=-3))
print(datetime(2024, 1, 1, tzinfo=off).strftime('%z'), datetime(2024, 1, 1, tzinfo=off).isoformat())

cases = [
    ('2024-03-10 15:30:45.123', '%Y-%m-%d %H:%M:%S.%f'),
    ('2024-03-10 15:30:45 +0530 IST', '%Y-%m-%d %H:%M:%S %z %Z'),
    ('2024-03-10 15:30:45 -05:30:15.25', '%Y-%m-%d %H:%M:%S %z'),
    ('2024-03-10 15:30:45 UTC', '%Y-%m-%d %H:%M:%S %Z'),
    ('2024-03-10 Z', '%Y-%m-%d %z'),
    ('March 5, 2024 3PM', '%B %d, %Y %I%p'),
    ('5 mar 24 12 am', '%d %b %y %I %p'),
    ('Sun Mar 10 15:30:45 2024', '%c'),
    ('03/10/24', '%x'),
    ('2024 10 3', '%G %V %u'),
    ('2024 100', '%Y %j'),
    ('2024 10 0', '%Y %U %w'),
    ('1', '%f'),
    ('12', '%d'),
    ('  2024-3-5', '%Y-%m-%d'),
    ('2024-03-10', '%Y/%m/%d'),
    ('2024-03-10xx', '%Y-%m-%d'),
    ('2024-02-30', '%Y-%m-%d'),
    ('2024-03-10', '%Y-%m-%q'),
    ('2024-03-10', '%Y-%m-%'),
    ('2024 10', '%Y %V'),
    ('99', '%y'),
    ('68', '%y'),
    ('69', '%y'),
]
for data, fmt in cases:
    show(datetime.strptime, data, fmt)
show(datetime.strptime, '2024', 5)
show(datetime.strptime, 5, '%Y')
show(datetime.strptime)
