# `if __name__ == '__main__'` runs in the script, not in what it imports;
# what __main__ has that an imported module has not.
import guarded
print(guarded.RAN_MAIN, guarded.__name__)
print(__name__, __package__, __spec__)
print(__loader__.__class__.__name__, __loader__.name, __file__ == __loader__.path)
print(guarded.__loader__.name, guarded.__spec__.name, repr(guarded.__package__))
print(guarded.__spec__.loader is guarded.__loader__, guarded.__spec__.origin == guarded.__file__)
if __name__ == '__main__':
    print('main block of the script')
import pkg
print(pkg.guard, pkg.__spec__.parent, pkg.__path__ == pkg.__spec__.submodule_search_locations)
