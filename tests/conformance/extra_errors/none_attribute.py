def find(key):
    if key == "yes":
        return "found"

r = find("no")
print(r)
r.x
