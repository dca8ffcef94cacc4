class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table

try:
    raise DbError("users", 17)
except AppError as e:
    print(type(e).__name__, e.args, e.table)
raise DbError("orders", 42)
