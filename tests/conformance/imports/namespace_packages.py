# A folder without __init__.py is a namespace package.
import nspkg.part.piece
print(nspkg.part.piece.PIECE)
print(nspkg.__file__, nspkg.__spec__.origin, nspkg.__package__)
print([p.replace('\\', '/').split('/')[-1] for p in nspkg.__path__])
print(nspkg.part.__name__, nspkg.part.__spec__.parent)
from nspkg.part import piece
print(piece is nspkg.part.piece)
try:
    from nspkg import nothing
except ImportError as e:
    print(e)
    print(e.name, e.path)
