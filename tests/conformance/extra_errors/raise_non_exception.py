print("raising an int")
raise 42
