x = 3.14159
n = 1234567
name = "pyro"
w = 10
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}|")
print(f"{n:,} {n:>12,} {n:x}")
print(f"{name!r} {name:>{w}} {name:^{w}}|")
print(f"{name.upper()} {len(name)} {name[1:3]}")
print(f"{'nested'} {1 + 2} {[i for i in range(3)]}")
print(f"{x=}")
print(f"{n=:,}")
print(f"{7:03d} {-7:03d} {0.5:.0%}")
print(f"{{braces}} {w*2}")
d = {"k": 5}
print(f"{d['k']} {d!r}")
