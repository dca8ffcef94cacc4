import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
for word in ["if", "async", "await", "match", "case", "_", "print", "None", "none", "", "lambda"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
# Every keyword is rejected as an identifier by the compiler too.
for word in keyword.kwlist:
    try:
        exec(f"{word} = 1")
        print("accepted", word)
    except SyntaxError:
        pass
print(keyword.iskeyword.__name__ if hasattr(keyword.iskeyword, "__name__") else "?")
print(type(keyword).__name__, keyword.__name__)
