PIECE = 'namespace piece'
