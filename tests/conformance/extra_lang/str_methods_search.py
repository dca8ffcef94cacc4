s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("zzz"))
print(s.index("world"), s.count("l"), s.count("hello"))
print(s.replace("hello", "bye"), s.replace("l", "L", 2))
print(s.startswith("hell"), s.endswith(("x", "llo")), s.startswith("world", 6))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("Hello World".swapcase(), "hello world".title(), "hELLO".capitalize())
print("abc".upper(), "ABC".lower(), "ß".upper())
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), " ".isspace())
print("Title Case".istitle(), "UP".isupper(), "low".islower())
