"""A small inventory application split into subpackages."""
from .core.models import Item

VERSION = (1, 2)
__all__ = ['Item', 'VERSION']
