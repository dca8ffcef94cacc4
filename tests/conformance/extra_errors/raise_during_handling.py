def risky():
    return {}["missing"]

try:
    risky()
except KeyError:
    print("handling KeyError")
    undefined_name_here
