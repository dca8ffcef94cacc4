# Instances of int, float and str subclasses (and IntEnum/StrEnum members)
# passed where builtins and modules expect the builtin value.
import asyncio, collections, enum, functools, itertools, json, math, cmath, operator, os, random, re, string, struct, time


class MI(int):
    pass


class MF(float):
    pass


class MS(str):
    pass


class C(enum.StrEnum):
    RED = enum.auto()


class N(enum.IntEnum):
    ONE = 1


print(bin(MI(2)), oct(MI(8)), hex(MI(255)))
print(math.floor(MF(2.5)), math.sqrt(MI(16)), math.factorial(MI(4)), cmath.sqrt(MF(4.0)))
print(struct.pack("<i", MI(7)), struct.pack("<d", MF(1.5)))
print(random.Random(0).randrange(MI(10)), round(MF(2.567), 1), abs(MI(-3)), abs(MF(-2.5)))
print(float(MI(3)), int(MF(3.7)), complex(MF(1.5)), "%d %x %f" % (MI(5), MI(255), MF(1.5)))
print(range(MI(3)), list(range(MI(2))), [1,2,3][MI(1)], "abc"[MI(0):MI(2)])
print(time.gmtime(MI(0)).tm_year)
i, f, s = MI(3), MF(2.5), MS("ab")
print(chr(MI(65)), ord(MS("a")), divmod(i, 2), pow(i, 2), pow(MI(2), MI(3), MI(5)), i ** 2, -i, ~i)
print("x".center(MI(5), "*"), [0] * MI(2), "ab" * MI(2), s * 2, s + "c", s[MI(1)], s.upper())
L = [1, 2, 3]; L.insert(MI(1), 9); print(L, L.pop(MI(0)), L[MI(1):], (1, 2, 3)[MI(1)])
print(i.to_bytes(MI(2), "big"), bytes(MI(3)), bytearray(MI(2)), hash(f) == hash(2.5), hash(s) == hash("ab"), hash(i) == hash(3))
print(format(f, ".2f"), "{:.2f}".format(f), f"{f:.1f}", f"{i:03d}", format(s, ">4"), "%s %r" % (s, s), "%.1f" % f)
print(min(MI(5), 2), max(f, 1.0), sum([f, f]), sum([i, i]), sorted([MS("b"), MS("a")]), abs(f), int(f), float(i))
print(list(itertools.islice(range(10), MI(2))), list(itertools.repeat(1, MI(2))), math.isclose(f, 2.5), math.log(i), math.gcd(i, 6))
print(json.dumps([i, f, s]), json.dumps({s: i}), re.sub(s, "X", "abab"), re.findall(MS("a"), "aaa"), re.compile(s).match("ab").group())
print({s: 1}["ab"], {"ab": 1}[s], s in {"ab"}, i in {3}, f in {2.5}, s == "ab", i == 3, f == 2.5, "ab".startswith(s))
print(str(i), repr(f), str(s), repr(s), int(s + "1" if False else "12"), bool(MI(0)), bool(MS("")), bool(MF(0.0)))
print(round(i), round(MI(1234), -2), round(f), operator.index(i), functools.reduce(operator.add, [i, i]), collections.Counter([s, "ab"]))
time.sleep(MF(0.0)); asyncio.run(asyncio.sleep(MF(0.0)))
print(range(10)[MI(2):MI(5)], list(range(MI(1), MI(7), MI(2))), "abcdef"[MI(1):MI(4):MI(2)], [1,2,3,4][::MI(-1)])
print(isinstance(i, int), type(i + 1), type(f * 2), type(s + "x"), type(-i), type(abs(f)), type(s.upper()))
print(" ".join([s, s]), s.split("b"), MS("a,b").split(","), s.replace("a", "z"), list(s), s.encode(), len(s), s.find("b"))
print(divmod(f, 2), f // 1, f % 1, i / 2, i // 2, i % 2, i << 1, i >> 1, i & 1, i | 4, i ^ 1, f < 3, i > 2, s < "b")
print(int(MS("12")), float(MS("1.5")), int(MS("ff"), MI(16)), bytes.fromhex(MS("ff")), json.loads(MS("[1]")), math.pow(MF(2.0), MI(2)))
print(getattr(1, MS("real")), hasattr(1, MS("imag")), MS("{}-{}").format(1, MS("x")), "{}".format(MS("y")), MS("a b").split(MS(" ")))
print(list(enumerate("ab", start=MI(1))), list(itertools.islice(itertools.count(MI(1)), 2)), "abc".index(MS("b")), "abcb".count(MS("b")), "abc".partition(MS("b")))
print(MS("a") in "cat", " x ".strip(MS(" ")), dict.fromkeys([MS("k")]), os.path.join(MS("a"), MS("b")), re.match(MS("a+"), MS("aab")).group(0))
print(json.dumps(C.RED), f"{C.RED}", C.RED.upper(), "x" + C.RED, {C.RED: 1}["red"], C.RED == "red", str(C.RED), repr(C.RED), len(C.RED))
print(json.dumps(N.ONE), f"{N.ONE}", N.ONE + 1, [10, 20][N.ONE], hex(N.ONE), str(N.ONE), repr(N.ONE), N.ONE == 1, range(N.ONE), "%d" % N.ONE, "%s" % N.ONE)
print(json.dumps({N.ONE: C.RED}), sorted([C.RED, "a"]), max(MI(1), N.ONE), " ".join([C.RED, MS("q")]), MS("x").join(["a", "b"]), C.RED.value)
print(MS("abc")[::-1], MS("abc")[1:], type(MS("abc")[1:]), MS("ab") * MI(2), MI(7) // MI(2), MF(7.0) / MI(2), round(N.ONE), abs(N.ONE), -N.ONE)
print(f"{MI(5):>4}", f"{MF(1.25):.1f}", f"{MS('s'):>3}", f"{N.ONE:03d}", f"{C.RED!r}", format(MI(255), "x"), "%x %o %e" % (MI(255), MI(8), MF(1.5)))
print(math.floor(MI(3)), math.ceil(MF(2.1)), math.trunc(MF(-2.5)), math.isqrt(MI(17)), math.comb(MI(5), MI(2)), divmod(MI(7), MI(2)), MI(3).bit_length())
s = MS("a,b")
print("a,b".replace(MS(","), MS(";")), "a,b".split(MS(",")), "ab".startswith((MS("a"),)), "ab".endswith(MS("b")), "abc".find(MS("c")), "abca".rfind(MS("a")))
print("x".ljust(MI(3), MS("-")), "7".zfill(MI(3)), "ab".translate(str.maketrans(MS("a"), MS("z"))), "é".encode(MS("utf-8")), bytes(MS("hi"), MS("ascii")), str(b"hi", MS("ascii")))
print(re.split(MS(","), s), re.escape(MS("a.b")), json.dumps([1], indent=MI(2)), sorted([MS("B"), MS("a")], key=str.lower), str.lower(MS("A")), str.upper(C.RED))
print(int.bit_length(MI(5)), float.is_integer(MF(2.0)), MS("ab").__len__(), collections.Counter(MS("aab")), sorted(set(MS("ab"))), tuple(MS("ab")), list(enumerate(MS("ab"))))
print(list(zip(MS("ab"), MS("cd"))), list(reversed(MS("ab"))), sorted(MS("ba")), max(MS("ab")), list(map(ord, MS("ab"))), "%(x)s" % {"x": MS("v")}, string.Template(MS("$a")).substitute(a=1))
print(MS("x").isidentifier(), getattr(C, C.RED.upper()) is C.RED, "{0}{1}".format(MS("p"), MI(1)), str.format(MS("{}"), 1), 1, 2, sep=MS("-"), end=MS("!\n"))
print(MS("abc").center(MI(7), MS("*")), MS("a\tb").expandtabs(MI(4)), MS("a b c").split(None, MI(1)), MS("a b c").rsplit(maxsplit=MI(1)), MS("xyz").removeprefix(MS("x")))
print(C.RED in {"red": 1}, C.RED in ["red"], "red" in C.__members__.values(), C("red") is C.RED, C(MS("red")) is C.RED, [C.RED] == ["red"], C.RED.startswith("r"))
d = {}
d[MS("k")] = 1
d["j"] = 2
print(d, d.get(MS("j")), MS("k") in d, {MS("a"): 1} == {"a": 1}, sorted({MS("b"): 1, "a": 2}), dict(zip([MS("x")], [MI(1)])))
print(f"{MS('a')!s:>3}|{MI(2)!r}|{MF(0.5)!s}", "%5s|%-3d|%.2f" % (MS("x"), MI(2), MF(0.5)), "%c" % MI(65), "%c" % MS("z"), "%r" % MS("q"))
