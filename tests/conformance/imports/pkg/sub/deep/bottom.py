from ... import mod
from .. import leaf
from ..leaf import LEAF
from ...mod import hello
WHERE = (mod.__name__, leaf.__name__, LEAF, hello())
