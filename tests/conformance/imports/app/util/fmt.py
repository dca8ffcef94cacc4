RULE = '-' * 24


def money(cents):
    return f'${cents // 100}.{cents % 100:02d}'


def table(rows):
    return '\n'.join(f'{name:<10}{qty:>4}{price:>10}' for name, qty, price in rows)
