# A realistic program: take a paginated JSON API response (users, orders,
# nested addresses), validate it, transform it into a report keyed by
# country, and write the report back out as JSON in a few shapes.
import io
import json
from collections import defaultdict

RESPONSE = """
{
  "meta": {"page": 1, "per_page": 4, "total": 6, "generated": "2024-03-01T12:00:00Z"},
  "data": [
    {"id": 101, "name": "Ada Lovelace", "email": "ada@example.org",
     "address": {"city": "London", "country": "GB"},
     "orders": [{"sku": "BK-1", "qty": 2, "price": 12.5},
                {"sku": "PN-7", "qty": 1, "price": 3.99}],
     "active": true, "tags": ["vip", "early"]},
    {"id": 102, "name": "Jos\\u00e9 Mart\\u00ed", "email": "jose@example.es",
     "address": {"city": "Madrid", "country": "ES"},
     "orders": [], "active": false, "tags": []},
    {"id": 103, "name": "\\u674e\\u96f7", "email": null,
     "address": {"city": "Beijing", "country": "CN"},
     "orders": [{"sku": "BK-1", "qty": 10, "price": 11.0}],
     "active": true, "tags": ["bulk"]},
    {"id": 104, "name": "Grace Hopper", "email": "grace@example.com",
     "address": {"city": "Arlington", "country": "US"},
     "orders": [{"sku": "CM-3", "qty": 1, "price": 1e3},
                {"sku": "PN-7", "qty": 3, "price": 3.99}],
     "active": true, "tags": ["vip"], "balance": -0.0}
  ],
  "links": {"next": "/users?page=2", "prev": null}
}
"""


class Money:
    """Cents, so sums are exact."""

    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(int(whole) * 100 + sign * int(frac))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, n):
        return Money(self.cents * n)

    def __repr__(self):
        return f"Money({self.cents})"


def encode_extra(o):
    if isinstance(o, Money):
        return f"{o.cents // 100}.{o.cents % 100:02d}"
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


def parse_price(text):
    # Prices arrive as floats; keep them exact.
    if "e" in text or "E" in text:
        return Money.parse(str(float(text)))
    return Money.parse(text)


def main():
    payload = json.loads(RESPONSE, parse_float=parse_price)
    meta = payload["meta"]
    print(f"page {meta['page']} of {-(-meta['total'] // meta['per_page'])}, "
          f"{len(payload['data'])} users")

    by_country = defaultdict(lambda: {"users": [], "revenue": Money(0), "skus": set()})
    problems = []
    for user in payload["data"]:
        if not user.get("email"):
            problems.append({"id": user["id"], "problem": "missing email"})
        bucket = by_country[user["address"]["country"]]
        total = Money(0)
        for order in user["orders"]:
            total = total + order["price"] * order["qty"]
            bucket["skus"].add(order["sku"])
        bucket["revenue"] = bucket["revenue"] + total
        bucket["users"].append({
            "id": user["id"],
            "name": user["name"],
            "city": user["address"]["city"],
            "spent": total,
            "vip": "vip" in user["tags"],
        })

    report = {
        "source": {"page": meta["page"], "next": payload["links"]["next"]},
        "countries": dict(sorted(by_country.items())),
        "problems": problems,
        "inactive": [u["id"] for u in payload["data"] if not u["active"]],
    }

    compact = json.dumps(report, default=encode_extra, separators=(",", ":"))
    print(compact)
    print(len(compact))
    pretty = json.dumps(report, default=encode_extra, indent=2, ensure_ascii=False)
    print(pretty)

    # Write to a file-like object and read it back with ordered pairs.
    buf = io.StringIO()
    json.dump(report, buf, default=encode_extra, sort_keys=True, indent="  ")
    buf.seek(0)
    again = json.load(buf, object_pairs_hook=lambda pairs: dict(pairs))
    print(sorted(again["countries"]))
    print(again["countries"]["US"]["revenue"], again["countries"]["GB"]["users"][0]["name"])
    print(json.dumps(again, sort_keys=True) == json.dumps(json.loads(compact), sort_keys=True))

    # One line per user, as a JSON Lines export.
    lines = [json.dumps({"id": u["id"], "name": u["name"]}) for u in payload["data"]]
    print("\n".join(lines))
    decoded = [json.loads(line)["name"] for line in lines]
    print(decoded)

    # A malformed page is reported, not crashed on.
    broken = RESPONSE.replace('"total": 6,', '"total": 6')
    try:
        json.loads(broken)
    except json.JSONDecodeError as e:
        print(f"bad page: {e.msg} at line {e.lineno}, column {e.colno}")
        line = broken.splitlines()[e.lineno - 1]
        print(line.strip()[:40])


main()
