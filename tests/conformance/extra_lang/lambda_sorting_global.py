people = [("Ann", 31), ("bob", 25), ("Cid", 31), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower(), reverse=True))
print(max(people, key=lambda p: p[1]))
stable = sorted(people, key=lambda p: p[1] > 24)
print(stable)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def set_new():
    global brand_new
    brand_new = "created"
set_new()
print(brand_new)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 2)(21) + "!")
