# A 10 MB string literal, a 100,000-element tuple display and a
# 50,000-entry dict display, built at run time and executed.
src = "s = '" + "x" * 10_000_000 + "'\n"
ns = {}
exec(src, ns)
print(len(ns["s"]), ns["s"][:3])
src = "t = (" + "'ab'," * 100_000 + ")\n"
exec(src, ns)
print(len(ns["t"]))
src = "d = {" + ",".join(f"{i}: {i}" for i in range(50_000)) + "}\n"
exec(src, ns)
print(len(ns["d"]))
