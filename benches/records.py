# Dict and list comprehensions over a list of record dicts: filter, group by,
# sort with a key, sums.
N = 110_000

CITIES = ["Oslo", "Lima", "Pune", "Kobe", "Nice", "Bern", "Graz"]
KINDS = ["book", "game", "tool", "food"]


def make_records(n):
    return [
        {
            "id": i,
            "city": CITIES[i * 5 % len(CITIES)],
            "kind": KINDS[i // 3 % len(KINDS)],
            "price": (i * 7919) % 1000 / 10,
            "qty": i % 9 + 1,
            "active": i % 5 != 0,
        }
        for i in range(n)
    ]


def main():
    records = make_records(N)
    active = [r for r in records if r["active"] and r["qty"] > 2]
    totals = {r["id"]: r["price"] * r["qty"] for r in active}
    by_city = {}
    for r in active:
        by_city.setdefault(r["city"], []).append(r)
    city_sum = {c: round(sum(totals[r["id"]] for r in rs), 2) for c, rs in by_city.items()}
    kinds = {k: [r["id"] for r in records if r["kind"] == k] for k in KINDS}
    top = sorted(active, key=lambda r: (-r["price"], r["id"]))[:5]
    cheap = sorted((r for r in records if r["price"] < 5), key=lambda r: (r["city"], r["qty"], r["id"]))
    per_kind_qty = {k: sum(r["qty"] for r in records if r["kind"] == k) for k in KINDS}
    names = {f'{r["city"]}-{r["kind"]}' for r in records}
    enriched = [dict(r, total=totals.get(r["id"], 0.0)) for r in active[:2000]]
    print(len(active), round(sum(totals.values()), 2))
    for city in sorted(city_sum):
        print(city, city_sum[city], len(by_city[city]))
    print({k: len(v) for k, v in kinds.items()}, per_kind_qty)
    print([(r["id"], r["price"]) for r in top])
    print(len(cheap), [r["id"] for r in cheap[:6]], len(names))
    print(enriched[-1])


main()
