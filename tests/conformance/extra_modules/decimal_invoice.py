# decimal: an invoice with line items, discounts, tax rounded ROUND_HALF_UP,
# and JSON prices read as Decimal.
import json
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, localcontext

CENT = Decimal("0.01")
ORDER = """
{"customer": "ACME Corp", "currency": "EUR", "tax_rate": 0.19,
 "items": [
   {"sku": "A-100", "desc": "Widget",        "qty": 3,  "price": 19.99},
   {"sku": "B-220", "desc": "Gadget (bulk)", "qty": 12, "price": 4.125, "discount": 0.15},
   {"sku": "C-003", "desc": "Service hour",  "qty": 1.5, "price": 85.00},
   {"sku": "D-404", "desc": "Cable",         "qty": 7,  "price": 0.335}
 ]}
"""


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def main():
    order = json.loads(ORDER, parse_float=Decimal)
    print(type(order["tax_rate"]).__name__, order["tax_rate"], order["items"][1]["price"])
    subtotal = Decimal(0)
    print(f"Invoice for {order['customer']}")
    print(f"{'SKU':<6} {'Description':<15} {'Qty':>5} {'Price':>8} {'Amount':>9}")
    for item in order["items"]:
        gross = Decimal(item["qty"]) * item["price"]
        discount = item.get("discount", Decimal(0))
        amount = money(gross * (1 - discount))
        subtotal += amount
        print(f"{item['sku']:<6} {item['desc']:<15} {item['qty']:>5} {item['price']:>8} {amount:>9}")
    tax = money(subtotal * order["tax_rate"])
    total = subtotal + tax
    print(f"{'Subtotal':>37} {subtotal:>9}")
    print(f"{'Tax ' + str(order['tax_rate'] * 100) + '%':>37} {tax:>9}")
    print(f"{'Total ' + order['currency']:>37} {total:>9,}")
    # Split into 3 instalments: the last takes the remainder.
    part = (total / 3).quantize(CENT, rounding=ROUND_HALF_EVEN)
    parts = [part, part, total - 2 * part]
    print("instalments", parts, sum(parts) == total)
    with localcontext() as ctx:
        ctx.prec = 6
        print("average line", subtotal / len(order["items"]))
    print(json.dumps({"total": str(total), "tax": float(tax)}))
    print(repr(sum(Decimal(p) for p in ["0.10", "0.20", "0.30"])), 0.1 + 0.2 + 0.3)


main()
