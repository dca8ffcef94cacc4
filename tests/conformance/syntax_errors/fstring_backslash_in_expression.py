s = f'{"\n".join([])}'
