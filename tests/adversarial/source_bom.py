import sys
print("bom", "é")
