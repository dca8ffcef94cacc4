# A date-range report: events parsed from text (ISO and strptime forms,
# several zones), normalised to UTC, then grouped by ISO week and by month
# with durations, busiest days and gaps.
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone

CET = timezone(timedelta(hours=1), "CET")
PST = timezone(timedelta(hours=-8), "PST")

RAW = """
2024-01-29T09:00:00+01:00 | 2024-01-29T10:30:00+01:00 | standup + planning
2024-01-31 14:00 PST | 2024-01-31 15:15 PST | customer call
02/02/2024 08:45 | 02/02/2024 12:00 | workshop (local)
2024-02-05T23:30:00Z | 2024-02-06T01:00:00Z | deploy window
2024-W06-3T16:00 | 2024-W06-3T17:45 | review
Feb 12 2024 10:00AM | Feb 12 2024 11:20AM | 1:1
2024-02-29T12:00:00.250000+00:00 | 2024-02-29T13:00:00+00:00 | leap-day lunch
2024-03-01 07:05 PST | 2024-03-01 09:35 PST | incident
2024-03-31T22:00:00-08:00 | 2024-04-01T02:30:00-08:00 | migration
"""


def parse(text):
    text = text.strip()
    if text.endswith(" PST"):
        naive = datetime.strptime(text[:-4], "%Y-%m-%d %H:%M")
        return naive.replace(tzinfo=PST)
    for fmt in ("%m/%d/%Y %H:%M", "%b %d %Y %I:%M%p"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=CET)
        except ValueError:
            pass
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=CET)


events = []
for line in RAW.strip().splitlines():
    start_s, end_s, title = (part.strip() for part in line.split("|"))
    start, end = parse(start_s), parse(end_s)
    events.append((start.astimezone(timezone.utc), end.astimezone(timezone.utc), title))
events.sort()

print("%-18s %-26s %-10s %s" % ("title", "start (UTC)", "duration", "local start"))
for start, end, title in events:
    print("%-18s %-26s %-10s %s" % (title, start.isoformat(timespec="minutes"), end - start,
                                    start.astimezone(CET).strftime("%a %d %b %H:%M %Z")))

by_week = defaultdict(list)
by_month = defaultdict(timedelta)
for start, end, title in events:
    iso = start.isocalendar()
    by_week[(iso.year, iso.week)].append(title)
    # split durations that cross a month boundary
    cursor = start
    while cursor < end:
        first_next = datetime.combine(
            (cursor.date().replace(day=28) + timedelta(days=4)).replace(day=1), time(), timezone.utc)
        piece_end = min(end, first_next)
        by_month[cursor.strftime("%Y-%m")] += piece_end - cursor
        cursor = piece_end

print()
first = min(e[0] for e in events).date()
last = max(e[1] for e in events).date()
monday = first - timedelta(days=first.weekday())
while monday <= last:
    y, w, _ = monday.isocalendar()
    sunday = monday + timedelta(days=6)
    titles = by_week.get((y, w), [])
    print("%d-W%02d %s..%s %d event(s)%s" % (y, w, monday.strftime("%b %d"), sunday.strftime("%b %d"),
                                             len(titles), ": " + ", ".join(titles) if titles else ""))
    monday += timedelta(weeks=1)

print()
total = sum(by_month.values(), timedelta())
for month in sorted(by_month):
    spent = by_month[month]
    share = spent / total
    print("%s %8s %5.1f%% %s" % (datetime.strptime(month, "%Y-%m").strftime("%B %Y"), spent,
                                 share * 100, "#" * round(share * 40)))
print("total", total, "average", total / len(events), "hours", total.total_seconds() / 3600)

gaps = [(b[0] - a[1], a[2], b[2]) for a, b in zip(events, events[1:])]
longest = max(gaps)
print("longest gap: %s between %r and %r" % longest)
print("gaps over a week:", sum(1 for g in gaps if g[0] > timedelta(weeks=1)))
busiest = max({e[0].date() for e in events}, key=lambda d: sum(
    ((e[1] - e[0]) for e in events if e[0].date() == d), timedelta()))
print("busiest day:", busiest, busiest.strftime("%A"), "day", busiest.timetuple().tm_yday, "of the year")
span = last - first
print("span:", span.days, "days,", span // timedelta(weeks=1), "full weeks,", span % timedelta(weeks=1))
print("quarter ends:", [date(2024, m, 1) - timedelta(1) for m in (4, 7, 10)])
