import sys, os
print("main of", os.path.basename(os.path.dirname(__file__)), __name__)
