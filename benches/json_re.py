# json dumps/loads round trips of nested records, and re matching,
# substitution and findall over generated log lines.
import json
import re

N_RECORDS = 4_500
N_LINES = 26_000

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
LINE_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\w+)\[(\d+)\]: (.*)$")
KV_RE = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def record(i):
    return {
        "id": i,
        "name": f"user{i}",
        "tags": ["t%d" % (i % 7), "t%d" % (i % 5)],
        "score": i * 1.25,
        "ok": i % 3 == 0,
        "meta": {"parent": i // 10 or None, "path": ["a", "b", str(i % 9)], "note": "caf\u00e9 \"q\""},
    }


def log_line(i):
    return (
        f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d}:{i * 7 % 60:02d} "
        f"[{LEVELS[i % 4]}] svc{i % 5}[{1000 + i % 97}]: user=u{i % 50} ip=10.{i % 256}.{i * 3 % 256}.{i % 7} "
        f'msg="request {i} took {i % 300}ms" size={i * 13 % 5000}'
    )


def main():
    records = [record(i) for i in range(N_RECORDS)]
    text = json.dumps(records)
    back = json.loads(text)
    pretty = json.dumps(back[:50], indent=2, sort_keys=True)
    again = json.loads(pretty)
    small = 0
    for r in records[:600]:
        s = json.dumps(r, separators=(",", ":"))
        small += len(s) + json.loads(s)["id"]
    print(len(text), back == records, len(pretty), again[7]["meta"], small)

    lines = [log_line(i) for i in range(N_LINES)]
    levels = {}
    took = 0
    sizes = 0
    for line in lines:
        m = LINE_RE.match(line)
        if m is None:
            continue
        level = m.group(7)
        levels[level] = levels.get(level, 0) + 1
        fields = dict(KV_RE.findall(m.group(10)))
        sizes += int(fields["size"])
        took += int(re.search(r"took (\d+)ms", fields["msg"]).group(1))
    blob = "\n".join(lines[:3000])
    ips = IP_RE.findall(blob)
    masked = IP_RE.sub("x.x.x.x", blob)
    renamed = re.sub(r"svc(\d)", lambda m: "service-" + m.group(1), blob)
    errors = len(re.findall(r"^\S+ \S+ \[ERROR\]", blob, re.M))
    print(levels, took, sizes, len(ips), len(set(ips)), errors)
    print(masked.splitlines()[5])
    print(renamed.splitlines()[6])
    print(re.split(r"[\[\]:=]+", lines[9])[:6])


main()
