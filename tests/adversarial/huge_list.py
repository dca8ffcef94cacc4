# A million-element list display, built at run time and executed once.
ns = {}
exec("l = [" + "1," * 1_000_000 + "]\n", ns)
print(len(ns["l"]), sum(ns["l"]))
