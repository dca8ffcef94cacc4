# A function that exec defines in a dict uses that dict as its globals: it
# sees names added to the dict afterwards.
ns = {}
exec("def f(): return limit * 2", ns)
ns["limit"] = 21
print(ns["f"]())
ns["limit"] = 5
print(ns["f"]())
