# fractions: scaling a recipe with exact quantities, printed as mixed numbers.
from fractions import Fraction
from math import floor

RECIPE = [
    ("flour", "2 1/4", "cup"),
    ("sugar", "3/4", "cup"),
    ("butter", "1/2", "cup"),
    ("eggs", "2", ""),
    ("vanilla", "1 1/2", "tsp"),
    ("salt", "1/8", "tsp"),
    ("milk", "2/3", "cup"),
]


def parse(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


def mixed(q):
    whole = floor(q)
    rest = q - whole
    if rest == 0:
        return str(whole)
    if whole == 0:
        return f"{rest.numerator}/{rest.denominator}"
    return f"{whole} {rest.numerator}/{rest.denominator}"


def scale(servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    print(f"-- {servings_from} -> {servings_to} servings (x{factor})")
    for name, qty, unit in RECIPE:
        q = parse(qty) * factor
        print(f"  {name:<8} {mixed(q):>8} {unit}")
    return factor


for target in (12, 4, 6, 30):
    scale(8, target)

cups = sum(parse(q) for _, q, u in RECIPE if u == "cup")
print("total cups", cups, mixed(cups), float(cups))
print("as tablespoons", cups * 16)
print(Fraction("0.125"), Fraction(1.5), Fraction(0.1).limit_denominator(100), Fraction(355, 113) - Fraction(22, 7))
print(sorted([Fraction(2, 3), Fraction(3, 5), Fraction(5, 8)]), Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)))
print(f"{str(Fraction(1, 3)):>10}", repr(Fraction(-6, 4)), hash(Fraction(1, 2)) == hash(0.5))
