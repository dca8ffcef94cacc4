__all__ = ['public', 'sub_in_all']
public = 'public'
other = 'not in __all__'
