from .mod import no_such_name
